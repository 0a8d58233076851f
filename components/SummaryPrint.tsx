/**
 * The print view of the read-aloud summary: every point under its heading with its status, and the suggested
 * wording for open points, laid out for paper. It asks the side panel for the summary of the last round
 * ("klarplan/summary-request", answer validated with zod); nothing is stored.
 */
import { useEffect, useMemo, useState } from 'react';
import { extensionApi, type RuntimeLike } from '../browser/extension-api';
import { formatDate } from '../checker/findings';
import { parseReadingSummary, type ReadingSummary } from '../messages/index';

export function SummaryPrint({ runtime: runtimeProp, print = () => window.print() }: { runtime?: RuntimeLike | null; print?: () => void }) {
  const runtime = useMemo(() => (runtimeProp === undefined ? (extensionApi<{ runtime: RuntimeLike }>()?.runtime ?? null) : runtimeProp), [runtimeProp]);
  const [summary, setSummary] = useState<ReadingSummary | null | 'loading'>('loading');

  useEffect(() => {
    if (!runtime) {
      setSummary(null);
      return;
    }
    void runtime
      .sendMessage({ type: 'klarplan/summary-request' })
      .then((answer) => setSummary(parseReadingSummary(answer)))
      .catch(() => setSummary(null));
  }, [runtime]);

  if (summary === 'loading') return <main className="summary-print"><p>Die Zusammenfassung wird geladen …</p></main>;
  if (!summary) {
    return (
      <main className="summary-print">
        <h1>Keine Zusammenfassung</h1>
        <p>
          Lesen Sie den Plan in der Klarplan-Seitenleiste mit „Vorlesen“ vor und öffnen Sie danach die Druckansicht noch
          einmal. Die Seitenleiste muss dafür offen bleiben.
        </p>
      </main>
    );
  }
  const groups: Array<{ heading: string; rows: ReadingSummary['rows'] }> = [];
  for (const r of summary.rows) {
    const last = groups[groups.length - 1];
    if (last && last.heading === r.heading) last.rows.push(r);
    else groups.push({ heading: r.heading, rows: [r] });
  }
  const open = summary.rows.filter((r) => r.openWording);
  const n = summary.counts;
  return (
    <main className="summary-print">
      <p className="no-print">
        <button type="button" onClick={print}>
          Drucken
        </button>
      </p>
      <h1>Kooperationsplan – Punkt für Punkt vorgelesen am {summary.date}</h1>
      <p className="counts">
        {n.bestätigt} bestätigt · {n.änderung} Änderung gewünscht · {n.offen} offen · {n.unread} nicht besprochen
      </p>
      {groups.map((g) => (
        <section key={g.heading}>
          <h2>{g.heading}</h2>
          <ul>
            {g.rows.map((r, i) => (
              <li key={i}>
                {r.empty ? '(noch kein Eintrag)' : r.text}
                {r.due && <span> (bis {formatDate(r.due)})</span>} – <strong>{r.label}</strong>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {open.length > 0 && (
        <section>
          <h2>Offene Punkte: Vorschlag für den Plan</h2>
          <ul>
            {open.map((r, i) => (
              <li key={i}>{r.openWording}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
