/**
 * Translating the client view on the machine, with the browser's built-in on-device Translator API (Chrome 138+,
 * desktop) and its Language Detector — and nothing else: there is no other translator in Klarplan, and never an
 * online one. The API is passed in (browser/translator.ts hands over the page's `Translator` and
 * `LanguageDetector`; tests a fake), so this file is plain logic:
 *
 * - feature detection: the API is there, and for at least one of the client's languages the pair German → that
 *   language is not "unavailable" (a browser without the API, a build without its models, a browser whose
 *   administrator forbids it: nothing is offered);
 * - the setting: off until the case worker turns it on; an administrator's `translation` (managed storage) forces it
 *   off or on;
 * - a point's translation: facts protected (translation/facts.ts), the Language Detector asked whether the text is
 *   already in the client's language, the result checked before it is shown.
 * Nothing is stored: translations live in the page's memory only.
 */
import { protectFacts, restoreFacts, type Segment } from './facts';
import { CLIENT_LANGUAGES, SOURCE_LANGUAGE, type ClientLanguage } from './languages';

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
const AVAILABILITIES: readonly string[] = ['unavailable', 'downloadable', 'downloading', 'available'];

export interface DownloadMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}
export interface TranslatorLike {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
export interface TranslatorFactoryLike {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string | null>;
  create(options: { sourceLanguage: string; targetLanguage: string; monitor?: (m: DownloadMonitorLike) => void; signal?: AbortSignal }): Promise<TranslatorLike>;
}
export interface LanguageDetectorLike {
  detect(input: string): Promise<Array<{ detectedLanguage?: string; confidence?: number }>>;
  destroy?(): void;
}
export interface LanguageDetectorFactoryLike {
  availability(options?: object): Promise<string | null>;
  create(options?: object): Promise<LanguageDetectorLike>;
}
/** What the page offers (structural: the real globals, or a fake in tests). */
export interface TranslationApi {
  Translator?: TranslatorFactoryLike;
  LanguageDetector?: LanguageDetectorFactoryLike;
}

/** The API is there at all (the first half of feature detection; the second is `offeredLanguages`). */
export function hasTranslator(api: TranslationApi | null | undefined): api is TranslationApi & { Translator: TranslatorFactoryLike } {
  return typeof api?.Translator?.availability === 'function' && typeof api.Translator.create === 'function';
}

const withTimeout = <T>(p: Promise<T>, ms: number, fallback: T): Promise<T> =>
  new Promise((resolve) => {
    const t = setTimeout(() => resolve(fallback), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, () => { clearTimeout(t); resolve(fallback); });
  });

export interface OfferedLanguage extends ClientLanguage {
  /** 'available': ready; 'downloadable': the browser must fetch a language pack first (asked before); 'downloading'. */
  availability: Exclude<Availability, 'unavailable'>;
}

/**
 * The client's languages the browser can translate German into, in the order of CLIENT_LANGUAGES. Empty when the
 * API is missing, forbidden, fails or answers nothing in time: then nothing is offered.
 */
export async function offeredLanguages(api: TranslationApi | null | undefined, candidates: readonly ClientLanguage[] = CLIENT_LANGUAGES, timeoutMs = 3000): Promise<OfferedLanguage[]> {
  if (!hasTranslator(api)) return [];
  const answers = await Promise.all(
    candidates.map((l) => {
      let asked: Promise<string | null>;
      try {
        asked = Promise.resolve(api.Translator.availability({ sourceLanguage: SOURCE_LANGUAGE, targetLanguage: l.code }));
      } catch {
        asked = Promise.resolve(null);
      }
      return withTimeout(asked, timeoutMs, null);
    }),
  );
  return candidates.flatMap((l, i) => {
    const a = answers[i];
    return typeof a === 'string' && AVAILABILITIES.includes(a) && a !== 'unavailable' ? [{ ...l, availability: a as OfferedLanguage['availability'] }] : [];
  });
}

/** storage.local key of the case worker's choice: `{ enabled: boolean }` — never any plan text or translation. */
export const TRANSLATION_SETTING_KEY = 'klarplan.translation';

/** The case worker's stored choice (null: never chosen). */
export function readTranslationChoice(raw: unknown): boolean | null {
  const enabled = raw && typeof raw === 'object' ? (raw as { enabled?: unknown }).enabled : undefined;
  return typeof enabled === 'boolean' ? enabled : null;
}

export interface TranslationSetting {
  enabled: boolean;
  /** Set by the administrator (managed `translation`): shown locked. */
  locked: boolean;
}
/** Off by default; the administrator's value wins over the case worker's. */
export function translationSetting(user: boolean | null, managed: boolean | null): TranslationSetting {
  if (managed !== null) return { enabled: managed, locked: true };
  return { enabled: user === true, locked: false };
}

/**
 * Creates the translator for German → `lang`. When the browser must fetch the language pack this starts the
 * download — call it only after the case worker agreed (and from that click: the API wants a user activation).
 * `onProgress` gets the share downloaded (0–1).
 */
export function openTranslator(api: TranslationApi & { Translator: TranslatorFactoryLike }, lang: string, onProgress?: (loaded: number) => void, signal?: AbortSignal): Promise<TranslatorLike> {
  return api.Translator.create({
    sourceLanguage: SOURCE_LANGUAGE,
    targetLanguage: lang,
    ...(onProgress ? { monitor: (m: DownloadMonitorLike) => m.addEventListener('downloadprogress', (e) => onProgress(Math.max(0, Math.min(1, Number(e.loaded) || 0)))) } : {}),
    ...(signal ? { signal } : {}),
  });
}

/** The Language Detector, when it is ready without a download (it is only a check; Klarplan never fetches it). */
export async function openDetector(api: TranslationApi | null | undefined): Promise<LanguageDetectorLike | null> {
  const f = api?.LanguageDetector;
  if (typeof f?.availability !== 'function' || typeof f.create !== 'function') return null;
  try {
    return (await f.availability()) === 'available' ? await f.create() : null;
  } catch {
    return null;
  }
}

export type TextTranslation =
  | { kind: 'translated'; segments: Segment[]; plain: string }
  /** The text is already in the client's language (the Language Detector is sure): shown as it is. */
  | { kind: 'same' }
  /** A fact would not have survived: not shown. */
  | { kind: 'unsafe' }
  | { kind: 'failed' };

export const SAME_LANGUAGE_CONFIDENCE = 0.9;

/** One text (a point, a heading, an open point's wording) in the client's language, facts protected and checked. */
export async function translateText(translator: TranslatorLike, text: string, lang: string, detector?: LanguageDetectorLike | null): Promise<TextTranslation> {
  const { masked, facts } = protectFacts(text);
  if (detector) {
    try {
      const top = (await detector.detect(masked))[0];
      const primary = (s: string) => s.split('-')[0]!.toLowerCase();
      if (top?.detectedLanguage && primary(top.detectedLanguage) === primary(lang) && (top.confidence ?? 0) >= SAME_LANGUAGE_CONFIDENCE) return { kind: 'same' };
    } catch {
      // no answer: translate as usual
    }
  }
  let out: string;
  try {
    // nothing but facts and punctuation: there is nothing to translate
    out = /\p{L}/u.test(masked.replace(/\[\d+\]/g, '')) ? await translator.translate(masked) : masked;
  } catch {
    return { kind: 'failed' };
  }
  if (typeof out !== 'string') return { kind: 'failed' };
  const restored = restoreFacts(text, out, facts);
  return restored.ok ? { kind: 'translated', segments: restored.segments, plain: restored.plain } : { kind: 'unsafe' };
}
