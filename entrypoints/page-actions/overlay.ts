/**
 * What Klarplan shows in the page, never markup inside the page's editors:
 * - a marker next to each plan field with findings, coloured and shaped by the worst finding (red round "!" =
 *   Wichtig, amber square "!" = Empfehlung, light "i" = Tipp), with a tooltip (hover or keyboard focus) and a
 *   click that opens the side panel at that entry ('klarplan/focus');
 * - the findings' words underlined: in textareas and inputs by boxes drawn over the text, measured on a hidden
 *   mirror (mirror.ts) and following the field's scroll and size; in editable elements (contenteditable,
 *   CKEditor, TinyMCE, Quill) with the CSS Custom Highlight API.
 * Markers and boxes live in one closed shadow root on a plain <div> of our own (a custom element name could be
 * taken by the page first). The setting "Markierungen im Formular" switches all of it off, live.
 * Also: a finding revealed in its field ("Im Formular zeigen").
 *
 * Loaded into the page only when the panel first asks for a marker or "Im Formular zeigen" (index.ts): the page
 * agent finds the fields (`FindField`), this module only draws.
 */
import { SEVERITY_LABELS, type Severity } from '../../core/severity';
import { isElement, openFolds, UI_ATTR } from '../../fields/dom';
import { textRange } from '../../fields/text-range';
import { buildTextMap, type TextMap } from '../../fields/textmap';
import type { FieldAdapter } from '../../fields/types';
import { createOverlayHost } from './host';
import { watchPageMarks } from '../../browser/page-marks-setting';
import { knownPageMarks } from './api';
import type { PageMark } from '../../messages/index';
import { Mirror } from './mirror';
import { HIGHLIGHT_CSS, OVERLAY_CSS, SYMBOL } from './overlay-style';

const HIGHLIGHT = 'klarplan-finding';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const markName = (s: Severity) => `klarplan-${s}`;

type HighlightWindow = Window &
  typeof globalThis & { Highlight?: new (...r: Range[]) => unknown; CSS: { highlights?: Map<string, unknown> } };

/** Removes Klarplan's "Im Formular zeigen" highlight from the page. */
export function clearHighlights(doc: Document): void {
  (doc.defaultView as HighlightWindow | null)?.CSS?.highlights?.delete(HIGHLIGHT);
}

/** A plan field of the page by its id, as the page agent finds it (null when it is gone). */
export type FindField = (fieldId: string) => { el: Element; adapter: FieldAdapter } | null;

/** Scrolls to the field and selects (textarea, input) or highlights (editable) the finding's text. */
export function reveal(field: { el: Element }, start: number, end: number): void {
  const el = field.el as HTMLElement;
  openFolds(el); // a field in a tab not shown or a closed <details>: open it first (issue 16)
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (isTextControl(el)) {
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    return;
  }
  const win = el.ownerDocument.defaultView as HighlightWindow | null;
  if (!win?.Highlight || !win.CSS.highlights) return;
  ensureHighlightStyle(el);
  win.CSS.highlights.set(HIGHLIGHT, new win.Highlight(textRange(buildTextMap(el), start, end)));
}

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.localName === 'textarea' || el.localName === 'input';
}

const styled = new WeakSet<Document | ShadowRoot>();
/** The ::highlight() styles, as a constructed sheet of the field's document (or shadow root): no element added. */
function ensureHighlightStyle(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!win || styled.has(root) || !('adoptedStyleSheets' in root)) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

export interface MarkersOptions {
  /** The page's plan field by id (the page agent's own lookup). */
  find: FindField;
  /** A marker was clicked: the panel should open at this entry. */
  focus?(fieldId: string, start: number): void;
  /** Drawing failed; called once (the agent reports it as a page notice). */
  error?(message: string): void;
  /** Follows the setting "Markierungen im Formular" (default: storage.local); returns the unsubscribe function. */
  watchSetting?(callback: (on: boolean) => void): () => void;
}

interface Shown {
  marker?: HTMLButtonElement;
  markerKey?: string;
  clip?: HTMLDivElement;
}

interface Placed {
  el: Element;
  read(): string;
  range(start: number, end: number): Range | null;
}

