/**
 * The page agent: reads the plan's fields, tells the side panel whenever they change, and on request writes a
 * fix into a field, shows a finding in the page, or puts small count markers next to the fields.
 * It runs as the content script on case-management pages and inside Klarplan's own demo page.
 *
 * It never writes into the page's editors except on the user's explicit "Übernehmen", and never adds markup
 * to them: markers live in one closed overlay of our own, highlights use the CSS Custom Highlight API.
 */
import { buildTextMap, fieldById, readFromParent, readPage, UI_ATTR, watchPage } from '../../fields/index';
import type { FromPage } from '../../messages/index';
import { parseToPage } from '../../messages/index';

export interface AgentIO {
  send(message: FromPage): void;
  /** Subscribes to messages for the page; returns the unsubscribe function. */
  listen(handler: (raw: unknown) => void): () => void;
}

const HIGHLIGHT = 'klarplan-finding';

export function startAgent(doc: Document, io: AgentIO): () => void {
  // A same-origin frame's fields are read by the agent of the page around it: one report per page, not two.
  if (readFromParent(doc)) return () => undefined;
  let last = '';
  const publish = (force = false) => {
    const plan = readPage(doc, doc.location.href);
    const json = JSON.stringify(plan);
    if (!force && json === last) return;
    last = json;
    io.send({ type: 'klarplan/plan', plan });
  };
  const markers = new Markers(doc);
  const stopWatching = watchPage(doc, () => {
    publish();
    markers.place();
  });
  const stopListening = io.listen((raw) => {
    const msg = parseToPage(raw);
    if (!msg) return;
    switch (msg.type) {
      case 'klarplan/request-plan':
        publish(true);
        return;
      case 'klarplan/apply': {
        const field = fieldById(doc, msg.fieldId);
        const done = field ? field.adapter.write(field.el, msg.start, msg.end, msg.text, msg.expected) : Promise.resolve(false);
        void done.then((ok) => {
          io.send({ type: 'klarplan/applied', fieldId: msg.fieldId, ok });
          publish(true); // checked again either way: if the text had changed, nothing was written
        });
        return;
      }
      case 'klarplan/reveal':
        reveal(doc, msg.fieldId, msg.start, msg.end);
        return;
      case 'klarplan/markers':
        markers.update(msg.counts);
        return;
    }
  });
  publish(true);
  return () => {
    stopWatching();
    stopListening();
    markers.remove();
    (doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> } }) | null)?.CSS?.highlights?.delete(HIGHLIGHT);
  };
}

/** Scrolls to the field and selects (textarea, input) or highlights (editable) the finding's text. */
function reveal(doc: Document, fieldId: string, start: number, end: number): void {
  const field = fieldById(doc, fieldId);
  if (!field) return;
  const el = field.el as HTMLElement;
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
class Markers {
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
      this.host = this.doc.createElement('klarplan-markers');
      this.host.setAttribute(UI_ATTR, '');
      this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
      this.root = this.host.attachShadow({ mode: 'closed' });
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
