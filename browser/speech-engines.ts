/**
 * The browser's speech engines behind speech/driver.ts's small `SpeechEngine` interface, and the message
 * shown when no German voice is installed. Kept thin: time-outs, chunking, the round and the choice of voice
 * (speech/voices.ts: only voices on this machine) live in speech/.
 *
 * Both adapters speak only with a voice named in the call, and only when that voice is still in the engine's
 * list as a voice on this machine: the browsers fall back to any voice — possibly an online one — when the named
 * one is missing, so the adapter looks first and speaks nothing (answers 'error') when it is gone.
 *
 * - `chromeTtsEngine`: `chrome.tts` (Chrome/Edge; needs the `tts` permission, Chrome manifest only). A voice is on
 *   this machine when `remote === false`; `extensionId` names the engine of another extension that provides it.
 * - `webSpeechEngine`: `speechSynthesis` (Firefox, and Chrome without `chrome.tts`): `localService === true`.
 *   Cancels before speaking to clear a `speaking` flag stuck after a stall, keeps a reference to each utterance
 *   (Chrome drops the events of utterances that were garbage-collected), and waits for `voiceschanged` at most
 *   1.5 s; a list that comes later is reported through `onVoicesChanged`.
 * - `bestEngine`: chrome.tts where it exists, speechSynthesis otherwise, null when there is neither.
 */
import { VOICE_LIST_TIMEOUT_MS, type SpeakOptions, type SpeakResult, type SpeechEngine, type Voice } from '../speech/driver';
import type { NoVoiceReason } from '../speech/voices';

// ───────────────────────────── chrome.tts ─────────────────────────────

/** The part of `chrome.tts` used here (structural, so tests can pass a fake). */
export interface ChromeTtsLike {
  speak(
    utterance: string,
    options: {
      lang?: string;
      rate?: number;
      voiceName?: string;
      extensionId?: string;
      enqueue?: boolean;
      onEvent?: (event: { type: string; errorMessage?: string }) => void;
    },
    callback?: () => void,
  ): unknown;
  stop(): void;
  getVoices(callback: (voices: ChromeTtsVoice[]) => void): unknown;
}
export interface ChromeTtsVoice {
  voiceName?: string;
  lang?: string;
  remote?: boolean;
  extensionId?: string;
}
export interface ChromeRuntimeLike {
  lastError?: { message?: string } | undefined;
}

const fromTts = (v: ChromeTtsVoice): Voice => ({
  name: v.voiceName!,
  lang: v.lang ?? '',
  // on this machine only when the engine says so: `remote` missing or anything but false counts as online
  localService: v.remote === false,
  ...(v.extensionId ? { engine: v.extensionId } : {}),
});
const sameVoice = (a: Voice, b: Voice) => a.name === b.name && a.lang === b.lang && a.localService === b.localService && a.engine === b.engine;

/** Something that says when the voice list changes (the page's speechSynthesis shares chrome.tts's voices). */
export interface VoicesChangedSource {
  addEventListener?(type: 'voiceschanged', fn: () => void): void;
  removeEventListener?(type: 'voiceschanged', fn: () => void): void;
}

export function chromeTtsEngine(tts: ChromeTtsLike, runtime?: ChromeRuntimeLike, changes?: VoicesChangedSource): SpeechEngine {
  const list = (): Promise<Voice[]> =>
    new Promise((resolve) => {
      try {
        tts.getVoices((voices) => resolve((voices ?? []).filter((v) => v.voiceName).map(fromTts)));
      } catch {
        resolve([]);
      }
    });
  return {
    voices: list,
    onVoicesChanged(listener) {
      changes?.addEventListener?.('voiceschanged', listener);
      return () => changes?.removeEventListener?.('voiceschanged', listener);
    },
    async speak(text: string, { voice, rate }: SpeakOptions): Promise<SpeakResult> {
      // never without a voice, and never with one that is no longer there as it was listed
      if (!voice || !voice.localService) return 'error';
      if (!(await list()).some((v) => sameVoice(v, voice))) return 'error';
      return new Promise((resolve) => {
        let settled = false;
        const done = (r: SpeakResult) => {
          if (!settled) {
            settled = true;
            resolve(r);
          }
        };
        try {
          tts.speak(
            text,
            {
              voiceName: voice.name,
              ...(voice.engine ? { extensionId: voice.engine } : {}),
              lang: voice.lang,
              rate,
              enqueue: false,
              onEvent: (e) => {
                if (e.type === 'end') done('end');
                else if (e.type === 'interrupted' || e.type === 'cancelled') done('interrupted');
                else if (e.type === 'error') done('error');
              },
            },
            () => {
              if (runtime?.lastError) done('error');
            },
          );
        } catch {
          done('error');
        }
      });
    },
    cancel() {
      tts.stop();
    },
  };
}

