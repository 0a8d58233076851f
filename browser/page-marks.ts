/**
 * The side panel's "klarplan/markers" message for the page: per field the number of findings (the markers
 * next to the fields), each finding's words in its field with severity and a short title (the marks in the
 * text), and the plan's total and worst severity (the toolbar badge). Pure: no DOM, no browser API.
 */
import type { Finding, Severity } from '../core/plan';
import { ruleById } from '../checker/rules-info';
import type { PageMark, ToPage } from '../messages/index';
import type { PagePlanView } from './page-plan';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worse of two severities (undefined counts as none). */
export function worseSeverity(a: Severity | undefined, b: Severity): Severity {
  return a && RANK[a] >= RANK[b] ? a : b;
}

/** The worst severity among findings or marks; undefined for none. */
export function worstOf(items: ReadonlyArray<{ severity: Severity }>): Severity | undefined {
  let worst: Severity | undefined;
  for (const i of items) worst = worseSeverity(worst, i.severity);
  return worst;
}

/** The message for the page after a check; `view` is undefined when the page shows no plan (then: nothing to mark). */
export function markersMessage(view: PagePlanView | undefined, findings: readonly Finding[]): Extract<ToPage, { type: 'klarplan/markers' }> {
  if (!view) return { type: 'klarplan/markers', counts: {}, marks: [], total: 0 };
  const marks: PageMark[] = [];
  for (const f of findings) {
    if (f.section === null || f.entry === null) continue;
    const loc = view.locate(f.section, f.entry);
    if (!loc) continue;
    const rule = ruleById(f.category);
    const start = loc.offset + Math.max(0, f.start);
    const end = Math.max(start, loc.offset + f.end);
    marks.push({ fieldId: loc.fieldId, start, end, severity: f.severity, title: (rule?.tag || rule?.title || f.category).slice(0, 200) });
  }
  const worst = worstOf(findings);
  return {
    type: 'klarplan/markers',
    counts: view.countsByField(findings),
    marks: marks.slice(0, 2000),
    total: findings.length,
    ...(worst ? { worst } : {}),
  };
}
