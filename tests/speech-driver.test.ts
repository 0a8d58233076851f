/** The speech driver against a fake engine: time-outs, stop, pause, navigation, voices (vitest fake timers). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../core/plan';
import { buildScript } from '../speech/script';
import {
  chunkTimeoutMs, createDriver, decideVoice, germanVoiceState, loadVoices, normalizeSettings, pickVoice, sortVoices,
  type SpeakOptions, type SpeakResult, type SpeechEngine, type Voice,
} from '../speech/driver';
import { bestEngine, chromeTtsEngine, noGermanVoiceMessage, webSpeechEngine, type ChromeTtsLike, type WebSpeechHost } from '../browser/speech-engines';

type Mode = 'manual' | 'auto' | 'never-end' | 'fail' | 'throw';

/** A speech engine that records every utterance and can be told how to misbehave. */
class FakeEngine implements SpeechEngine {
  said: Array<{ text: string; options: SpeakOptions }> = [];
  log: string[] = [];
  cancels = 0;
  private open: Array<(r: SpeakResult) => void> = [];
  constructor(public mode: Mode = 'manual', public voiceList: Voice[] | 'never' | 'reject' = []) {}
  voices(): Promise<Voice[]> {
    if (this.voiceList === 'never') return new Promise(() => {});
    if (this.voiceList === 'reject') return Promise.reject(new Error('no voices'));
    return Promise.resolve(this.voiceList);
  }
  speak(text: string, options: SpeakOptions): Promise<SpeakResult> {
    this.said.push({ text, options });
    this.log.push(`speak:${text}`);
    if (this.mode === 'throw') throw new Error('engine broken');
    if (this.mode === 'fail') return Promise.resolve('error');
    if (this.mode === 'auto') return Promise.resolve('end');
    // 'never-end': a stalled engine that answers nothing, not even to cancel
    return new Promise((resolve) => { if (this.mode === 'manual') this.open.push(resolve); });
  }
  cancel(): void {
    this.cancels++;
    this.log.push('cancel');
    for (const r of this.open.splice(0)) r('interrupted');
  }
  /** The engine reports the end of the utterance being spoken. */
  end(): void {
    this.open.shift()?.('end');
  }
  get texts(): string[] {
    return this.said.map((s) => s.text);
  }
}

const PLAN: Plan = {
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: ['Ich schreibe drei Bewerbungen.', 'Ich melde mich beim Kurs an.'],
  },
};
const script = () => buildScript(PLAN, { announceEmpty: false });
const flush = () => vi.advanceTimersByTimeAsync(0);

