/**
 * Which fields a change in the page can affect (for fields/live.ts): a mutation record or an input event is
 * looked at with a few checks, and only the fields it can name or change are marked for reading again. A
 * ticking clock's text, a class on a status icon, a subtree without fields mark nothing.
 */
import { UI_ATTR, frameElementOf, holdsControl, isDocument, isElement, isShadowRoot, isText, rootOf } from './dom';
import { isHeadingLike } from './labels';
import type { LiveStats } from './live';
import type { FieldNaming } from './snapshot';

const FIELD_QUERY = 'textarea, input, [contenteditable], iframe, frame';
export const ATTRIBUTES = [
  'class', 'style', 'hidden', 'open', 'contenteditable', 'disabled', 'readonly', 'type', 'id', 'for', 'role',
  'aria-label', 'aria-labelledby', 'aria-hidden', 'aria-readonly', 'aria-disabled', 'placeholder',
  'data-placeholder', 'title', 'value', 'selected', 'checked', 'src', 'srcdoc',
];
/** Attributes that name a field (the others decide whether it is shown and editable). */
const NAMING_ATTRIBUTES = new Set(['id', 'for', 'aria-label', 'aria-labelledby', 'placeholder', 'data-placeholder', 'title', 'role']);
/** The label candidates in the order fields/labels.ts tries them. */
const LABEL_ORDER = [
  'aria-labelledby', 'aria-label', 'label-for', 'wrapping-label', 'container-label', 'legend', 'table-header', 'row-header',
  'nearby-text', 'heading', 'placeholder', 'title',
];
const NEARBY_STOP = new Set(['form', 'fieldset', 'section', 'article', 'body', 'html', 'td', 'th', 'tr', 'li', 'table', 'dialog', 'main']);
const HEADING_TAGS = new Set(['legend', 'summary']);
const SCOPE =
  'form, section, article, aside, nav, fieldset, dialog, details, table, [role=region], [role=group], [role=form], [role=tabpanel], [role=dialog], [role=article]';

export function ours(node: Node): boolean {
  const el = isElement(node) ? node : node.parentElement;
  return !!el && !!el.closest(`[${UI_ATTR}]`);
}

/** Does a text's change at this source matter for this naming? Not when the field's own label decided before it. */
function dependsOn(naming: FieldNaming | null | undefined, source: string): boolean {
  if (!naming) return true;
  if (naming.via === 'profile' || naming.via === 'row-owner') return false;
  if (!naming.decided) return true;
  const at = LABEL_ORDER.indexOf(naming.via);
  return at < 0 || at >= LABEL_ORDER.indexOf(source);
}

/** A node's chain of hosts (shadow hosts, iframes) from the top document down to itself. */
export function hostChain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; ) {
    out.push(n);
    const r = rootOf(n);
    n = isShadowRoot(r) ? r.host : isDocument(r) ? frameElementOf(r) : null;
  }
  return out.reverse();
}

/** What the filter sees of the live plan, and how it marks fields. */
export interface LiveMarks {
  known: Map<Element, { naming: FieldNaming | null | undefined }>;
  /** An element a field is labelled as (the element an editor replaced, its container) → the field. */
  targetOf: WeakMap<Element, Element>;
  /** Ids some element is labelled by (aria-labelledby). */
  referenced: Set<string>;
  /** Fields in frames and shadow roots. */
  foreign: Set<Element>;
  stats: LiveStats;
  markText(el: Element): void;
  markName(el: Element): void;
  markSubtree(node: Element | Document | ShadowRoot): void;
  prunePending(): void;
  /** The page's structure changed: the label and heading index is to be built again. */
  dropIndex(): void;
  observes(root: ShadowRoot): boolean;
}

export class ChangeFilter {
  constructor(private readonly s: LiveMarks) {}

  onEvent(e: Event, root: Document | ShadowRoot): void {
    const target = e.target as Node | null;
    if (!target || ours(target)) return;
    if (e.type === 'load') {
      // a frame (re)loaded: its document is new
      if (isElement(target) && (target.localName === 'iframe' || target.localName === 'frame')) this.s.markSubtree(target);
      return;
    }
    const field = this.fieldAt(target) ?? (isElement(target) && this.s.known.has(target) ? target : null);
    if (field) {
      this.s.markText(field);
      return;
    }
    // a control that is no field (an owner select, a date) names the fields of its row
    if (isElement(target)) this.rowOf(target, root);
  }

  /** The known field that holds this node (a contenteditable's text), or null. */
  private fieldAt(node: Node): Element | null {
    for (let e: Element | null = isElement(node) ? node : node.parentElement; e; e = e.parentElement) if (this.s.known.has(e)) return e;
    return null;
  }

