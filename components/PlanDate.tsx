import { useId } from 'react';
import { formatDate } from '../checker/findings';

interface PlanDateProps {
  /** The date the plan is checked with: the panel's own choice, else the page's, else none (today). */
  date: string | undefined;
  /** Where the date came from. */
  from: 'page' | 'panel' | 'plan' | 'none';
  /** The plan's end as the page shows it ("gültig bis"). */
  end?: string | undefined;
  /** Today (YYYY-MM-DD), said when the form shows no date. */
  today: string;
  /** A new date for the check (null: back to the page's own). */
  onChange: (date: string | null) => void;
}

/** "Plan vom 02.03.2026 · läuft bis 02.09.2026", or that today's date is used; changeable (in memory only). */
export function PlanDate({ date, from, end, today, onChange }: PlanDateProps) {
  const id = useId();
  const text =
    date === undefined
      ? `Kein Datum im Formular – geprüft mit dem heutigen Datum (${formatDate(today)}).`
      : `Plan vom ${formatDate(date)}${end && from !== 'panel' ? ` · läuft bis ${formatDate(end)}` : ''}${from === 'panel' ? ' (von Ihnen hier geändert)' : ''}`;
  return (
    <div className="plan-date">
      <p className="plan-date-line">{text}</p>
      {from === 'panel' && (
        <button type="button" className="plan-date-reset" onClick={() => onChange(null)}>
          Datum des Plans wieder nehmen
        </button>
      )}
      <details className="plan-date-change">
        <summary>Datum ändern</summary>
        <p>
          <label htmlFor={id}>Mit diesem Datum prüfen:</label>{' '}
          <input
            id={id}
            type="date"
            value={date ?? today}
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange(e.target.value);
            }}
          />
        </p>
        <p className="hint">Das Datum gilt nur hier im Panel; ins Formular wird nichts geschrieben.</p>
      </details>
    </div>
  );
}
