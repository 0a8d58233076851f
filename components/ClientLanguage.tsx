/**
 * The client's language in the client view and the print view: the choice ("Sprache der Kundin / des Kunden"), the
 * question before the browser fetches a language pack, its progress, and each text in that language under the
 * German one, marked "Maschinelle Übersetzung – verbindlich ist der deutsche Text" in both languages, laid out in
 * its own direction (right to left for Arabic and Farsi/Dari; facts isolated so they stay whole). Read aloud only
 * where a voice for that language is on this machine (speech/voices.ts, as for Vorlesen).
 *
 * Offered only when the case worker (or the administrator) turned it on and the browser's on-device translator can
 * translate German into at least one of the languages (translation/session.ts); otherwise nothing of it shows.
 * Translations live in this page's memory only.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { extensionApi } from '../browser/extension-api';
import { bestEngine } from '../browser/speech-engines';
import { loadLanguage } from '../checker/checker';
import { onTranslationSettingChanged, pageTranslationApi, readTranslationSetting, readVoicePolicy, type SettingsStorageLike } from '../browser/translator';
import { loadVoices, type SpeechEngine } from '../speech/driver';
import { pickVoice, type Voice } from '../speech/voices';
import { clientLanguage, TRANSLATION_NOTICE, type ClientLanguage } from '../translation/languages';
import {
  hasTranslator, offeredLanguages, openDetector, openTranslator, translateText, type LanguageDetectorLike, type OfferedLanguage, type TextTranslation,
  type TranslationApi, type TranslationSetting, type TranslatorLike,
} from '../translation/session';

/** What the views use (tests pass fakes; by default the extension's storage, the page's Translator, chrome.tts/speechSynthesis). */
export interface TranslationDeps {
  storage?: SettingsStorageLike | null;
  translationApi?: TranslationApi | null;
  engine?: SpeechEngine | null;
}

export type LanguagePhase = 'none' | 'ask' | 'downloading' | 'ready' | 'error';

export interface ClientTranslation {
  setting: TranslationSetting;
  /** The languages offered (empty: the choice is not shown). */
  offered: OfferedLanguage[];
  language: ClientLanguage | null;
  phase: LanguagePhase;
  /** Share of the language pack downloaded (0–1), while `phase` is 'downloading'. */
  progress: number;
  choose(code: string): void;
  /** The case worker agreed to the download (call from the click). */
  consent(): void;
  decline(): void;
  /** The translation of `text`, once there ('pending' while it is being made; undefined: not asked for). */
  get(text: string): TextTranslation | 'pending' | undefined;
  request(text: string): void;
}