const voice = (name: string, lang: string, localService = true, def = false): Voice => ({ name, lang, localService, default: def });
const ANNA = voice('Anna', 'de-DE');
const GOOGLE_DE = voice('Google Deutsch', 'de-DE', false);
const HELENA = voice('Helena', 'de-AT');
const DAVID = voice('David', 'en-US', true, true);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('voices', () => {
  it('a voice list that never arrives gives up after 1.5 s', async () => {
    let got: Voice[] | null = null;
    void loadVoices(new FakeEngine('auto', 'never')).then((v) => (got = v));
    await vi.advanceTimersByTimeAsync(1499);
    expect(got).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(got).toEqual([]);
  });
  it('a list that arrives is used at once; a failing one counts as empty', async () => {
    await expect(loadVoices(new FakeEngine('auto', [ANNA]))).resolves.toEqual([ANNA]);
    await expect(loadVoices(new FakeEngine('auto', 'reject'))).resolves.toEqual([]);
  });
  it('sorts German voices first, voices on this machine before online ones', () => {
    expect(sortVoices([DAVID, GOOGLE_DE, HELENA, ANNA]).map((v) => v.name)).toEqual(['Anna', 'Helena', 'Google Deutsch', 'David']);
  });
  it('picks the remembered voice, else the best German voice on this machine, never an online voice unasked', () => {
    expect(pickVoice([DAVID, GOOGLE_DE, HELENA, ANNA])).toBe(ANNA);
    expect(pickVoice([DAVID, GOOGLE_DE, HELENA, ANNA], 'Helena')).toBe(HELENA);
    expect(pickVoice([DAVID, ANNA], 'Verschwunden')).toBe(ANNA);
    expect(pickVoice([DAVID, GOOGLE_DE])).toBeNull();
    expect(pickVoice([DAVID, GOOGLE_DE], 'Google Deutsch')).toBe(GOOGLE_DE);
    expect(pickVoice([DAVID, GOOGLE_DE], null, { allowOnline: true })).toBe(GOOGLE_DE);
    expect(pickVoice([])).toBeNull();
  });
  it('tells whether a German voice exists', () => {
    expect(germanVoiceState([DAVID, ANNA])).toBe('local');
    expect(germanVoiceState([DAVID, GOOGLE_DE])).toBe('online-only');
    expect(germanVoiceState([DAVID])).toBe('none');
    expect(germanVoiceState([])).toBe('none');
  });
  it('decides whether to speak: never falls back to an online voice unasked, tries when the list did not arrive', () => {
    expect(decideVoice([DAVID, ANNA])).toEqual({ voice: ANNA, canSpeak: true, advice: null });
    expect(decideVoice([DAVID, GOOGLE_DE])).toEqual({ voice: null, canSpeak: false, advice: 'online-only' });
    expect(decideVoice([DAVID, GOOGLE_DE], 'Google Deutsch')).toEqual({ voice: GOOGLE_DE, canSpeak: true, advice: 'online-only' });
    expect(decideVoice([DAVID])).toEqual({ voice: null, canSpeak: false, advice: 'none' });
    expect(decideVoice([DAVID], 'David')).toEqual({ voice: DAVID, canSpeak: true, advice: 'none' });
    expect(decideVoice([])).toEqual({ voice: null, canSpeak: true, advice: null });
  });
  it('explains how to install a German voice, for the system in use', () => {
    const win = noGermanVoiceMessage('windows');
    expect(win).toContain('keine deutsche Stimme');
    expect(win).toContain('Einstellungen → Zeit und Sprache');
    expect(win).not.toContain('espeak-ng');
    expect(noGermanVoiceMessage('linux')).toContain('espeak-ng');
    expect(noGermanVoiceMessage('mac')).toContain('Bedienungshilfen → Gesprochene Inhalte');
    const any = noGermanVoiceMessage('other');
    for (const w of ['Windows', 'macOS', 'Linux']) expect(any).toContain(w);
    expect(noGermanVoiceMessage('windows', 'online-only')).toContain('Online-Stimme');
  });
  it('remembers only sensible settings', () => {
    expect(normalizeSettings({ voice: 'Anna', rate: 1.2 })).toEqual({ voice: 'Anna', rate: 1.2 });
    expect(normalizeSettings({ voice: '', rate: 9 })).toEqual({ voice: null, rate: 2 });
    expect(normalizeSettings('kaputt')).toEqual({ voice: null, rate: 1 });
    expect(normalizeSettings({ rate: Number.NaN })).toEqual({ voice: null, rate: 1 });
  });
});

describe('time-outs', () => {
  it('grow with the text and shrink with the speed, capped', () => {
    expect(chunkTimeoutMs('x'.repeat(100), 1)).toBe(13_000);
    expect(chunkTimeoutMs('x'.repeat(100), 2)).toBe(7_000);
    expect(chunkTimeoutMs('x'.repeat(5000), 0.5)).toBe(60_000);
    expect(chunkTimeoutMs('', 1)).toBe(1_000);
  });

  it('a missing end event does not hang: the chunk is cancelled after its time-out and the round goes on', async () => {
    const engine = new FakeEngine('never-end');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    const first = chunkTimeoutMs('Mein Ziel ist:', 1);
    await vi.advanceTimersByTimeAsync(first - 1);
    expect(engine.texts).toHaveLength(1);
    expect(d.state.phase).toBe('speaking');
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.log.slice(-2)).toEqual(['cancel', 'speak:Ich möchte als Lagerhelfer arbeiten.']);
    await vi.advanceTimersByTimeAsync(chunkTimeoutMs('Ich möchte als Lagerhelfer arbeiten.', 1));
    expect(d.state.phase).toBe('waiting');
    expect(d.state.timeouts).toBe(2);
    // and it waits there: no auto-advance, however long
    await vi.advanceTimersByTimeAsync(120_000);
    expect(engine.texts).toHaveLength(2);
  });

  it('the time-out follows the speed', async () => {
    const engine = new FakeEngine('never-end');
    const d = createDriver(engine, script(), { rate: 0.5 });
    d.dispatch({ type: 'start' });
    await vi.advanceTimersByTimeAsync(chunkTimeoutMs('Mein Ziel ist:', 1));
    expect(engine.texts).toHaveLength(1); // at half speed it has twice as long
    await vi.advanceTimersByTimeAsync(chunkTimeoutMs('Mein Ziel ist:', 0.5) - chunkTimeoutMs('Mein Ziel ist:', 1));
    expect(engine.texts).toHaveLength(2);
  });

  it('an engine that answers in time cancels its time-out', async () => {
    const engine = new FakeEngine('manual');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    engine.end();
    await flush();
    engine.end();
    await flush();
    expect(d.state.phase).toBe('waiting');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(d.state.timeouts).toBe(0);
    expect(engine.cancels).toBe(1); // only the one before the first word
  });
});