/** The markers and marks of the page. `update` gets the panel's findings; `place` redraws after page changes. */
export class Markers {
  private host: HTMLDivElement | null = null;
  private root: ShadowRoot | null = null;
  private layer: HTMLDivElement | null = null;
  private tip: HTMLDivElement | null = null;
  private counts: Record<string, number> = {};
  private marks: PageMark[] = [];
  private enabled = true;
  private reported = false;
  private frame: number | null = null;
  /** Fields whose text changed since the marks came: their boxes would stand at the wrong words until the next check. */
  private readonly stale = new Set<Element>();
  private readonly fields = new Map<string, Placed | null>();
  private readonly shown = new Map<string, Shown>();
  private readonly highlighted = new Set<HighlightWindow>();
  private readonly mirror = new Mirror(() => this.root);
  private readonly resizes: ResizeObserver | null;
  private readonly stopSetting: () => void;
  private readonly onScroll = () => this.schedule();
  private readonly onInput = (e: Event) => {
    const t = e.composedPath?.()[0] ?? e.target;
    if (isElement(t) && [...this.fields.values()].some((p) => p?.el === t)) {
      this.stale.add(t);
      this.schedule();
    }
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.hideTip();
  };

  constructor(
    private readonly doc: Document,
    private readonly options: MarkersOptions,
  ) {
    const view = doc.defaultView;
    view?.addEventListener('resize', this.onScroll, { passive: true });
    doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    doc.addEventListener('input', this.onInput, true);
    doc.addEventListener('keydown', this.onKey, true);
    this.resizes = view && 'ResizeObserver' in view ? new view.ResizeObserver(() => this.schedule()) : null;
    this.stopSetting = (options.watchSetting ?? ((callback) => watchPageMarks(callback, undefined, knownPageMarks())))((on) => {
      this.enabled = on;
      if (!on) return this.clear();
      this.guard(() => {
        this.paintHighlights();
        this.draw();
      });
    });
  }

  update(counts: Record<string, number>, marks: readonly PageMark[] = []): void {
    this.guard(() => {
      this.counts = counts;
      this.marks = [...marks];
      this.fields.clear();
      this.stale.clear();
      this.resizes?.disconnect();
      this.paintHighlights();
      this.draw();
    });
  }

  /** Redraws (the page changed: fields moved, came or went). */
  place(): void {
    this.guard(() => {
      for (const [id, p] of this.fields) if (!p || !p.el.isConnected) this.fields.delete(id);
      this.draw();
    });
  }

