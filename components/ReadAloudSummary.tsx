/**
 * The summary at the end of "Vorlesen": when the round took place, every point under its heading with its status
 * and how that status came about, the open points worded for the plan (with the checker's note where no person
 * is named), to copy or print.
 */
import { formatDate } from '../checker/findings';
import { countsLine } from '../speech/marks';
import { counts, type RoundState } from '../speech/round';
import { roundTimeText, STATUS_LEGEND, summaryRows, summaryText, type CheckClarification } from '../speech/summary';

interface SummaryProps {
  round: RoundState;
  now: Date;
  checkClarification: CheckClarification;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onCopy: () => void;
  onPrint: () => void;
  onContinue: (() => void) | undefined;
  copyMessage: string;
}

const statusClass = (s: string) => `status-${s === 'änderung' ? 'aenderung' : s === 'bestätigt' ? 'bestaetigt' : s === 'geändert' ? 'geaendert' : s}`;

export function Summary({ round, now, checkClarification, headingRef, onCopy, onPrint, onContinue, copyMessage }: SummaryProps) {
  const rows = summaryRows(round, now, checkClarification);
  const groups: Array<{ heading: string; rows: typeof rows }> = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.heading === r.point.heading) last.rows.push(r);
    else groups.push({ heading: r.point.heading, rows: [r] });
  }
  const open = rows.filter((r) => r.open);
  return (
    <section className="reading-summary" aria-labelledby="zusammenfassung-heading">
      <h3 id="zusammenfassung-heading" ref={headingRef} tabIndex={-1}>
        Zusammenfassung
      </h3>
      <p className="summary-time">
        Vorgelesen {roundTimeText(round, now)}.{' '}
        {round.phase === 'done' ? 'Der ganze Plan ist vorgelesen.' : `Vorlesen beendet bei Punkt ${round.current + 1} (von ${round.points.length} Punkten).`}
      </p>
      <p className="summary-counts">{countsLine(counts(round))}</p>
      <p className="hint">{STATUS_LEGEND}</p>
      {groups.map((g) => (
        <div key={g.heading} className="summary-group">
          <h4>{g.heading}</h4>
          <ul>
            {g.rows.map((r) => (
              <li key={r.point.key} className={`summary-row ${statusClass(r.status)}`}>
                <span className="summary-text">
                  {r.point.empty ? '(noch kein Eintrag)' : r.point.text}
                  {r.point.due && <span className="due"> (bis {formatDate(r.point.due)})</span>}
                </span>{' '}
                – <strong className="summary-status">{r.label}</strong> <span className="summary-history">({r.history})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {open.length > 0 && (
        <>
          <h4>Offene Punkte: Vorschlag für den Plan</h4>
          <ul className="open-wordings">
            {open.map((r) => (
              <li key={r.point.key}>
                <span className="open-wording">{r.open!.wording}</span>
                {r.open!.flag && (
                  <span className="open-flag">
                    {' '}
                    – <strong>{r.open!.flag.title}:</strong> {r.open!.flag.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="summary-actions">
        <button type="button" className="primary" onClick={onCopy}>
          Kopieren
        </button>{' '}
        <button type="button" onClick={onPrint}>
          Druckansicht öffnen
        </button>{' '}
        {onContinue && (
          <button type="button" onClick={onContinue}>
            Ab Punkt {round.current + 1} weiterlesen
          </button>
        )}
      </p>
      <p className="status copy-message" role="status" aria-live="polite">
        {copyMessage}
      </p>
      <details className="summary-plain">
        <summary>Text zum Kopieren</summary>
        <pre>{summaryText(round, now, checkClarification)}</pre>
      </details>
    </section>
  );
}