describe('driver: a round with a fake engine', () => {
  it('reads heading and point, waits, and goes on with "Weiter"; same section, no heading', async () => {
    const engine = new FakeEngine('auto');
    const d = createDriver(engine, script(), { voice: ANNA, rate: 1.15 });
    d.dispatch({ type: 'start' });
    await flush();
    expect(engine.texts).toEqual(['Mein Ziel ist:', 'Ich möchte als Lagerhelfer arbeiten.']);
    expect(d.state.phase).toBe('waiting');
    d.dispatch({ type: 'next' });
    await flush();
    d.dispatch({ type: 'next' });
    await flush();
    expect(engine.texts.slice(2)).toEqual(['Meine nächsten Schritte sind:', 'Ich schreibe drei Bewerbungen.', 'Ich melde mich beim Kurs an.']);
    expect(engine.said.every((s) => s.options.voice === ANNA && s.options.rate === 1.15 && s.options.lang === 'de-DE')).toBe(true);
    expect(d.state.marks.map((m) => m.status)).toEqual(['bestätigt', 'bestätigt', 'unread']);
  });

  it('previous and repeat cancel first and read again', async () => {
    const engine = new FakeEngine('auto');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    await flush();
    d.dispatch({ type: 'next' });
    await flush();
    engine.log = [];
    d.dispatch({ type: 'repeat' });
    await flush();
    expect(engine.log).toEqual(['cancel', 'speak:Ich schreibe drei Bewerbungen.']);
    engine.log = [];
    d.dispatch({ type: 'previous' });
    await flush();
    expect(engine.log).toEqual(['cancel', 'speak:Mein Ziel ist:', 'speak:Ich möchte als Lagerhelfer arbeiten.']);
  });

  it('stop cancels the engine at once, and nothing is spoken afterwards', async () => {
    const engine = new FakeEngine('never-end');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    const before = engine.cancels;
    d.stop();
    expect(engine.cancels).toBeGreaterThan(before);
    expect(d.state.phase).toBe('stopped');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    expect(d.state.timeouts).toBe(0);
  });

  it('the interrupted answer of a cancelled chunk is ignored', async () => {
    const engine = new FakeEngine('manual');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    d.dispatch({ type: 'next' }); // cancels "Mein Ziel ist:" (answered 'interrupted') and reads the next point
    await flush();
    expect(d.state.phase).toBe('speaking');
    expect(d.state.points[d.state.current]!.key).toBe('schritte:0');
  });

  it('pause stops speaking; resume speaks the interrupted chunk again', async () => {
    const engine = new FakeEngine('manual');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    engine.end();
    await flush();
    expect(engine.texts.at(-1)).toBe('Ich möchte als Lagerhelfer arbeiten.');
    d.dispatch({ type: 'pause' });
    await flush();
    expect(d.state.phase).toBe('paused');
    expect(engine.log.at(-1)).toBe('cancel');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(d.state.phase).toBe('paused');
    d.dispatch({ type: 'resume' });
    expect(engine.texts.slice(-2)).toEqual(['Ich möchte als Lagerhelfer arbeiten.', 'Ich möchte als Lagerhelfer arbeiten.']);
    engine.end();
    await flush();
    expect(d.state.phase).toBe('waiting');
  });

  it('a failing engine, or one that throws, ends the reading with a problem instead of hanging', async () => {
    for (const mode of ['fail', 'throw'] as const) {
      const engine = new FakeEngine(mode);
      const d = createDriver(engine, script());
      d.dispatch({ type: 'start' });
      await flush();
      expect(d.state).toMatchObject({ phase: 'waiting', problem: 'failed' });
      d.dispatch({ type: 'next' });
      await flush();
      expect(d.state.current).toBe(1);
    }
  });

  it('slower speech reads in smaller chunks', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Wort${String.fromCharCode(97 + (i % 26))}`).join(' ') + '.';
    const engine = new FakeEngine('auto');
    const d = createDriver(engine, buildScript({ sections: { ziel: [long] } }, { announceEmpty: false }));
    d.setRate(0.5);
    d.dispatch({ type: 'start' });
    await flush();
    const chunks = engine.texts.slice(1);
    expect(chunks.length).toBe(3);
    expect(chunks.every((c) => c.split(' ').length <= 15)).toBe(true);
    expect(engine.said.every((s) => s.options.rate === 0.5)).toBe(true);
  });

  it('"Ändern" hands the point to the form and voice changes apply to the next chunk', async () => {
    const engine = new FakeEngine('auto');
    const edits: string[] = [];
    const d = createDriver(engine, buildScript(PLAN, { announceEmpty: false, locate: (s, i) => ({ fieldId: `${s}-${i}`, offset: 0, fieldText: '' }) }), {
      onEdit: (p) => edits.push(p.ref!.fieldId),
    });
    d.dispatch({ type: 'start' });
    await flush();
    d.dispatch({ type: 'change' });
    expect(edits).toEqual(['ziel-0']);
    d.setVoice(HELENA);
    d.dispatch({ type: 'repeat' });
    await flush();
    expect(engine.said.at(-1)!.options.voice).toBe(HELENA);
  });

  it('reports every state change and goes quiet after dispose', async () => {
    const engine = new FakeEngine('never-end');
    const phases: string[] = [];
    const d = createDriver(engine, script(), { onChange: (s) => phases.push(s.phase) });
    d.dispatch({ type: 'start' });
    d.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    d.dispatch({ type: 'start' });
    expect(phases).toEqual(['speaking', 'stopped']);
    expect(engine.texts).toHaveLength(1);
  });
});

describe('browser engines', () => {
  it('chrome.tts: maps its events and voices, stops on cancel', async () => {
    const calls: Array<{ text: string; options: Parameters<ChromeTtsLike['speak']>[1] }> = [];
    let stops = 0;
    const tts: ChromeTtsLike = {
      speak: (text, options) => { calls.push({ text, options }); },
      stop: () => { stops++; },
      getVoices: (cb) => cb([{ voiceName: 'Anna', lang: 'de-DE' }, { voiceName: 'Google Deutsch', lang: 'de-DE', remote: true }, { lang: 'x' }]),
    };
    const engine = chromeTtsEngine(tts);
    await expect(engine.voices()).resolves.toEqual([
      { name: 'Anna', lang: 'de-DE', localService: true },
      { name: 'Google Deutsch', lang: 'de-DE', localService: false },
    ]);
    const ended = engine.speak('Hallo', { voice: ANNA, rate: 0.85, lang: 'de-DE' });
    expect(calls[0]!.options).toMatchObject({ voiceName: 'Anna', lang: 'de-DE', rate: 0.85, enqueue: false });
    calls[0]!.options.onEvent!({ type: 'start' });
    calls[0]!.options.onEvent!({ type: 'end' });
    await expect(ended).resolves.toBe('end');
    const cut = engine.speak('Hallo', { voice: null, rate: 1, lang: 'de-DE' });
    calls[1]!.options.onEvent!({ type: 'cancelled' });
    await expect(cut).resolves.toBe('interrupted');
    const bad = engine.speak('Hallo', { voice: null, rate: 1, lang: 'de-DE' });
    calls[2]!.options.onEvent!({ type: 'error', errorMessage: 'kaputt' });
    await expect(bad).resolves.toBe('error');
    engine.cancel();
    expect(stops).toBe(1);
  });

  function fakeSynth(initialVoices: Array<{ name: string; lang: string; localService: boolean; default: boolean }>) {
    const listeners: Array<() => void> = [];
    interface FakeUtterance { text: string; lang: string; rate: number; voice: unknown; onend: ((e: unknown) => void) | null; onerror: ((e: { error?: string }) => void) | null }
    const synth = {
      speaking: false, pending: false, paused: false, voices: initialVoices, spoken: [] as FakeUtterance[],
      log: [] as string[],
      getVoices() { return this.voices; },
      speak(u: FakeUtterance) { this.log.push('speak'); this.spoken.push(u); this.speaking = true; },
      cancel() { this.log.push('cancel'); this.speaking = false; },
      resume() { this.log.push('resume'); this.paused = false; },
      addEventListener(_: string, fn: () => void) { listeners.push(fn); },
      removeEventListener() {},
      fire() { for (const l of listeners) l(); },
    };
    class Utterance { lang = ''; rate = 1; voice: unknown = null; onend = null; onerror = null; constructor(public text: string) {} }
    const host = { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms), clearTimeout: (h: never) => clearTimeout(h) };
    return { synth, host: host as unknown as WebSpeechHost };
  }

  it('speechSynthesis: waits for voiceschanged at most 1.5 s', async () => {
    const { synth, host } = fakeSynth([]);
    let got: Voice[] | null = null;
    void webSpeechEngine(host).voices().then((v) => (got = v));
    await vi.advanceTimersByTimeAsync(1000);
    expect(got).toBeNull();
    synth.voices = [{ name: 'Anna', lang: 'de-DE', localService: true, default: false }];
    synth.fire();
    await flush();
    expect(got).toEqual([ANNA]);
    let none: Voice[] | null = null;
    void webSpeechEngine(fakeSynth([]).host).voices().then((v) => (none = v));
    await vi.advanceTimersByTimeAsync(1500);
    expect(none).toEqual([]);
  });

  it('speechSynthesis: clears a stuck "speaking" before speaking, maps end and errors', async () => {
    const { synth, host } = fakeSynth([{ name: 'Anna', lang: 'de-DE', localService: true, default: false }]);
    synth.speaking = true; // stuck after a stall
    const engine = webSpeechEngine(host);
    const r = engine.speak('Hallo', { voice: ANNA, rate: 0.85, lang: 'de-DE' });
    await vi.advanceTimersByTimeAsync(50);
    expect(synth.log).toEqual(['cancel', 'speak']);
    const u = synth.spoken[0]!;
    expect(u).toMatchObject({ text: 'Hallo', lang: 'de-DE', rate: 0.85, voice: synth.voices[0] });
    u.onend!({});
    await expect(r).resolves.toBe('end');
    synth.speaking = false;
    const cut = engine.speak('Hallo', { voice: null, rate: 1, lang: 'de-DE' });
    await flush();
    synth.spoken[1]!.onerror!({ error: 'interrupted' });
    await expect(cut).resolves.toBe('interrupted');
    synth.speaking = false;
    const bad = engine.speak('Hallo', { voice: null, rate: 1, lang: 'de-DE' });
    await flush();
    synth.spoken[2]!.onerror!({ error: 'synthesis-failed' });
    await expect(bad).resolves.toBe('error');
  });

  it('bestEngine takes chrome.tts where it exists, speechSynthesis otherwise', async () => {
    let used = '';
    const tts: ChromeTtsLike = { speak: () => { used = 'tts'; }, stop: () => {}, getVoices: (cb) => cb([]) };
    const { host } = fakeSynth([]);
    void bestEngine({ chrome: { tts }, ...host })!.speak('x', { voice: null, rate: 1, lang: 'de-DE' });
    expect(used).toBe('tts');
    const web = bestEngine({ chrome: {}, ...host })!;
    void web.speak('x', { voice: null, rate: 1, lang: 'de-DE' });
    await flush();
    expect((host.speechSynthesis as unknown as { log: string[] }).log).toContain('speak');
    expect(bestEngine({})).toBeNull();
  });
});
