/**
 * "Spickzettel": all rules on one printed page for the training room — per rule its title and severity, what it
 * catches, why in one sentence, and its shortest "So nicht → Besser so" pair. Made from the rule objects
 * (rules/index.ts), like the catalogue. All text is rendered as React text nodes (escaped), never as HTML.
 */
import { SECTION_HEADINGS, SEVERITY_LABELS, entryText, type Plan, type SectionKey } from '../core/plan';
import type { Rule } from '../core/rule';
import { RULES } from '../rules/index';
import { changedHeadings, shortestPair, type EntryPair, type PlanPair } from '../checker/teaching';
import { formatDate } from '../checker/findings';
import { ruleAnchor } from './RuleCatalogue';

interface CheatSheetProps {
  rules?: readonly Rule[];
  /** Address of the catalogue, for "Ausführlich: der Regelkatalog" and the links from each rule. */
  catalogueHref?: string;
  onPrint?: () => void;
}

export function CheatSheet({ rules = RULES, catalogueHref, onPrint }: CheatSheetProps) {
  return (
    <div className="cheat-sheet">
      <header className="page-header">
        <p className="brand">Klarplan</p>
        <h1>Spickzettel: {rules.length} Regeln für einen klaren Kooperationsplan</h1>
        <p className="intro">
          Was Klarplan findet, warum – und ein Beispiel „So nicht → Besser so“. Wichtig: Fehler, die nicht in den Plan gehören;
          Empfehlung: so wird der Plan konkret; Tipp: ein Hinweis.
        </p>
        {(onPrint || catalogueHref) && (
          <p className="no-print page-actions">
            {onPrint && (
              <button type="button" onClick={onPrint}>
                Spickzettel drucken (eine Seite)
              </button>
            )}
            {catalogueHref && <a href={catalogueHref}>Ausführlich, mit allen Beispielen: der Regelkatalog</a>}
          </p>
        )}
      </header>
      <main>
        <table className="cheat-table">
          <caption className="visually-hidden">Alle Regeln von Klarplan mit je einem Beispiel</caption>
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Findet</th>
              <th scope="col">Warum?</th>
              <th scope="col">So nicht → Besser so</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => {
              const pair = shortestPair(rule);
              return (
                <tr key={rule.id} data-rule={rule.id}>
                  <th scope="row">
                    {catalogueHref ? <a href={`${catalogueHref}#${ruleAnchor(rule.id)}`}>{rule.title}</a> : rule.title}{' '}
                    <span className={`severity-tag severity-${rule.severity}`}>{SEVERITY_LABELS[rule.severity]}</span>
                  </th>
                  <td>{rule.catches}</td>
                  <td>{rule.whyBrief}</td>
                  <td>{pair === undefined ? '–' : 'section' in pair ? <EntryLine pair={pair} /> : <PlanLine pair={pair} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </div>
  );
}

function EntryLine({ pair }: { pair: EntryPair }) {
  return (
    <>
      <span className="before">
        <span className="visually-hidden">So nicht: </span>
        <q>{pair.example.text}</q>
      </span>{' '}
      <span aria-hidden="true">→</span>{' '}
      <span className="after">
        <span className="visually-hidden">Besser so: </span>
        <q>{pair.better}</q>
      </span>
    </>
  );
}

function Under({ plan, k }: { plan: Plan; k: SectionKey }) {
  const texts = (plan.sections[k] ?? []).map(entryText).filter((t) => t.trim() !== '');
  return texts.length ? (
    <>
      {texts.map((t, i) => (
        <q key={i}>{t}</q>
      ))}
    </>
  ) : (
    <>(leer)</>
  );
}

function PlanLine({ pair }: { pair: PlanPair }) {
  const keys = changedHeadings(pair.example.plan, pair.better);
  const before = pair.example.plan.date, after = pair.better.date;
  return (
    <>
      {before !== after && (
        <span className="plan-line">
          Datum des Plans:{' '}
          <span className="before">
            <span className="visually-hidden">So nicht: </span>
            {before === undefined ? '(keins)' : formatDate(before)}
          </span>{' '}
          <span aria-hidden="true">→</span>{' '}
          <span className="after">
            <span className="visually-hidden">Besser so: </span>
            {after === undefined ? '(keins)' : formatDate(after)}
          </span>
        </span>
      )}
      {keys.map((k) => (
        <span key={k} className="plan-line">
          {SECTION_HEADINGS[k]}:{' '}
          <span className="before">
            <span className="visually-hidden">So nicht: </span>
            <Under plan={pair.example.plan} k={k} />
          </span>{' '}
          <span aria-hidden="true">→</span>{' '}
          <span className="after">
            <span className="visually-hidden">Besser so: </span>
            <Under plan={pair.better} k={k} />
          </span>
        </span>
      ))}
    </>
  );
}
