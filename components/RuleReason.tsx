import { ruleById } from '../checker/rules-info';

/** "Warum?": the rule's reason and its sources, folded away until asked for. */
export function RuleReason({ category }: { category: string }) {
  const rule = ruleById(category);
  if (!rule) return null;
  return (
    <details className="why">
      <summary>Warum?</summary>
      <p>{rule.why}</p>
      <p className="sources">
        Quelle{rule.sources.length > 1 ? 'n' : ''}:{' '}
        {rule.sources.map((s, i) => (
          <span key={s.seed + s.section}>
            {i > 0 && '; '}
            {s.title}, {s.section}
          </span>
        ))}
      </p>
    </details>
  );
}