export function useClientTranslation(deps: TranslationDeps = {}): ClientTranslation {
  const storage = useMemo(() => (deps.storage === undefined ? (extensionApi<{ storage?: SettingsStorageLike }>()?.storage ?? null) : deps.storage), [deps.storage]);
  const api = useMemo(() => (deps.translationApi === undefined ? pageTranslationApi() : deps.translationApi), [deps.translationApi]);
  const [setting, setSetting] = useState<TranslationSetting>({ enabled: false, locked: false });
  const [offered, setOffered] = useState<OfferedLanguage[]>([]);
  const [code, setCode] = useState('');
  const [phase, setPhase] = useState<LanguagePhase>('none');
  const [progress, setProgress] = useState(0);
  const [results, setResults] = useState<ReadonlyMap<string, TextTranslation | 'pending'>>(new Map());
  const translator = useRef<TranslatorLike | null>(null);
  const detector = useRef<LanguageDetectorLike | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    let live = true;
    const load = () => void readTranslationSetting(storage ?? undefined).then((s) => live && setSetting(s));
    load();
    const stop = onTranslationSettingChanged(storage ?? undefined, load);
    return () => {
      live = false;
      stop();
    };
  }, [storage]);

  const reset = useCallback(() => {
    generation.current++;
    translator.current?.destroy?.();
    translator.current = null;
    setResults(new Map());
    setProgress(0);
  }, []);

  useEffect(() => {
    let live = true;
    if (setting.enabled && hasTranslator(api)) void offeredLanguages(api).then((l) => live && setOffered(l));
    else {
      setOffered([]);
      setCode('');
      setPhase('none');
      reset();
    }
    return () => {
      live = false;
    };
  }, [setting.enabled, api, reset]);
  useEffect(() => () => reset(), [reset]);

  const open = useCallback(
    (lang: string, withProgress: boolean) => {
      if (!hasTranslator(api)) return;
      const gen = generation.current;
      setPhase('downloading');
      // the language data finds the names to keep out of the translation (translation/facts.ts)
      void Promise.all([openTranslator(api, lang, withProgress ? setProgress : undefined), detector.current ? Promise.resolve(detector.current) : openDetector(api), loadLanguage()])
        .then(([t, d]) => {
          if (gen !== generation.current) return t.destroy?.();
          translator.current = t;
          detector.current = d;
          setOffered((list) => list.map((l) => (l.code === lang ? { ...l, availability: 'available' } : l)));
          setPhase('ready');
        })
        .catch(() => gen === generation.current && setPhase('error'));
    },
    [api],
  );

  const choose = useCallback(
    (next: string) => {
      reset();
      setCode(next);
      const l = offered.find((o) => o.code === next);
      if (!l) return setPhase('none');
      if (l.availability === 'downloadable') return setPhase('ask');
      open(next, l.availability === 'downloading');
    },
    [offered, open, reset],
  );

  const request = useCallback(
    (text: string) => {
      const t = translator.current;
      if (!t || phase !== 'ready' || !code || results.has(text)) return;
      const gen = generation.current;
      setResults((m) => new Map(m).set(text, 'pending'));
      void translateText(t, text, code, detector.current)
        .catch((): TextTranslation => ({ kind: 'failed' }))
        .then((r) => gen === generation.current && setResults((m) => new Map(m).set(text, r)));
    },
    [phase, code, results],
  );

  return {
    setting,
    offered,
    language: code ? (clientLanguage(code) ?? null) : null,
    phase,
    progress,
    choose,
    consent: () => code && open(code, true),
    decline: () => {
      reset();
      setCode('');
      setPhase('none');
    },
    get: (text) => results.get(text),
    request,
  };
}

/** The choice, the question before a download, the progress. Nothing when nothing is offered. */
export function LanguageChoice({ t, id = 'kundensprache' }: { t: ClientTranslation; id?: string }) {
  if (!t.offered.length) return null;
  const l = t.language;
  return (
    <section className="client-language" aria-label="Übersetzung">
      <label id={`${id}-label`}>
        Sprache der Kundin / des Kunden{' '}
        <select value={l?.code ?? ''} onChange={(e) => t.choose(e.target.value)}>
          <option value="">Nur Deutsch</option>
          {t.offered.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name} – {o.native}
              {o.availability === 'downloadable' ? ' (Sprachpaket nötig)' : ''}
            </option>
          ))}
        </select>
      </label>
      {t.phase === 'ask' && l && (
        <div className="language-pack" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>
            Für {l.name} braucht der Browser einmal ein Sprachpaket. Er lädt es jetzt aus dem Internet – dabei verlässt kein
            Text des Plans diesen Computer: Übersetzt wird danach nur hier, auf diesem Computer.
          </p>
          <p>
            <button type="button" className="primary" onClick={t.consent}>
              Sprachpaket laden
            </button>{' '}
            <button type="button" onClick={t.decline}>
              Nicht laden
            </button>
          </p>
        </div>
      )}
      <p className="language-status" role="status">
        {t.phase === 'downloading' && l ? `Das Sprachpaket für ${l.name} wird geladen: ${Math.round(t.progress * 100)} %` : ''}
        {t.phase === 'error' && l ? `Die Übersetzung nach ${l.name} ist gerade nicht möglich.` : ''}
      </p>
      {t.phase === 'downloading' && <progress max={1} value={t.progress} aria-label="Sprachpaket" />}
    </section>
  );
}

