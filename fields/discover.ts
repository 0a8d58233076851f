/**
 * Finding the text fields of a page: every element one of the adapters handles, in page order, also inside
 * same-origin iframes (where `contentDocument` is readable) and open shadow roots. Left out: hidden fields,
 * read-only or disabled ones, inputs that are not free text (password, e-mail, number, search, date …),
 * editors' own UI (link balloons, dialogs, clipboard helpers), editables nested in another editor, and
 * Klarplan's own UI (anything inside an element with `data-klarplan-ui`).
 *
 * Each field element gets an id that is stable for the element's life, kept in a WeakMap: nothing is ever
 * written into the page.
 */
import { adapterFor } from './adapters/index';
import { UI_ATTR, editableAttr, frameElementOf, insideEditable, isInForm, isRendered, safeClosest } from './dom';
import type { FieldAdapter } from './types';

export interface FoundField {
  id: string;
  el: Element;
  adapter: FieldAdapter;
}

export interface DiscoverOptions {
  /** More elements to leave out (the content script's own overlay hosts, for instance). */
  exclude?: (el: Element) => boolean;
  /** Descend into same-origin iframes (default true). */
  frames?: boolean;
}

/** Editors' own UI outside their editable root: balloons, toolbars, dialogs, hidden helpers. */
const EDITOR_UI = [
  '.ck-body-wrapper',
  '.ck-balloon-panel',
  '.ck-source-editing-area',
  '.tox-tinymce-aux',
  '.tox-dialog-wrap',
  '.tox-silver-sink',
  '.tox-toolbar',
  '.tox-menu',
  '.ql-toolbar',
  '.ql-tooltip',
  '.ql-clipboard',
].join(',');

const ids = new WeakMap<Element, string>();
// Each frame's agent numbers its own fields: a token per script realm keeps ids of different frames apart.
const REALM = Math.random().toString(36).slice(2, 7);
let nextId = 1;

/** The field's id: the same for the same element as long as it lives, never stored in the page. */
export function fieldId(el: Element): string {
  let id = ids.get(el);
  if (!id) {
    id = `kp-${REALM}-${nextId++}`;
    ids.set(el, id);
  }
  return id;
}

function isOff(el: Element): boolean {
  if (el.hasAttribute('disabled') || el.hasAttribute('readonly')) return true;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return true;
  if (el.localName === 'textarea' || el.localName === 'input') {
    try {
      if (el.matches(':disabled')) return true; // inside a disabled fieldset
    } catch {
      /* old engines */
    }
  }
  return false;
}

/** Is this element a field Klarplan reads (its adapter, or null)? */
export function fieldAdapter(el: Element, opts: DiscoverOptions = {}): FieldAdapter | null {
  // only these can be editable roots (an element without the attribute is at most inside one)
  const tag = el.localName;
  if (tag !== 'textarea' && tag !== 'input' && !el.hasAttribute('contenteditable') && !(tag === 'body' && el.ownerDocument.designMode === 'on')) {
    return null;
  }
  const adapter = adapterFor(el);
  if (!adapter) return null;
  if (isOff(el)) return null;
  if (adapter.kind !== 'textarea' && adapter.kind !== 'input') {
    if (insideEditable(el)) return null; // a widget's caption inside another editor
    if (editableAttr(el) === false) return null;
  }
  if (safeClosest(el, `[${UI_ATTR}]`) || safeClosest(el, EDITOR_UI)) return null;
  if (opts.exclude?.(el)) return null;
  const control = adapter.kind === 'textarea' || adapter.kind === 'input';
  // a field in a tab panel not shown or a closed <details> is part of the plan; a template row or hidden field is not
  if (!isInForm(el, { minSize: control })) return null;
  return adapter;
}

/** The same-origin document of an iframe, or null (cross-origin, not loaded, or not rendered). */
export function frameDocument(frame: Element): Document | null {
  if (frame.localName !== 'iframe' && frame.localName !== 'frame') return null;
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/**
 * Visits every element of a document or shadow root in tree order, descending into open shadow roots and
 * same-origin iframes where they stand. Klarplan's own UI is skipped with everything it holds.
 */
export function walkElements(
  root: Document | ShadowRoot,
  visit: (el: Element) => void,
  onRoot?: (root: Document | ShadowRoot, host: Element | null) => void,
  host: Element | null = null,
  frames = true,
): void {
  onRoot?.(root, host);
  const all = root.querySelectorAll('*');
  let skip: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (skip && skip.contains(el)) continue;
    skip = null;
    if (el.hasAttribute(UI_ATTR)) {
      skip = el;
      continue;
    }
    visit(el);
    const shadow = el.shadowRoot;
    if (shadow) walkElements(shadow, visit, onRoot, el, frames);
    const doc = frames ? frameDocument(el) : null;
    if (doc && isRendered(el)) walkElements(doc, visit, onRoot, el, frames);
  }
}

/** Every document and open shadow root reachable from this document (itself first). */
export function reachableRoots(doc: Document, opts: DiscoverOptions = {}): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [];
  walkElements(doc, () => {}, (r) => roots.push(r), null, opts.frames !== false);
  return roots;
}

/**
 * Is this document a same-origin child frame, whose fields the parent document's discovery already finds?
 * (A content script running in all frames reads the plan once, from the top: a frame reached this way
 * should not report its fields a second time. Cross-origin frames have no readable frameElement.)
 */
export function readFromParent(doc: Document): boolean {
  return frameElementOf(doc) !== null;
}

/** The text fields of a document, in page order. */
export function discover(doc: Document | ShadowRoot, opts: DiscoverOptions = {}): FoundField[] {
  const out: FoundField[] = [];
  walkElements(
    doc,
    (el) => {
      const adapter = fieldAdapter(el, opts);
      if (adapter) out.push({ id: fieldId(el), el, adapter });
    },
    undefined,
    null,
    opts.frames !== false,
  );
  return out;
}

/** The field with this id, if it is still in the page (and still a field). */
export function findField(doc: Document, id: string, opts: DiscoverOptions = {}): Element | null {
  let found: Element | null = null;
  walkElements(
    doc,
    (el) => {
      if (!found && ids.get(el) === id && fieldAdapter(el, opts)) found = el;
    },
    undefined,
    null,
    opts.frames !== false,
  );
  return found;
}
