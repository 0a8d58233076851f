/**
 * Which voice may speak the plan. Only a voice known to be on this machine, ever: an online voice sends the text
 * to its provider, and a voice of another extension's speech engine hands the plan to that extension — unless an
 * administrator allowed that engine (managed storage, `speechEngines`; checker/settings.ts). Without such a voice
 * nothing is spoken: the round goes on for the case worker to read out (speech/views.ts `silentEngine`).
 *
 * "Known to be on this machine": `chrome.tts` reports `remote === false`, `speechSynthesis` `localService === true`
 * (browser/speech-engines.ts maps both to `localService`; anything else — missing, undefined — counts as online).
 * Pure.
 */

export interface Voice {
  /** The engine's name for the voice (chrome.tts voiceName, SpeechSynthesisVoice.name); what is remembered. */
  name: string;
  /** BCP 47, e.g. "de-DE". */
  lang: string;
  /** True only when the voice is known to run on this machine; false for online voices and when unknown. */
  localService: boolean;
  /** The id of the extension whose speech engine provides the voice (chrome.tts); absent for the system's own. */
  engine?: string;
  default?: boolean;
}

/** What an administrator allows beyond the system's own voices. */
export interface VoicePolicy {
  /** Extension ids whose speech engines Klarplan may use (managed storage `speechEngines`). */
  allowedEngines: readonly string[];
}
export const NO_ENGINES: VoicePolicy = { allowedEngines: [] };

export type Exclusion = 'online' | 'other-engine';

/** Why a voice may not speak the plan; null when it may. */
export function exclusion(v: Voice, policy: VoicePolicy = NO_ENGINES): Exclusion | null {
  if (v.localService !== true) return 'online';
  if (v.engine && !policy.allowedEngines.includes(v.engine)) return 'other-engine';
  return null;
}

export const usableVoices = (voices: readonly Voice[], policy: VoicePolicy = NO_ENGINES): Voice[] =>
  voices.filter((v) => exclusion(v, policy) === null);

/** The primary language subtag, lower case: "de" for "de-AT", "ar" for "ar_EG". */
export const primaryLanguage = (lang: string): string => lang.split(/[-_]/)[0]!.toLowerCase();

/** Does the voice speak this language (by its primary subtag)? */
export const speaksLanguage = (v: Voice, lang: string): boolean => !!v.lang && primaryLanguage(v.lang) === primaryLanguage(lang);

export const isGermanVoice = (v: Voice): boolean => speaksLanguage(v, 'de');

/** Rank for the picker and the automatic choice: German first (de-DE before de-AT/de-CH), the default first. */
function rank(v: Voice): number {
  const german = isGermanVoice(v) ? 0 : 1;
  const region = /^de[-_]de$/i.test(v.lang) ? 0 : 1;
  return german * 100 + region * 2 + (v.default ? 0 : 1);
}

/** German voices first, then by name. */
export function sortVoices(voices: readonly Voice[]): Voice[] {
  return [...voices].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'de'));
}

/**
 * The voice to use: the remembered one when it is still there and allowed; otherwise the best allowed voice for
 * `lang` (German by default). null: none.
 */
export function pickVoice(voices: readonly Voice[], remembered?: string | null, policy: VoicePolicy = NO_ENGINES, lang = 'de'): Voice | null {
  const usable = usableVoices(voices, policy);
  if (remembered) {
    const hit = usable.find((v) => v.name === remembered && speaksLanguage(v, lang)) ?? (primaryLanguage(lang) === 'de' ? usable.find((v) => v.name === remembered) : undefined);
    if (hit) return hit;
  }
  return sortVoices(usable.filter((v) => speaksLanguage(v, lang)))[0] ?? null;
}

/** Why there is no voice: none for the language at all, only online ones, or only other extensions' engines. */
export type NoVoiceReason = 'none' | 'online-only' | 'other-engine';

export interface VoiceDecision {
  /** The voice to pass to the driver; null: nothing is spoken. */
  voice: Voice | null;
  canSpeak: boolean;
  /** Set when there is no allowed German voice (show `noGermanVoiceMessage(platform, advice)`). */
  advice: NoVoiceReason | null;
}

/** Why no allowed voice for `lang` exists among `voices` (null: one exists). */
export function noVoiceReason(voices: readonly Voice[], policy: VoicePolicy = NO_ENGINES, lang = 'de'): NoVoiceReason | null {
  const forLang = voices.filter((v) => speaksLanguage(v, lang));
  if (forLang.some((v) => exclusion(v, policy) === null)) return null;
  if (forLang.some((v) => exclusion(v, policy) === 'other-engine')) return 'other-engine';
  return forLang.length ? 'online-only' : 'none';
}

/**
 * What to do with the voices the engine reported. An empty list (none, or it did not arrive in time) means no
 * voice: nothing is spoken — the browser would otherwise pick any voice, possibly an online one.
 */
export function decideVoice(voices: readonly Voice[], remembered?: string | null, policy: VoicePolicy = NO_ENGINES): VoiceDecision {
  const advice = noVoiceReason(voices, policy);
  const voice = pickVoice(voices, remembered, policy);
  return { voice, canSpeak: voice !== null, advice };
}

/** The voices left out of the picker, for a plain note: how many online, which of other extensions. */
export function excludedVoices(voices: readonly Voice[], policy: VoicePolicy = NO_ENGINES): { online: number; otherEngine: Voice[] } {
  return {
    online: voices.filter((v) => exclusion(v, policy) === 'online').length,
    otherEngine: voices.filter((v) => exclusion(v, policy) === 'other-engine'),
  };
}
