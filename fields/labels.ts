/**
 * The visible text that names a field, and the plan heading it maps to.
 *
 * Candidates, in this order (the first whose text maps to a heading wins):
 *  1. `aria-labelledby` (the referenced elements' text, also inside the same shadow root)
 *  2. `aria-label`
 *  3. `<label for=id>` in the field's document or shadow root
 *  4. a wrapping `<label>`, or a `<label>` without `for` in the field's own wrapper (one that holds no other
 *     control), also when it stands after the field: Angular Material's floating label
 *  5. the `<legend>` of an enclosing `<fieldset>` (nearest first), or the name of an enclosing
 *     `role=group|region` / `<section>` with aria-label(ledby)
 *  6. a table's header cell: the column's header, then the row's header (`th`, `role=rowheader`, or a
 *     plain text cell to the left)
 *  7. nearby text: the closest preceding sibling text (of the field or of its wrappers, up to three levels, and
 *     further up while a wrapper holds no other control: ExtJS puts the label beside the fourth wrapper)
 *  8. the nearest preceding heading within the same form or section (h1–h6, role=heading, a `dt`, a table
 *     caption, an element styled as a section title, a bold line on its own, a label that names no control),
 *     then its parent headings in the outline (each of a higher rank)
 *  9. `placeholder` (also `aria-placeholder`, `data-placeholder`)
 * 10. `title`
 * 11. the field's own `name`, then `id`, split into words in the system's vocabulary ("txtZielKunde",
 *     "schritte_1", "jc_leistung"): whole words only, a last hint (fields/sections.ts `sectionOfName`)
 *
 * A field's own label (1–4, 6, 7, 9, 10) that names something other than the plan ("Name", "E-Mail",
 * "Kundennummer", "Nachricht", "Bis wann") stops the search: a heading above does not make it a plan field.
 *
 * Rich editors are named by what stands around them: CKEditor's `.ck-editor` and the element it replaced,
 * TinyMCE's iframe, its `.tox-tinymce` container and the textarea it replaced (`data-id`), Quill's
 * `.ql-container`.
 */
import type { SectionKey } from '../core/plan';
import {
  collapseSpace,
  frameElementOf,
  holdsControl,
  isElement,
  isInForm,
  isText,
  labelText,
  rootOf,
  safeQueryAll,
} from './dom';
import { headings, LabelContext } from './headings';
import { activeLabelIndex, type LabelForIndex } from './label-index';

export { isHeadingLike, LabelContext } from './headings';
import { isNonPlanLabel, sectionOfLabel, sectionOfName } from './sections';

export { withLabelContext } from './label-index';
import { tableRowOf } from './table';
import type { FieldKind } from './types';

export type LabelSource =
  | 'aria-labelledby'
  | 'aria-label'
  | 'label-for'
  | 'wrapping-label'
  | 'container-label'
  | 'legend'
  | 'table-header'
  | 'row-header'
  | 'nearby-text'
  | 'heading'
  | 'placeholder'
  | 'title'
  /** The field's own `name` or `id`, split into words: a last hint when no visible text names it. */
  | 'name';

export interface LabelCandidate {
  source: LabelSource;
  text: string;
}

export interface FieldLabel {
  /** The text that decided (or, when nothing maps, the first text found; '' when none). */
  label: string;
  section: SectionKey | null;
  source: LabelSource | null;
  /** The field's own label names something that is no part of a plan ("Name", "Bis wann"). */
  nonPlan?: true;
}

/** Sources that name the field itself (not the part of the page it stands in). */
const OWN_SOURCES = new Set<LabelSource>([
  'aria-labelledby', 'aria-label', 'label-for', 'wrapping-label', 'container-label', 'table-header', 'row-header', 'nearby-text',
  'placeholder', 'title',
]);

/** Sources by which a form labels a field explicitly, as its own (not text that happens to stand near it). */
const EXPLICIT_SOURCES = new Set<LabelSource>(['aria-labelledby', 'aria-label', 'label-for', 'wrapping-label', 'placeholder', 'title']);

const MAX_LABEL = 200;
const MAX_NEARBY = 80;

const clip = (t: string) => (t.length > MAX_LABEL ? t.slice(0, MAX_LABEL) : t);

