/**
 * Runs the meeting round (speech/round.ts) against a speech engine: speaks each chunk, feeds the result
 * back, and makes sure nothing hangs on the known platform faults —
 * - a voice list that never arrives (`voiceschanged` may never fire on Linux): `loadVoices` gives up after 1.5 s;
 * - a missing `end` event: every chunk has a time-out proportional to its length (1 s + 120 ms per character,
 *   divided by the rate, capped at 60 s); on time-out the engine is cancelled and the round goes on;
 * - `speaking` stuck after a stall: every interruption cancels first, and `stop()` cancels the engine before
 *   anything else, whatever state the round is in.
 * The engine interface is small so the browser adapters (browser/speech-engines.ts) stay thin and tests can
 * use a fake one. No DOM here.
 */
import { MAX_WORDS, maxWordsForRate } from './chunks';
import { initialRound, reduceRound, type RoundEffect, type RoundEvent, type RoundState } from './round';
import type { Voice } from './voices';
import type { PointItem, ReadingScript } from './script';

export type { Voice } from './voices';

export type SpeakResult = 'end' | 'error' | 'interrupted';

export interface SpeakOptions {
  /** The voice to speak with, always named in the call; the browser adapters speak nothing without one. */
  voice: Voice | null;
  rate: number;
  lang: string;
}

export interface SpeechEngine {
  voices(): Promise<Voice[]>;
  /** Calls back when the engine's voice list changes (a list that comes late); returns the unsubscribe. */
  onVoicesChanged?(listener: () => void): () => void;
  /** Resolves when the utterance ends ('end'), fails ('error') or is cut off or cancelled ('interrupted'). */
  speak(text: string, options: SpeakOptions): Promise<SpeakResult>;
  cancel(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
/** The global timers, looked up at call time (so test fake timers apply). */
export const globalTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export const LANG = 'de-DE';
export const VOICE_LIST_TIMEOUT_MS = 1500;
export const CHUNK_TIMEOUT_BASE_MS = 1000;
export const CHUNK_TIMEOUT_PER_CHAR_MS = 120;
export const CHUNK_TIMEOUT_CAP_MS = 60_000;

/** How long to wait for the end of a chunk before giving up on the engine's `end` event. */
export function chunkTimeoutMs(text: string, rate: number): number {
  const r = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return Math.min(CHUNK_TIMEOUT_CAP_MS, Math.round(CHUNK_TIMEOUT_BASE_MS + (CHUNK_TIMEOUT_PER_CHAR_MS * text.length) / r));
}

/** The engine's voices, or [] when the list does not arrive within `timeoutMs` or the engine fails. Never rejects. */
export function loadVoices(engine: SpeechEngine, timeoutMs: number = VOICE_LIST_TIMEOUT_MS, timers: Timers = globalTimers): Promise<Voice[]> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: Voice[]) => {
      if (done) return;
      done = true;
      timers.clearTimeout(handle);
      resolve(v);
    };
    const handle = timers.setTimeout(() => finish([]), timeoutMs);
    try {
      engine.voices().then((v) => finish(Array.isArray(v) ? v : []), () => finish([]));
    } catch {
      finish([]);
    }
  });
}

export interface SpeechSettings {
  /** Remembered voice name (null: choose automatically). */
  voice: string | null;
  rate: number;
}
/** Key for browser.storage.local; holds only the voice name and the speed, never plan text. */
export const SPEECH_SETTINGS_KEY = 'klarplan.speech';
export const DEFAULT_SPEECH_SETTINGS: SpeechSettings = { voice: null, rate: 1 };
/** Speeds offered in the panel, with German labels. */
export const SPEECH_RATES: ReadonlyArray<{ rate: number; label: string }> = [
  { rate: 0.7, label: 'langsam' },
  { rate: 0.85, label: 'etwas langsamer' },
  { rate: 1, label: 'normal' },
  { rate: 1.15, label: 'etwas schneller' },
  { rate: 1.3, label: 'schnell' },
];
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

/** Settings read back from storage, whatever was stored: bad values fall back to the defaults. */
export function normalizeSettings(raw: unknown): SpeechSettings {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const voice = typeof o.voice === 'string' && o.voice.trim() ? o.voice : null;
  const rate = typeof o.rate === 'number' && Number.isFinite(o.rate) ? Math.min(MAX_RATE, Math.max(MIN_RATE, o.rate)) : DEFAULT_SPEECH_SETTINGS.rate;
  return { voice, rate };
}

