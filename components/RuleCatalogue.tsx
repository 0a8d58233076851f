/**
 * The rule catalogue as teaching material: per rule one screen — what it catches in one sentence, "Warum?" with its
 * sources, and the two or three pairs "So nicht → Besser so" the rule chose (checker/teaching.ts); every other
 * example folded under "Alle Beispiele (n)", each shown once. Made from the rule objects themselves
 * (rules/index.ts), so it cannot drift from the code. All text is rendered as React text nodes (escaped), never
 * as HTML.
 */
import { useEffect } from 'react';
import { SECTION_HEADINGS, SECTION_KEYS, SEVERITY_LABELS, type Plan, type SectionKey } from '../core/plan';
import { ALL_SECTIONS, type EntryExample, type EntryRule, type PlanExample, type PlanRule, type Rule } from '../core/rule';
import { RULES } from '../rules/index';
import { formatDate } from '../checker/findings';
import { sourceTitle } from '../checker/rules-info';
import { changedHeadings, entryTeaching, exampleSection, planHeadings, planTeaching, shownPlan, type PlanPair } from '../checker/teaching';

/** The plan date of an example that names none (see EntryExample in core/rule.ts). */
export const DEFAULT_EXAMPLE_PLAN_DATE = '2026-03-02';

export function ruleAnchor(id: string): string {
  return `regel-${id}`;
}

/** "alle sechs Abschnitte", "den ganzen Plan", or the headings of the sections the rule looks at. */
export function ruleScope(rule: Rule): string {
  if (rule.level === 'plan') return 'den ganzen Plan';
  if (ALL_SECTIONS.every((k) => rule.sections.includes(k))) return 'alle sechs Abschnitte des Plans';
  return rule.sections.map((k) => `„${SECTION_HEADINGS[k]}“`).join(', ');
}

/** How many examples the catalogue lists under "Alle Beispiele" (every example but the pairs, each once). */
export function foldedCount(rule: Rule): number {
  const t = rule.level === 'entry' ? entryTeaching(rule) : planTeaching(rule);
  return t.flagged.length + t.clean.length;
}

interface RuleCatalogueProps {
  rules?: readonly Rule[];
  /** Address of the options page, for the link "Regeln ein- und ausschalten". */
  optionsHref?: string;
  /** Address of the one-page overview ("Spickzettel"). */
  cheatSheetHref?: string;
  /** Prints the page (the print button is left out without it). */
  onPrint?: () => void;
  /** Called once the rules are on the page (e.g. to scroll to the rule the address names). */
  onShown?: () => void;
}

export function RuleCatalogue({ rules = RULES, optionsHref, cheatSheetHref, onPrint, onShown }: RuleCatalogueProps) {
  // once, after the first render
  useEffect(() => onShown?.(), []);
  return (
    <div className="catalogue">
      <header className="page-header">
        <p className="brand">Klarplan</p>
        <h1>Alle Regeln</h1>
        <p className="intro">
          Klarplan prüft einen Kooperationsplan mit {rules.length} Regeln. Zu jeder Regel: was sie findet, warum (mit der
          Quelle) und zwei oder drei Beispiele „So nicht → Besser so“; alle weiteren Beispiele sind eingeklappt. Die Seite
          entsteht aus den Regeln selbst: Was hier steht, prüft Klarplan genau so. Beispiele ohne eigenes Datum stammen aus
          einem Plan vom {formatDate(DEFAULT_EXAMPLE_PLAN_DATE)}.
        </p>
        {(onPrint || optionsHref || cheatSheetHref) && (
          <p className="no-print page-actions">
            {cheatSheetHref && <a href={cheatSheetHref}>Spickzettel: alle Regeln auf einer Seite (zum Ausdrucken)</a>}
            {onPrint && (
              <button type="button" onClick={onPrint}>
                Regelkatalog drucken
              </button>
            )}
            {optionsHref && <a href={optionsHref}>Regeln ein- und ausschalten (Einstellungen)</a>}
          </p>
        )}
      </header>

      <nav aria-labelledby="inhalt-heading" className="toc">
        <h2 id="inhalt-heading">Inhalt</h2>
        <ol>
          {rules.map((rule) => (
            <li key={rule.id}>
              <a href={`#${ruleAnchor(rule.id)}`}>{rule.title}</a>{' '}
              <span className={`severity-tag severity-${rule.severity}`}>{SEVERITY_LABELS[rule.severity]}</span>
            </li>
          ))}
        </ol>
      </nav>

      <main className="rules">
        {rules.map((rule) => (
          <RuleEntry key={rule.id} rule={rule} />
        ))}
      </main>
    </div>
  );
}

