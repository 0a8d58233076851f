/**
 * The client view of the read-aloud mode: only the point being read (where it stands — "Punkt 3 von 12" —, its
 * heading, the point, its "bis wann" date), the question "Passt das so?" and the answer given ("Sie haben gesagt:
 * passt so."), in big high-contrast type — for a second screen or a monitor turned towards the client. It
 * follows the side panel ("klarplan/reading" messages, validated with zod) and asks for the current point when it
 * opens. Nothing else of the plan is shown; nothing is stored. Where the case worker turned it on and the browser
 * translates on the machine, the point and its heading also show in the client's language (ClientLanguage.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { extensionApi, type MessageListener, type RuntimeLike } from '../browser/extension-api';
import { formatDate } from '../checker/findings';
import { parseReadAloud, parseReadingView, type ReadingView } from '../messages/index';
import { ClientVoice, LanguageChoice, Translated, useClientTranslation, type TranslationDeps } from './ClientLanguage';

/** "Sie haben gesagt: passt so." — the answer given to the point, as the client reads it; null: none yet. */
export function clientAnswer(view: ReadingView): { text: string; kind: string; sign: string } | null {
  switch (view.status) {
    case 'bestätigt':
      return { text: 'Sie haben gesagt: passt so.', kind: 'bestaetigt', sign: '✓' };
    case 'änderung':
      return { text: 'Sie haben gesagt: bitte ändern.', kind: 'aenderung', sign: '✎' };
    case 'geändert':
      return { text: 'Sie wollten eine Änderung. Der Punkt ist jetzt geändert.', kind: 'aenderung', sign: '✎' };
    case 'offen': {
      const when = view.open?.by ? ` bis ${formatDate(view.open.by)}` : '';
      const who = view.open?.person.trim() ? ` mit ${view.open.person.trim().replace(/^Herr\b(?!n)/, 'Herrn')}` : '';
      return { text: `Sie haben gesagt: das ist noch offen.${when || who ? ` Wird geklärt${when}${who}.` : ''}`, kind: 'offen', sign: '?' };
    }
    default:
      return null;
  }
}

/** What is happening now, when there is no answer yet. */
function clientPhase(view: ReadingView): { text: string; kind: string; sign: string } {
  return view.phase === 'speaking'
    ? { text: 'Wird vorgelesen', kind: 'lesen', sign: '▶' }
    : view.phase === 'paused'
      ? { text: 'Pause', kind: 'pause', sign: '❚❚' }
      : { text: 'Ihre Antwort: passt so, ändern oder offen?', kind: 'frage', sign: '?' };
}

export function ClientView({ runtime: runtimeProp, translation: deps }: { runtime?: RuntimeLike | null; translation?: TranslationDeps }) {
  const runtime = useMemo(() => (runtimeProp === undefined ? (extensionApi<{ runtime: RuntimeLike }>()?.runtime ?? null) : runtimeProp), [runtimeProp]);
  const [view, setView] = useState<ReadingView | null>(null);
  const heard = useRef(false);
  const t = useClientTranslation(deps);

  useEffect(() => {
    if (!runtime) return;
    const listener: MessageListener = (raw) => {
      const msg = parseReadAloud(raw);
      if (msg?.type === 'klarplan/reading') {
        heard.current = true;
        setView(msg.view);
      }
      return undefined;
    };
    runtime.onMessage?.addListener(listener);
    void runtime
      .sendMessage({ type: 'klarplan/reading-request' })
      .then((answer) => {
        if (!heard.current) setView(parseReadingView(answer));
      })
      .catch(() => undefined); // no panel open yet: the first "klarplan/reading" will come
    return () => runtime.onMessage?.removeListener(listener);
  }, [runtime]);

  if (!view || view.phase === 'idle') {
    return (
      <main className="client-view idle">
        <h1>Ihr Kooperationsplan</h1>
        <p className="cv-text">Hier erscheint gleich der Punkt, der gerade vorgelesen wird.</p>
        <LanguageChoice t={t} />
      </main>
    );
  }
  if (view.phase === 'done' || view.phase === 'stopped') {
    return (
      <main className="client-view end">
        <h1>Ihr Kooperationsplan</h1>
        <p className="cv-text">{view.phase === 'done' ? 'Der ganze Plan ist vorgelesen. Vielen Dank!' : 'Das Vorlesen ist beendet.'}</p>
        <LanguageChoice t={t} />
      </main>
    );
  }
  const answer = clientAnswer(view);
  const status = answer ?? clientPhase(view);
  return (
    <main className={`client-view phase-${view.phase}`}>
      <p className="cv-progress">
        Punkt {view.position} von {view.total}
      </p>
      <h1 className="cv-heading">{view.heading}</h1>
      <Translated t={t} text={view.heading} className="cv-heading-translation" />
      <p className="cv-text">{view.empty ? 'Hier steht noch nichts.' : view.text}</p>
      {view.due && <p className="cv-due">Bis {formatDate(view.due)}</p>}
      {!view.empty && <Translated t={t} text={view.text} className="cv-text-translation" />}
      {!view.empty && <ClientVoice t={t} text={view.text} {...(deps ? { deps } : {})} />}
      <p className="cv-question">Passt das so?</p>
      <p className={`cv-status status-${status.kind}`} role="status">
        <span aria-hidden="true">{status.sign} </span>
        {status.text}
      </p>
      <LanguageChoice t={t} />
    </main>
  );
}
