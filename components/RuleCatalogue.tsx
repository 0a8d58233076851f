/**
 * The rule catalogue: every rule with its title, what it catches, why (reason and sources) and its own examples
 * as "So nicht → Besser so". Made from the rule objects themselves (rules/index.ts), so it cannot drift from
 * the code. All text is rendered as React text nodes (escaped), never as HTML.
 */
import { SECTION_HEADINGS, SECTION_KEYS, SEVERITY_LABELS, entryDue, entryText, type Plan, type SectionKey } from '../core/plan';
import { ALL_SECTIONS, type EntryExample, type PlanExample, type Rule } from '../core/rule';
import { RULES } from '../rules/index';
import { formatDate } from '../checker/findings';
import { sourceTitle } from '../checker/rules-info';

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

interface RuleCatalogueProps {
  rules?: readonly Rule[];
  /** Address of the options page, for the link "Regeln ein- und ausschalten". */
  optionsHref?: string;
  /** Prints the page (the print button is left out without it). */
  onPrint?: () => void;
}

export function RuleCatalogue({ rules = RULES, optionsHref, onPrint }: RuleCatalogueProps) {
  const examples = rules.reduce((n, r) => n + r.examples.flagged.length + r.examples.clean.length, 0);
  return (
    <div className="catalogue">
      <header className="page-header">
        <p className="brand">Klarplan</p>
        <h1>Alle Regeln</h1>
        <p>
          Klarplan prüft einen Kooperationsplan mit {rules.length} Regeln. Hier steht zu jeder Regel, was sie findet, warum
          (mit der Quelle: Weisung, IAB-Bericht, BA-Flyer oder Ratgeber) und ihre eigenen Beispiele – {examples} insgesamt –
          als „So nicht“ und „Besser so“. Die Seite entsteht aus den Regeln selbst: Was hier steht, prüft Klarplan genau so.
          Beispiele ohne eigenes Datum stammen aus einem Plan vom {formatDate(DEFAULT_EXAMPLE_PLAN_DATE)}.
        </p>
        {(onPrint || optionsHref) && (
          <p className="no-print page-actions">
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

      <h3>Was Klarplan dazu sagt</h3>
      <p className="rule-message">{rule.message}</p>

      <h3>Warum?</h3>
      <p>{rule.why}</p>
      <p className="sources-label">Quelle{rule.sources.length > 1 ? 'n' : ''}:</p>
      <ul className="sources">
        {rule.sources.map((s) => (
          <li key={s.seed + s.section}>
            {sourceTitle(s.seed)}, {s.section}
          </li>
        ))}
      </ul>

      <h3>Beispiele</h3>
      {rule.level === 'entry' ? <EntryExamples rule={rule} /> : <PlanExamples flagged={rule.examples.flagged} clean={rule.examples.clean} />}
    </section>
  );
}

function EntryExamples({ rule }: { rule: Extract<Rule, { level: 'entry' }> }) {
  const { flagged, clean } = rule.examples;
  const first = rule.sections[0] ?? 'ziel';
  return (
    <ul className="examples">
      {flagged.map((ex, i) => (
        <li key={`f${i}`} className="example flagged">
          <p className="before">
            <span className="label">So nicht:</span> <q>{ex.text}</q>
            <ExampleContext example={ex} section={ex.section ?? first} />
          </p>
          {ex.fixed !== undefined && (
            <p className="after">
              <span className="label">
                <span aria-hidden="true">→ </span>Besser so:
              </span>{' '}
              <q>{ex.fixed}</q>
            </p>
          )}
        </li>
      ))}
      {clean.map((ex, i) => (
        <li key={`c${i}`} className="example clean">
          <p>
            <span className="label">In Ordnung:</span> <q>{ex.text}</q>
            <ExampleContext example={ex} section={ex.section ?? first} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Where the example stands, its "bis wann" date and (when it names one) the plan's date. */
function ExampleContext({ example, section }: { example: EntryExample; section: SectionKey }) {
  const parts = [`unter „${SECTION_HEADINGS[section]}“`];
  if (example.due !== undefined) parts.push(`bis wann: ${formatDate(example.due)}`);
  if (example.planDate !== undefined) parts.push(`Plan vom ${formatDate(example.planDate)}`);
  return <span className="context"> ({parts.join(', ')})</span>;
}

function PlanExamples({ flagged, clean }: { flagged: readonly PlanExample[]; clean: readonly PlanExample[] }) {
  return (
    <ul className="examples">
      {flagged.map((ex, i) => (
        <li key={`f${i}`} className="example flagged">
          <p className="before">
            <span className="label">So nicht:</span> dieser Plan
          </p>
          <ExamplePlan plan={ex.plan} />
        </li>
      ))}
      {clean.map((ex, i) => (
        <li key={`c${i}`} className="example clean">
          <p>
            <span className="label">In Ordnung:</span> dieser Plan
          </p>
          <ExamplePlan plan={ex.plan} />
        </li>
      ))}
    </ul>
  );
}

/** A small plan: the six headings with their entries, "(leer)" where there is none. */
function ExamplePlan({ plan }: { plan: Plan }) {
  return (
    <dl className="example-plan">
      {plan.date !== undefined && (
        <div>
          <dt>Datum des Plans</dt>
          <dd>{formatDate(plan.date)}</dd>
        </div>
      )}
      {SECTION_KEYS.map((key) => {
        const entries = (plan.sections[key] ?? []).filter((e) => entryText(e).trim() !== '');
        return (
          <div key={key}>
            <dt>{SECTION_HEADINGS[key]}</dt>
            {entries.length === 0 ? (
              <dd className="empty">(leer)</dd>
            ) : (
              entries.map((e, i) => {
                const due = entryDue(e);
                return (
                  <dd key={i}>
                    <q>{entryText(e)}</q>
                    {due !== undefined && <span className="context"> (bis wann: {formatDate(due)})</span>}
                  </dd>
                );
              })
            )}
          </div>
        );
      })}
    </dl>
  );
}
