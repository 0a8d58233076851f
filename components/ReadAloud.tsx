/**
 * The read-aloud mode ("Vorlesen") of the side panel: the case worker starts it with one click (or Alt+Shift+V),
 * Klarplan reads the plan as it stands in the form, heading by heading and point by point, and waits after each
 * point for the client's answer: "Passt so" · "Ändern" · "Als offen markieren" · "Nochmal" — or "Weiter", which
 * records nothing. The point being read is highlighted in the form and shown large in the client view (a page
 * for a screen turned towards the client). At the end a summary lists every point with its status and how it
 * came about, to copy into the case file or print.
 *
 * Only a voice known to be on this machine speaks (speech/voices.ts; another extension's engine only when an
 * administrator allows it in managed storage, `speechEngines`); without one nothing is spoken, the round says so
 * once and goes on point by point. The round (speech/round.ts) and its driver (speech/driver.ts) are plain
 * TypeScript; this component wires them to the browser: the speech engine (browser/speech-engines.ts), the
 * remembered voice and speed (storage.local, never plan text), the form (the agent's "klarplan/reveal"), and the
 * client and print views (runtime messages, messages/). Parts: VoiceSettings, ReadingPoint, ReadAloudSummary.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { copyText } from '../browser/clipboard';
import { extensionApi, type MessageListener, type RuntimeLike } from '../browser/extension-api';
import type { EntryLocation } from '../browser/page-plan';
import { bestEngine, detectPlatform, type Platform } from '../browser/speech-engines';
import { checkClarification } from '../checker/clarification';
import { loadLanguage } from '../checker/checker';
import { MANAGED_SPEECH_ENGINES_KEY, readManagedSpeechEngines } from '../checker/settings';
import { parseReadAloud, type ReadAloudMessage, type ToPage } from '../messages/index';
import type { Plan, SectionKey } from '../core/plan';
import {
  createDriver, DEFAULT_SPEECH_SETTINGS, loadVoices, normalizeSettings, SPEECH_SETTINGS_KEY, type RoundDriver, type SpeechEngine,
  type SpeechSettings,
} from '../speech/driver';
import { eventForKey, type RoundEvent, type RoundState } from '../speech/round';
import { buildScript, namedPeople, type PointItem } from '../speech/script';
import { localDay, proposedClarifyBy, summaryText } from '../speech/summary';
import { announcement, isActive, readingSummary, readingView, revealMessage, silentEngine } from '../speech/views';
import { decideVoice, sortVoices, type Voice, type VoicePolicy } from '../speech/voices';
import type { TranslationApi } from '../translation/session';
import { Summary } from './ReadAloudSummary';
import { ReadingPoint } from './ReadingPoint';
import { TranslationSwitch } from './TranslationSwitch';
import { noVoiceText, VoiceSettings } from './VoiceSettings';
import './read-aloud.css';

/** The part of the WebExtension API the mode uses (structural, so component tests can pass a fake). */
type StorageAreaLike = { get(key: string): Promise<Record<string, unknown>> };
export interface ReadAloudApi {
  runtime?: RuntimeLike;
  storage?: {
    local?: StorageAreaLike & { set(items: Record<string, unknown>): Promise<void> };
    /** The administrator's settings (read only): `speechEngines`. */
    managed?: StorageAreaLike;
    onChanged?: {
      addListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
  windows?: { create(options: { url: string; type?: 'popup' | 'normal'; width?: number; height?: number; focused?: boolean }): Promise<unknown> };
  tabs?: { create(options: { url: string }): Promise<unknown> };
}

export interface ReadAloudProps {
  /** The plan as it stands in the form, or the example plan. */
  plan: Plan;
  source: 'page' | 'example';
  /** Where each point stands in the page's form (PagePlanView.locate), for the highlight. */
  locate?: ((section: SectionKey, entry: number) => EntryLocation | undefined) | undefined;
  /** Sends a message to the page the plan came from (the agent's "klarplan/reveal"). */
  send?: (message: ToPage) => void;
  /** Tests: the speech engine (default: chrome.tts, else speechSynthesis), the extension API, the clock, the system. */
  engine?: SpeechEngine | null;
  api?: ReadAloudApi | null;
  now?: () => Date;
  platform?: Platform;
  /** Tests: the on-device translator (default: the page's `Translator`, if any). */
  translationApi?: TranslationApi | null;
}

/**
 * How long a start asked for by the keyboard command on a web page waits for that page's plan (the page agent was
 * just started, the language data may still be loading). Without a plan by then nothing is read: reading the
 * example plan to a client who expects their own would be confusing.
 */
export const PAGE_PLAN_GRACE_MS = 5000;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, select, textarea, [contenteditable=""], [contenteditable="true"]');
}


export function ReadAloud({ plan, source, locate, send, engine: engineProp, api: apiProp, now = () => new Date(), platform, translationApi }: ReadAloudProps) {
  const api = useMemo(() => (apiProp === undefined ? extensionApi<ReadAloudApi>() : apiProp), [apiProp]);
  const engine = useMemo(() => (engineProp === undefined ? bestEngine() : engineProp), [engineProp]);
  // The reading script is built only when a round starts or follows an edit: the panel re-renders on every keystroke.
  const buildPlanScript = () => buildScript(plan, locate ? { locate } : {});

  const [voices, setVoices] = useState<Voice[] | null>(engine ? null : []);
  const [policy, setPolicy] = useState<VoicePolicy>({ allowedEngines: [] });
  const [settings, setSettings] = useState<SpeechSettings>(DEFAULT_SPEECH_SETTINGS);
  const [round, setRound] = useState<RoundState | null>(null);
  /** The round speaks nothing (decided at its start). */
  const [silent, setSilent] = useState(false);
  const [noVoiceNote, setNoVoiceNote] = useState('');
  const [languageReady, setLanguageReady] = useState(false);
  const [live, setLive] = useState('');
  const [copyMessage, setCopyMessage] = useState('');
  const [pending, setPending] = useState(false);
  const [commandMessage, setCommandMessage] = useState('');

  const driver = useRef<RoundDriver | null>(null);
  const roundRef = useRef<RoundState | null>(null);
  const roundSource = useRef<'page' | 'example'>(source);
  const roundPlan = useRef<Plan>(plan);
  const latest = useRef({ buildPlanScript, source, send, settings, voices, policy, now, plan });
  latest.current = { buildPlanScript, source, send, settings, voices, policy, now, plan };
  const voicesLoaded = useRef<Promise<Voice[]>>(Promise.resolve([]));
  const pointRef = useRef<HTMLDivElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const lastBroadcast = useRef('');
  const openingNote = useRef('');
  const system = platform ?? detectPlatform();

  const decision = decideVoice(voices ?? [], settings.voice, policy);

  // The voices (at most 1.5 s: `voiceschanged` may never come; a list that comes later is taken when it comes),
  // the administrator's allowed speech engines, the remembered voice and speed, and the language data (people
  // named in the plan, the checker's note on open points).
  useEffect(() => {
    let live = true;
    if (engine) {
      const load = (ms?: number) => {
        const p = loadVoices(engine, ms);
        void p.then((v) => live && setVoices(sortVoices(v)));
        return p;
      };
      voicesLoaded.current = load();
      const unsubscribe = engine.onVoicesChanged?.(() => void load());
      if (unsubscribe) return () => { live = false; unsubscribe(); };
    }
    return () => { live = false; };
  }, [engine]);
  useEffect(() => {
    const readPolicy = () =>
      void api?.storage?.managed
        ?.get(MANAGED_SPEECH_ENGINES_KEY)
        .then((v) => setPolicy({ allowedEngines: readManagedSpeechEngines(v?.[MANAGED_SPEECH_ENGINES_KEY]) }))
        .catch(() => undefined); // no policy, or a browser without managed storage
    readPolicy();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' && MANAGED_SPEECH_ENGINES_KEY in changes) readPolicy();
    };
    api?.storage?.onChanged?.addListener(onChanged);
    void api?.storage?.local
      ?.get(SPEECH_SETTINGS_KEY)
      .then((stored) => setSettings(normalizeSettings(stored[SPEECH_SETTINGS_KEY])))
      .catch(() => undefined);
    return () => api?.storage?.onChanged?.removeListener(onChanged);
  }, [api]);
  useEffect(() => {
    void loadLanguage().then(() => setLanguageReady(true), () => undefined);
  }, []);

