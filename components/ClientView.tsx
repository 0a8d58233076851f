/**
 * The client view of the read-aloud mode: only the point being read (its heading, the point, its "bis wann" date)
 * and its status, in big high-contrast type — for a second screen or a monitor turned towards the client. It
 * follows the side panel ("klarplan/reading" messages, validated with zod) and asks for the current point when it
 * opens. Nothing else of the plan is shown; nothing is stored.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { extensionApi, type MessageListener, type RuntimeLike } from '../browser/extension-api';
import { formatDate } from '../checker/findings';
import { pointNumber } from '../speech/views';
import { parseReadAloud, parseReadingView, type ReadingView } from '../messages/index';

/** The status as the client sees it: the decision once there is one, else what is happening now. */
export function clientStatus(view: ReadingView): { text: string; kind: string; sign: string } {
  switch (view.status) {
    case 'bestätigt':
      return { text: view.statusLabel.replace(/^b/, 'B'), kind: 'bestaetigt', sign: '✓' };
    case 'änderung':
      return { text: 'Änderung gewünscht', kind: 'aenderung', sign: '✎' };
    case 'offen':
      return { text: 'Offen – wird noch geklärt', kind: 'offen', sign: '?' };
    default:
      return view.phase === 'speaking'
        ? { text: 'Wird vorgelesen', kind: 'lesen', sign: '▶' }
        : view.phase === 'paused'
          ? { text: 'Pause', kind: 'pause', sign: '❚❚' }
          : { text: 'Passt das so?', kind: 'frage', sign: '?' };
  }
}

export function ClientView({ runtime: runtimeProp }: { runtime?: RuntimeLike | null }) {
  const runtime = useMemo(() => (runtimeProp === undefined ? (extensionApi<{ runtime: RuntimeLike }>()?.runtime ?? null) : runtimeProp), [runtimeProp]);
  const [view, setView] = useState<ReadingView | null>(null);
  const heard = useRef(false);

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
      </main>
    );
  }
  if (view.phase === 'done' || view.phase === 'stopped') {
    return (
      <main className="client-view end">
        <h1>Ihr Kooperationsplan</h1>
        <p className="cv-text">{view.phase === 'done' ? 'Der ganze Plan ist vorgelesen. Vielen Dank!' : 'Das Vorlesen ist beendet.'}</p>
      </main>
    );
  }
  const status = clientStatus(view);
  return (
    <main className={`client-view phase-${view.phase}`}>
      <h1 className="cv-heading">{view.heading}</h1>
      <p className="cv-number">{pointNumber(view)}</p>
      <p className="cv-text">{view.empty ? 'Hier steht noch nichts.' : view.text}</p>
      {view.due && <p className="cv-due">Bis {formatDate(view.due)}</p>}
      <p className={`cv-status status-${status.kind}`}>
        <span aria-hidden="true">{status.sign} </span>
        {status.text}
      </p>
    </main>
  );
}
