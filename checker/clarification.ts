/**
 * An open point of the read-aloud round becomes a clarification the job centre owes: "Klärung bis <date> mit
 * <person>". Whether it names a person is decided exactly as for any job-centre commitment in the plan: the
 * clause is checked as an entry under "Mein Jobcenter unterstützt mich durch" with the rules that look for a
 * named counterpart (missing-counterpart, counterpart-role-only). A clause without a person, with "das
 * Jobcenter" or with a bare role gets that rule's title and message — the same words the side panel shows.
 * Needs the language data (`loadLanguage()`); pure otherwise.
 */
import type { Rule } from '../core/rule';
import counterpartRoleOnly from '../rules/counterpart-role-only';
import missingCounterpart from '../rules/missing-counterpart';
import { checkPlan, isLanguageLoaded } from './checker';

const COUNTERPART_RULES: readonly Rule[] = [missingCounterpart, counterpartRoleOnly];

export interface ClarificationFinding {
  /** The rule's id (the finding's category). */
  category: string;
  title: string;
  message: string;
}

/** The checker's finding for the clause, or null when it names a person (or the language data is not loaded). */
export function checkClarification(clause: string): ClarificationFinding | null {
  if (!isLanguageLoaded()) return null;
  const { findings } = checkPlan({ sections: { jobcenter: [clause] } }, { ruleList: COUNTERPART_RULES });
  const f = findings[0];
  if (!f) return null;
  const rule = COUNTERPART_RULES.find((r) => r.id === f.category)!;
  return { category: f.category, title: rule.title, message: f.message };
}
