import {
  SECTION_HEADINGS,
  SECTION_KEYS,
  entryText,
  type Finding,
  type Plan,
  type SectionKey,
  type Severity,
} from '../core/plan';

/** A heading with the findings under it: the six plan sections, then findings about the whole plan. */
export interface FindingGroup {
  key: SectionKey | 'plan';
  heading: string;
  findings: Finding[];
}

export const WHOLE_PLAN_HEADING = 'Plan insgesamt';

export { SEVERITY_LABELS } from '../core/plan';

function byPosition(a: Finding, b: Finding): number {
  return (a.entry ?? -1) - (b.entry ?? -1) || a.start - b.start || a.end - b.end;
}

/**
 * Groups findings under the six section headings, always in plan order and always all six
 * (a section without findings gets an empty list). Findings that belong to no section
 * (`section: null`, e.g. a missing goal) come last under "Plan insgesamt", only if there are any.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = SECTION_KEYS.map((key) => ({
    key,
    heading: SECTION_HEADINGS[key],
    findings: findings.filter((f) => f.section === key).sort(byPosition),
  }));
  const known = new Set<string>(SECTION_KEYS);
  const rest = findings.filter((f) => f.section === null || !known.has(f.section)).sort(byPosition);
  if (rest.length > 0) groups.push({ key: 'plan', heading: WHOLE_PLAN_HEADING, findings: rest });
  return groups;
}

/** The text a finding points at, or undefined if it has no entry or the offsets do not fit. */
export function findingExcerpt(plan: Plan, finding: Finding): string | undefined {
  if (finding.section === null || finding.entry === null) return undefined;
  const entry = plan.sections[finding.section]?.[finding.entry];
  if (entry === undefined) return undefined;
  const text = entryText(entry);
  const { start, end } = finding;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    return undefined;
  }
  return text.slice(start, end);
}

/** "1 Hinweis" / "3 Hinweise" / "keine Hinweise". */
export function countLabel(n: number): string {
  if (n === 0) return 'keine Hinweise';
  return n === 1 ? '1 Hinweis' : `${n} Hinweise`;
}

const SEVERITY_COUNT_WORDS: Record<Severity, [string, string]> = { error: ['wichtig', 'wichtig'], warning: ['Empfehlung', 'Empfehlungen'], info: ['Tipp', 'Tipps'] };

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity] += 1;
  return n;
}

/**
 * The one way Klarplan says how many findings there are, by severity: "13 Hinweise: 1 wichtig · 9 Empfehlungen ·
 * 3 Tipps" (severities with none left out), "1 Hinweis: 1 Tipp", "keine Hinweise".
 */
export function countsLine(findings: readonly Finding[]): string {
  const n = severityCounts(findings);
  const parts = (['error', 'warning', 'info'] as const).filter((s) => n[s] > 0).map((s) => `${n[s]} ${SEVERITY_COUNT_WORDS[s][n[s] === 1 ? 0 : 1]}`);
  return parts.length ? `${countLabel(findings.length)}: ${parts.join(' · ')}` : countLabel(0);
}

/** A count line at the start of a sentence or heading ("Keine Hinweise", "3 Hinweise: …"). */
export function upperFirst(s: string): string {
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s;
}

/** 2026-12-04 → 04.12.2026 (string only: no time zone can shift the day). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