function RuleEntry({ rule }: { rule: Rule }) {
  const anchor = ruleAnchor(rule.id);
  const headingId = `${anchor}-titel`;
  return (
    <section id={anchor} aria-labelledby={headingId} className="rule" data-rule={rule.id}>
      <h2 id={headingId}>{rule.title}</h2>
      <dl className="rule-facts">
        <div>
          <dt>Stufe</dt>
          <dd>
            <span className={`severity-tag severity-${rule.severity}`}>{SEVERITY_LABELS[rule.severity]}</span>
          </dd>
        </div>
        <div>
          <dt>Prüft</dt>
          <dd>{ruleScope(rule)}</dd>
        </div>
        <div>
          <dt>Kennung</dt>
          <dd>
            <code>{rule.id}</code>
          </dd>
        </div>
      </dl>
      <div className="rule-body">
        <div className="rule-about">
          <p className="rule-catches">
            <span className="label">Findet:</span> {rule.catches}
          </p>
          <p className="rule-message">
            <span className="label">Klarplan sagt:</span> {rule.message}
          </p>
          <h3 id={`${anchor}-warum`}>Warum?</h3>
          <p className="rule-why">{rule.why}</p>
          <p className="sources-label" id={`${anchor}-quellen`}>
            Quelle{rule.sources.length > 1 ? 'n' : ''}:
          </p>
          <ul className="sources" aria-labelledby={`${anchor}-quellen`}>
            {rule.sources.map((s) => (
              <li key={s.seed + s.section}>
                {sourceTitle(s.seed)}, {s.section}
              </li>
            ))}
          </ul>
        </div>
        {rule.level === 'entry' ? <EntryExamples rule={rule} /> : <PlanExamples rule={rule} />}
      </div>
    </section>
  );
}

/** "(unter „…“, bis wann: …, Plan vom …)", leaving out the section when the rule looks at one section only. */
function ExampleContext({ rule, example }: { rule: EntryRule; example: EntryExample }) {
  const parts: string[] = [];
  if (rule.sections.length > 1) parts.push(`unter „${SECTION_HEADINGS[exampleSection(rule, example)]}“`);
  if (example.due !== undefined) parts.push(`bis wann: ${formatDate(example.due)}`);
  if (example.planDate !== undefined) parts.push(`Plan vom ${formatDate(example.planDate)}`);
  if (example.planEnd !== undefined) parts.push(`läuft bis ${formatDate(example.planEnd)}`);
  return parts.length ? <span className="context"> ({parts.join(', ')})</span> : null;
}

const Arrow = () => <span aria-hidden="true">→ </span>;