  private rowOf(el: Element, _root: Document | ShadowRoot): void {
    const row = el.closest('tr, [role=row]');
    if (row) return this.nameWithin(row, 'row-header');
    let e = el.parentElement;
    for (let depth = 0; e && depth < 4; depth++, e = e.parentElement) {
      if (e.querySelector(FIELD_QUERY)) return this.nameWithin(e, 'row-header');
    }
  }

  /** Marks the known fields inside `el` whose naming may depend on texts at `source`. */
  private nameWithin(el: Element, source: string, reachable?: (f: Element) => boolean): void {
    const hit = (f: Element) => {
      const k = this.s.known.get(f);
      if (k && dependsOn(k.naming, source) && (!reachable || reachable(f))) this.s.markName(f);
    };
    if (this.s.known.has(el)) hit(el);
    for (const c of Array.from(el.querySelectorAll('textarea, input, [contenteditable]'))) if (this.s.known.has(c)) hit(c);
    // editors in frames and shadow roots are found through their labelled elements
    for (const f of this.s.foreign) if (rootOf(f) !== rootOf(el) && el.contains(hostChain(f).find((n) => rootOf(n) === rootOf(el)) ?? null)) hit(f);
  }

  onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      const t = r.target;
      if (ours(t)) {
        this.s.stats.ignored++;
        continue;
      }
      if (r.type === 'characterData') {
        this.textChanged(t);
        continue;
      }
      if (r.type === 'attributes') {
        this.attributeChanged(t as Element, r.attributeName ?? '', r.oldValue);
        continue;
      }
      // childList: fields gained or lost, or the text around them changed
      let relevant = false;
      if (Array.from(r.addedNodes).some(isElement) || Array.from(r.removedNodes).some(isElement)) this.s.dropIndex();
      for (const n of Array.from(r.addedNodes)) {
        if (isElement(n)) {
          if (n.hasAttribute(UI_ATTR)) continue;
          const inField = this.fieldAt(t);
          if (inField) {
            if (this.mayHoldFields(n)) this.s.markSubtree(inField);
            else this.s.markText(inField);
            continue;
          }
          if (this.mayHoldFields(n)) this.s.markSubtree(n);
          this.textChanged(n);
          relevant = true;
        } else if (isText(n) && n.data.trim()) {
          this.textChanged(n);
          relevant = true;
        }
      }
      for (const n of Array.from(r.removedNodes)) {
        if (isElement(n)) {
          if (n.hasAttribute(UI_ATTR)) continue;
          if (this.mayHoldFields(n)) {
            this.s.prunePending();
          }
          this.textChanged(t, r.nextSibling);
          relevant = true;
        } else if (isText(n) && n.data.trim()) {
          this.textChanged(t, r.nextSibling);
          relevant = true;
        }
      }
      if (!relevant) this.s.stats.ignored++;
    }
  }

  /** Might this new or removed subtree hold a field (or a shadow root or frame that might)? Bounded by its size. */
  private mayHoldFields(el: Element): boolean {
    if (el.matches(FIELD_QUERY) || el.shadowRoot) return true;
    if (el.querySelector(FIELD_QUERY)) return true;
    if (!el.firstElementChild) return false;
    for (const c of Array.from(el.querySelectorAll('*'))) if (c.shadowRoot) return true;
    return false;
  }

  private attributeChanged(el: Element, name: string, old: string | null): void {
    if (name === 'for' || name === 'class' || name === 'role' || name === 'hidden' || name === 'style') this.s.dropIndex(); // what is a heading or label
    if (el.shadowRoot && !this.s.observes(el.shadowRoot)) {
      this.s.markSubtree(el);
      return;
    }
    const field = this.s.known.has(el) ? el : null;
    if (NAMING_ATTRIBUTES.has(name)) {
      if (field) this.s.markName(field);
      const owner = this.s.targetOf.get(el);
      if (owner) this.s.markName(owner);
      if (name === 'for' || name === 'id') {
        const root = rootOf(el);
        for (const id of [old, el.getAttribute(name)]) {
          if (!id) continue;
          const target = name === 'for' ? (root as Document).getElementById?.(id) : null;
          const f = target ? (this.s.known.has(target) ? target : this.s.targetOf.get(target)) : null;
          if (f) this.s.markName(f);
          if (name === 'id' && this.s.referenced.has(id)) this.labelledByChanged(el, id);
        }
      }
      if (name === 'aria-labelledby' || name === 'aria-label' || name === 'role') this.nameWithin(el, 'legend');
      if (!field && !owner && name !== 'for' && name !== 'id' && !el.querySelector(FIELD_QUERY)) this.s.stats.ignored++;
      return;
    }
    if (name === 'value' && field) {
      this.s.markText(field);
      return;
    }
    if (name === 'selected' || name === 'checked' || name === 'value') {
      this.rowOf(el, rootOf(el));
      return;
    }
    // shown or hidden, editable or not: the fields in this subtree may come or go
    if (field || el.matches(FIELD_QUERY) || el.querySelector(FIELD_QUERY)) {
      this.s.markSubtree(el);
      return;
    }
    // a heading shown or hidden names differently
    if (this.headingLike(el)) this.textChanged(el);
    else this.s.stats.ignored++;
  }

  private labelledByChanged(el: Element, id: string): void {
    const root = rootOf(el) as Document | ShadowRoot;
    let refs: Element[] = [];
    try {
      refs = Array.from(root.querySelectorAll(`[aria-labelledby~="${id.replace(/["\\]/g, '\\$&')}"]`));
    } catch {
      refs = [];
    }
    for (const ref of refs) {
      const f = this.s.known.has(ref) ? ref : this.s.targetOf.get(ref);
      if (f) this.s.markName(f);
      else this.nameWithin(ref, 'legend');
    }
  }

  private headingLike(el: Element): boolean {
    return HEADING_TAGS.has(el.localName) || isHeadingLike(el);
  }

  /**
   * The text at `node` changed (a text node, or an element added or changed): which fields can it name? The
   * field it is in (its text), a label for a field, a legend, a table cell of a row, an element fields are
   * labelled by, a heading above fields, or the text next to a field. Everything else — a clock, a status
   * line — names nothing. `after`: the text was removed; it stood before this node.
   */
  private textChanged(node: Node, after?: Node | null): void {
    const start = isElement(node) ? node : isShadowRoot(node) ? node.host : node.parentElement;
    if (!start) return;
    const field = this.fieldAt(start);
    if (field) {
      this.s.markText(field);
      return;
    }
    for (let e: Element | null = start, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
      const tag = e.localName;
      const role = e.getAttribute('role');
      let marked = false;
      if (tag === 'label') {
        const id = e.getAttribute('for');
        if (id) {
          const target = (rootOf(e) as Document).getElementById?.(id);
          const f = target ? (this.s.known.has(target) ? target : this.s.targetOf.get(target)) : null;
          if (f) this.s.markName(f);
        } else this.nameWithin(e.parentElement?.parentElement ?? e, 'wrapping-label');
        marked = true;
      } else if (tag === 'legend') {
        if (e.parentElement) this.nameWithin(e.parentElement, 'legend');
        marked = true;
      } else if (tag === 'th' || tag === 'td' || role === 'columnheader' || role === 'rowheader' || role === 'gridcell' || role === 'cell') {
        const scope = tag === 'th' || role === 'columnheader' ? e.closest('table, [role=grid], [role=table]') : e.closest('tr, [role=row]');
        if (scope) this.nameWithin(scope, 'table-header');
        marked = true;
      }
      if (e.id && this.s.referenced.has(e.id)) this.labelledByChanged(e, e.id);
      if (this.headingLike(e)) {
        const scope = e.parentElement?.closest(SCOPE) ?? e.ownerDocument.body;
        if (scope) this.nameWithin(scope, 'heading');
        marked = true;
      }
      if (marked) break;
    }
    if (after !== undefined) {
      if (after) this.nearby(after, true);
    } else this.nearby(node, false);
  }

  /**
   * Text that may be the "nearby text" of a field (fields/labels.ts): a field, or a wrapper of it up to a few
   * levels that stands in no form/cell/section boundary, has this text as its first non-empty preceding sibling.
   */
  private nearby(node: Node, inclusive: boolean): void {
    let s: Node | null = node;
    let first = true;
    while (s) {
      if (isElement(s) && !(inclusive && first)) {
        if (s.localName === 'body' || s.localName === 'html') return;
        if (holdsControl(s) || (s.textContent?.length ?? 0) > 1000) return; // no field's nearby text can be inside
      }
      // the first sibling after it that shows anything: does it hold a field?
      let x: Node | null = inclusive && first ? s : s.nextSibling;
      for (; x; x = x.nextSibling) {
        if (isText(x)) {
          if (x.data.trim()) break;
          continue;
        }
        if (!isElement(x)) continue;
        if (x.matches(FIELD_QUERY) || x.textContent?.trim() || x.querySelector(FIELD_QUERY)) break;
      }
      if (x && isElement(x) && (x.matches(FIELD_QUERY) || x.querySelector(FIELD_QUERY))) {
        const top = x;
        // a field reaches `top` through at most five wrappers, none a boundary
        const reachable = (f: Element) => {
          let depth = 0;
          for (let e: Element | null = f; e && e !== top; e = e.parentElement, depth++) {
            if (depth >= 5 || (e !== f && NEARBY_STOP.has(e.localName))) return false;
          }
          return !NEARBY_STOP.has(top.localName) || top === f;
        };
        this.nameWithin(top, 'nearby-text', reachable);
      }
      first = false;
      const p: Element | null = s.parentElement;
      if (!p || NEARBY_STOP.has(p.localName)) return;
      s = p;
    }
  }
}
