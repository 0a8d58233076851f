import type { CheckResult, Finding, Plan } from '../core/plan';
import { RuleReason } from './RuleReason';
import { SEVERITY_LABELS, countLabel, findingExcerpt, groupFindings } from '../checker/findings';

interface FindingListProps {
  plan: Plan;
  result: CheckResult;
  /** Heading level of the group headings (the list sits under a heading one level up). */
  headingLevel?: 2 | 3 | 4;
  /** Writes a finding's fix into the page ("Übernehmen"); without it, fixes are only shown. */
  onApply?: (finding: Finding) => void;
  /** Shows the finding's text in the page. */
  onReveal?: (finding: Finding) => void;
  /** Prefix for element ids, when two lists share a page (before/after). */
  idPrefix?: string;
}

/**
 * The checker's findings, grouped under the plan's six section headings.
 * All text is rendered as React text nodes (escaped), never as HTML.
 */
export function FindingList({ plan, result, headingLevel = 3, onApply, onReveal, idPrefix = '' }: FindingListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="finding-groups">
      {groupFindings(result.findings).map((group) => {
        const headingId = `${idPrefix}gruppe-${group.key}`;
        return (
          <section key={group.key} className="finding-group" aria-labelledby={headingId}>
            <Heading id={headingId}>
              {group.heading} <span className="count">({countLabel(group.findings.length)})</span>
            </Heading>
            {group.findings.length === 0 ? (
              <p className="empty">Keine Hinweise in diesem Abschnitt.</p>
            ) : (
              <ul className="findings">
                {group.findings.map((finding, i) => {
                  const excerpt = findingExcerpt(plan, finding);
                  return (
                    <li
                      key={`${finding.category}-${finding.entry ?? 'x'}-${finding.start}-${i}`}
                      className={`finding severity-${finding.severity}`}
                    >
                      <span className="severity">{SEVERITY_LABELS[finding.severity] ?? finding.severity}:</span>{' '}
                      <span className="message">{finding.message}</span>
                      {finding.entry !== null && (
                        <span className="where">
                          {' '}
                          (Eintrag {finding.entry + 1}
                          {excerpt !== undefined && (
                            <>
                              , Stelle: <q>{excerpt}</q>
                            </>
                          )}
                          )
                        </span>
                      )}
                      {finding.fix && (
                        <span className="fix">
                          {' '}
                          Vorschlag: <q>{finding.fix.text}</q>
                        </span>
                      )}
                      <span className="actions">
                        {finding.fix && onApply && (
                          <button type="button" className="apply" onClick={() => onApply(finding)}>
                            Übernehmen
                          </button>
                        )}
                        {onReveal && finding.entry !== null && (
                          <button type="button" className="reveal" onClick={() => onReveal(finding)}>
                            Im Formular zeigen
                          </button>
                        )}
                      </span>
                      <RuleReason category={finding.category} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
