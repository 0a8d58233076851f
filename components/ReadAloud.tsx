/**
 * The read-aloud mode ("Vorlesen") of the side panel: the case worker starts it with one click (or Alt+Shift+V),
 * Klarplan reads the plan as it stands in the form, heading by heading and point by point, and waits after each
 * point: Weiter · Nochmal · Ändern · Als offen markieren. The point being read is highlighted in the form and
 * shown large in the client view (a page for a screen turned towards the client). At the end a summary lists
 * every point with its status, to copy into the case file or print for the client.
 *
 * The round itself (speech/round.ts) and its driver with the time-outs for the browsers' speech faults
 * (speech/driver.ts) are plain TypeScript; this component wires them to the browser: the speech engine
 * (browser/speech-engines.ts), the remembered voice and speed (storage.local, never plan text), the form
 * (the agent's "klarplan/reveal"), and the client and print views (runtime messages, messages/).
 * The summary at the end is ReadAloudSummary.tsx.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { extensionApi, type MessageListener, type RuntimeLike } from '../browser/extension-api';
import type { EntryLocation } from '../browser/page-plan';
import { formatDate } from '../checker/findings';
import {
  announcement, isActive, phaseText, pointNumber, readingSummary, readingView, revealMessage, silentEngine, statusLabel, voiceLabel,
} from '../speech/views';
import { bestEngine, detectPlatform, noGermanVoiceMessage, type Platform } from '../browser/speech-engines';
import { parseReadAloud, type ReadAloudMessage, type ToPage } from '../messages/index';
import type { Plan, SectionKey } from '../core/plan';
import {
  createDriver, decideVoice, DEFAULT_SPEECH_SETTINGS, isGermanVoice, loadVoices, normalizeSettings, sortVoices,
  SPEECH_RATES, SPEECH_SETTINGS_KEY, type RoundDriver, type SpeechEngine, type SpeechSettings, type Voice,
} from '../speech/driver';
import { eventForKey, summaryText, type RoundState } from '../speech/round';
import { Summary } from './ReadAloudSummary';
import { buildScript, type PointItem } from '../speech/script';

/** The part of the WebExtension API the mode uses (structural, so component tests can pass a fake). */
export interface ReadAloudApi {
  runtime?: RuntimeLike;
  storage?: { local?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
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

export function ReadAloud({ plan, source, locate, send, engine: engineProp, api: apiProp, now = () => new Date(), platform }: ReadAloudProps) {
  const api = useMemo(() => (apiProp === undefined ? extensionApi<ReadAloudApi>() : apiProp), [apiProp]);
  const engine = useMemo(() => (engineProp === undefined ? bestEngine() : engineProp), [engineProp]);
  // The reading script is built only when a round starts or follows an edit: the panel re-renders on every keystroke.
  const buildPlanScript = () => buildScript(plan, locate ? { locate } : {});

  const [voices, setVoices] = useState<Voice[] | null>(engine ? null : []);
  const [settings, setSettings] = useState<SpeechSettings>(DEFAULT_SPEECH_SETTINGS);
  const [round, setRound] = useState<RoundState | null>(null);
  const [live, setLive] = useState('');
  const [copyMessage, setCopyMessage] = useState('');
  const [pending, setPending] = useState(false);
  const [commandMessage, setCommandMessage] = useState('');

  const driver = useRef<RoundDriver | null>(null);
  const roundRef = useRef<RoundState | null>(null);
  const roundSource = useRef<'page' | 'example'>(source);
  const latest = useRef({ buildPlanScript, source, send, settings, voices, now });
  latest.current = { buildPlanScript, source, send, settings, voices, now };
  const voicesLoaded = useRef<Promise<Voice[]>>(Promise.resolve([]));
  const pointRef = useRef<HTMLDivElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const lastBroadcast = useRef('');

  const decision = decideVoice(voices ?? [], settings.voice);
  const silent = !engine || (voices !== null && !decision.canSpeak);

  // The voices (at most 1.5 s: `voiceschanged` may never come) and the remembered voice and speed.
  useEffect(() => {
    if (engine) {
      voicesLoaded.current = loadVoices(engine);
      void voicesLoaded.current.then((v) => setVoices(sortVoices(v)));
    }
    void api?.storage?.local
      ?.get(SPEECH_SETTINGS_KEY)
      .then((stored) => setSettings(normalizeSettings(stored[SPEECH_SETTINGS_KEY])))
      .catch(() => undefined);
  }, [engine, api]);

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
    if (said) setLive(said);
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
    const list = latest.current.voices ?? (await voicesLoaded.current);
    if (isActive(roundRef.current)) return;
    const d = decideVoice(list, st.voice);
    const speaker = engine && d.canSpeak ? engine : silentEngine;
    driver.current?.dispose();
    roundRef.current = null;
    setCommandMessage('');
    setCopyMessage('');
    setLive('');
    roundSource.current = src;
    driver.current = createDriver(speaker, scriptNow(), { voice: d.voice, rate: st.rate, onChange, onEdit: (p) => reveal(p) });
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
    if (d && roundRef.current && roundRef.current.phase !== 'idle' && source === roundSource.current) d.dispatch({ type: 'update', script: buildPlanScript() });
  }, [plan, locate, source]); // eslint-disable-line react-hooks/exhaustive-deps

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
        if (r && r.phase !== 'idle') sendResponse(readingSummary(r, latest.current.now()));
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