  function broadcast(state: RoundState | null): void {
    const view = readingView(state);
    const json = JSON.stringify(view);
    if (json === lastBroadcast.current) return;
    lastBroadcast.current = json;
    void api?.runtime?.sendMessage({ type: 'klarplan/reading', view }).catch(() => undefined);
  }

  function reveal(point: PointItem | undefined): void {
    const message = point && roundSource.current === 'page' ? revealMessage(point) : null;
    if (message) latest.current.send?.(message);
  }

  function onChange(next: RoundState): void {
    const prev = roundRef.current;
    roundRef.current = next;
    setRound(next);
    const said = announcement(prev, next);
    if (said) {
      // a round without a voice says so once, before its first announcement
      setLive(openingNote.current ? `${openingNote.current} ${said}` : said);
      openingNote.current = '';
    }
    // A new reading (another point, "Nochmal", "Zurück"): highlight the point in the form.
    if (next.phase === 'speaking' && (prev?.phase !== 'speaking' || prev.current !== next.current || (next.chunk === 0 && prev.chunk !== 0))) {
      reveal(next.points[next.current]);
    }
    broadcast(next);
  }

  async function start(): Promise<void> {
    if (isActive(roundRef.current)) return;
    const { buildPlanScript: scriptNow, source: src, settings: st } = latest.current;
    // Normally loaded long before the click; a start right after opening waits for the list (at most 1.5 s).
    let list = latest.current.voices ?? (await voicesLoaded.current);
    // An empty list may just be late (chrome.tts has no "voices changed" event): ask once more, briefly.
    if (!list.length && engine) list = await loadVoices(engine, 300);
    if (isActive(roundRef.current)) return;
    const d = decideVoice(list, st.voice, latest.current.policy);
    const speaks = !!engine && d.canSpeak;
    driver.current?.dispose();
    roundRef.current = null;
    setCommandMessage('');
    setCopyMessage('');
    setSilent(!speaks);
    const note = speaks ? '' : noVoiceText(!!engine, list, latest.current.policy, d.advice ?? 'none', system);
    setNoVoiceNote(note);
    // said once, at the start; the points then follow without another word about it
    openingNote.current = note ? note.split('\n\n')[0]! : '';
    setLive(openingNote.current);
    roundSource.current = src;
    roundPlan.current = latest.current.plan;
    driver.current = createDriver(speaks ? engine! : silentEngine, scriptNow(), {
      voice: d.voice, rate: st.rate, onChange, onEdit: (p) => reveal(p), now: () => latest.current.now().getTime(),
    });
    driver.current.dispatch({ type: 'start' });
  }