export interface DriverOptions {
  voice?: Voice | null;
  rate?: number;
  lang?: string;
  /** Called after every event with the new state (render the panel from it). */
  onChange?: (state: RoundState) => void;
  /** "Ändern": focus this point's field in the form (point.ref). */
  onEdit?: (point: PointItem) => void;
  /** Time-out per chunk (default `chunkTimeoutMs`). */
  timeoutMs?: (text: string, rate: number) => number;
  timers?: Timers;
  /** The clock that stamps every event (`at`): the times of the round and of each decision in the summary. */
  now?: () => number;
}

export interface RoundDriver {
  readonly state: RoundState;
  dispatch(event: RoundEvent): void;
  /** Cancels the engine first, then stops the round. Always safe to call. */
  stop(): void;
  setVoice(voice: Voice | null): void;
  /** Also sets the chunk size for the speed (`maxWordsForRate`). */
  setRate(rate: number): void;
  /** Stops and drops every pending time-out; the driver does nothing afterwards. */
  dispose(): void;
}

export function createDriver(engine: SpeechEngine, script: ReadingScript, options: DriverOptions = {}): RoundDriver {
  const timers = options.timers ?? globalTimers;
  const timeoutOf = options.timeoutMs ?? chunkTimeoutMs;
  const lang = options.lang ?? LANG;
  const now = options.now ?? (() => Date.now());
  let voice: Voice | null = options.voice ?? null;
  let rate = clampRate(options.rate ?? 1);
  let state = initialRound(script, options.rate === undefined ? MAX_WORDS : maxWordsForRate(rate));
  let disposed = false;
  /** Chunks being spoken: id → time-out handle. An answer for an id not in here is stale and dropped. */
  const pending = new Map<number, unknown>();
  const queue: RoundEvent[] = [];
  let busy = false;

  function clearPending(): void {
    for (const h of pending.values()) timers.clearTimeout(h);
    pending.clear();
  }
  function cancelEngine(): void {
    clearPending();
    try {
      engine.cancel();
    } catch {
      /* an engine that throws on cancel is stopped as far as we can tell */
    }
  }
  function settle(id: number, result: SpeakResult | 'timeout'): void {
    if (!pending.has(id) || disposed) return;
    timers.clearTimeout(pending.get(id));
    pending.delete(id);
    dispatch(
      result === 'end' ? { type: 'spoken', id }
      : result === 'timeout' ? { type: 'timeout', id }
      : result === 'error' ? { type: 'failed', id }
      : { type: 'interrupted', id },
    );
  }
  function run(effect: RoundEffect): void {
    if (effect.type === 'cancel') return cancelEngine();
    if (effect.type === 'edit') return options.onEdit?.(effect.point);
    const { id, text } = effect;
    pending.set(id, timers.setTimeout(() => settle(id, 'timeout'), timeoutOf(text, rate)));
    let result: Promise<SpeakResult>;
    try {
      result = engine.speak(text, { voice, rate, lang });
    } catch {
      result = Promise.resolve('error');
    }
    result.then((r) => settle(id, r), () => settle(id, 'error'));
  }
  function dispatch(event: RoundEvent): void {
    if (disposed) return;
    queue.push(event.at === undefined ? { ...event, at: now() } : event);
    if (busy) return;
    busy = true;
    try {
      while (queue.length) {
        const step = reduceRound(state, queue.shift()!);
        state = step.state;
        for (const e of step.effects) run(e);
        options.onChange?.(state);
      }
    } finally {
      busy = false;
    }
  }
  return {
    get state() {
      return state;
    },
    dispatch,
    stop() {
      cancelEngine();
      dispatch({ type: 'stop' });
    },
    setVoice(v) {
      voice = v;
    },
    setRate(r) {
      rate = clampRate(r);
      dispatch({ type: 'config', maxWords: maxWordsForRate(rate) });
    },
    dispose() {
      if (disposed) return;
      cancelEngine();
      const step = reduceRound(state, { type: 'stop' });
      state = step.state;
      disposed = true;
      options.onChange?.(state);
    },
  };
}

function clampRate(r: number): number {
  return Number.isFinite(r) ? Math.min(MAX_RATE, Math.max(MIN_RATE, r)) : 1;
}