  // Keys: Alt+Shift+V starts; while reading Space pauses/resumes, → next, ← previous, R repeats, Esc stops.
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
      if (event.type === 'stop') driver.current?.stop();
      else driver.current?.dispatch(event);
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
    d.setVoice(decideVoice(voices ?? [], next.voice).voice);
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
    const text = summaryText(r, now());
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard API here (or it was refused): the old way, through a selected text field.
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
      document.body.append(area);
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      area.remove();
    }
    setCopyMessage(
      ok
        ? 'Die Zusammenfassung ist kopiert. Fügen Sie sie mit Strg+V in die Akte ein.'
        : 'Kopieren hat nicht geklappt. Öffnen Sie „Text zum Kopieren“, markieren Sie ihn und kopieren Sie mit Strg+C.',
    );
  }

  const d = driver.current;
  const current = round ? round.points[round.current] : undefined;
  const mark = round ? round.marks[round.current] : undefined;
  const germanVoices = (voices ?? []).filter(isGermanVoice);
  const otherVoices = (voices ?? []).filter((v) => !isGermanVoice(v));
  const voiceValue = voices?.some((v) => v.name === settings.voice) ? settings.voice! : '';
  const rateOptions = SPEECH_RATES.some((r) => r.rate === settings.rate) ? SPEECH_RATES : [...SPEECH_RATES, { rate: settings.rate, label: `eigenes Tempo (${settings.rate})` }];
  const advice = !engine
    ? 'Dieser Browser hat keine Sprachausgabe. Sie können den Plan selbst vorlesen: Klarplan zeigt Punkt für Punkt, was gerade dran ist.'
    : decision.voice && !decision.voice.localService
      ? `Sie haben eine Online-Stimme gewählt („${decision.voice.name}“). Sie schickt den Text des Plans an ihren Anbieter. Eine Stimme auf diesem Computer ist datensparsamer.`
      : decision.advice
        ? noGermanVoiceMessage(platform ?? detectPlatform(), decision.advice)
        : '';

  return (
    <section aria-labelledby="vorlesen-heading" className="read-aloud">
      <h2 id="vorlesen-heading">Vorlesen</h2>
      <p>
        Klarplan liest den Plan Punkt für Punkt vor – {source === 'page' ? 'so, wie er jetzt im Formular steht' : 'hier den Beispielplan, weil auf der Seite kein Plan zu lesen ist'}.
        Nach jedem Punkt wartet Klarplan: Die Kundin oder der Kunde kann bestätigen, eine Änderung wünschen oder etwas als offen markieren.
      </p>
      {advice && (
        <div className="note voice-advice">
          {advice.split('\n\n').map((para, i) => (
            <p key={i}>
              {para.split('\n').map((line, k) => (
                <span key={k}>
                  {k > 0 && <br />}
                  {line}
                </span>
              ))}
            </p>
          ))}
        </div>
      )}

      <fieldset className="voice-settings">
        <legend>Stimme und Tempo</legend>
        <label>
          Stimme{' '}
          <select value={voiceValue} onChange={(e) => saveSettings({ ...settings, voice: e.target.value || null })} disabled={!engine}>
            <option value="">Automatisch: deutsche Stimme auf diesem Computer</option>
            {germanVoices.length > 0 && (
              <optgroup label="Deutsch">
                {germanVoices.map((v) => (
                  <option key={v.name} value={v.name}>
                    {voiceLabel(v)}
                  </option>
                ))}
              </optgroup>
            )}
            {otherVoices.length > 0 && (
              <optgroup label="Andere Sprachen">
                {otherVoices.map((v) => (
                  <option key={v.name} value={v.name}>
                    {voiceLabel(v)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>{' '}
        <label>
          Tempo{' '}
          <select value={String(settings.rate)} onChange={(e) => saveSettings({ ...settings, rate: Number(e.target.value) })} disabled={!engine}>
            {rateOptions.map((r) => (
              <option key={r.rate} value={String(r.rate)}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

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

      {isActive(round) && current && mark && d && (
        <div className="reading" ref={pointRef} tabIndex={-1} role="group" aria-labelledby="vorlesen-punkt">
          <p className="reading-where" id="vorlesen-punkt">
            {current.heading} · {pointNumber(current)}{' '}
            <span className="count">
              (Punkt {round.current + 1} von {round.points.length} im Plan)
            </span>
          </p>
          <p className="reading-text">
            {current.empty ? 'Unter dieser Überschrift steht noch nichts.' : current.text}
            {current.due && <span className="due"> (bis {formatDate(current.due)})</span>}
          </p>
          <p className="reading-status">
            Stand: <strong>{statusLabel(mark)}</strong>
          </p>
          <p className="reading-phase">{phaseText(round, silent)}</p>
          {round.problem === 'failed' && (
            <p className="error">Die Sprachausgabe hat bei diesem Punkt nicht geklappt. Bitte lesen Sie ihn selbst vor.</p>
          )}
          {round.editing && roundSource.current === 'example' && (
            <p className="hint">Beim Beispielplan gibt es kein Formular: Der Punkt ist als „Änderung gewünscht“ vermerkt.</p>
          )}
          <div className="reading-actions" role="group" aria-label="Entscheidung zu diesem Punkt">
            <button type="button" className="primary" onClick={() => d.dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">
              Weiter
            </button>
            <button type="button" onClick={() => d.dispatch({ type: 'repeat' })} aria-keyshortcuts="R">
              Nochmal
            </button>
            <button type="button" onClick={() => d.dispatch({ type: 'change' })}>
              Ändern
            </button>
            <button
              type="button"
              aria-pressed={mark.status === 'offen'}
              onClick={() => d.dispatch({ type: 'mark', status: mark.status === 'offen' ? 'unread' : 'offen' })}
            >
              Als offen markieren
            </button>
          </div>
          <div className="reading-controls" role="group" aria-label="Vorlesen steuern">
            <button type="button" onClick={() => d.dispatch({ type: 'previous' })} aria-keyshortcuts="ArrowLeft" disabled={round.current === 0}>
              Zurück
            </button>
            {round.phase === 'paused' ? (
              <button type="button" onClick={() => d.dispatch({ type: 'resume' })} aria-keyshortcuts="Space">
                Weiterlesen
              </button>
            ) : (
              <button type="button" onClick={() => d.dispatch({ type: 'pause' })} aria-keyshortcuts="Space" disabled={round.phase !== 'speaking'}>
                Pause
              </button>
            )}
            <button type="button" onClick={() => d.stop()} aria-keyshortcuts="Escape">
              Beenden
            </button>
          </div>
          <p className="hint keys">
            Tasten: → Weiter · ← Zurück · R Nochmal · Esc Beenden · Leertaste Pause und weiterlesen (steht der Fokus auf
            einem Knopf, drückt sie diesen Knopf)
          </p>
        </div>
      )}

      {round && (round.phase === 'done' || round.phase === 'stopped') && (
        <Summary
          round={round}
          today={now()}
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
