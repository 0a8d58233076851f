// @vitest-environment jsdom
/**
 * The read-aloud mode, the client view and the print view, rendered into jsdom with a fake speech engine and a
 * fake extension API: the round speaks heading and point and waits; the screen-reader live region stays quiet
 * while speech runs; keys; the summary and "Kopieren"; voice and speed stored (only those); no German voice →
 * the panel says so and how to install one, and the round still goes point by point without speech; the client
 * view follows validated messages only; the print view shows the summary it is sent.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientView } from '../../components/ClientView';
import type { MessageListener, RuntimeLike } from '../../browser/extension-api';
import { PAGE_PLAN_GRACE_MS, ReadAloud, type ReadAloudApi } from '../../components/ReadAloud';
import { SummaryPrint } from '../../components/SummaryPrint';
import { parseReadingSummary, parseReadingView, type ToPage } from '../../messages/index';
import type { Plan } from '../../core/plan';
import { SPEECH_SETTINGS_KEY, type SpeakOptions, type SpeakResult, type SpeechEngine, type Voice } from '../../speech/driver';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PLAN: Plan = {
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: [{ text: 'Ich schreibe 3 Bewerbungen.', due: '2026-12-04' }, 'Ich melde mich beim Kurs an.'],
  },
};
const voice = (name: string, lang: string, localService = true): Voice => ({ name, lang, localService });
const ANNA = voice('Anna', 'de-DE');
const DAVID = voice('David', 'en-US');

class FakeEngine implements SpeechEngine {
  said: Array<{ text: string; options: SpeakOptions }> = [];
  cancels = 0;
  private open: Array<(r: SpeakResult) => void> = [];
  constructor(public list: Voice[] = [ANNA]) {}
  voices() {
    return Promise.resolve(this.list);
  }
  speak(text: string, options: SpeakOptions): Promise<SpeakResult> {
    this.said.push({ text, options });
    return new Promise((resolve) => this.open.push(resolve));
  }
  cancel() {
    this.cancels++;
    for (const r of this.open.splice(0)) r('interrupted');
  }
  async end() {
    await act(async () => {
      this.open.shift()?.('end');
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  get texts() {
    return this.said.map((s) => s.text);
  }
}

/** An extension API held in memory: storage, runtime messaging (recorded), windows and tabs. */
class FakeApi implements ReadAloudApi {
  sent: unknown[] = [];
  stored: Record<string, unknown> = {};
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

let container: HTMLDivElement;
let root: Root;
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel);
const text = () => container.textContent ?? '';
const buttonNamed = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement | undefined;
async function click(name: string) {
  const b = buttonNamed(name);
  if (!b) throw new Error(`no button ${name}`);
  await act(async () => b.click());
  await flush();
}
async function key(k: string) {
  await act(async () => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
  await flush();
}
const live = () => $('.reading-live[role="status"][aria-live="polite"]')?.textContent ?? '';

async function render(el: React.ReactElement) {
  await act(async () => root.render(el));
  await flush();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('ReadAloud', () => {
  it('reads heading and point, waits, and keeps the live region quiet while speaking', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} platform="linux" />);
    expect(text()).not.toMatch(/keine deutsche Stimme/);
    await click('Vorlesen');
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    expect(engine.said[0]!.options).toMatchObject({ voice: ANNA, rate: 1, lang: 'de-DE' });
    expect($('.reading-phase')!.textContent).toBe('Klarplan liest vor …');
    expect(live()).toBe('');
    expect(document.activeElement?.className).toBe('reading');
    await engine.end();
    expect(engine.texts).toEqual(['Mein Ziel ist:', 'Ich möchte als Lagerhelfer arbeiten.']);
    expect(live()).toBe('');
    await engine.end();
    expect($('.reading-phase')!.textContent).toMatch(/Klarplan wartet/);
    expect(live()).toBe('Punkt 1 von 7 gelesen. Weiter, Nochmal, Ändern oder offen?');
    expect(engine.texts).toHaveLength(2);
    for (const name of ['Weiter', 'Nochmal', 'Ändern', 'Als offen markieren', 'Zurück', 'Pause', 'Beenden']) expect(buttonNamed(name)).toBeTruthy();
    // the client view was told, with a message that fits its schema
    const views = api.readings();
    expect(views.length).toBeGreaterThan(0);
    expect(parseReadingView(views[views.length - 1])).toMatchObject({ phase: 'waiting', heading: 'Mein Ziel ist', text: 'Ich möchte als Lagerhelfer arbeiten.', position: 1, total: 7 });
    expect(parseReadingView(api.deliver({ type: 'klarplan/reading-request' }))).toMatchObject({ phase: 'waiting', position: 1 });
  });

  it('keys: → next (with heading and the "bis wann" date in words), R repeat, Esc stop; the summary; "Kopieren"', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    const writeText = vi.fn(async (_t: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} now={() => new Date('2026-11-20T10:00:00Z')} />);
    await click('Vorlesen');
    await engine.end();
    await engine.end();
    await key('ArrowRight'); // empty "Zunächst …" section
    expect(engine.texts.slice(2)).toEqual(['Zunächst möchte ich Folgendes erreichen:']);
    await engine.end();
    await engine.end();
    await key('ArrowRight');
    expect(engine.texts.slice(4)).toEqual(['Meine nächsten Schritte sind:']);
    await engine.end();
    expect(engine.texts.slice(5)).toEqual(['Ich schreibe drei Bewerbungen.']);
    await engine.end();
    expect(engine.texts.slice(6)).toEqual(['Bis zum vierten Dezember zweitausendsechsundzwanzig.']);
    await engine.end();
    await key('r');
    expect(engine.texts.slice(7)).toEqual(['Ich schreibe drei Bewerbungen.']);
    await key('Escape');
    expect(engine.cancels).toBeGreaterThan(0);
    expect($('.reading')).toBeNull();
    expect(document.activeElement?.id).toBe('zusammenfassung-heading');
    const statuses = [...container.querySelectorAll('.summary-status')].map((e) => e.textContent);
    expect(statuses).toEqual(['bestätigt', 'bestätigt', 'nicht besprochen', 'nicht besprochen', 'nicht besprochen', 'nicht besprochen', 'nicht besprochen']);
    expect(live()).toBe('Vorlesen beendet. Die Zusammenfassung steht unten.');
    await click('Kopieren');
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toBe($('.summary-plain pre')!.textContent);
    expect(writeText.mock.calls[0]![0]).toMatch(/^Kooperationsplan – Punkt für Punkt vorgelesen am 20\.11\.2026\n2 bestätigt · 0 Änderung gewünscht · 0 offen · 5 nicht besprochen/);
    expect($('.copy-message')!.textContent).toMatch(/ist kopiert/);
    // the print view gets the same summary, and it fits its schema
    const summary = parseReadingSummary(api.deliver({ type: 'klarplan/summary-request' }));
    expect(summary?.text).toBe(writeText.mock.calls[0]![0]);
    await click('Druckansicht öffnen');
    expect(api.opened).toEqual(['chrome-extension://klarplan/summary.html']);
  });

  it('"Als offen markieren" and the suggested wording at the end', async () => {
    const engine = new FakeEngine();
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} now={() => new Date('2026-11-20T10:00:00Z')} />);
    await click('Vorlesen');
    await engine.end();
    await engine.end();
    await click('Als offen markieren');
    expect(buttonNamed('Als offen markieren')!.getAttribute('aria-pressed')).toBe('true');
    expect(live()).toBe('Punkt 1 von 7: offen.');
    for (let i = 0; i < 7; i++) {
      await click('Weiter');
      await engine.end();
      await engine.end();
      await engine.end();
    }
    expect(text()).toMatch(/Der ganze Plan ist vorgelesen/);
    const wording = [...container.querySelectorAll('.open-wordings li')].map((e) => e.textContent);
    expect(wording).toEqual(['Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 04.12.2026']);
  });

  it('on the page: highlights each point in the form, and "Ändern" leads there', async () => {
    const engine = new FakeEngine();
    const sent: ToPage[] = [];
    const fieldText = '- Ich möchte als Lagerhelfer arbeiten.';
    const locate = (section: string, entry: number) => (section === 'ziel' && entry === 0 ? { fieldId: 'f1', offset: 2, fieldText } : undefined);
    await render(<ReadAloud plan={PLAN} source="page" locate={locate} send={(m) => sent.push(m)} engine={engine} api={new FakeApi()} />);
    expect(text()).toMatch(/so, wie er jetzt im Formular steht/);
    await click('Vorlesen');
    expect(sent).toEqual([{ type: 'klarplan/reveal', fieldId: 'f1', start: 2, end: fieldText.length }]);
    await engine.end();
    await engine.end();
    await click('Ändern');
    expect(sent).toHaveLength(2);
    expect($('.reading-phase')!.textContent).toMatch(/Ändern Sie den Punkt im Formular/);
  });

  it('the keyboard command (from the background) starts reading the page plan at once', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await render(<ReadAloud plan={PLAN} source="page" engine={engine} api={api} />);
    let answer: unknown;
    await act(async () => void (answer = api.deliver({ type: 'klarplan/read-aloud' })));
    await flush();
    expect(answer).toEqual({ ok: true });
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    // a message that does not fit the schema does nothing
    expect(api.deliver({ type: 'klarplan/reading', view: { phase: 'nonsense' } })).toBeUndefined();
  });

  it('the command on a web page waits for that page\'s plan; without one it reads nothing and says why', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    await act(async () => void api.deliver({ type: 'klarplan/read-aloud', page: true }));
    expect(engine.said).toEqual([]);
    expect($('.command-status')!.textContent).toBe('Einen Moment: Klarplan liest den Plan auf der Seite …');
    // the page's plan arrives: reading starts
    await render(<ReadAloud plan={PLAN} source="page" engine={engine} api={api} />);
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    await key('Escape');
    // no plan comes: after the grace period nothing is read, and the panel says why
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    vi.useFakeTimers();
    try {
      await act(async () => void api.deliver({ type: 'klarplan/read-aloud', page: true }));
      await act(async () => void vi.advanceTimersByTime(PAGE_PLAN_GRACE_MS - 1));
      expect($('.command-status')!.textContent).toMatch(/Einen Moment/);
      await act(async () => void vi.advanceTimersByTime(1));
      expect($('.command-status')!.textContent).toMatch(/keinen Plan gefunden/);
      expect(engine.said).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a panel opened by the command starts on its own (the background says so)', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    api.panelReadyAnswer = { readAloud: true };
    await render(<ReadAloud plan={PLAN} source="page" engine={engine} api={api} />);
    expect(api.sent[0]).toEqual({ type: 'klarplan/panel-ready' });
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
  });

  it('voice and speed: German voices first, the choice stored (name and rate only) and restored', async () => {
    const engine = new FakeEngine([DAVID, voice('Google Deutsch', 'de-DE', false), ANNA]);
    const api = new FakeApi();
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    const voiceSelect = $<HTMLSelectElement>('.voice-settings select')!;
    expect([...voiceSelect.options].map((o) => o.textContent)).toEqual([
      'Automatisch: deutsche Stimme auf diesem Computer',
      'Anna (de-DE)',
      'Google Deutsch (de-DE) – online: schickt den Text an den Anbieter',
      'David (en-US)',
    ]);
    const [, rateSelect] = [...container.querySelectorAll<HTMLSelectElement>('.voice-settings select')];
    await act(async () => {
      voiceSelect.value = 'Anna';
      voiceSelect.dispatchEvent(new Event('change', { bubbles: true }));
      rateSelect!.value = '0.85';
      rateSelect!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(api.stored).toEqual({ [SPEECH_SETTINGS_KEY]: { voice: 'Anna', rate: 0.85 } });
    await act(async () => root.unmount());
    root = createRoot(container);
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    expect($<HTMLSelectElement>('.voice-settings select')!.value).toBe('Anna');
    expect(container.querySelectorAll<HTMLSelectElement>('.voice-settings select')[1]!.value).toBe('0.85');
    await click('Vorlesen');
    expect(engine.said[0]!.options).toMatchObject({ voice: ANNA, rate: 0.85 });
  });

  it('no German voice: the panel says so and how to install one; the round goes on without speech and still waits', async () => {
    const engine = new FakeEngine([DAVID]);
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} platform="linux" />);
    const advice = $('.voice-advice')!.textContent!;
    expect(advice).toMatch(/keine deutsche Stimme eingerichtet/);
    expect(advice).toMatch(/speech-dispatcher/);
    await click('Vorlesen');
    await flush();
    expect(engine.said).toEqual([]); // an English voice would mangle the German text
    expect($('.reading-text')!.textContent).toBe('Ich möchte als Lagerhelfer arbeiten.');
    expect($('.reading-phase')!.textContent).toBe('Bitte lesen Sie den Punkt vor. Passt er so?');
    await click('Weiter');
    await flush();
    expect($('.reading-where')!.textContent).toMatch(/^Zunächst möchte ich Folgendes erreichen · Noch kein Eintrag/);
  });

  it('only an online German voice: not used unless chosen; a browser without speech: said plainly', async () => {
    const engine = new FakeEngine([voice('Google Deutsch', 'de-DE', false)]);
    await render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} platform="windows" />);
    expect($('.voice-advice')!.textContent).toMatch(/nur eine Online-Stimme/);
    await click('Vorlesen');
    expect(engine.said).toEqual([]);
    await act(async () => root.unmount());
    root = createRoot(container);
    await render(<ReadAloud plan={PLAN} source="example" engine={null} api={new FakeApi()} />);
    expect($('.voice-advice')!.textContent).toMatch(/Dieser Browser hat keine Sprachausgabe/);
  });
});