function EntryExamples({ rule }: { rule: EntryRule }) {
  const t = entryTeaching(rule);
  return (
    <>
      <div className="rule-pairs">
        <h3>So nicht → Besser so</h3>
        <ol className="pairs">
          {t.pairs.map((p, i) => (
            <li key={i} className="pair">
              <p className="before">
                <span className="label">So nicht:</span> <q>{p.example.text}</q>
                <ExampleContext rule={rule} example={p.example} />
              </p>
              <p className="after">
                <span className="label">
                  <Arrow />
                  Besser so:
                </span>{' '}
                <q>{p.better}</q>
                {p.source === 'fix' && <span className="context"> (Klarplans Vorschlag)</span>}
              </p>
            </li>
          ))}
        </ol>
      </div>
      {t.flagged.length + t.clean.length > 0 && (
      <details className="all-examples">
        <summary>Alle Beispiele ({t.flagged.length + t.clean.length})</summary>
        {t.flagged.length > 0 && (
          <>
            <h3>Findet Klarplan ({t.flagged.length})</h3>
            <ul className="examples">
              {t.flagged.map((ex, i) => (
                <li key={`f${i}`} className="example flagged">
                  <p className="before">
                    <span className="label">So nicht:</span> <q>{ex.text}</q>
                    <ExampleContext rule={rule} example={ex} />
                  </p>
                  {(ex.fixed ?? ex.better) !== undefined && (
                    <p className="after">
                      <span className="label">
                        <Arrow />
                        Besser so:
                      </span>{' '}
                      <q>{ex.fixed ?? ex.better}</q>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {t.clean.length > 0 && (
          <>
            <h3>In Ordnung ({t.clean.length})</h3>
            <ul className="examples">
              {t.clean.map((ex, i) => (
                <li key={`c${i}`} className="example clean">
                  <p>
                    <span className="label">In Ordnung:</span> <q>{ex.text}</q>
                    <ExampleContext rule={rule} example={ex} />
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
      )}
    </>
  );
}

function PlanExamples({ rule }: { rule: PlanRule }) {
  const t = planTeaching(rule);
  const headings = planHeadings(rule);
  return (
    <>
      <div className="rule-pairs">
        <h3>So nicht → Besser so</h3>
        <ol className="pairs">
          {t.pairs.map((p, i) => (
            <li key={i} className="pair plan-pair">
              <PlanPairTable pair={p} headings={headings} />
            </li>
          ))}
        </ol>
      </div>
      {t.flagged.length + t.clean.length > 0 && (
      <details className="all-examples">
        <summary>Alle Beispiele ({t.flagged.length + t.clean.length})</summary>
        <ul className="examples">
          {t.flagged.map((ex, i) => (
            <PlanExampleItem key={`f${i}`} example={ex} kind="flagged" headings={headings} />
          ))}
          {t.clean.map((ex, i) => (
            <PlanExampleItem key={`c${i}`} example={ex} kind="clean" headings={headings} />
          ))}
        </ul>
      </details>
      )}
    </>
  );
}

/** A plan pair as one table: a row per heading, "So nicht" and "Besser so" side by side, what changed marked. */
function PlanPairTable({ pair, headings }: { pair: PlanPair; headings: readonly SectionKey[] }) {
  const before = shownPlan(pair.example.plan), after = shownPlan(pair.better);
  const changed = new Set(changedHeadings(pair.example.plan, pair.better));
  const cell = (entries: Array<{ text: string; due?: string }>) =>
    entries.length === 0 ? (
      <span className="empty">(leer)</span>
    ) : (
      entries.map((e, i) => (
        <span key={i} className="plan-entry">
          <q>{e.text}</q>
          {e.due !== undefined && <span className="context"> (bis wann: {formatDate(e.due)})</span>}
        </span>
      ))
    );
  return (
    <table className="plan-pair-table">
      <thead>
        <tr>
          <td />
          <th scope="col" className="before">
            <span className="label">So nicht</span>
          </th>
          <th scope="col" className="after">
            <span className="label">
              <Arrow />
              Besser so
            </span>
          </th>
        </tr>
      </thead>
      <tbody>
        {headings.map((key) => {
          const i = SECTION_KEYS.indexOf(key);
          return (
            <tr key={key} className={changed.has(key) ? 'changed' : 'unchanged'}>
              <th scope="row">{SECTION_HEADINGS[key]}</th>
              {changed.has(key) ? (
                <>
                  <td className="before">{cell(before[i]!.entries)}</td>
                  <td className="after">{cell(after[i]!.entries)}</td>
                </>
              ) : (
                <td colSpan={2} className="both">
                  {cell(before[i]!.entries)} <span className="same">(in beiden gleich)</span>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PlanExampleItem({ example, kind, headings }: { example: PlanExample; kind: 'flagged' | 'clean'; headings: SectionKey[] }) {
  return (
    <li className={`example ${kind}`}>
      <p className={kind === 'flagged' ? 'before' : undefined}>
        <span className="label">{kind === 'flagged' ? 'So nicht:' : 'In Ordnung:'}</span> dieser Plan
      </p>
      <ExamplePlan plan={example.plan} headings={headings} />
    </li>
  );
}

/** A small plan under the headings the rule's examples use, "(leer)" where one has no entry. */
function ExamplePlan({ plan, headings }: { plan: Plan; headings: readonly SectionKey[] }) {
  const shown = shownPlan(plan).filter((s) => headings.includes(s.key));
  return (
    <dl className="example-plan">
      {plan.date !== undefined && (
        <div>
          <dt>Datum des Plans</dt>
          <dd>{formatDate(plan.date)}</dd>
        </div>
      )}
      {shown.map(({ key, entries }) => (
        <div key={key}>
          <dt>{SECTION_HEADINGS[key]}</dt>
          {entries.length === 0 ? (
            <dd className="empty">(leer)</dd>
          ) : (
            entries.map((e, i) => (
              <dd key={i}>
                <q>{e.text}</q>
                {e.due !== undefined && <span className="context"> (bis wann: {formatDate(e.due)})</span>}
              </dd>
            ))
          )}
        </div>
      ))}
    </dl>
  );
}
