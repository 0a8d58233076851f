/**
 * Headings as the label search reads them: which elements are heading-like (h1–h6, ARIA headings, legend, the
 * title classes and custom elements of UI libraries, a bold line standing alone), their rank, and the nearest
 * heading before a field in its scope (crossing shadow roots and frames). `LabelContext` keeps each root's
 * heading list (and the label-for index it extends) for one reading of the page. Split from fields/labels.ts.
 */
import { frameElementOf, holdsControl, isDocument, isInForm, isShadowRoot, labelText, rootOf, safeClosest } from './dom';
import { LabelForIndex } from './label-index';

const MAX_HEADING = 150;

const HEADING_QUERY = '*';
const HEADING_CLASS =
  /(?:^|[-_])(?:section|panel|card|box|group|block|form|field|fieldset|area|widget|module|portlet|tab|accordion|page|sub|abschnitt|bereich|rubrik)[-_]?(?:(?:header|heading|head)[-_]?)?(?:title|titel|header|heading|head|caption|legend|ueberschrift|überschrift)(?:[-_]text)?$|^(?:title|titel|heading|headline|subheading|subtitle|caption|legend|ueberschrift|überschrift|zwischenüberschrift|x-title-text|ui-widget-header)$/i;
/** Custom elements of UI libraries that are headings: mat-panel-title, mat-card-title, ion-card-title … */
const HEADING_TAG = /^[a-z][a-z0-9]*-(?:[a-z0-9]+-)*(?:title|heading|header|legend)$/;
const SCOPE =
  'form, section, article, aside, nav, fieldset, dialog, details, [role=region], [role=group], [role=form], [role=tabpanel], [role=dialog], [role=article]';

interface HeadingLike {
  el: Element;
  level: number;
  /** A bold element counts only when it stands alone on its line (checked when it is a candidate). */
  bold: boolean;
}

function headingLevel(el: Element): { level: number; bold: boolean } | null {
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return { level: Number(tag[1]), bold: false };
  if (el.getAttribute('role') === 'heading') {
    const n = Number(el.getAttribute('aria-level'));
    return { level: Number.isInteger(n) && n >= 1 && n <= 9 ? n : 2, bold: false };
  }
  if (tag === 'caption') return { level: 7, bold: false };
  if (tag === 'dt') return { level: 8, bold: false };
  if (tag === 'strong' || tag === 'b') return { level: 8, bold: true };
  if (tag === 'label') {
    if (el.hasAttribute('for') || holdsControl(el)) return null;
    return { level: 9, bold: false };
  }
  const cls = el.getAttribute('class');
  if (cls && cls.split(/\s+/).some((c) => HEADING_CLASS.test(c))) return { level: 7, bold: false };
  if (tag.includes('-') && HEADING_TAG.test(tag)) return { level: 7, bold: false };
  return null;
}

/** Is this element one the label search may take as a heading (for watching: its text names the fields below it)? */
export function isHeadingLike(el: Element): boolean {
  return headingLevel(el) !== null;
}

/** Heading-like elements of each document or shadow root, built once per reading of the page. */
export class LabelContext extends LabelForIndex {
  private readonly headings = new Map<Document | ShadowRoot, HeadingLike[]>();
  /** Builds the root's heading list and label index ahead, pausing now and then (a big page's first read, in slices). */
  async prepare(root: Document | ShadowRoot, pause: () => Promise<void>): Promise<void> {
    const all = this.headings.has(root) ? [] : root.querySelectorAll(HEADING_QUERY);
    const list: HeadingLike[] = [];
    for (let i = 0; i < all.length; i++) {
      if ((i & 255) === 0) await pause();
      const h = headingLevel(all[i]!);
      if (h) list.push({ el: all[i]!, ...h });
    }
    if (!this.headings.has(root)) this.headings.set(root, list);
    await pause();
    this.labelsNaming(root, '');
  }

  headingsOf(root: Document | ShadowRoot): HeadingLike[] {
    let list = this.headings.get(root);
    if (!list) {
      list = [];
      for (const el of Array.from(root.querySelectorAll(HEADING_QUERY))) {
        const h = headingLevel(el);
        if (h) list.push({ el, ...h });
      }
      this.headings.set(root, list);
    }
    return list;
  }
}

function scopeOf(h: Element): Element | null {
  if (h.localName === 'dt') return h.closest('dl');
  if (h.localName === 'caption') return h.parentElement;
  return h.parentElement ? safeClosest(h.parentElement, SCOPE) : null;
}

function standaloneBold(el: Element): boolean {
  const p = el.parentElement;
  if (!p || /^h[1-6]$/.test(p.localName)) return false;
  if (p.localName === 'strong' || p.localName === 'b') return false;
  return labelText(p) === labelText(el);
}

const PRECEDING = 2;
const CONTAINS = 8;

/** The nearest preceding heading in scope, then its parent headings (each of higher rank), crossing shadow roots and frames. */
export function* headings(el: Element, ctx: LabelContext): Generator<string> {
  let anchor: Element = el;
  let bound = Infinity; // only headings of a higher rank than the last one
  for (;;) {
    const root = rootOf(anchor);
    const list = ctx.headingsOf(root);
    for (let i = list.length - 1; i >= 0; i--) {
      const h = list[i]!;
      if (h.level >= bound) continue;
      const pos = anchor.compareDocumentPosition(h.el);
      if (!(pos & PRECEDING) || pos & CONTAINS) continue;
      const scope = scopeOf(h.el);
      if (scope && !scope.contains(anchor)) continue;
      if (h.bold && !standaloneBold(h.el)) continue;
      if ((h.el.textContent?.length ?? 0) > 1000 || holdsControl(h.el) || !isInForm(h.el)) continue;
      const text = labelText(h.el);
      if (!text || text.length > MAX_HEADING) continue;
      bound = h.level;
      yield text;
      if (bound <= 1) return;
    }
    const up = isShadowRoot(root) ? root.host : isDocument(root) ? frameElementOf(root) : null;
    if (!up) return;
    anchor = up;
  }
}

