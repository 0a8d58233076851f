/**
 * The browser's speech engines behind speech/driver.ts's small `SpeechEngine` interface, and the message
 * shown when no German voice is installed. Kept thin: time-outs, chunking and the round live in speech/.
 *
 * - `chromeTtsEngine`: `chrome.tts` (Chrome/Edge; needs the `tts` permission, Chrome manifest only).
 * - `webSpeechEngine`: `speechSynthesis` (Firefox, and Chrome without `chrome.tts`). Cancels before speaking to
 *   clear a `speaking` flag stuck after a stall, keeps a reference to each utterance (Chrome drops the events of
 *   utterances that were garbage-collected), and waits for `voiceschanged` at most 1.5 s.
 * - `bestEngine`: chrome.tts where it exists, speechSynthesis otherwise, null when there is neither.
 */
import { VOICE_LIST_TIMEOUT_MS, type SpeakOptions, type SpeakResult, type SpeechEngine, type Voice } from '../speech/driver';

// ───────────────────────────── chrome.tts ─────────────────────────────

/** The part of `chrome.tts` used here (structural, so tests can pass a fake). */
export interface ChromeTtsLike {
  speak(
    utterance: string,
    options: {
      lang?: string;
      rate?: number;
      voiceName?: string;
      enqueue?: boolean;
      onEvent?: (event: { type: string; errorMessage?: string }) => void;
    },
    callback?: () => void,
  ): unknown;
  stop(): void;
  getVoices(callback: (voices: Array<{ voiceName?: string; lang?: string; remote?: boolean }>) => void): unknown;
}
export interface ChromeRuntimeLike {
  lastError?: { message?: string } | undefined;
}

export function chromeTtsEngine(tts: ChromeTtsLike, runtime?: ChromeRuntimeLike): SpeechEngine {
  return {
    voices() {
      return new Promise((resolve) => {
        try {
          tts.getVoices((list) => {
            resolve(
              (list ?? [])
                .filter((v) => v.voiceName)
                .map((v) => ({ name: v.voiceName!, lang: v.lang ?? '', localService: v.remote !== true })),
            );
          });
        } catch {
          resolve([]);
        }
      });
    },
    speak(text: string, { voice, rate, lang }: SpeakOptions): Promise<SpeakResult> {
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
              lang: voice?.lang || lang,
              rate,
              ...(voice ? { voiceName: voice.name } : {}),
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

const toVoice = (v: SynthVoiceLike): Voice => ({ name: v.name, lang: v.lang, localService: v.localService, default: v.default });

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
    async speak(text: string, { voice, rate, lang }: SpeakOptions): Promise<SpeakResult> {
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
        u.lang = voice?.lang || lang;
        u.rate = rate;
        if (voice) u.voice = synth.getVoices().find((v) => v.name === voice.name) ?? null;
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
  if (h.chrome?.tts && typeof h.chrome.tts.speak === 'function') return chromeTtsEngine(h.chrome.tts, h.chrome.runtime);
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

/**
 * The panel's message when there is no German voice on this machine (`germanVoiceState(voices)` is 'none'
 * or 'online-only'). Paragraphs are separated by a blank line.
 */
export function noGermanVoiceMessage(platform: Platform = detectPlatform(), state: 'none' | 'online-only' = 'none'): string {
  const first =
    state === 'online-only'
      ? 'Auf diesem Computer gibt es für Deutsch nur eine Online-Stimme. Sie würde den Text des Plans an ihren Anbieter schicken. ' +
        'Klarplan nimmt sie deshalb nur, wenn Sie sie unten selbst auswählen.'
      : 'Auf diesem Computer ist keine deutsche Stimme eingerichtet. Darum kann Klarplan den Plan nicht auf Deutsch vorlesen.';
  const steps = platform === 'other' ? Object.values(INSTALL_STEPS) : [INSTALL_STEPS[platform]];
  return [
    first,
    'So kommt eine deutsche Stimme dazu – kostenlos und ohne Internet beim Vorlesen:\n' + steps.join('\n'),
    'Danach den Browser neu starten. Auf Dienstrechnern übernimmt das meist die IT. Bis dahin können Sie den Plan selbst vorlesen: ' +
      'Klarplan zeigt Punkt für Punkt, was gerade dran ist.',
  ].join('\n\n');
}
