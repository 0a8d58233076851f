/**
 * The text of an editable region as a person sees it, and the map between offsets in that text and
 * positions in the DOM.
 *
 * Conventions (the same for plain contenteditable and the rich editors):
 * - every block (p, div, li, h1–h6, blockquote, tr, td …) is a line of its own; lines are joined by "\n";
 * - `<br>` ends a line; a `<br>` that only keeps an otherwise empty block open gives an empty line, a
 *   trailing `<br>` at the end of a block gives nothing (as browsers render it);
 * - white space collapses as in normal HTML (runs become one space, none at the start or end of a line),
 *   except under `white-space: pre*` or in `<pre>`, where text, tabs and "\n" count as they are;
 * - a no-break space reads as a plain space; a line of nothing but spaces reads as empty (TinyMCE's
 *   `<p>&nbsp;</p>`); zero-width characters (editors' caret fillers) are left out;
 * - editors' own UI inside the editable (widget handles, fake-selection containers, bogus nodes) is left out.
 *
 * Each character of the text keeps the DOM position before and after it, so a span of the text maps to a
 * DOM Range that stays inside the text nodes it covers (a fix within a paragraph never reaches across
 * formatting elements it does not need to).
 */
import { ELEMENT_NODE, TEXT_NODE, UI_ATTR, safeMatches, windowOf } from './dom';

export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'textarea', 'select', 'input', 'button',
  'svg', 'math', 'iframe', 'object', 'embed', 'img', 'video', 'audio', 'canvas',
]);

/** Editors' own UI inside their editable root: never part of the text. */
const SKIP_SELECTOR = [
  `[${UI_ATTR}]`,
  '[hidden]',
  '[data-mce-bogus="all"]', // TinyMCE: resize handles, caret containers
  '[data-mce-type="bookmark"]',
  '.mce-offscreen-selection',
  '.ck-widget__type-around', // CKEditor 5: widget UI
  '.ck-widget__resizer',
  '.ck-widget__selection-handle',
  '.ck-fake-selection-container',
  '.ql-clipboard',
].join(',');

const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;
const COLLAPSIBLE = /[ \t\n\r\f]/;

type Mode = 'normal' | 'pre' | 'pre-line';

function modeOfStyle(ws: string | undefined, inherited: Mode): Mode {
  if (!ws) return inherited;
  if (ws.startsWith('pre-line')) return 'pre-line';
  if (ws.startsWith('pre') || ws.startsWith('break-spaces')) return 'pre';
  if (ws === 'normal' || ws === 'nowrap') return 'normal';
  return inherited;
}

function modeOf(el: Element, inherited: Mode, isRoot: boolean): Mode {
  const tag = el.localName;
  if (tag === 'pre' || tag === 'listing' || tag === 'plaintext') return 'pre';
  if (!isRoot && !(el.getAttribute('style') ?? '').includes('white-space')) return inherited;
  const win = windowOf(el);
  if (!win) return inherited;
  try {
    return modeOfStyle(win.getComputedStyle(el).whiteSpace, inherited);
  } catch {
    return inherited;
  }
}

/**
 * An editable root's text and, per character, the DOM position before (`bNode`/`bOff`) and after (`aNode`/`aOff`) it.
 * Turning offsets into DOM positions and ranges is in text-range.ts (needed only where Klarplan shows or writes).
 */
export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextMap {
  /** The text as a person sees it. */
  readonly text: string;
  readonly root: Element;
  readonly bNode: readonly Node[];
  readonly bOff: readonly number[];
  readonly aNode: readonly Node[];
  readonly aOff: readonly number[];
}