/** "Maschinelle Übersetzung – verbindlich ist der deutsche Text", in German and in the client's language. */
export function TranslationNotice({ language }: { language: ClientLanguage }) {
  return (
    <p className="translation-notice">
      <span lang="de" dir="ltr">
        {TRANSLATION_NOTICE}
      </span>{' '}
      <span lang={language.code} dir={language.dir}>
        {language.notice}
      </span>
    </p>
  );
}

/** `text` in the client's language, under the German text; asks for the translation when it is not there yet. */
export function Translated({ t, text, className = '' }: { t: ClientTranslation; text: string; className?: string }) {
  const { request } = t;
  const ready = t.phase === 'ready';
  useEffect(() => {
    if (ready && text.trim()) request(text);
  }, [ready, text, request]);
  const l = t.language;
  if (!l || !ready || !text.trim()) return null;
  const r = t.get(text);
  if (r === undefined || r === 'pending') return <p className={`translation pending ${className}`}>Wird übersetzt …</p>;
  if (r.kind === 'same') return null;
  if (r.kind !== 'translated') {
    return (
      <p className={`translation not-translated ${className}`}>
        {r.kind === 'unsafe'
          ? 'Diesen Punkt übersetzt Klarplan nicht: Eine Zahl, ein Datum oder ein Name wäre dabei verändert worden. Bitte den deutschen Text erklären.'
          : 'Diesen Punkt konnte der Übersetzer nicht übersetzen.'}
      </p>
    );
  }
  return (
    <div className={`translation ${className}`} lang={l.code} dir={l.dir}>
      <TranslationNotice language={l} />
      <p className="translated-text">
        {r.segments.map((s, i) =>
          s.kind === 'fact' ? (
            <bdi key={i} className="fact" dir="ltr">
              {s.text}
            </bdi>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

/** Reads the translation aloud — only with a voice for that language on this machine; otherwise says it is not spoken. */
export function ClientVoice({ t, text, deps = {} }: { t: ClientTranslation; text: string; deps?: TranslationDeps }) {
  const engine = useMemo(() => (deps.engine === undefined ? bestEngine() : deps.engine), [deps.engine]);
  const storage = useMemo(() => (deps.storage === undefined ? (extensionApi<{ storage?: SettingsStorageLike }>()?.storage ?? null) : deps.storage), [deps.storage]);
  const [voices, setVoices] = useState<Voice[] | null>(null);
  const [allowed, setAllowed] = useState<string[]>([]);
  const [speaking, setSpeaking] = useState(false);
  const speakingRef = useRef(false);
  useEffect(() => {
    let live = true;
    if (engine) void loadVoices(engine).then((v) => live && setVoices(v));
    void readVoicePolicy(storage ?? undefined).then((p) => live && setAllowed([...p.allowedEngines]));
    const off = engine?.onVoicesChanged?.(() => void loadVoices(engine).then((v) => live && setVoices(v)));
    return () => {
      live = false;
      off?.();
      // only its own utterance: chrome.tts.stop() would also stop the side panel's reading
      if (speakingRef.current) engine?.cancel();
    };
  }, [engine, storage]);
  const l = t.language;
  const r = t.get(text);
  if (!l || t.phase !== 'ready' || !r || r === 'pending' || r.kind !== 'translated' || voices === null) return null;
  const voice = engine ? pickVoice(voices, null, { allowedEngines: allowed }, l.code) : null;
  if (!voice) {
    return <p className="client-voice none">Für {l.name} gibt es auf diesem Computer keine Stimme: Die Übersetzung wird nur angezeigt, nicht vorgelesen.</p>;
  }
  const speak = () => {
    if (!engine) return;
    setSpeaking(true);
    speakingRef.current = true;
    void engine.speak(r.plain, { voice, rate: 1, lang: voice.lang }).finally(() => {
      speakingRef.current = false;
      setSpeaking(false);
    });
  };
  return (
    <p className="client-voice">
      <button type="button" onClick={speak} disabled={speaking}>
        Auf {l.name} vorlesen
      </button>
    </p>
  );
}
