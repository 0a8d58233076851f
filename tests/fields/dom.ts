/** A fresh jsdom page per test (the vitest environment stays Node). */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface TestPage {
  dom: JSDOM;
  doc: Document;
  win: Window & typeof globalThis;
  url: string;
}

export function page(body: string, url = 'https://fallakte.example.de/plan/4711'): TestPage {
  // jsdom reports what it does not implement (window.focus in a frame, layout): not the code's fault
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => {
    if (!/Not implemented/.test(e.message)) console.error(e);
  });
  const dom = new JSDOM(`<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>${body}</body></html>`, { url, virtualConsole });
  const win = dom.window as unknown as Window & typeof globalThis;
  return { dom, doc: win.document, win, url };
}

/** Fills a same-origin iframe's document (jsdom does not load srcdoc synchronously). */
export function fillFrame(frame: Element, body: string): Document {
  const doc = (frame as HTMLIFrameElement).contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="de"><body>${body}</body></html>`);
  doc.close();
  return doc;
}

export function byId<T extends Element = HTMLElement>(root: Document | ShadowRoot, id: string): T {
  const el = root.getElementById(id);
  if (!el) throw new Error(`#${id} not found`);
  return el as unknown as T;
}