/** The elements whose labels name the field: the field itself, then its editor's container and the element the editor replaced. */
export function labelTargets(el: Element, kind: FieldKind | null = null): Element[] {
  const out: Element[] = [el];
  const add = (e: Element | null | undefined) => {
    if (e && !out.includes(e)) out.push(e);
  };
  const replaced = (container: Element | null): Element | null => {
    const p = container?.previousElementSibling;
    return p && (p.localName === 'textarea' || !isInForm(p)) ? p : null;
  };
  if (kind === 'ckeditor5') {
    const c = el.closest('.ck-editor');
    add(replaced(c));
    add(c);
  } else if (kind === 'tinymce') {
    const frame = el.localName === 'body' ? frameElementOf(el.ownerDocument) : null;
    if (frame) {
      const c = frame.closest('.tox-tinymce, .mce-tinymce');
      const dataId = el.getAttribute('data-id');
      const source = dataId ? frame.ownerDocument.getElementById(dataId) : null;
      add(source && source !== c ? source : replaced(c));
      add(frame);
      add(c);
    }
  } else if (kind === 'quill') {
    add(el.closest('.ql-container'));
  }
  return out;
}

function byId(from: Element, id: string): Element | null {
  const root = rootOf(from);
  const found = (root as Document | ShadowRoot).getElementById?.(id) ?? null;
  return found ?? from.ownerDocument.getElementById(id);
}

function labelledBy(t: Element): string {
  const ids = t.getAttribute('aria-labelledby');
  if (!ids) return '';
  return collapseSpace(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => byId(t, id))
      .filter((e): e is Element => !!e)
      .map((e) => labelText(e, { includeHidden: true }))
      .join(' '),
  );
}

function labelsFor(t: Element, ctx: LabelForIndex | undefined = activeLabelIndex()): string[] {
  const id = t.id;
  if (!id) return [];
  const root = rootOf(t);
  // one index of the root's <label for> per reading (not fields × labels); without one, the browser's own query
  const labels = ctx ? ctx.labelsNaming(root, id) : safeQueryAll(root, `label[for="${id.replace(/["\\]/g, '\\$&')}"]`);
  const out: string[] = [];
  for (const l of labels) {
    const text = labelText(l);
    if (text) out.push(text);
  }
  return out;
}

/** Does a heading inside `group` stand before `t`? */
function headingBefore(group: Element, t: Element): boolean {
  for (const h of Array.from(group.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]'))) {
    if (h.compareDocumentPosition(t) & 4 /* FOLLOWING */) return true;
  }
  return false;
}

function groupNames(t: Element): string[] {
  const out: string[] = [];
  for (let e = t.parentElement; e; e = e.parentElement) {
    if (e.localName === 'fieldset') {
      const legend = Array.from(e.children).find((c) => c.localName === 'legend');
      const text = legend ? labelText(legend) : '';
      if (text) out.push(text);
      continue;
    }
    const role = e.getAttribute('role');
    if (role === 'group' || role === 'region' || role === 'tabpanel' || role === 'dialog' || e.localName === 'section' || e.localName === 'dialog') {
      // a tab ("Ziele") over several headings of its own ("Mein Ziel", "Zunächst möchte ich …"): the heading is nearer
      if (role === 'tabpanel' && headingBefore(e, t)) continue;
      const text = labelledBy(e) || collapseSpace(e.getAttribute('aria-label') ?? '');
      if (text) out.push(text);
    }
  }
  return out;
}

function tableLabels(t: Element): LabelCandidate[] {
  const row = tableRowOf(t);
  if (!row) return [];
  const cell = row.cellOf(t);
  if (!cell) return [];
  const out: LabelCandidate[] = [];
  const col = row.columnHeader(cell);
  if (col) out.push({ source: 'table-header', text: col });
  for (const h of row.rowHeaders()) {
    if (h === cell) continue;
    const text = labelText(h);
    if (text) {
      out.push({ source: 'row-header', text });
      break;
    }
  }
  if (out.length === 0 || out.every((c) => c.source === 'table-header')) {
    // a plain label cell to the left: "Ziel:" | [field]
    const i = row.cells.indexOf(cell);
    for (let k = i - 1; k >= 0; k--) {
      const c = row.cells[k]!;
      if (holdsControl(c)) break;
      const text = labelText(c);
      if (text) {
        if (text.length <= MAX_NEARBY) out.push({ source: 'row-header', text });
        break;
      }
    }
  }
  return out;
}