// ───────────────────────────── speechSynthesis ─────────────────────────────

interface SynthVoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}
interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: SynthVoiceLike | null;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: { error?: string }) => void) | null;
}
interface SynthLike {
  readonly speaking: boolean;
  readonly pending: boolean;
  readonly paused: boolean;
  getVoices(): SynthVoiceLike[];
  speak(u: UtteranceLike): void;
  cancel(): void;
  resume(): void;
  addEventListener?(type: 'voiceschanged', fn: () => void): void;
  removeEventListener?(type: 'voiceschanged', fn: () => void): void;
}
/** What `webSpeechEngine` needs of a window (structural, so tests can pass a fake). */
export interface WebSpeechHost {
  speechSynthesis: SynthLike;
  SpeechSynthesisUtterance: new (text: string) => UtteranceLike;
  setTimeout(fn: () => void, ms: number): unknown;
}

const toVoice = (v: SynthVoiceLike): Voice => ({ name: v.name, lang: v.lang, localService: v.localService === true, default: v.default });

export function webSpeechEngine(host: WebSpeechHost = window as unknown as WebSpeechHost): SpeechEngine {
  const synth = host.speechSynthesis;
  const live = new Set<UtteranceLike>();
  let generation = 0;
  const later = (fn: () => void, ms: number) => host.setTimeout(fn, ms);
  return {
    voices() {
      const now = synth.getVoices();
      if (now.length) return Promise.resolve(now.map(toVoice));
      return new Promise((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          synth.removeEventListener?.('voiceschanged', finish);
          resolve(synth.getVoices().map(toVoice));
        };
        synth.addEventListener?.('voiceschanged', finish);
        later(finish, VOICE_LIST_TIMEOUT_MS);
      });
    },
    onVoicesChanged(listener) {
      synth.addEventListener?.('voiceschanged', listener);
      return () => synth.removeEventListener?.('voiceschanged', listener);
    },
    async speak(text: string, { voice, rate }: SpeakOptions): Promise<SpeakResult> {
      // never without a voice, and never with one that is not (or no longer) on this machine
      const named = voice ? synth.getVoices().find((v) => v.name === voice.name && v.lang === voice.lang && v.localService === true) : undefined;
      if (!voice || !named) return 'error';
      const gen = generation;
      if (synth.speaking || synth.pending || synth.paused) {
        // a stalled engine can report `speaking` for ever; clear it, and give it a moment before the next speak
        synth.cancel();
        if (synth.paused) synth.resume();
        await new Promise<void>((r) => later(r, 30));
        if (gen !== generation) return 'interrupted';
      }
      return new Promise<SpeakResult>((resolve) => {
        const u = new host.SpeechSynthesisUtterance(text);
        u.voice = named;
        u.lang = named.lang;
        u.rate = rate;
        const done = (r: SpeakResult) => {
          if (!live.delete(u)) return;
          resolve(r);
        };
        u.onend = () => done('end');
        u.onerror = (e) => done(e?.error === 'interrupted' || e?.error === 'canceled' ? 'interrupted' : 'error');
        live.add(u);
        try {
          synth.speak(u);
        } catch {
          done('error');
        }
      });
    },
    cancel() {
      generation++;
      synth.cancel();
    },
  };
}

// ───────────────────────────── choice ─────────────────────────────

interface SpeechHost {
  chrome?: { tts?: ChromeTtsLike; runtime?: ChromeRuntimeLike };
  speechSynthesis?: unknown;
  SpeechSynthesisUtterance?: unknown;
}

