/**
 * Small DOM helpers shared by the field adapters, discovery and labels.
 *
 * Everything here works across realms: a field may live in a same-origin iframe (another window, other
 * constructors) and the content script runs in an isolated world, so nothing relies on `instanceof` or on
 * the page's own JavaScript objects — only on node types, tag names and attributes.
 */

/** Klarplan's own UI elements carry this attribute; discovery and watching ignore them and what they hold. */
export const UI_ATTR = 'data-klarplan-ui';

export type Win = Window & typeof globalThis;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === ELEMENT_NODE;
}

export function isText(node: unknown): node is Text {
  return !!node && (node as Node).nodeType === TEXT_NODE;
}

export function isShadowRoot(node: unknown): node is ShadowRoot {
  return !!node && (node as Node).nodeType === DOCUMENT_FRAGMENT_NODE && !!(node as ShadowRoot).host;
}

export function isDocument(node: unknown): node is Document {
  return !!node && (node as Node).nodeType === DOCUMENT_NODE;
}

/** The window an element belongs to (its iframe's window for an element inside an iframe). */
export function windowOf(node: Node): Win | null {
  const doc = isDocument(node) ? node : node.ownerDocument;
  return (doc?.defaultView as Win | null | undefined) ?? null;
}

/** The iframe element that holds this document, when it is a same-origin child frame. */
export function frameElementOf(doc: Document): Element | null {
  try {
    return (doc.defaultView?.frameElement as Element | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** The parent of a node, crossing shadow roots (to the host) and documents (to the iframe element). */
export function parentAcross(node: Node): Node | null {
  if (isShadowRoot(node)) return node.host;
  if (isDocument(node)) return frameElementOf(node);
  return node.parentNode;
}

/** Does `ancestor` contain `node`, counting shadow hosts and iframes as containers of what they hold? */
export function containsAcross(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = parentAcross(n)) if (n === ancestor) return true;
  return false;
}

/** The document or shadow root a node lives in. */
export function rootOf(node: Node): Document | ShadowRoot {
  const r = node.getRootNode();
  return isShadowRoot(r) || isDocument(r) ? r : (node.ownerDocument as Document);
}

/** `el.matches(selector)`, false for a selector the browser does not understand. */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** `el.closest(selector)`, null for a selector the browser does not understand. */
export function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The value of an element's own `contenteditable` attribute: true, false, or null (inherits). */
export function editableAttr(el: Element): boolean | null {
  const v = el.getAttribute('contenteditable');
  if (v === null) return null;
  const n = v.trim().toLowerCase();
  if (n === '' || n === 'true' || n === 'plaintext-only') return true;
  if (n === 'false') return false;
  return null;
}

/** Is the element editable as rich text (contenteditable, inherited, or a document in design mode)? */
export function isEditable(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const a = editableAttr(e);
    if (a !== null) return a;
  }
  return el.ownerDocument?.designMode === 'on';
}

/** An editing host: editable, and its parent is not (the root of a contenteditable region). */
export function isEditingHost(el: Element): boolean {
  if (!isEditable(el)) return false;
  const p = el.parentElement;
  return !p || !isEditable(p);
}

/** Does an ancestor carry contenteditable="true" (the element sits inside another editor, e.g. a widget caption)? */
export function insideEditable(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (editableAttr(e) === true) return true;
  return false;
}

/** White space collapsed, no-break spaces as spaces, trimmed: text as a label shows it. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ' ').trim();
}

const TEXT_SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'textarea', 'select', 'option', 'input', 'svg', 'iframe', 'object',
]);

/**
 * The text an element shows, for labels and headings: form controls, scripts, `hidden` and `aria-hidden`
 * parts (icons, required-asterisks) left out, white space collapsed.
 */
export function labelText(el: Element, opts: { includeHidden?: boolean; skip?: (el: Element) => boolean } = {}): string {
  const parts: string[] = [];
  // an image names what it shows by its alt text (headings and labels drawn as images)
  const alt = (e: Element) => (e.localName === 'img' || (e.localName === 'input' && e.getAttribute('type') === 'image') ? e.getAttribute('alt') ?? '' : '');
  if (alt(el)) return collapseSpace(alt(el));
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (isText(c)) parts.push(c.data);
      else if (isElement(c)) {
        const tag = c.localName;
        if (TEXT_SKIP.has(tag)) continue;
        if (!opts.includeHidden && (c.hasAttribute('hidden') || c.getAttribute('aria-hidden') === 'true')) continue;
        if (tag === 'img') {
          parts.push(` ${alt(c)} `);
          continue;
        }
        if (editableAttr(c) === true) continue; // another field's content
        if (opts.skip?.(c)) continue;
        if (tag === 'br') parts.push(' ');
        walk(c);
      }
    }
  };
  walk(el);
  return collapseSpace(parts.join(''));
}

/** Does the element hold a form control or an editable region (then its text is not a label)? */
export function holdsControl(el: Element): boolean {
  return !!el.querySelector('input:not([type=hidden]), textarea, select, [contenteditable]:not([contenteditable=false]), iframe');
}

/**
 * Is the element rendered (not display:none, not visibility:hidden, not inside a closed <details>)?
 * Real browsers answer with `checkVisibility()` (and, with `minSize`, the element's size); without layout (jsdom) the
 * `hidden` attribute and computed `display`/`visibility` up the ancestor chain decide.
 */
export function isRendered(el: Element, opts: { minSize?: boolean } = {}): boolean {
  const withLayout = el as Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };
  if (typeof withLayout.checkVisibility === 'function') {
    if (!withLayout.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
    if (!opts.minSize) return true;
    // form controls of 1 px or less are helpers of other widgets (hidden clipboard or IME textareas)
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  }
  const win = windowOf(el);
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    if (e.localName === 'details' && !e.hasAttribute('open') && e !== el) {
      // only the <summary> of a closed <details> shows
      const summary: Element | undefined = Array.from(e.children).find((c: Element) => c.localName === 'summary');
      if (!summary || !summary.contains(el)) return false;
    }
    if (win) {
      const cs = win.getComputedStyle(e);
      if (cs.display === 'none') return false;
      if (e === el && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return false;
    }
  }
  return true;
}

/** Focuses an element without scrolling; inside an iframe the frame's window is focused first. */
export function focusElement(el: Element): void {
  const win = windowOf(el);
  try {
    if (win && frameElementOf(el.ownerDocument)) win.focus();
  } catch {
    /* a frame that refuses focus still takes the selection */
  }
  const f = el as HTMLElement;
  if (typeof f.focus === 'function') {
    try {
      f.focus({ preventScroll: true });
    } catch {
      f.focus();
    }
  }
}

/** `document.execCommand(command, false, value)`; false where the command does not exist or throws. */
export function execCommand(doc: Document, command: string, value?: string): boolean {
  const d = doc as Document & { execCommand?: (c: string, ui?: boolean, v?: string) => boolean };
  if (typeof d.execCommand !== 'function') return false;
  try {
    return d.execCommand(command, false, value);
  } catch {
    return false;
  }
}
