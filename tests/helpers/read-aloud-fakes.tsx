/**
 * Fakes for the component tests of "Vorlesen" (jsdom): a speech engine that records every utterance and ends it
 * when told, and an extension API held in memory (storage incl. managed storage, runtime messaging, windows, tabs);
 * plus small helpers to render, click and press keys.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { MessageListener, RuntimeLike } from '../../browser/extension-api';
import type { ReadAloudApi } from '../../components/ReadAloud';
import type { SpeakOptions, SpeakResult, SpeechEngine, Voice } from '../../speech/driver';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const voice = (name: string, lang: string, localService = true, more: Partial<Voice> = {}): Voice => ({ name, lang, localService, ...more });
export const ANNA = voice('Anna', 'de-DE');
export const DAVID = voice('David', 'en-US');

export class FakeEngine implements SpeechEngine {
  said: Array<{ text: string; options: SpeakOptions }> = [];
  cancels = 0;
  private open: Array<(r: SpeakResult) => void> = [];
  private changed = new Set<() => void>();
  constructor(public list: Voice[] = [ANNA]) {}
  voices() {
    return Promise.resolve(this.list);
  }
  onVoicesChanged(fn: () => void) {
    this.changed.add(fn);
    return () => void this.changed.delete(fn);
  }
  /** The list changes (a late list arrives). */
  async setVoices(list: Voice[]) {
    this.list = list;
    await act(async () => {
      this.changed.forEach((fn) => fn());
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  speak(text: string, options: SpeakOptions): Promise<SpeakResult> {
    this.said.push({ text, options });
    return new Promise((resolve) => this.open.push(resolve));
  }
  cancel() {
    this.cancels++;
    for (const r of this.open.splice(0)) r('interrupted');
  }
  async end(result: SpeakResult = 'end') {
    await act(async () => {
      this.open.shift()?.(result);
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  get texts() {
    return this.said.map((s) => s.text);
  }
}

/** An extension API held in memory: storage (local and the administrator's managed), runtime messaging (recorded), windows and tabs. */
export class FakeApi implements ReadAloudApi {
  sent: unknown[] = [];
  stored: Record<string, unknown> = {};
  managed: Record<string, unknown> | null = null;
  opened: string[] = [];
  listeners = new Set<MessageListener>();
  panelReadyAnswer: unknown = { readAloud: false };
  runtime: RuntimeLike = {
    sendMessage: async (m: unknown) => {
      this.sent.push(m);
      return (m as { type?: string }).type === 'klarplan/panel-ready' ? this.panelReadyAnswer : undefined;
    },
    onMessage: { addListener: (fn) => void this.listeners.add(fn), removeListener: (fn) => void this.listeners.delete(fn) },
    getURL: (p: string) => `chrome-extension://klarplan${p}`,
  };
  storage = {
    local: {
      get: async (k: string) => (k in this.stored ? { [k]: structuredClone(this.stored[k]) } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(this.stored, structuredClone(items)),
    },
    managed: {
      get: async (k: string) => {
        if (!this.managed) throw new Error('Managed storage manifest not found');
        return k in this.managed ? { [k]: structuredClone(this.managed[k]) } : {};
      },
    },
  };
  windows = { create: async (o: { url: string }) => void this.opened.push(o.url) };
  tabs = { create: async (o: { url: string }) => void this.opened.push(o.url) };
  /** A message from another extension page; resolves with the answer given through sendResponse. */
  deliver(message: unknown): unknown {
    let answer: unknown;
    for (const l of this.listeners) l(message, {}, (a) => (answer = a));
    return answer;
  }
  readings() {
    return this.sent.filter((m) => (m as { type: string }).type === 'klarplan/reading').map((m) => (m as { view: unknown }).view);
  }
}

/** A DOM to render into, and helpers on it. */
export class Screen {
  container!: HTMLDivElement;
  root!: Root;
  setUp() {
    this.container = document.createElement('div');
    document.body.append(this.container);
    this.root = createRoot(this.container);
  }
  async tearDown() {
    await act(async () => this.root.unmount());
    this.container.remove();
  }
  async remount() {
    await act(async () => this.root.unmount());
    this.root = createRoot(this.container);
  }
  flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
  $ = <T extends Element = HTMLElement>(sel: string) => this.container.querySelector<T>(sel);
  $$ = <T extends Element = HTMLElement>(sel: string) => [...this.container.querySelectorAll<T>(sel)];
  text = () => this.container.textContent ?? '';
  async render(el: React.ReactElement) {
    await act(async () => this.root.render(el));
    await this.flush();
  }
  /** A button by its name as a screen reader hears it (the key shown on it is aria-hidden). */
  button(name: string): HTMLButtonElement | undefined {
    return this.$$<HTMLButtonElement>('button').find((b) => nameOf(b) === name);
  }
  async click(name: string) {
    const b = this.button(name);
    if (!b) throw new Error(`no button ${name}: ${this.$$<HTMLButtonElement>('button').map(nameOf).join(' | ')}`);
    await act(async () => b.click());
    await this.flush();
  }
  async key(k: string) {
    await act(async () => {
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    });
    await this.flush();
  }
  /** Types into an input as React sees it. */
  async fill(input: HTMLInputElement, value: string) {
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await this.flush();
  }
  live = () => this.$('.reading-live[role="status"][aria-live="polite"]')?.textContent ?? '';
}

/** The text of an element without what is hidden from screen readers. */
export function nameOf(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