/** chrome.tts where the browser has it (Chrome/Edge with the `tts` permission), speechSynthesis otherwise. */
export function bestEngine(host: unknown = globalThis): SpeechEngine | null {
  const h = host as SpeechHost;
  if (h.chrome?.tts && typeof h.chrome.tts.speak === 'function') {
    return chromeTtsEngine(h.chrome.tts, h.chrome.runtime, h.speechSynthesis as VoicesChangedSource | undefined);
  }
  if (h.speechSynthesis && typeof h.SpeechSynthesisUtterance === 'function') return webSpeechEngine(host as WebSpeechHost);
  return null;
}

// ───────────────────────────── no German voice ─────────────────────────────

export type Platform = 'windows' | 'mac' | 'linux' | 'chromeos' | 'other';

export function detectPlatform(nav: { userAgent?: string; platform?: string; userAgentData?: { platform?: string } } | undefined =
  (globalThis as { navigator?: { userAgent?: string; platform?: string; userAgentData?: { platform?: string } } }).navigator): Platform {
  const s = `${nav?.userAgentData?.platform ?? ''} ${nav?.platform ?? ''} ${nav?.userAgent ?? ''}`.toLowerCase();
  if (/cros|chrome os|chromeos/.test(s)) return 'chromeos';
  if (/win/.test(s)) return 'windows';
  if (/mac/.test(s)) return 'mac';
  if (/linux|x11/.test(s)) return 'linux';
  return 'other';
}

/** How to install a German voice, per system, in plain German. */
export const INSTALL_STEPS: Record<Exclude<Platform, 'other'>, string> = {
  windows:
    'Windows: Einstellungen → Zeit und Sprache → Sprache (und Region) → Deutsch → Sprachoptionen → bei „Sprachausgabe“ herunterladen.',
  mac: 'macOS: Systemeinstellungen → Bedienungshilfen → Gesprochene Inhalte → Systemstimme → Stimmen verwalten → eine deutsche Stimme laden.',
  linux: 'Linux: die Pakete „speech-dispatcher“ und „espeak-ng“ installieren (zum Beispiel: sudo apt install speech-dispatcher espeak-ng).',
  chromeos: 'ChromeOS: Einstellungen → Bedienungshilfen → Text-in-Sprache → Sprachausgabe-Stimmen → eine deutsche Stimme auswählen.',
};

/** The first sentence, said once when a round starts without a voice. */
export const NO_VOICE_HEADLINE = 'Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor.';

/**
 * The message when there is no German voice Klarplan may use (speech/voices.ts `noVoiceReason`): the headline, why
 * (none at all, only online voices, only another extension's engine), how to install one on this system, and
 * that the round goes on point by point. Paragraphs are separated by a blank line.
 */
export function noGermanVoiceMessage(platform: Platform = detectPlatform(), reason: NoVoiceReason = 'none', engineVoices: readonly string[] = []): string {
  const why =
    reason === 'online-only'
      ? 'Für Deutsch gibt es hier nur Online-Stimmen. Sie würden den Text des Plans an ihren Anbieter schicken – Klarplan nimmt sie nie.'
      : reason === 'other-engine'
        ? `Die deutsche Stimme ${engineVoices.map((n) => `„${n}“`).join(', ') || 'hier'} kommt von einer anderen Erweiterung. ` +
          'Klarplan gibt den Plan keiner anderen Erweiterung, außer Ihre Verwaltung erlaubt sie ausdrücklich (Richtlinie „speechEngines“).'
        : 'Klarplan spricht nur mit einer Stimme, die auf diesem Computer selbst läuft; hier ist keine eingerichtet.';
  const steps = platform === 'other' ? Object.values(INSTALL_STEPS) : [INSTALL_STEPS[platform]];
  return [
    NO_VOICE_HEADLINE,
    why,
    'So kommt eine deutsche Stimme dazu – kostenlos und ohne Internet beim Vorlesen:\n' + steps.join('\n'),
    'Danach den Browser neu starten. Auf Dienstrechnern übernimmt das meist die IT. Bis dahin geht das Vorlesen trotzdem Punkt für ' +
      'Punkt: Klarplan zeigt, was gerade dran ist, und wartet nach jedem Punkt auf die Antwort.',
  ].join('\n\n');
}