describe('ClientView', () => {
  class FakeRuntime implements RuntimeLike {
    listeners = new Set<MessageListener>();
    constructor(private answer: unknown) {}
    sendMessage = async () => this.answer;
    onMessage = { addListener: (fn: MessageListener) => void this.listeners.add(fn), removeListener: (fn: MessageListener) => void this.listeners.delete(fn) };
    async push(m: unknown) {
      await act(async () => this.listeners.forEach((l) => l(m, {}, () => undefined)));
    }
  }
  const view = {
    phase: 'waiting', heading: 'Meine nächsten Schritte sind', text: 'Ich schreibe 3 Bewerbungen.', due: '2026-12-04', empty: false,
    number: 1, of: 2, position: 3, total: 7, status: 'unread', statusLabel: 'nicht besprochen',
  };

  it('shows the current point, its heading, its date and status in big type; follows valid messages only', async () => {
    const runtime = new FakeRuntime(null);
    await render(<ClientView runtime={runtime} />);
    expect($('h1')!.textContent).toBe('Ihr Kooperationsplan');
    await runtime.push({ type: 'klarplan/reading', view });
    expect($('h1')!.textContent).toBe('Meine nächsten Schritte sind');
    expect($('.cv-number')!.textContent).toBe('Punkt 1 von 2');
    expect($('.cv-text')!.textContent).toBe('Ich schreibe 3 Bewerbungen.');
    expect($('.cv-due')!.textContent).toBe('Bis 04.12.2026');
    expect($('.cv-status')!.textContent).toBe('? Passt das so?');
    await runtime.push({ type: 'klarplan/reading', view: { ...view, status: 'offen', statusLabel: 'offen' } });
    expect($('.cv-status')!.textContent).toBe('? Offen – wird noch geklärt');
    // not our schema: ignored
    await runtime.push({ type: 'klarplan/reading', view: { ...view, text: 42 } });
    await runtime.push({ type: 'klarplan/reading', view: { ...view, phase: 'evil' } });
    expect($('.cv-text')!.textContent).toBe('Ich schreibe 3 Bewerbungen.');
    await runtime.push({ type: 'klarplan/reading', view: { ...view, phase: 'done' } });
    expect($('.cv-text')!.textContent).toBe('Der ganze Plan ist vorgelesen. Vielen Dank!');
  });

  it('asks the panel for the current point when it opens', async () => {
    await render(<ClientView runtime={new FakeRuntime({ ...view, status: 'bestätigt', statusLabel: 'bestätigt (nach Änderung)' })} />);
    expect($('.cv-status')!.textContent).toBe('✓ Bestätigt (nach Änderung)');
  });
});

