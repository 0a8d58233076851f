import { planBalance } from '../checker/balance';
import { checkPlan } from '../checker/checker';
import { planReadability } from '../checker/readability';
import { SEVERITY_LABELS, type Plan, type Severity } from '../core/plan';
import { BalanceView } from './BalanceView';
import { FindingList } from './FindingList';
import { PlanView } from './PlanView';
import { ReadabilityView } from './ReadabilityView';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** One side of the comparison: the plan, its findings by severity, balance, readability and the findings. */
function Side({ id, title, plan }: { id: string; title: string; plan: Plan }) {
  const result = checkPlan(plan);
  const bySeverity = SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const);
  return (
    <section className="ba-side" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      <p className="ba-count">
        <strong>{result.findings.length === 1 ? '1 Hinweis' : `${result.findings.length} Hinweise`}</strong>
        {' – '}
        {bySeverity.map(([s, n]) => `${SEVERITY_LABELS[s]} ${n}`).join(' · ')}
      </p>
      <details open>
        <summary>Text des Plans</summary>
        <PlanView plan={plan} headingLevel={3} />
      </details>
      <BalanceView balance={planBalance(plan)} idPrefix={`${id}-`} headingLevel={3} />
      <ReadabilityView readability={planReadability(plan)} idPrefix={`${id}-`} headingLevel={3} />
      <details>
        <summary>Alle Hinweise</summary>
        <FindingList plan={plan} result={result} headingLevel={4} idPrefix={`${id}-`} />
      </details>
    </section>
  );
}

/**
 * The same plan before and after: findings, balance and readability side by side, so a trainer can show the
 * difference in a workshop. Read-only; the checker runs here, nothing is sent.
 */
export function BeforeAfter({ before, after }: { before: Plan; after: Plan }) {
  return (
    <div className="before-after">
      <Side id="vorher" title="Vorher: schwache Fassung" plan={before} />
      <Side id="nachher" title="Nachher: verbesserte Fassung" plan={after} />
    </div>
  );
}