  /**
   * The keyboard command: start at once when the page's plan is here (or, pressed on no web page, with the example
   * plan); on a web page whose plan has not arrived yet, wait for it a moment.
   */
  function startFromCommand(onPage: boolean): void {
    if (isActive(roundRef.current)) return;
    setCommandMessage('');
    if (latest.current.source === 'page' || !onPage) void start();
    else setPending(true);
  }
  useEffect(() => {
    if (!pending) return;
    if (source === 'page') {
      setPending(false);
      void start();
      return;
    }
    const timer = setTimeout(() => {
      setPending(false);
      setCommandMessage('Auf dieser Seite hat Klarplan keinen Plan gefunden. Zum Üben liest „Vorlesen“ den Beispielplan.');
    }, PAGE_PLAN_GRACE_MS);
    return () => clearTimeout(timer);
  }, [pending, source]); // eslint-disable-line react-hooks/exhaustive-deps

  // The form changed while reading (the case worker edited a point after "Ändern"): the round follows.
  useEffect(() => {
    const d = driver.current;
    if (d && roundRef.current && roundRef.current.phase !== 'idle' && source === roundSource.current) {
      roundPlan.current = plan;
      d.dispatch({ type: 'update', script: buildPlanScript() });
    }
  }, [plan, locate, source]); // eslint-disable-line react-hooks/exhaustive-deps

