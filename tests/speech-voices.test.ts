/**
 * Only local voices, ever: which voice may speak the plan (speech/voices.ts), and the browser adapters
 * (browser/speech-engines.ts) against fake `chrome.tts` and `speechSynthesis` objects — an empty list, a late
 * list, only remote voices, a voice of another extension's engine (allowed only by the administrator), a voice
 * that vanished before speaking. Every call names its voice; without one nothing reaches the engine.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readManagedSpeechEngines } from '../checker/settings';
import {
  bestEngine, chromeTtsEngine, NO_VOICE_HEADLINE, noGermanVoiceMessage, webSpeechEngine, type ChromeTtsLike, type ChromeTtsVoice, type WebSpeechHost,
} from '../browser/speech-engines';
import { loadVoices, type SpeakOptions, type Voice } from '../speech/driver';
import { decideVoice, excludedVoices, exclusion, noVoiceReason, pickVoice, sortVoices, usableVoices } from '../speech/voices';

const ENGINE_ID = 'abcdefghijklmnopabcdefghijklmnop';
const voice = (name: string, lang: string, localService = true, more: Partial<Voice> = {}): Voice => ({ name, lang, localService, ...more });
const ANNA = voice('Anna', 'de-DE');
const HELENA = voice('Helena', 'de-AT');
const DAVID = voice('David', 'en-US', true, { default: true });
const GOOGLE_DE = voice('Google Deutsch', 'de-DE', false);
const THIRD = voice('Fremde Stimme', 'de-DE', true, { engine: ENGINE_ID });
const ALLOWED = { allowedEngines: [ENGINE_ID] };
const opts = (v: Voice | null): SpeakOptions => ({ voice: v, rate: 1, lang: 'de-DE' });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('which voice may speak', () => {
  it('a voice on this machine: yes; an online voice: never; another extension\'s engine: only when the administrator allows it', () => {
    expect(exclusion(ANNA)).toBeNull();
    expect(exclusion(GOOGLE_DE)).toBe('online');
    expect(exclusion(GOOGLE_DE, ALLOWED)).toBe('online');
    expect(exclusion(THIRD)).toBe('other-engine');
    expect(exclusion(THIRD, ALLOWED)).toBeNull();
    expect(exclusion({ ...THIRD, localService: false }, ALLOWED)).toBe('online');
    expect(usableVoices([DAVID, GOOGLE_DE, THIRD, ANNA])).toEqual([DAVID, ANNA]);
  });

  it('sorts German voices first, de-DE before de-AT', () => {
    expect(sortVoices([DAVID, HELENA, ANNA]).map((v) => v.name)).toEqual(['Anna', 'Helena', 'David']);
  });

  it('picks the remembered voice when it may speak, else the best German voice on this machine', () => {
    expect(pickVoice([DAVID, GOOGLE_DE, HELENA, ANNA])).toBe(ANNA);
    expect(pickVoice([DAVID, GOOGLE_DE, HELENA, ANNA], 'Helena')).toBe(HELENA);
    expect(pickVoice([DAVID, ANNA], 'Verschwunden')).toBe(ANNA);
    expect(pickVoice([DAVID, ANNA], 'David')).toBe(DAVID); // the user's own choice, on this machine
    // remembered or not, an online voice never speaks
    expect(pickVoice([DAVID, GOOGLE_DE], 'Google Deutsch')).toBeNull();
    expect(pickVoice([THIRD], 'Fremde Stimme')).toBeNull();
    expect(pickVoice([THIRD], null, ALLOWED)).toBe(THIRD);
    // for another language: only a voice of that language
    expect(pickVoice([DAVID, ANNA], null, undefined, 'en')).toBe(DAVID);
    expect(pickVoice([DAVID, ANNA], 'Anna', undefined, 'ar')).toBeNull();
  });

  it('empty list: nothing is spoken (the browser would pick any voice)', () => {
    expect(decideVoice([])).toEqual({ voice: null, canSpeak: false, advice: 'none' });
  });
  it('only remote voices: nothing is spoken, and the panel can say why', () => {
    expect(decideVoice([GOOGLE_DE, voice('Google US English', 'en-US', false)])).toEqual({ voice: null, canSpeak: false, advice: 'online-only' });
    expect(decideVoice([GOOGLE_DE], 'Google Deutsch')).toEqual({ voice: null, canSpeak: false, advice: 'online-only' });
  });
  it('a third-party engine voice: nothing is spoken unless the administrator allows that engine', () => {
    expect(decideVoice([THIRD])).toEqual({ voice: null, canSpeak: false, advice: 'other-engine' });
    expect(decideVoice([THIRD], null, ALLOWED)).toEqual({ voice: THIRD, canSpeak: true, advice: null });
    expect(decideVoice([THIRD], null, { allowedEngines: ['ponmlkjihgfedcbaponmlkjihgfedcba'] }).canSpeak).toBe(false);
    expect(excludedVoices([THIRD, GOOGLE_DE, ANNA])).toEqual({ online: 1, otherEngine: [THIRD] });
  });
  it('no German voice at all: an English one is not taken on its own', () => {
    expect(decideVoice([DAVID])).toEqual({ voice: null, canSpeak: false, advice: 'none' });
    expect(noVoiceReason([DAVID, ANNA])).toBeNull();
  });

  it('the administrator\'s list: extension ids only', () => {
    expect(readManagedSpeechEngines([ENGINE_ID, ` ${ENGINE_ID} `, 'not-an-id', 42, 'ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP'])).toEqual([ENGINE_ID]);
    expect(readManagedSpeechEngines('abc')).toEqual([]);
    expect(readManagedSpeechEngines(undefined)).toEqual([]);
  });

  it('explains once how to install a German voice, for the system in use, and why there is none', () => {
    const win = noGermanVoiceMessage('windows');
    expect(win.split('\n\n')[0]).toBe(NO_VOICE_HEADLINE);
    expect(NO_VOICE_HEADLINE).toBe('Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor.');
    expect(win).toContain('Einstellungen → Zeit und Sprache');
    expect(win).not.toContain('espeak-ng');
    expect(noGermanVoiceMessage('linux')).toContain('espeak-ng');
    expect(noGermanVoiceMessage('mac')).toContain('Bedienungshilfen → Gesprochene Inhalte');
    const any = noGermanVoiceMessage('other');
    for (const w of ['Windows', 'macOS', 'Linux', 'ChromeOS']) expect(any).toContain(w);
    expect(noGermanVoiceMessage('windows', 'online-only')).toMatch(/nur Online-Stimmen.*nimmt sie nie/);
    expect(noGermanVoiceMessage('linux', 'other-engine', ['Fremde Stimme'])).toMatch(/„Fremde Stimme“ kommt von einer anderen Erweiterung.*speechEngines/);
  });
});

describe('chrome.tts (fake)', () => {
  function fakeTts(list: ChromeTtsVoice[]) {
    const calls: Array<{ text: string; options: Parameters<ChromeTtsLike['speak']>[1] }> = [];
    let stops = 0;
    const tts: ChromeTtsLike & { list: ChromeTtsVoice[] } = {
      list,
      speak: (text, options) => void calls.push({ text, options }),
      stop: () => void stops++,
      getVoices(cb) { cb(this.list); },
    };
    return { tts, calls, stops: () => stops };
  }

  it('a voice is on this machine only when remote === false; an extension\'s voice carries its engine', async () => {
    const { tts } = fakeTts([
      { voiceName: 'Anna', lang: 'de-DE', remote: false },
      { voiceName: 'Google Deutsch', lang: 'de-DE', remote: true },
      { voiceName: 'Ohne Angabe', lang: 'de-DE' },
      { voiceName: 'Fremde Stimme', lang: 'de-DE', remote: false, extensionId: ENGINE_ID },
      { lang: 'x' },
    ]);
    await expect(chromeTtsEngine(tts).voices()).resolves.toEqual([
      { name: 'Anna', lang: 'de-DE', localService: true },
      { name: 'Google Deutsch', lang: 'de-DE', localService: false },
      { name: 'Ohne Angabe', lang: 'de-DE', localService: false },
      { name: 'Fremde Stimme', lang: 'de-DE', localService: true, engine: ENGINE_ID },
    ]);
  });

  it('speaks only with a named voice that is still listed as it was; maps events; stops on cancel', async () => {
    const { tts, calls, stops } = fakeTts([{ voiceName: 'Anna', lang: 'de-DE', remote: false }, { voiceName: 'Fremde Stimme', lang: 'de-DE', remote: false, extensionId: ENGINE_ID }]);
    const engine = chromeTtsEngine(tts);
    const ended = engine.speak('Hallo', { voice: ANNA, rate: 0.85, lang: 'de-DE' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[0]!.options).toMatchObject({ voiceName: 'Anna', lang: 'de-DE', rate: 0.85, enqueue: false });
    expect(calls[0]!.options).not.toHaveProperty('extensionId');
    calls[0]!.options.onEvent!({ type: 'start' });
    calls[0]!.options.onEvent!({ type: 'end' });
    await expect(ended).resolves.toBe('end');
    // another extension's voice is named with its engine, so Chrome cannot route it elsewhere
    void engine.speak('Hallo', opts(THIRD));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]!.options).toMatchObject({ voiceName: 'Fremde Stimme', extensionId: ENGINE_ID, lang: 'de-DE' });
    const cut = engine.speak('Hallo', opts(ANNA));
    await vi.advanceTimersByTimeAsync(0);
    calls[2]!.options.onEvent!({ type: 'cancelled' });
    await expect(cut).resolves.toBe('interrupted');
    const bad = engine.speak('Hallo', opts(ANNA));
    await vi.advanceTimersByTimeAsync(0);
    calls[3]!.options.onEvent!({ type: 'error', errorMessage: 'kaputt' });
    await expect(bad).resolves.toBe('error');
    engine.cancel();
    expect(stops()).toBe(1);
  });

  it('without a voice, with an online voice, or with one that vanished: nothing reaches chrome.tts', async () => {
    const { tts, calls } = fakeTts([{ voiceName: 'Anna', lang: 'de-DE', remote: false }]);
    const engine = chromeTtsEngine(tts);
    await expect(engine.speak('Hallo', opts(null))).resolves.toBe('error');
    await expect(engine.speak('Hallo', opts(GOOGLE_DE))).resolves.toBe('error');
    tts.list = [{ voiceName: 'Anna', lang: 'de-DE', remote: true }]; // now an online voice of the same name
    await expect(engine.speak('Hallo', opts(ANNA))).resolves.toBe('error');
    tts.list = [];
    await expect(engine.speak('Hallo', opts(ANNA))).resolves.toBe('error');
    expect(calls).toEqual([]);
  });

  it('an empty list, and a list that comes late (reported through the page\'s voiceschanged)', async () => {
    const { tts } = fakeTts([]);
    const listeners: Array<() => void> = [];
    const engine = chromeTtsEngine(tts, undefined, { addEventListener: (_t, fn) => void listeners.push(fn), removeEventListener: () => undefined });
    await expect(loadVoices(engine)).resolves.toEqual([]);
    expect(decideVoice(await loadVoices(engine)).canSpeak).toBe(false);
    const changed = vi.fn();
    engine.onVoicesChanged!(changed);
    tts.list = [{ voiceName: 'Anna', lang: 'de-DE', remote: false }];
    listeners.forEach((l) => l());
    expect(changed).toHaveBeenCalledTimes(1);
    expect(decideVoice(await loadVoices(engine)).voice).toEqual(ANNA);
  });
});

describe('speechSynthesis (fake)', () => {
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
      removeEventListener(_: string, fn: () => void) { listeners.splice(listeners.indexOf(fn), 1); },
      fire() { for (const l of [...listeners]) l(); },
    };
    class Utterance { lang = ''; rate = 1; voice: unknown = null; onend = null; onerror = null; constructor(public text: string) {} }
    const host = { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms), clearTimeout: (h: never) => clearTimeout(h) };
    return { synth, host: host as unknown as WebSpeechHost };
  }
  const SYNTH_ANNA = { name: 'Anna', lang: 'de-DE', localService: true, default: false };

  it('a late list: waits for voiceschanged at most 1.5 s, then reports the list when it comes', async () => {
    const { synth, host } = fakeSynth([]);
    const engine = webSpeechEngine(host);
    let got: Voice[] | null = null;
    void engine.voices().then((v) => (got = v));
    await vi.advanceTimersByTimeAsync(1500);
    expect(got).toEqual([]); // too late for this list: the round starts without a voice
    const changed = vi.fn();
    const off = engine.onVoicesChanged!(changed);
    synth.voices = [SYNTH_ANNA];
    synth.fire();
    expect(changed).toHaveBeenCalledTimes(1);
    await expect(engine.voices()).resolves.toEqual([{ ...ANNA, default: false }]);
    off();
    synth.fire();
    expect(changed).toHaveBeenCalledTimes(1);
    // within the time: taken at once
    const early = fakeSynth([]);
    let first: Voice[] | null = null;
    void webSpeechEngine(early.host).voices().then((v) => (first = v));
    await vi.advanceTimersByTimeAsync(1000);
    early.synth.voices = [SYNTH_ANNA];
    early.synth.fire();
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toEqual([{ ...ANNA, default: false }]);
  });

  it('localService must be true; a voice without a name in the list, or none, is never spoken with', async () => {
    const { synth, host } = fakeSynth([{ name: 'Google Deutsch', lang: 'de-DE', localService: false, default: true }, SYNTH_ANNA]);
    const engine = webSpeechEngine(host);
    await expect(engine.voices()).resolves.toEqual([{ ...GOOGLE_DE, default: true }, { ...ANNA, default: false }]);
    await expect(engine.speak('Hallo', opts(null))).resolves.toBe('error');
    await expect(engine.speak('Hallo', opts(GOOGLE_DE))).resolves.toBe('error');
    await expect(engine.speak('Hallo', opts({ ...GOOGLE_DE, localService: true }))).resolves.toBe('error'); // the list says online
    await expect(engine.speak('Hallo', opts(HELENA))).resolves.toBe('error'); // not there
    expect(synth.log).toEqual([]);
  });

  it('clears a stuck "speaking" before speaking, names the voice, maps end and errors', async () => {
    const { synth, host } = fakeSynth([SYNTH_ANNA]);
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
    const cut = engine.speak('Hallo', opts(ANNA));
    await vi.advanceTimersByTimeAsync(0);
    synth.spoken[1]!.onerror!({ error: 'interrupted' });
    await expect(cut).resolves.toBe('interrupted');
    synth.speaking = false;
    const bad = engine.speak('Hallo', opts(ANNA));
    await vi.advanceTimersByTimeAsync(0);
    synth.spoken[2]!.onerror!({ error: 'synthesis-failed' });
    await expect(bad).resolves.toBe('error');
  });

  it('bestEngine takes chrome.tts where it exists, speechSynthesis otherwise', async () => {
    let used = '';
    const tts: ChromeTtsLike = { speak: () => void (used = 'tts'), stop: () => {}, getVoices: (cb) => cb([{ voiceName: 'Anna', lang: 'de-DE', remote: false }]) };
    const { host } = fakeSynth([SYNTH_ANNA]);
    void bestEngine({ chrome: { tts }, ...host })!.speak('x', opts(ANNA));
    await vi.advanceTimersByTimeAsync(0);
    expect(used).toBe('tts');
    const web = bestEngine({ chrome: {}, ...host })!;
    void web.speak('x', opts(ANNA));
    await vi.advanceTimersByTimeAsync(0);
    expect((host.speechSynthesis as unknown as { log: string[] }).log).toContain('speak');
    expect(bestEngine({})).toBeNull();
  });
});