const CONTROL = 'input:not([type=hidden]), textarea, select, [contenteditable]:not([contenteditable=false]), iframe';

/** Does `wrapper` hold a control other than `t` (and other than what `t` holds or what holds `t`)? */
function holdsOtherControl(wrapper: Element, t: Element): boolean {
  for (const c of Array.from(wrapper.querySelectorAll(CONTROL))) {
    if (c !== t && !t.contains(c) && !c.contains(t)) return true;
  }
  return false;
}

const CONTAINER_LEVELS = 5;

/**
 * A `<label>` without `for` in the field's own wrapper: the nearest wrapper (up to five levels) that holds a
 * label and no other control. Floating labels (Angular Material before MDC, MUI's outlined inputs) stand
 * after the field in the DOM and name it by position (and `aria-owns`) only.
 */
function containerLabel(t: Element): string {
  let e = t.parentElement;
  for (let depth = 0; e && depth < CONTAINER_LEVELS; depth++, e = e.parentElement) {
    if (holdsOtherControl(e, t)) return '';
    const labels = Array.from(e.querySelectorAll('label')).filter((l) => !l.contains(t));
    if (labels.length) {
      const free = labels.filter((l) => !l.hasAttribute('for') && !holdsControl(l));
      return labels.length === 1 && free.length === 1 ? labelText(free[0]!) : '';
    }
    if (NEARBY_STOP.has(e.localName)) return '';
  }
  return '';
}

const NEARBY_SKIP = '.ck-editor__top, .ck-toolbar, .tox-editor-header, .tox-toolbar, .ql-toolbar, [role=toolbar], [role=tooltip]';
const NEARBY_STOP = new Set(['form', 'fieldset', 'section', 'article', 'body', 'html', 'td', 'th', 'tr', 'li', 'table', 'dialog', 'main']);

const NEARBY_LEVELS = 3;
const NEARBY_LEVELS_ALONE = 6;

function nearbyText(t: Element): string {
  let node: Element = t;
  for (let depth = 0; depth < NEARBY_LEVELS_ALONE; depth++) {
    // past three levels only through wrappers of this field alone
    if (depth >= NEARBY_LEVELS && holdsOtherControl(node, t)) break;
    for (let s = node.previousSibling; s; s = s.previousSibling) {
      if (isText(s)) {
        const text = collapseSpace(s.data);
        if (text) return text.length <= MAX_NEARBY ? text : '';
        continue;
      }
      if (!isElement(s)) continue;
      const tag = s.localName;
      if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'br' || tag === 'hr') continue;
      if (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'iframe') {
        if (!isInForm(s)) continue; // the element an editor replaced
        return ''; // another field stands between
      }
      if (s.matches(NEARBY_SKIP) || !isInForm(s)) continue;
      if (holdsControl(s)) return '';
      if ((s.textContent?.length ?? 0) > 1000) return ''; // a block of content, not a label
      const text = labelText(s);
      if (text) return text.length <= MAX_NEARBY ? text : '';
    }
    const p = node.parentElement;
    if (!p || NEARBY_STOP.has(p.localName)) break;
    node = p;
  }
  return '';
}

// ---- headings -------------------------------------------------------------------------------------------

function placeholders(t: Element, kind: FieldKind | null): string[] {
  const out: string[] = [];
  for (const a of ['placeholder', 'aria-placeholder', 'data-placeholder']) {
    const v = collapseSpace(t.getAttribute(a) ?? '');
    if (v) out.push(v);
  }
  if (kind === 'ckeditor5' || kind === 'quill' || kind === 'tinymce' || kind === 'contenteditable') {
    const first = t.firstElementChild;
    const v = collapseSpace(first?.getAttribute('data-placeholder') ?? '');
    if (v) out.push(v);
  }
  return out;
}

