/** The summary at the end of "Vorlesen": every point with its status, under its heading, to copy or print. */
import { formatDate } from '../checker/findings';
import { counts, summaryRows, summaryText, type RoundState } from '../speech/round';

interface SummaryProps {
  round: RoundState;
  today: Date;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onCopy: () => void;
  onPrint: () => void;
  onContinue: (() => void) | undefined;
  copyMessage: string;
}

/** Every point with its status, under its heading; the suggested wording for open points. */
export function Summary({ round, today, headingRef, onCopy, onPrint, onContinue, copyMessage }: SummaryProps) {
  const rows = summaryRows(round, today);
  const n = counts(round);
  const groups: Array<{ heading: string; rows: typeof rows }> = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.heading === r.point.heading) last.rows.push(r);
    else groups.push({ heading: r.point.heading, rows: [r] });
  }
  const open = rows.filter((r) => r.openWording);
  return (
    <section className="reading-summary" aria-labelledby="zusammenfassung-heading">
      <h3 id="zusammenfassung-heading" ref={headingRef} tabIndex={-1}>
        Zusammenfassung
      </h3>
      <p>
        {round.phase === 'done'
          ? 'Der ganze Plan ist vorgelesen.'
          : `Vorlesen beendet bei Punkt ${round.current + 1} von ${round.points.length}.`}{' '}
        {n.bestätigt} bestätigt · {n.änderung} Änderung gewünscht · {n.offen} offen · {n.unread} nicht besprochen
      </p>
      {groups.map((g) => (
        <div key={g.heading} className="summary-group">
          <h4>{g.heading}</h4>
          <ul>
            {g.rows.map((r) => (
              <li key={r.point.key} className={`summary-row status-${r.status === 'änderung' ? 'aenderung' : r.status === 'bestätigt' ? 'bestaetigt' : r.status}`}>
                <span className="summary-text">
                  {r.point.empty ? '(noch kein Eintrag)' : r.point.text}
                  {r.point.due && <span className="due"> (bis {formatDate(r.point.due)})</span>}
                </span>{' '}
                – <strong className="summary-status">{r.label}</strong>
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
              <li key={r.point.key}>{r.openWording}</li>
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
        <pre>{summaryText(round, today)}</pre>
      </details>
    </section>
  );
}