/** Walks an editable root once and builds its text and offset map. */
export function buildTextMap(root: Element): TextMap {
  const chars: string[] = [];
  const bNode: Node[] = [];
  const bOff: number[] = [];
  const aNode: Node[] = [];
  const aOff: number[] = [];

  let lineOpen = false; // a line has content (or an explicit <br>) and is not yet ended
  let needSep = false; // a line has ended: the next content starts with "\n"
  let sepBefore: DomPoint | null = null; // where the pending "\n" starts in the DOM
  let lastSpace = false; // the last character is a collapsible space
  let lastAfter: DomPoint | null = null;

  const push = (ch: string, bn: Node, bo: number, an: Node, ao: number) => {
    chars.push(ch);
    bNode.push(bn);
    bOff.push(bo);
    aNode.push(an);
    aOff.push(ao);
    lastAfter = { node: an, offset: ao };
  };

  let lineStart = 0; // index of the open line's first character

  const openLine = (at: DomPoint) => {
    if (lineOpen) return;
    if (needSep) {
      const from = sepBefore ?? lastAfter ?? at;
      push('\n', from.node, from.offset, at.node, at.offset);
      needSep = false;
    }
    lineOpen = true;
    lastSpace = false;
    lineStart = chars.length;
  };

  const popLast = () => {
    chars.pop();
    bNode.pop();
    bOff.pop();
    aNode.pop();
    aOff.pop();
    const k = aNode.length - 1;
    lastAfter = k >= 0 ? { node: aNode[k]!, offset: aOff[k]! } : null;
    lastSpace = false;
  };

  const closeLine = (sepStart: DomPoint | null) => {
    if (!lineOpen) return;
    if (lastSpace) popLast();
    // a line of nothing but (no-break) spaces shows as an empty line: TinyMCE's <p>&nbsp;</p>
    let k = chars.length;
    while (k > lineStart && chars[k - 1] === ' ') k--;
    if (k === lineStart) while (chars.length > lineStart) popLast();
    lineOpen = false;
    lastSpace = false;
    needSep = true;
    sepBefore = sepStart ?? lastAfter;
  };

  const text = (t: Text, mode: Mode) => {
    const data = t.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (ZERO_WIDTH.test(c) || c === '\r') continue;
      if (mode === 'pre') {
        if (c === '\n') {
          openLine({ node: t, offset: i });
          push('\n', t, i, t, i + 1);
          // the newline itself separates the lines
          lineOpen = false;
          needSep = false;
          sepBefore = null;
          continue;
        }
        openLine({ node: t, offset: i });
        push(c === '\u00a0' ? ' ' : c, t, i, t, i + 1);
        continue;
      }
      if (c === '\n' && mode === 'pre-line') {
        if (lastSpace) popLast();
        openLine({ node: t, offset: i });
        push('\n', t, i, t, i + 1);
        lineOpen = false;
        needSep = false;
        sepBefore = null;
        lastSpace = false;
        continue;
      }
      if (COLLAPSIBLE.test(c)) {
        if (!lineOpen || lastSpace) continue;
        push(' ', t, i, t, i + 1);
        lastSpace = true;
        continue;
      }
      openLine({ node: t, offset: i });
      push(c === '\u00a0' ? ' ' : c, t, i, t, i + 1);
      lastSpace = false;
    }
  };

  const walk = (parent: Node, mode: Mode) => {
    let index = 0;
    for (let c = parent.firstChild; c; c = c.nextSibling, index++) {
      if (c.nodeType === TEXT_NODE) {
        text(c as Text, mode);
        continue;
      }
      if (c.nodeType !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tag = el.localName;
      if (tag === 'br') {
        const before = { node: parent, offset: index };
        openLine(before);
        closeLine(before);
        lastAfter = { node: parent, offset: index + 1 };
        continue;
      }
      if (SKIP_TAGS.has(tag) || safeMatches(el, SKIP_SELECTOR)) continue;
      const block = BLOCKS.has(tag);
      if (block) closeLine(null);
      walk(el, modeOf(el, mode, false));
      if (block) closeLine(null);
    }
  };

  walk(root, modeOf(root, 'normal', true));
  closeLine(null);
  return { root, text: chars.join(''), bNode, bOff, aNode, aOff };
}

/** The text of an editable root as a person sees it (see the conventions above). */
export function readEditableText(root: Element): string {
  return buildTextMap(root).text;
}
