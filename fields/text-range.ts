/**
 * From offsets in an editable root's text (textmap.ts) to DOM positions and ranges, and back: for highlighting a
 * finding, scrolling to it and writing a fix (the page actions). The reading agent needs only the text.
 */
import { BLOCKS, type DomPoint, type TextMap } from './textmap';

/**
 * The DOM position of a text offset. At a boundary between two characters, `start` gives the position before the
 * next character, `end` the position after the previous one (a range stays tight).
 */
export function textPoint(map: TextMap, offset: number, bias: 'start' | 'end'): DomPoint {
  const n = map.text.length;
  const o = Math.max(0, Math.min(offset, n));
  if (n === 0) return emptyPoint(map.root);
  if (bias === 'end' && o > 0) return { node: map.aNode[o - 1]!, offset: map.aOff[o - 1]! };
  if (o < n) return { node: map.bNode[o]!, offset: map.bOff[o]! };
  return { node: map.aNode[n - 1]!, offset: map.aOff[n - 1]! };
}

/** A DOM Range over text[start..end] in the root's document. */
export function textRange(map: TextMap, start: number, end: number): Range {
  const r = map.root.ownerDocument.createRange();
  const s = textPoint(map, start, 'start');
  r.setStart(s.node, s.offset);
  if (end <= start) {
    r.collapse(true);
    return r;
  }
  const e = textPoint(map, end, 'end');
  r.setEnd(e.node, e.offset);
  return r;
}

/** The text offset of a DOM position inside the root (the number of characters before it). */
export function textOffsetAt(map: TextMap, node: Node, offset: number): number {
  const probe = map.root.ownerDocument.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return 0;
  }
  probe.collapse(true);
  // first character whose start lies at or after the position (characters are in document order)
  let lo = 0;
  let hi = map.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let cmp: number;
    try {
      cmp = probe.comparePoint(map.bNode[mid]!, map.bOff[mid]!);
    } catch {
      cmp = 1;
    }
    if (cmp >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where to put the caret in an empty editor: inside its first (innermost) block. */
function emptyPoint(root: Element): DomPoint {
  let e: Element = root;
  for (;;) {
    const first = e.firstElementChild;
    if (!first || !BLOCKS.has(first.localName)) break;
    e = first;
  }
  return { node: e, offset: 0 };
}
