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

/** What hides one element itself (not its ancestors): `hidden`, `display:none`, a closed `<details>` around `inner`. */
function hidesItself(e: Element, inner: Element, win: Win | null, self: boolean): boolean {
  if (e.hasAttribute('hidden')) return true;
  if (e.localName === 'details' && !e.hasAttribute('open') && e !== inner) {
    // only the <summary> of a closed <details> shows
    const summary: Element | undefined = Array.from(e.children).find((c: Element) => c.localName === 'summary');
    if (!summary || !summary.contains(inner)) return true;
  }
  if (!win) return false;
  const cs = win.getComputedStyle(e);
  if (cs.display === 'none') return true;
  if (cs.visibility === 'hidden' || cs.visibility === 'collapse') {
    // visibility is inherited: the element whose parent is visible is the one that hides
    if (self) return true;
    const p = e.parentElement;
    const pv = p ? win.getComputedStyle(p).visibility : 'visible';
    return pv !== 'hidden' && pv !== 'collapse';
  }
  return false;
}

// Class names of the panels accordion and tab widgets fold away (Bootstrap, Foundation, jQuery UI, Material …).
const FOLD_CLASS = /(?:^|[\s_-])(?:tab-?pane|tab-?panel|tab-?content|tabs?-panel|collapse|collapsible|accordion-?(?:body|content|panel|collapse|item)?|expansion-?panel(?:-content)?|panel-?collapse|ui-tabs-panel|ui-accordion-content)(?:$|[\s_])/i;

/** The control that shows a folded panel: a tab or button naming it by `aria-controls`, `href="#id"` or a data target. */
export function foldControl(panel: Element): HTMLElement | null {
  if (panel.localName === 'details') {
    return (Array.from(panel.children).find((c: Element) => c.localName === 'summary') as HTMLElement | undefined) ?? null;
  }
  const root = rootOf(panel);
  const id = panel.id;
  if (id) {
    const esc = id.replace(/["\\]/g, '\\$&');
    const sel = [`[aria-controls~="${esc}"]`, `a[href="#${esc}"]`, `[data-target="#${esc}"]`, `[data-bs-target="#${esc}"]`].join(',');
    const c = safeQueryAll(root, sel).find((x) => x !== panel && !panel.contains(x));
    if (c) return c as HTMLElement;
  }
  for (const ref of (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const l = (root as Document).getElementById?.(ref) ?? null;
    if (l && (l.getAttribute('role') === 'tab' || l.localName === 'button' || l.hasAttribute('aria-expanded'))) return l as HTMLElement;
  }
  return null;
}

/**
 * Is this hidden element a fold of the page — a tab panel not shown, a closed `<details>`, a collapsed accordion
 * panel — whose content is part of the form the person fills in (one click away), not a template or an unused part?
 */
export function isFold(e: Element): boolean {
  const control = foldControl(e);
  if (e.localName !== 'details' && e.getAttribute('role') !== 'tabpanel' && !FOLD_CLASS.test(e.getAttribute('class') ?? '') && !control) return false;
  // a fold named as the history ("Verlauf", "frühere Pläne", "Vorheriger Plan … (abgeschlossen)") holds no current plan
  const name = `${control ? labelText(control) : ''} ${e.getAttribute('aria-label') ?? ''}`;
  return !HISTORY.test(name);
}

const HISTORY = /(?:^|[^\p{L}])(?:verlauf|historie|history|archiv\p{L}*|frühere[nrs]?|vorherige[nrs]?|alte[nrs]?|abgeschlossene?[nrs]?|abgeschlossen)(?![\p{L}])/iu;

/**
 * How an element is seen: `shown`; `folded` — hidden only by folds (tab panels, closed `<details>`, collapsed
 * panels; the outermost fold first in `folds`); or `hidden` (display:none of its own or of a non-fold ancestor such
 * as a template row, `hidden`, `visibility:hidden`).
 * Real browsers answer `shown` with `checkVisibility()` (and, with `minSize`, the element's size: form controls of
 * 1 px or less are helpers of other widgets); without layout (jsdom) the ancestor chain decides.
 */
export function visibilityOf(el: Element, opts: { minSize?: boolean } = {}): { state: 'shown' | 'folded' | 'hidden'; folds: Element[] } {
  const withLayout = el as Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };
  if (typeof withLayout.checkVisibility === 'function' && withLayout.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) {
    if (!opts.minSize) return { state: 'shown', folds: [] };
    const r = el.getBoundingClientRect();
    return { state: r.width > 1 && r.height > 1 ? 'shown' : 'hidden', folds: [] };
  }
  const win = windowOf(el);
  const folds: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (!hidesItself(e, el, win, e === el)) continue;
    if (e === el || !isFold(e)) return { state: 'hidden', folds: [] };
    folds.unshift(e);
  }
  if (folds.length) return { state: 'folded', folds };
  if (typeof withLayout.checkVisibility === 'function') return { state: 'hidden', folds: [] }; // hidden by what the chain cannot see
  return { state: 'shown', folds: [] };
}

/** Is the element rendered (not display:none, not visibility:hidden, not inside a closed <details> or a fold)? */
export function isRendered(el: Element, opts: { minSize?: boolean } = {}): boolean {
  return visibilityOf(el, opts).state === 'shown';
}

/** Shown, or hidden only in a fold of the page (a tab panel, a closed <details>): part of the form. */
export function isInForm(el: Element, opts: { minSize?: boolean } = {}): boolean {
  return visibilityOf(el, opts).state !== 'hidden';
}

/**
 * Opens the folds that hide an element, outermost first: a closed `<details>` gets `open`, a tab or accordion
 * panel is shown by clicking its control (the page's own script switches the tab). Returns whether it is shown now.
 */
export function openFolds(el: Element): boolean {
  const { state, folds } = visibilityOf(el);
  if (state !== 'folded') return state === 'shown';
  for (const f of folds) {
    if (f.localName === 'details') {
      (f as HTMLDetailsElement).open = true;
      continue;
    }
    const control = foldControl(f);
    if (control && typeof control.click === 'function') control.click();
  }
  return visibilityOf(el).state === 'shown';
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