  const proposedBy = () => proposedClarifyBy(latest.current.now());
  const check = (clause: string) => checkClarification(clause);

  // Messages: the client view and the print view ask for what to show; the background passes on the command.
  useEffect(() => {
    const onMessage = api?.runtime?.onMessage;
    if (!onMessage) return;
    const listener: MessageListener = (raw, _sender, sendResponse) => {
      const msg: ReadAloudMessage | null = parseReadAloud(raw);
      if (!msg) return undefined;
      // Only a panel with a round answers the client and print views: the first answer wins, and another panel
      // (a second window) with nothing to show must not answer first.
      const r = roundRef.current;
      if (msg.type === 'klarplan/reading-request') {
        if (r && r.phase !== 'idle') sendResponse(readingView(r));
      } else if (msg.type === 'klarplan/summary-request') {
        if (r && r.phase !== 'idle') sendResponse(readingSummary(r, latest.current.now(), check));
      } else if (msg.type === 'klarplan/read-aloud') {
        startFromCommand(msg.page ?? false);
        sendResponse({ ok: true });
      }
      return undefined;
    };
    onMessage.addListener(listener);
    // Opened by the keyboard command? The background remembers it for a moment.
    void api?.runtime
      ?.sendMessage({ type: 'klarplan/panel-ready' })
      .then((answer) => {
        const a = answer as { readAloud?: unknown; page?: unknown } | undefined;
        if (a?.readAloud === true) startFromCommand(a.page === true);
      })
      .catch(() => undefined);
    return () => onMessage.removeListener(listener);
  }, [api]); // eslint-disable-line react-hooks/exhaustive-deps

  function dispatch(event: RoundEvent): void {
    if (event.type === 'stop') driver.current?.stop();
    else driver.current?.dispatch(event.type === 'open' && !event.by ? { ...event, by: proposedBy() } : event);
  }

