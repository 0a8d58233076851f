/**
 * Where words stand in a textarea or text input, measured on a hidden copy ("mirror") of the field: a block
 * with the field's font, padding, width and wrapping, holding the same text, in Klarplan's own shadow root.
 * Nothing is added to or changed in the field. Boxes are relative to the field's padding box without its
 * scroll offset, so a scroll only moves them (the caller subtracts scrollTop/scrollLeft); they are measured
 * again only when the text, the width or the font changes.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Index of the span the box belongs to (a span on two lines has two boxes). */
  span: number;
}

// What decides where text wraps and how large it is (the same list as every textarea-caret library uses).
const COPIED = [
  'direction',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-feature-settings',
  'font-kerning',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-rendering',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'word-break',
  'overflow-wrap',
  'hyphens',
] as const;

interface Cached {
  key: string;
  boxes: Box[];
}

export class Mirror {
  private readonly cache = new WeakMap<Element, Cached>();
  private el: HTMLDivElement | null = null;

  constructor(private readonly parent: () => ShadowRoot | null) {}

  /** Boxes of the spans [start, end) of `text` as the field lays it out. */
  measure(field: HTMLTextAreaElement | HTMLInputElement, text: string, spans: ReadonlyArray<{ start: number; end: number }>): Box[] {
    const view = field.ownerDocument.defaultView;
    if (!view) return [];
    const style = view.getComputedStyle(field);
    const singleLine = field.localName === 'input';
    const width = field.clientWidth;
    const key = [text, width, field.clientHeight, spans.map((s) => `${s.start}-${s.end}`).join(','), ...COPIED.map((p) => style.getPropertyValue(p))].join('\u0001');
    const hit = this.cache.get(field);
    if (hit && hit.key === key) return hit.boxes;
    const boxes = this.layout(field, style, text, spans, width, singleLine);
    this.cache.set(field, { key, boxes });
    return boxes;
  }

  private layout(
    field: HTMLTextAreaElement | HTMLInputElement,
    style: CSSStyleDeclaration,
    text: string,
    spans: ReadonlyArray<{ start: number; end: number }>,
    width: number,
    singleLine: boolean,
  ): Box[] {
    const root = this.parent();
    if (!root) return [];
    if (!this.el || this.el.getRootNode() !== root) {
      this.el = root.ownerDocument!.createElement('div');
      root.append(this.el);
    }
    const m = this.el;
    const css = COPIED.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    // The padding box is clientWidth wide (without a scrollbar): the mirror's content box is that minus padding.
    m.style.cssText =
      `${css};position:absolute;top:0;left:0;visibility:hidden;box-sizing:content-box;border:0;margin:0;overflow:hidden;` +
      `width:${singleLine ? 100000 : Math.max(0, width - padX)}px;white-space:${singleLine ? 'pre' : 'pre-wrap'};` +
      (singleLine ? '' : 'overflow-wrap:break-word;');
    const node = m.ownerDocument.createTextNode(text);
    m.replaceChildren(node);
    const origin = m.getBoundingClientRect();
    let shiftY = 0;
    if (singleLine) {
      // An input centres its one line vertically in its content box.
      const lineBox = m.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const content = field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      shiftY = Math.max(0, (content - lineBox) / 2);
    }
    const range = m.ownerDocument.createRange();
    const boxes: Box[] = [];
    spans.forEach((s, i) => {
      const start = Math.min(Math.max(0, s.start), text.length);
      const end = Math.min(Math.max(start, s.end), text.length);
      if (end <= start) return;
      range.setStart(node, start);
      range.setEnd(node, end);
      for (const r of range.getClientRects()) {
        if (r.width < 1) continue; // the empty rect at a line break
        boxes.push({ x: r.left - origin.left, y: r.top - origin.top + shiftY, w: r.width, h: r.height, span: i });
      }
    });
    m.replaceChildren();
    return boxes;
  }

  remove(): void {
    this.el?.remove();
    this.el = null;
  }
}
