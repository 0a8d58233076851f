import { planBalance, type Balance } from '../checker/balance';
import { checkPlan } from '../checker/checker';
import { countsLine, formatDate, upperFirst } from '../checker/findings';
import { planReadability, READABILITY_HELP, type ReadabilityResult } from '../checker/readability';
import { ruleById } from '../checker/rules-info';
import { SECTION_HEADINGS, SECTION_KEYS, SEVERITY_LABELS, type CheckResult, type Finding, type Plan } from '../core/plan';
import { alignPlans, type AlignedRow, type RowSide } from './plan-diff';

/** "12 Hinweise: 1 wichtig · 11 Empfehlungen" (the panel's way of saying counts). */
function countLine(result: CheckResult): string {
  return upperFirst(countsLine(result.findings));
}

function FindingTags({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p className="ba-ok">{upperFirst(countsLine([]))}</p>;
  return (
    <ul className="ba-findings">
      {findings.map((f, i) => (
        <li key={i} className={`severity-${f.severity}`}>
          <span className="ba-tag">{ruleById(f.category)?.tag ?? f.category}</span>{' '}
          <span className="visually-hidden">({SEVERITY_LABELS[f.severity]}) </span>
          <span className="ba-message">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}

function EntryText({ side, mark }: { side: RowSide; mark: 'del' | 'ins' }) {
  const Mark = mark;
  return (
    <p className="ba-text">
      {side.segments.map((s, i) => (s.changed ? <Mark key={i}>{s.text}</Mark> : <span key={i}>{s.text}</span>))}
      {side.due !== undefined && (
        <span className="due">
          {' '}
          (bis {side.dueChanged ? <Mark>{formatDate(side.due)}</Mark> : formatDate(side.due)})
        </span>
      )}
    </p>
  );
}

function Cell({ side, findings, mark }: { side?: RowSide; findings: readonly Finding[]; mark: 'del' | 'ins' }) {
  if (!side) {
    return <td className="ba-cell ba-none">{mark === 'del' ? '– (neu in der verbesserten Fassung)' : '– (hier nicht mehr)'}</td>;
  }
  return (
    <td className="ba-cell">
      <div className="ba-wrap">
        <div className="ba-entry">
          <EntryText side={side} mark={mark} />
          <FindingTags findings={findings} />
        </div>
      </div>
    </td>
  );
}

const findingsOf = (result: CheckResult, row: AlignedRow, side?: RowSide) =>
  side ? result.findings.filter((f) => f.section === row.section && f.entry === side.index) : [];

const de = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 0 });
const share = (n: number, of: number) => `${n} von ${of}`;
const readable = (r: ReadabilityResult) => (r.score ? `${r.score.band} (Flesch-Amstad ${de(r.score.fleschAmstad)})` : 'zu wenig Text');

/** Balance and readability of both versions, one row per number, so they line up as well. */
function Figures({ before, after }: { before: Plan; after: Plan }) {
  const b: Balance = planBalance(before), a: Balance = planBalance(after);
  const rows: Array<[string, string, string]> = [
    ['Meine Schritte mit Termin', share(b.client.withTime, b.client.entries), share(a.client.withTime, a.client.entries)],
    ['Zusagen des Jobcenters mit Termin', share(b.jobcenter.withTime, b.jobcenter.entries), share(a.jobcenter.withTime, a.jobcenter.entries)],
    ['Zusagen des Jobcenters mit Namen', share(b.jobcenter.withPerson, b.jobcenter.entries), share(a.jobcenter.withPerson, a.jobcenter.entries)],
    ['Lesbarkeit des ganzen Plans', readable(planReadability(before).plan), readable(planReadability(after).plan)],
  ];
  return (
    <section className="ba-figures" aria-labelledby="ba-zahlen">
      <h3 id="ba-zahlen">Gleichgewicht und Lesbarkeit</h3>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">Vorher</th>
            <th scope="col">Nachher</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, x, y]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{x}</td>
              <td>{y}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Was die Lesbarkeitszahlen bedeuten</summary>
        <p>{READABILITY_HELP.fleschAmstad}</p>
        <p>{READABILITY_HELP.wiener}</p>
        <p>{READABILITY_HELP.limits}</p>
      </details>
    </section>
  );
}

/**
 * The same plan before and after, row by row: each entry of the weak version next to the same entry of the
 * improved one, the words that changed marked (removed ones on the left, new ones on the right), each entry's
 * findings beside it, the counts at the top of both columns; then balance and readability of both. Read-only;
 * the checker runs here, nothing is sent.
 */
export function BeforeAfter({ before, after }: { before: Plan; after: Plan }) {
  const rb = checkPlan(before), ra = checkPlan(after);
  const rows = alignPlans(before, after);
  const planWide = (r: CheckResult) => r.findings.filter((f) => f.section === null);
  return (
    <section className="before-after" aria-labelledby="ba-titel">
      <h2 id="ba-titel">Vorher – nachher, Eintrag für Eintrag</h2>
      <p className="ba-legend">
        <del>So markiert</del> ist, was in der verbesserten Fassung wegfällt; <ins>so markiert</ins>, was neu ist. Neben
        jedem Eintrag stehen seine Hinweise.
      </p>
      <table className="ba-table">
        <caption className="visually-hidden">Schwache und verbesserte Fassung, Eintrag für Eintrag, mit den Hinweisen</caption>
        <thead>
          <tr>
            <th scope="col" className="ba-head">
              <span className="ba-title">Vorher: schwache Fassung</span> <span className="ba-count">{countLine(rb)}</span>
            </th>
            <th scope="col" className="ba-head">
              <span className="ba-title">Nachher: verbesserte Fassung</span> <span className="ba-count">{countLine(ra)}</span>
            </th>
          </tr>
        </thead>
        {(planWide(rb).length > 0 || planWide(ra).length > 0) && (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={2} className="ba-section">
                Plan insgesamt
              </th>
            </tr>
            <tr>
              <td className="ba-cell">
                <FindingTags findings={planWide(rb)} />
              </td>
              <td className="ba-cell">
                <FindingTags findings={planWide(ra)} />
              </td>
            </tr>
          </tbody>
        )}
        {SECTION_KEYS.map((key) => {
          const sectionRows = rows.filter((r) => r.section === key);
          return (
            <tbody key={key} data-section={key}>
              <tr>
                <th scope="rowgroup" colSpan={2} className="ba-section">
                  {SECTION_HEADINGS[key]}
                </th>
              </tr>
              {sectionRows.length === 0 ? (
                <tr>
                  <td className="ba-cell ba-empty">(leer)</td>
                  <td className="ba-cell ba-empty">(leer)</td>
                </tr>
              ) : (
                sectionRows.map((row, i) => (
                  <tr key={i} className={`ba-row ba-${row.kind}`} data-kind={row.kind}>
                    <Cell side={row.before} findings={findingsOf(rb, row, row.before)} mark="del" />
                    <Cell side={row.after} findings={findingsOf(ra, row, row.after)} mark="ins" />
                  </tr>
                ))
              )}
            </tbody>
          );
        })}
      </table>
      <Figures before={before} after={after} />
    </section>
  );
}
