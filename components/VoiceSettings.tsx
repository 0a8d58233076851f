/**
 * Voice and speed of "Vorlesen", and what the panel says when there is no voice it may use. Only voices on this
 * machine are offered (speech/voices.ts); the voices left out are counted in a plain note, so nobody wonders
 * where "Google Deutsch" went.
 */
import { noGermanVoiceMessage, type Platform } from '../browser/speech-engines';
import { SPEECH_RATES, type SpeechSettings } from '../speech/driver';
import { voiceLabel } from '../speech/views';
import { excludedVoices, isGermanVoice, usableVoices, type NoVoiceReason, type Voice, type VoicePolicy } from '../speech/voices';

export interface VoiceSettingsProps {
  /** The engine's voices (null: still loading). */
  voices: Voice[] | null;
  policy: VoicePolicy;
  settings: SpeechSettings;
  /** false: this browser has no speech at all. */
  hasEngine: boolean;
  advice: NoVoiceReason | null;
  platform: Platform;
  /** false while a round runs: then the round says it once, at its start (ReadingPoint). */
  showAdvice: boolean;
  onChange: (next: SpeechSettings) => void;
}

/** The message for a browser without speech, or without a voice Klarplan may use ('' when there is one). */
export function noVoiceText(hasEngine: boolean, voices: Voice[] | null, policy: VoicePolicy, advice: NoVoiceReason | null, platform: Platform): string {
  if (!hasEngine) {
    return 'Dieser Browser hat keine Sprachausgabe – bitte lesen Sie selbst vor. Klarplan zeigt Punkt für Punkt, was gerade dran ist, und wartet nach jedem Punkt auf die Antwort.';
  }
  if (voices === null || !advice) return '';
  const left = excludedVoices(voices, policy);
  return noGermanVoiceMessage(platform, advice, left.otherEngine.filter(isGermanVoice).map((v) => v.name));
}

/** Paragraphs (blank line) and lines (newline) of a message. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split('\n\n').map((para, i) => (
        <p key={i}>
          {para.split('\n').map((line, k) => (
            <span key={k}>
              {k > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

export function VoiceSettings({ voices, policy, settings, hasEngine, advice, platform, showAdvice, onChange }: VoiceSettingsProps) {
  const usable = usableVoices(voices ?? [], policy);
  const german = usable.filter(isGermanVoice);
  const other = usable.filter((v) => !isGermanVoice(v));
  const left = excludedVoices(voices ?? [], policy);
  const voiceValue = usable.some((v) => v.name === settings.voice) ? settings.voice! : '';
  const rateOptions = SPEECH_RATES.some((r) => r.rate === settings.rate) ? SPEECH_RATES : [...SPEECH_RATES, { rate: settings.rate, label: `eigenes Tempo (${settings.rate})` }];
  const noSpeech = showAdvice ? noVoiceText(hasEngine, voices, policy, advice, platform) : '';
  const leftOut = [
    left.online ? `${left.online === 1 ? 'eine Online-Stimme' : `${left.online} Online-Stimmen`} (sie schicken den Text an ihren Anbieter)` : '',
    left.otherEngine.length ? `${left.otherEngine.map((v) => `„${v.name}“`).join(', ')} von einer anderen Erweiterung (nur mit Freigabe Ihrer Verwaltung)` : '',
  ].filter(Boolean);

  return (
    <>
      {noSpeech && (
        <div className="note voice-advice">
          <Paragraphs text={noSpeech} />
        </div>
      )}
      <fieldset className="voice-settings">
        <legend>Stimme und Tempo</legend>
        <label>
          Stimme{' '}
          <select value={voiceValue} onChange={(e) => onChange({ ...settings, voice: e.target.value || null })} disabled={!usable.length}>
            <option value="">
              {voices === null ? 'Stimmen werden gesucht …' : german.length ? 'Automatisch: deutsche Stimme auf diesem Computer' : 'Keine deutsche Stimme auf diesem Computer'}
            </option>
            {german.length > 0 && (
              <optgroup label="Deutsch">
                {german.map((v) => (
                  <option key={`${v.engine ?? ''}|${v.name}`} value={v.name}>
                    {voiceLabel(v)}
                  </option>
                ))}
              </optgroup>
            )}
            {other.length > 0 && (
              <optgroup label="Andere Sprachen">
                {other.map((v) => (
                  <option key={`${v.engine ?? ''}|${v.name}`} value={v.name}>
                    {voiceLabel(v)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>{' '}
        <label>
          Tempo{' '}
          <select value={String(settings.rate)} onChange={(e) => onChange({ ...settings, rate: Number(e.target.value) })} disabled={!usable.length}>
            {rateOptions.map((r) => (
              <option key={r.rate} value={String(r.rate)}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        {leftOut.length > 0 && <p className="hint voices-left-out">Nicht angeboten: {leftOut.join('; ')}.</p>}
      </fieldset>
    </>
  );
}
