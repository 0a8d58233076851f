/**
 * Runtime shared by the fixture pages (runs in the page's main world, bundled by build-pages.ts):
 * fills fields from the page's spec, counts the framework's change notifications, reports to the test
 * server's `/__log`, and publishes `window.klarplanFixture` (see FixtureApi in ../index.ts).
 */
import { fixturePage, type FixtureApi, type FixtureField, type FixturePage, type FixturePageName } from '../index';

declare global {
  interface Window {
    klarplanFixture?: FixtureApi;
    /** Editor pages: the editor instances by field key (CKEditor 5, Quill; TinyMCE has its own `tinymce.get()`). */
    klarplanEditors?: Map<string, unknown>;
  }
}

let currentPage: FixturePageName | undefined;

/** Sends an event to the test server (`POST /__log`); the E2E tests can read them back. Never throws. */
export function report(event: Record<string, unknown>): void {
  const body = JSON.stringify({ page: currentPage, url: location.pathname, time: Date.now(), ...event });
  void fetch('/__log', { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } }).catch(
    () => undefined,
  );
}

/** Finds a field's editable root for the page's own scripts (same-origin frame, open shadow root). */
export function resolveField(field: FixtureField, doc: Document = document): HTMLElement | null {
  let root: Document | ShadowRoot = doc;
  if (field.frame) {
    const frame = doc.querySelector<HTMLIFrameElement>(field.frame);
    if (!frame?.contentDocument) return null;
    root = frame.contentDocument;
  }
  if (field.shadowHost) {
    const host = root.querySelector(field.shadowHost);
    if (!host?.shadowRoot) return null;
    root = host.shadowRoot;
  }
  return root.querySelector<HTMLElement>(field.selector);
}

/** A textarea or input (by tag name: elements of a same-origin frame come from another realm). */
function isFormField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** The text of a textarea/input, or the lines of a contenteditable (one per block). */
export function plainText(el: HTMLElement): string {
  if (isFormField(el)) return el.value;
  const blocks = [...el.children].filter((c) => /^(P|DIV|LI)$/.test(c.tagName));
  if (blocks.length > 0) return blocks.map((b) => (b as HTMLElement).innerText.trim()).join('\n');
  return el.innerText;
}

/** Fills a plain field (textarea, input: value; contenteditable: one <p> per line). */
export function fillPlain(el: HTMLElement, text: string): void {
  if (isFormField(el)) {
    el.value = text;
    return;
  }
  el.replaceChildren(
    ...text.split('\n').map((line) => {
      const p = el.ownerDocument.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}

export interface Fixture {
  spec: FixturePage;
  api: FixtureApi;
  /** Call from the page framework's change notification. */
  changed(key: string, value?: string): void;
  /** Marks the page ready (after every editor has started). */
  done(): void;
  /** Records a failure (shown in the page and reported to the server). */
  fail(error: unknown): void;
}

/**
 * Publishes `window.klarplanFixture` for the page. `values` reads each field through the page's framework.
 */
export function startFixture(name: FixturePageName, values: () => Record<string, string>): Fixture {
  currentPage = name;
  const spec = fixturePage(name);
  const api: FixtureApi = { page: name, ready: false, values, changes: {}, actions: {} };
  window.klarplanFixture = api;
  window.addEventListener('error', (e) => report({ type: 'error', message: String(e.message) }));
  window.addEventListener('unhandledrejection', (e) => report({ type: 'error', message: String(e.reason) }));
  return {
    spec,
    api,
    changed(key, value) {
      api.changes[key] = (api.changes[key] ?? 0) + 1;
      report({ type: 'change', field: key, length: value?.length });
    },
    done() {
      api.ready = true;
      document.documentElement.dataset.fixtureReady = 'true';
      report({ type: 'ready' });
    },
    fail(error) {
      const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      console.error(`fixture ${name} failed:`, message);
      report({ type: 'error', message });
    },
  };
}

/**
 * For pages of plain fields: fills every field of the spec that lives in `doc` (no frame), counts `input`
 * events as the framework's change notifications, and reads values back from the DOM.
 */
export function plainFixture(name: FixturePageName): Fixture {
  const spec = fixturePage(name);
  const fixture = startFixture(name, () => {
    const out: Record<string, string> = {};
    for (const field of spec.fields) {
      const el = resolveField(field);
      if (el) out[field.key] = plainText(el);
    }
    return out;
  });
  for (const field of spec.fields) {
    const el = resolveField(field);
    if (!el) {
      fixture.fail(new Error(`field ${field.key} (${field.selector}) missing`));
      continue;
    }
    fillPlain(el, field.text);
    el.addEventListener('input', () => fixture.changed(field.key, plainText(el)));
  }
  return fixture;
}
