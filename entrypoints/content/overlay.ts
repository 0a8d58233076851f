/**
 * What Klarplan shows in the page: count markers next to the plan's fields, in one closed overlay of our own
 * outside the page's content, and a finding revealed in its field (a selection in textarea/input, the CSS Custom
 * Highlight API in editable elements). Never markup inside the page's editors.
 */
import { openFolds, UI_ATTR } from '../../fields/dom';
import { fieldById } from '../../fields/snapshot';
import { buildTextMap } from '../../fields/textmap';
import { createOverlayHost } from './host';

const HIGHLIGHT = 'klarplan-finding';

/** Removes Klarplan's highlight from the page. */
export function clearHighlights(doc: Document): void {
  (doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> } }) | null)?.CSS?.highlights?.delete(HIGHLIGHT);
}

/** Scrolls to the field and selects (textarea, input) or highlights (editable) the finding's text. */
export function reveal(doc: Document, fieldId: string, start: number, end: number): void {
  const field = fieldById(doc, fieldId);
  if (!field) return;
  const el = field.el as HTMLElement;
  openFolds(el); // a field in a tab not shown or a closed <details>: open it first (issue 16)
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement || el instanceof el.ownerDocument.defaultView!.HTMLInputElement) {
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    return;
  }
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis & { Highlight?: new (...r: Range[]) => unknown; CSS: { highlights?: Map<string, unknown> } }) | null;
  if (!win) return;
  const range = buildTextMap(el).range(start, end);
  if (win.Highlight && win.CSS.highlights) {
    ensureHighlightStyle(el.ownerDocument);
    win.CSS.highlights.set(HIGHLIGHT, new win.Highlight(range));
  }
}

function ensureHighlightStyle(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || (doc as Document & { klarplanStyled?: boolean }).klarplanStyled) return;
  // A constructed style sheet: no element is added to the page.
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.45); text-decoration: underline wavy #b3470b; }`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  (doc as Document & { klarplanStyled?: boolean }).klarplanStyled = true;
}

/** Small count badges next to each plan field, in a closed shadow root of our own outside the page's content. */
export class Markers {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private counts: Record<string, number> = {};
  private readonly onResize = () => this.place();
  constructor(private readonly doc: Document) {
    doc.defaultView?.addEventListener('resize', this.onResize);
  }

  update(counts: Record<string, number>): void {
    this.counts = counts;
    this.place();
  }

  place(): void {
    const entries = Object.entries(this.counts).filter(([, n]) => n > 0);
    if (!entries.length) {
      if (this.root) this.root.replaceChildren();
      return;
    }
    if (!this.host) {
      ({ host: this.host, root: this.root } = createOverlayHost(this.doc, UI_ATTR));
      this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
      this.doc.documentElement.append(this.host);
    }
    const view = this.doc.defaultView!;
    const badges = entries.flatMap(([id, n]) => {
      const field = fieldById(this.doc, id);
      if (!field) return [];
      const r = rectInDocument(field.el, this.doc);
      if (!r) return [];
      const b = this.doc.createElement('span');
      b.textContent = String(n);
      b.title = n === 1 ? '1 Hinweis von Klarplan' : `${n} Hinweise von Klarplan`;
      b.style.cssText = `position:absolute;top:${r.top + view.scrollY - 8}px;left:${r.right + view.scrollX - 12}px;min-width:1.2em;padding:0 .3em;border-radius:1em;background:#1a4f8b;color:#fff;font:bold 11px/1.6 system-ui,sans-serif;text-align:center;`;
      return [b];
    });
    this.root!.replaceChildren(...badges);
  }

  remove(): void {
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}

/**
 * An element's box in the viewport of `doc`, also when it sits in a same-origin frame (TinyMCE's editor, a
 * form in an iframe): the frames' offsets are added up. Null when the element is not in `doc` or its frames.
 */
function rectInDocument(el: Element, doc: Document): { top: number; right: number } | null {
  const r = el.getBoundingClientRect();
  let top = r.top;
  let right = r.right;
  let win = el.ownerDocument.defaultView;
  while (win && win.document !== doc) {
    const frame = win.frameElement as HTMLElement | null;
    if (!frame) return null;
    const fr = frame.getBoundingClientRect();
    top += fr.top + frame.clientTop;
    right += fr.left + frame.clientLeft;
    win = frame.ownerDocument.defaultView;
  }
  return win ? { top, right } : null;
}
