import { SECTION_HEADINGS, SECTION_KEYS, entryDue, entryText, type Plan } from '../core/plan';
import { formatDate } from '../checker/findings';

interface PlanViewProps {
  plan: Plan;
  headingLevel?: 3 | 4;
}

/** Read-only view of a plan: the six sections with their entries and due dates. */
export function PlanView({ plan, headingLevel = 3 }: PlanViewProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="plan-view">
      {SECTION_KEYS.map((key) => {
        const entries = plan.sections[key] ?? [];
        return (
          <div key={key} className="plan-section">
            <Heading>{SECTION_HEADINGS[key]}</Heading>
            {entries.length === 0 ? (
              <p className="empty">(leer)</p>
            ) : (
              <ol>
                {entries.map((entry, i) => {
                  const due = entryDue(entry);
                  return (
                    <li key={i}>
                      {entryText(entry)}
                      {due !== undefined && <span className="due"> (bis {formatDate(due)})</span>}
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        );
      })}
    </div>
  );
}