describe('SummaryPrint', () => {
  const runtimeAnswering = (answer: unknown): RuntimeLike => ({ sendMessage: async () => answer });

  it('lays out the summary it is sent, with a "Drucken" button', async () => {
    const print = vi.fn();
    const summary = {
      date: '20.11.2026',
      counts: { unread: 0, bestätigt: 1, änderung: 0, offen: 1 },
      rows: [
        { heading: 'Mein Ziel ist', number: 1, empty: false, text: 'Ich möchte arbeiten.', status: 'bestätigt', label: 'bestätigt' },
        { heading: 'Was sonst noch wichtig ist', number: 1, empty: false, text: 'Kinderbetreuung.', status: 'offen', label: 'offen', openWording: 'Offen: Kinderbetreuung – Klärung bis 04.12.2026' },
      ],
      text: '…',
    };
    await render(<SummaryPrint runtime={runtimeAnswering(summary)} print={print} />);
    expect($('h1')!.textContent).toBe('Kooperationsplan – Punkt für Punkt vorgelesen am 20.11.2026');
    expect([...container.querySelectorAll('h2')].map((e) => e.textContent)).toEqual(['Mein Ziel ist', 'Was sonst noch wichtig ist', 'Offene Punkte: Vorschlag für den Plan']);
    expect(text()).toContain('Kinderbetreuung. – offen');
    expect(text()).toContain('Offen: Kinderbetreuung – Klärung bis 04.12.2026');
    await click('Drucken');
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('no summary (or one that does not fit the schema): says what to do', async () => {
    await render(<SummaryPrint runtime={runtimeAnswering({ date: 5 })} />);
    expect($('h1')!.textContent).toBe('Keine Zusammenfassung');
  });
});