  // Keys: Alt+Shift+V starts; during the round P, Ä, O, N, →, ←, Space and Esc (speech/round.ts eventForKey).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyV') {
        e.preventDefault();
        void start();
        return;
      }
      const state = roundRef.current;
      if (!isActive(state) || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      // Space on a focused button presses that button, as everywhere.
      if ((e.key === ' ' || e.key === 'Spacebar') && (e.target as HTMLElement | null)?.closest?.('button, a, summary')) return;
      const event = eventForKey(e.key, state);
      if (!event) return;
      e.preventDefault();
      dispatch(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // Nothing goes on speaking when the panel closes (chrome.tts would).
  useEffect(() => {
    const stop = () => driver.current?.stop();
    globalThis.addEventListener?.('pagehide', stop);
    return () => {
      globalThis.removeEventListener?.('pagehide', stop);
      driver.current?.dispose();
    };
  }, []);

  // Focus: to the point when the round starts, to the summary at the end.
  const phase = round?.phase ?? 'idle';
  const prevPhase = useRef(phase);
  useEffect(() => {
    const was = prevPhase.current;
    prevPhase.current = phase;
    if (isActive(round) && !['speaking', 'paused', 'waiting'].includes(was)) pointRef.current?.focus();
    if ((phase === 'done' || phase === 'stopped') && was !== phase) summaryHeading.current?.focus();
  }, [phase, round]);

  function saveSettings(next: SpeechSettings): void {
    setSettings(next);
    // Only the voice's name and the speed: never any plan text.
    void api?.storage?.local?.set({ [SPEECH_SETTINGS_KEY]: { voice: next.voice, rate: next.rate } }).catch(() => undefined);
    const d = driver.current;
    if (!d) return;
    d.setVoice(decideVoice(voices ?? [], next.voice, policy).voice);
    if (next.rate !== settings.rate) d.setRate(next.rate);
  }

  function openPage(path: string, asWindow: boolean): void {
    const url = api?.runtime?.getURL?.(path);
    if (!url) return;
    const viaTab = () => void api?.tabs?.create({ url }).catch(() => undefined);
    if (asWindow && api?.windows) void api.windows.create({ url, type: 'popup', width: 1024, height: 640 }).catch(viaTab);
    else viaTab();
  }

  async function copySummary(): Promise<void> {
    const r = roundRef.current;
    if (!r) return;
    const ok = await copyText(summaryText(r, now(), check));
    setCopyMessage(
      ok
        ? 'Die Zusammenfassung ist kopiert. Fügen Sie sie mit Strg+V in die Akte ein.'
        : 'Kopieren hat nicht geklappt. Öffnen Sie „Text zum Kopieren“, markieren Sie ihn und kopieren Sie mit Strg+C.',
    );
  }

  const d = driver.current;
  // The people named in the plan being read, for an open point's "Klärung mit …" (the language data is needed).
  const people = useMemo(() => (languageReady && round ? namedPeople(roundPlan.current) : []), [languageReady, round?.points]); // eslint-disable-line react-hooks/exhaustive-deps
  const todayIso = localDay(now()).toISOString().slice(0, 10);

  return (
    <section aria-labelledby="vorlesen-heading" className="read-aloud">
      <h2 id="vorlesen-heading">Vorlesen</h2>
      <p>
        Klarplan liest den Plan Punkt für Punkt vor – {source === 'page' ? 'so, wie er jetzt im Formular steht' : 'hier den Beispielplan, weil auf der Seite kein Plan zu lesen ist'}.
        Nach jedem Punkt wartet Klarplan auf die Antwort: „Passt so“, „Ändern“ oder „Als offen markieren“. „Weiter“ geht ohne Antwort
        weiter – der Punkt bleibt dann „nicht besprochen“.
      </p>
      <VoiceSettings
        voices={voices}
        policy={policy}
        settings={settings}
        hasEngine={!!engine}
        advice={decision.advice}
        platform={system}
        showAdvice={!isActive(round)}
        onChange={saveSettings}
      />
      <TranslationSwitch storage={api?.storage} {...(translationApi !== undefined ? { translationApi } : {})} />

      <p>
        <button type="button" className="primary" onClick={() => void start()} disabled={isActive(round)} aria-keyshortcuts="Alt+Shift+V">
          Vorlesen
        </button>{' '}
        <button type="button" onClick={() => openPage('/client-view.html', true)}>
          Kundenansicht öffnen
        </button>
        <span className="hint"> Tastenkürzel: Alt+Umschalt+V</span>
      </p>
      <p className="hint command-status" role="status">
        {pending ? 'Einen Moment: Klarplan liest den Plan auf der Seite …' : commandMessage}
      </p>

      {isActive(round) && d && round.points[round.current] && (
        <ReadingPoint
          round={round}
          silent={silent}
          noVoiceNote={noVoiceNote}
          people={people}
          proposedBy={proposedBy()}
          today={todayIso}
          fromExample={roundSource.current === 'example'}
          dispatch={dispatch}
          stop={() => d.stop()}
          checkClarification={check}
          pointRef={pointRef}
        />
      )}

      {round && (round.phase === 'done' || round.phase === 'stopped') && (
        <Summary
          round={round}
          now={now()}
          checkClarification={check}
          headingRef={summaryHeading}
          onCopy={() => void copySummary()}
          onPrint={() => openPage('/summary.html', false)}
          onContinue={round.phase === 'stopped' ? () => d?.dispatch({ type: 'start' }) : undefined}
          copyMessage={copyMessage}
        />
      )}

      <p className="visually-hidden reading-live" role="status" aria-live="polite" aria-atomic="true">
        {live}
      </p>
    </section>
  );
}
