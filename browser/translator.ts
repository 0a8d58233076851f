/**
 * Glue to the browser's built-in on-device translator (Chrome 138+ on the desktop: the `Translator` and
 * `LanguageDetector` globals of an extension page) and to where its setting lives: the case worker's choice in
 * storage.local (`klarplan.translation`: `{ enabled }`, nothing else), the administrator's in managed storage
 * (`translation`). The logic is translation/session.ts; this file only finds the objects.
 */
import { MANAGED_SPEECH_ENGINES_KEY, MANAGED_TRANSLATION_KEY, readManagedSpeechEngines, readManagedTranslation } from '../checker/settings';
import { readTranslationChoice, TRANSLATION_SETTING_KEY, translationSetting, type TranslationApi, type TranslationSetting } from '../translation/session';
import type { VoicePolicy } from '../speech/voices';

/** The page's Translator and LanguageDetector, or null where the browser has no Translator (Firefox, older Chrome). */
export function pageTranslationApi(host: unknown = globalThis): TranslationApi | null {
  const h = host as TranslationApi | null | undefined;
  const T = h?.Translator as unknown;
  if (!T || (typeof T !== 'function' && typeof T !== 'object')) return null;
  return { Translator: h!.Translator!, ...(h!.LanguageDetector ? { LanguageDetector: h!.LanguageDetector } : {}) };
}

type Area = { get(key: string): Promise<Record<string, unknown>> };
/** The storage the settings are read from (structural, so component tests can pass one held in memory). */
export interface SettingsStorageLike {
  local?: Area & { set(items: Record<string, unknown>): Promise<void> };
  managed?: Area;
  onChanged?: {
    addListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

async function value(area: Area | undefined, key: string): Promise<unknown> {
  try {
    return (await area?.get(key))?.[key];
  } catch {
    return undefined; // no policy, or a browser without managed storage
  }
}

/** The setting as it applies: the administrator's value wins over the case worker's; off by default. */
export async function readTranslationSetting(storage: SettingsStorageLike | undefined): Promise<TranslationSetting> {
  const [user, managed] = await Promise.all([value(storage?.local, TRANSLATION_SETTING_KEY), value(storage?.managed, MANAGED_TRANSLATION_KEY)]);
  return translationSetting(readTranslationChoice(user), readManagedTranslation(managed));
}

/** Stores the case worker's choice (only `{ enabled }`). */
export async function saveTranslationChoice(storage: SettingsStorageLike | undefined, enabled: boolean): Promise<void> {
  await storage?.local?.set({ [TRANSLATION_SETTING_KEY]: { enabled } });
}

/** The administrator's allowed speech engines (managed `speechEngines`), for reading aloud. */
export async function readVoicePolicy(storage: SettingsStorageLike | undefined): Promise<VoicePolicy> {
  return { allowedEngines: readManagedSpeechEngines(await value(storage?.managed, MANAGED_SPEECH_ENGINES_KEY)) };
}

/** Calls back when the translation setting changes (here or in another Klarplan page). */
export function onTranslationSettingChanged(storage: SettingsStorageLike | undefined, callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && TRANSLATION_SETTING_KEY in changes) || (area === 'managed' && MANAGED_TRANSLATION_KEY in changes)) callback();
  };
  storage?.onChanged?.addListener(listener);
  return () => storage?.onChanged?.removeListener(listener);
}