/** All label candidates of a field, in order (lazily: the search stops where the caller stops). */
export function* labelCandidates(
  el: Element,
  kind: FieldKind | null = null,
  ctx: LabelContext = new LabelContext(),
): Generator<LabelCandidate> {
  const targets = labelTargets(el, kind);
  for (const t of targets) {
    const text = labelledBy(t);
    if (text) yield { source: 'aria-labelledby', text };
  }
  for (const t of targets) {
    const text = collapseSpace(t.getAttribute('aria-label') ?? '');
    if (text) yield { source: 'aria-label', text };
  }
  for (const t of targets) for (const text of labelsFor(t, ctx)) yield { source: 'label-for', text };
  for (const t of targets) {
    const label = t.parentElement?.closest('label');
    const text = label ? labelText(label) : '';
    if (text) yield { source: 'wrapping-label', text };
  }
  if (!targets.some((t) => t.parentElement?.closest('label'))) {
    for (const t of targets) {
      const text = containerLabel(t);
      if (text) {
        yield { source: 'container-label', text };
        break;
      }
    }
  }
  const seenGroups = new Set<string>();
  for (const t of targets) {
    for (const text of groupNames(t)) {
      if (seenGroups.has(text)) continue;
      seenGroups.add(text);
      yield { source: 'legend', text };
    }
  }
  for (const t of targets) {
    const found = tableLabels(t);
    if (found.length) {
      yield* found;
      break;
    }
  }
  for (let i = targets.length - 1; i >= 0; i--) {
    // from the outermost wrapper: what stands before the editor, not before its editable area
    const text = nearbyText(targets[i]!);
    if (text) {
      yield { source: 'nearby-text', text };
      break;
    }
  }
  for (const text of headings(el, ctx)) yield { source: 'heading', text };
  for (const t of targets) for (const text of placeholders(t, kind)) yield { source: 'placeholder', text };
  for (const t of targets) {
    const text = collapseSpace(t.getAttribute('title') ?? '');
    if (text) yield { source: 'title', text };
  }
  for (const t of targets) {
    for (const a of ['name', 'id']) {
      const v = t.getAttribute(a);
      if (v) yield { source: 'name', text: v.slice(0, 100) };
    }
  }
}

/** The label that names the field and the plan heading it maps to. */
export function labelOf(el: Element, kind: FieldKind | null = null, ctx?: LabelContext): FieldLabel {
  let first: LabelCandidate | null = null;
  let ownLabel = false;
  for (const c of labelCandidates(el, kind, ctx)) {
    if (c.source === 'name') {
      // not text a person sees: never the shown label, and no stop for a name that sounds like personal data; and
      // no hint at all where the field's own label says what it is ("Zielort" with the id "fk-ziel")
      if (ownLabel) continue;
      const section = sectionOfName(c.text);
      if (section) return { label: first ? clip(first.text) : '', section, source: 'name' };
      continue;
    }
    first ??= c;
    if (EXPLICIT_SOURCES.has(c.source)) ownLabel = true;
    if (OWN_SOURCES.has(c.source) && isNonPlanLabel(c.text)) return { label: clip(c.text), section: null, source: c.source, nonPlan: true };
    const section = sectionOfLabel(c.text);
    if (section) return { label: clip(c.text), section, source: c.source };
  }
  return { label: first ? clip(first.text) : '', section: null, source: first?.source ?? null };
}

/** The texts that name an element itself (for a row's owner or date control): aria, labels, placeholder, title, nearby text. */
export function ownLabels(el: Element): string[] {
  const out: string[] = [];
  const by = labelledBy(el);
  if (by) out.push(by);
  const aria = collapseSpace(el.getAttribute('aria-label') ?? '');
  if (aria) out.push(aria);
  out.push(...labelsFor(el));
  const wrap = el.parentElement?.closest('label');
  const wrapText = wrap ? labelText(wrap) : '';
  if (wrapText) out.push(wrapText);
  for (const a of ['placeholder', 'title']) {
    const v = collapseSpace(el.getAttribute(a) ?? '');
    if (v) out.push(v);
  }
  if (out.length === 0) {
    const near = nearbyText(el);
    if (near) out.push(near);
  }
  return out;
}