  remove(): void {
    const view = this.doc.defaultView;
    view?.removeEventListener('resize', this.onScroll);
    this.doc.removeEventListener('scroll', this.onScroll, true);
    this.doc.removeEventListener('input', this.onInput, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.stopSetting();
    this.clear();
  }

  /** Takes everything Klarplan drew out of the page (switched off, or the agent stops). */
  private clear(): void {
    if (this.frame !== null) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = null;
    this.resizes?.disconnect();
    for (const win of this.highlighted) for (const s of SEVERITIES) win.CSS.highlights?.delete(markName(s));
    this.highlighted.clear();
    this.mirror.remove();
    this.host?.remove();
    this.host = this.root = this.layer = this.tip = null;
    this.shown.clear();
  }

  /** Runs a drawing; after the first failure nothing is drawn any more (reported once, not retried on every update). */
  private guard(work: () => void): void {
    if (this.reported) return;
    try {
      work();
    } catch (error) {
      this.reported = true;
      this.options.error?.(`Klarplan konnte die Markierungen im Formular nicht zeichnen: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private schedule(): void {
    if (this.frame !== null || !this.enabled || !this.host) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = null;
      this.guard(() => this.draw());
    });
  }

  private field(id: string): Placed | null {
    if (!this.fields.has(id)) {
      const f = this.options.find(id);
      let map: TextMap | null = null;
      const range = (start: number, end: number) => textRange((map ??= buildTextMap(f!.el)), start, end);
      this.fields.set(id, f ? { el: f.el, read: () => f.adapter.read(f.el), range } : null);
      if (f && isTextControl(f.el)) this.resizes?.observe(f.el);
    }
    return this.fields.get(id) ?? null;
  }

  /** The CSS highlights in editable fields, one per severity and window (TinyMCE's editor has its own). */
  private paintHighlights(): void {
    const byWin = new Map<HighlightWindow, Record<Severity, Range[]>>();
    if (this.enabled) {
      for (const m of this.marks) {
        const p = this.field(m.fieldId);
        if (!p || isTextControl(p.el) || m.end <= m.start) continue;
        const win = p.el.ownerDocument.defaultView as HighlightWindow | null;
        if (!win?.Highlight || !win.CSS.highlights) continue;
        ensureHighlightStyle(p.el);
        const range = p.range(m.start, m.end);
        if (!range) continue;
        if (!byWin.has(win)) byWin.set(win, { error: [], warning: [], info: [] });
        byWin.get(win)![m.severity].push(range);
      }
    }
    for (const win of this.highlighted) if (!byWin.has(win)) for (const s of SEVERITIES) win.CSS.highlights?.delete(markName(s));
    this.highlighted.clear();
    for (const [win, ranges] of byWin) {
      for (const s of SEVERITIES) win.CSS.highlights!.set(markName(s), new win.Highlight!(...ranges[s]));
      this.highlighted.add(win);
    }
  }

  private ensureHost(): void {
    if (this.host && this.root && this.layer && this.tip) {
      if (!this.host.isConnected) this.doc.documentElement.append(this.host); // the page took it out
      return;
    }
    // a plain div with a closed shadow root made by the attachShadow saved at start (host.ts)
    const { host, root } = createOverlayHost(this.doc, UI_ATTR);
    // Inline and !important: the page's style sheets cannot hide or move it.
    host.style.cssText =
      'all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;' +
      'overflow:visible !important;z-index:2147483646 !important;pointer-events:none !important;display:block !important;';
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const layer = this.doc.createElement('div');
    const tip = this.doc.createElement('div');
    tip.id = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    root.append(style, layer, tip);
    this.doc.documentElement.append(host);
    Object.assign(this, { host, root, layer, tip });
  }

  private draw(): void {
    if (!this.enabled) return;
    const ids = new Set([...Object.keys(this.counts).filter((id) => (this.counts[id] ?? 0) > 0), ...this.marks.map((m) => m.fieldId)]);
    if (!ids.size) {
      this.clear();
      return;
    }
    this.ensureHost();
    // Elements are kept from draw to draw and only moved: a hovered or focused marker stays the same element.
    const keep = new Set<string>();
    for (const id of ids) {
      const p = this.field(id);
      if (!p) continue;
      const box = boxInTop(p.el, this.doc);
      if (!box || (box.width === 0 && box.height === 0)) continue; // hidden
      keep.add(id);
      const shown = this.shown.get(id) ?? {};
      this.shown.set(id, shown);
      const own = this.marks.filter((m) => m.fieldId === id);
      if (isTextControl(p.el) && !this.stale.has(p.el) && own.length) this.textBoxes(shown, p, box, own);
      else {
        shown.clip?.remove();
        delete shown.clip;
      }
      const count = this.counts[id] ?? own.length;
      if (count > 0) this.marker(shown, id, count, own, box);
      else {
        shown.marker?.remove();
        delete shown.marker;
      }
    }
    for (const [id, shown] of this.shown) {
      if (keep.has(id)) continue;
      shown.clip?.remove();
      shown.marker?.remove();
      this.shown.delete(id);
    }
  }

  /** Underlines over the words of a textarea/input, clipped to its visible text area and moved by its scroll. */
  private textBoxes(shown: Shown, p: Placed, box: DOMRect, marks: PageMark[]): void {
    const el = p.el as HTMLTextAreaElement | HTMLInputElement;
    if (!shown.clip) {
      shown.clip = this.doc.createElement('div');
      shown.clip.className = 'clip';
      this.layer!.append(shown.clip);
    }
    const clip = shown.clip;
    clip.style.cssText = `left:${box.left + el.clientLeft}px;top:${box.top + el.clientTop}px;width:${el.clientWidth}px;height:${el.clientHeight}px;`;
    const boxes = this.mirror.measure(el, p.read(), marks);
    while (clip.childElementCount > boxes.length) clip.lastElementChild!.remove();
    while (clip.childElementCount < boxes.length) clip.append(this.doc.createElement('div'));
    boxes.forEach((b, i) => {
      const u = clip.children[i] as HTMLElement;
      const cls = `u ${marks[b.span]!.severity}`;
      if (u.className !== cls) u.className = cls;
      u.style.cssText = `left:${b.x - el.scrollLeft}px;top:${b.y - el.scrollTop}px;width:${b.w}px;height:${b.h}px;`;
    });
  }

  private marker(shown: Shown, id: string, count: number, marks: PageMark[], box: DOMRect): void {
    const worst = marks.reduce<Severity | null>((w, m) => (w && RANK[w] >= RANK[m.severity] ? w : m.severity), null) ?? 'warning';
    const first = marks.filter((m) => m.severity === worst).sort((a, b) => a.start - b.start)[0];
    const countText = count === 1 ? '1 Hinweis' : `${count} Hinweise`;
    const lines = [`Klarplan: ${countText}`, ...summary(marks)];
    const key = [worst, count, first?.start ?? 0, ...lines].join('\u0001');
    if (!shown.marker || shown.markerKey !== key) {
      const b = this.doc.createElement('button');
      b.type = 'button';
      b.className = `marker ${worst}`;
      b.dataset['count'] = String(count);
      b.dataset['severity'] = worst;
      const sym = this.doc.createElement('span');
      sym.className = 'sym';
      sym.textContent = SYMBOL[worst];
      sym.setAttribute('aria-hidden', 'true');
      b.append(sym, String(count));
      b.setAttribute('aria-label', `Klarplan: ${countText}, der wichtigste: ${SEVERITY_LABELS[worst]}. In der Seitenleiste zeigen`);
      b.setAttribute('aria-describedby', 'tip');
      const show = () => this.showTip(b, lines);
      b.addEventListener('mouseenter', show);
      b.addEventListener('focus', show);
      b.addEventListener('mouseleave', () => this.hideTip());
      b.addEventListener('blur', () => this.hideTip());
      b.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        this.options.focus?.(id, first?.start ?? 0);
      });
      if (shown.marker) shown.marker.replaceWith(b);
      else this.layer!.append(b);
      shown.marker = b;
      shown.markerKey = key;
    }
    // On the field's top border, right-aligned inside its width: not over the next column's controls.
    shown.marker.style.cssText = `top:${Math.max(0, box.top - 9)}px;left:${Math.max(40, box.right - 4)}px;`;
  }

  private showTip(anchor: HTMLElement, lines: string[]): void {
    const tip = this.tip;
    if (!tip) return;
    tip.replaceChildren(...lines.map((l, i) => Object.assign(this.doc.createElement(i ? 'div' : 'strong'), { textContent: l })));
    const r = anchor.getBoundingClientRect();
    const view = this.doc.defaultView!;
    tip.hidden = false;
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(4, Math.min(r.right - w, view.innerWidth - w - 4))}px`;
    tip.style.top = `${r.bottom + 4 + tip.offsetHeight > view.innerHeight ? Math.max(4, r.top - tip.offsetHeight - 4) : r.bottom + 4}px`;
  }

  private hideTip(): void {
    if (this.tip) this.tip.hidden = true;
  }
}

/** The tooltip's lines: what is wrong, worst first, each title once with its count ("Wichtig: Drohung (2)"). */
function summary(marks: PageMark[]): string[] {
  const seen = new Map<string, { severity: Severity; title: string; n: number }>();
  for (const m of marks) {
    const key = `${m.severity}\u0000${m.title}`;
    const e = seen.get(key);
    if (e) e.n++;
    else seen.set(key, { severity: m.severity, title: m.title, n: 1 });
  }
  const all = [...seen.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const lines = all.slice(0, 6).map((e) => `${SEVERITY_LABELS[e.severity]}: ${e.title}${e.n > 1 ? ` (${e.n}×)` : ''}`);
  if (all.length > 6) lines.push(`und ${all.length - 6} weitere`);
  lines.push('Klicken: in der Seitenleiste zeigen');
  return lines;
}

/**
 * An element's box in the viewport of `doc`, also when it sits in a same-origin frame (TinyMCE's editor, a
 * form in an iframe): the frames' offsets are added up. Null when the element is not in `doc` or its frames.
 */
function boxInTop(el: Element, doc: Document): DOMRect | null {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let win = el.ownerDocument.defaultView;
  while (win && win.document !== doc) {
    const frame = win.frameElement as HTMLElement | null;
    if (!frame) return null;
    const fr = frame.getBoundingClientRect();
    x += fr.left + frame.clientLeft;
    y += fr.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return win ? new win.DOMRect(x, y, r.width, r.height) : null;
}
