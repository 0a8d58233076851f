/**
 * The plan checker: reads a Kooperationsplan, runs every rule, returns findings with fixes.
 * Pure TypeScript: no DOM and no browser API, so the extension, the command line and the tests
 * run the same code. Call `loadLanguage()` once before the first check.
 */
import { z } from 'zod';
import { EntryAnalysis, type PlanAnalysis } from '../core/analysis';
import { loadLanguage, isLanguageLoaded } from '../language/language';
import { namedPersons } from '../language/people';
import { planDay, realDay } from '../language/time';
import { tokenize } from '../language/tokens';
import { describePlanError, entryDue, entryOwner, entryText, PlanSchema, SECTION_KEYS, type CheckResult, type Finding, type Plan, type SectionKey, type Severity } from '../core/plan';
import { CLIENT_SECTIONS, type Hit, type Rule } from '../core/rule';
import { keepsAmounts, keepsInstitutions, keepsRanges, keepsWhoActs } from '../language/facts';
import { RULES } from '../rules/index';

export { loadLanguage, isLanguageLoaded };

export const RuleSettingSchema = z.object({
  enabled: z.boolean().optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export interface CheckOptions {
  /** Per-rule switches and severities, by rule id. */
  rules?: Record<string, RuleSetting>;
  /** "Today", for plans without a date (tests pin it). */
  today?: Date;
  /** The rules to run; all of them by default. */
  ruleList?: readonly Rule[];
  /**
   * false: findings without their fixes, and the fact guard not run (for the audit, which counts findings and
   * shows no fix). The findings are the same either way; tests/checker.test.ts compares them.
   */
  fixes?: boolean;
}

const SECTION_ORDER = new Map(SECTION_KEYS.map((k, i) => [k, i]));

/** Validates unknown input as a plan. The error names the field, in German (zod's German locale) and plainly. */
export function parsePlan(input: unknown): { ok: true; plan: Plan } | { ok: false; error: string } {
  const r = PlanSchema.safeParse(input);
  return r.success ? { ok: true, plan: r.data } : { ok: false, error: `Ungültiger Plan (invalid plan): ${describePlanError(r.error)}` };
}

// Facts a fix must keep: every number and date, every name that is not the client's own, every institution and
// instrument (an abbreviation only as its confirmed meaning), and who acts (only the client becomes "ich").
/** A number, date, time, amount or reference as written with digits ("30.04.2026", "10:30", "120,50", "0561/12"). */
export const FACT_RE = /\d[\d.:/,-]*\d|\d/g;
export function keepsFacts(before: string, after: string, clientNames: readonly string[] = [], section?: SectionKey): boolean {
  if (!keepsNumbersAndNames(before, after, clientNames)) return false;
  if (!keepsInstitutions(before, after)) return false;
  if (!keepsRanges(before, after) || !keepsAmounts(before, after)) return false;
  return keepsWhoActs(before, after, clientNames, section === undefined || CLIENT_SECTIONS.includes(section as never));
}

/**
 * The part of the fact guard that holds in any language: every number written with digits and every named person
 * (other than the client's own names) of `before` is in `after` as written. The translation's guard
 * (translation/facts.ts): institutions and "ich" are words, and a translation rightly changes them.
 */
export function keepsNumbersAndNames(before: string, after: string, clientNames: readonly string[] = []): boolean {
  for (const fact of before.match(FACT_RE) ?? []) if (!after.includes(fact)) return false;
  for (const p of namedPersons(tokenize(before))) {
    const name = before.slice(p.start, p.end);
    if (clientNames.includes(name)) continue;
    if (!after.includes(name.replace(/^Herrn /, 'Herr ')) && !after.includes(name)) return false;
  }
  return true;
}

/**
 * Does replacing text[start..end] with `replacement` keep the facts? Only the fix and a margin around it can
 * change, so that window is compared (the whole entry would make long entries quadratic).
 */
export function fixKeepsFacts(text: string, fix: { start: number; end: number; text: string }, clientNames: readonly string[] = [], section?: SectionKey): boolean {
  const MARGIN = 40;
  const from = Math.max(0, fix.start - MARGIN), to = Math.min(text.length, fix.end + MARGIN);
  const before = text.slice(from, to);
  const after = text.slice(from, fix.start) + fix.text + text.slice(fix.end, to);
  return keepsFacts(before, after, clientNames, section);
}


export function checkPlan(plan: Plan, options: CheckOptions = {}): CheckResult {
  return checkPlanAnalysed(plan, options).result;
}

/**
 * As `checkPlan`, and the analysis the rules read (every entry tokenised, its times and people found), for
 * callers that need more of the plan than its findings, such as the audit's balance, without doing it twice.
 */
export function checkPlanAnalysed(plan: Plan, options: CheckOptions = {}): { result: CheckResult; analysis: PlanAnalysis } {
  if (!isLanguageLoaded()) throw new Error('Klarplan: Sprachdaten nicht geladen – zuerst loadLanguage() aufrufen (call loadLanguage() first).');
  const rules = options.ruleList ?? RULES;
  const settings = options.rules ?? {};
  const planDate = planDay(plan.date, options.today);
  const dateValid = !plan.date || !!realDay(plan.date);
  // the plan's own end ("gültig bis") counts only for a real day after a real plan date
  const end = dateValid && plan.date && plan.end ? realDay(plan.end) : null;
  const ownEnd = end && end.getTime() > planDate.getTime() ? end : undefined;
  const entries = {} as Record<SectionKey, EntryAnalysis[]>;
  for (const key of SECTION_KEYS) {
    entries[key] = (plan.sections[key] ?? []).map((e, i) => new EntryAnalysis(entryText(e), key, i, planDate, entryDue(e), dateValid, ownEnd, entryOwner(e)));
  }
  const pa: PlanAnalysis = dateValid ? { planDate, entries } : { planDate, entries, impossibleDate: plan.date };
  const findings: Finding[] = [];
  const rank = new Map(rules.map((r, i) => [r.id, i]));

  for (const rule of rules) {
    const setting = settings[rule.id];
    if (setting?.enabled === false) continue;
    const severity: Severity = setting?.severity ?? rule.severity;
    if (rule.level === 'plan') {
      for (const h of safeCheck(rule, () => rule.check(pa), findings)) {
        findings.push({ category: rule.id, section: null, entry: null, start: 0, end: 0, severity, message: h.message ?? rule.message });
      }
      continue;
    }
    for (const section of rule.sections) {
      for (const a of entries[section]) {
        const own: Finding[] = [];
        let refused = false;
        for (const h of safeCheck(rule, () => rule.check(a), findings, a)) {
          const f: Finding = { category: rule.id, section, entry: a.index, start: h.start, end: h.end, severity, message: h.message ?? rule.message };
          const fix = options.fixes === false ? undefined : h.fix;
          if (fix && fix.start >= 0 && fix.end <= a.text.length && fix.start <= fix.end) {
            // A fix never changes a fact: otherwise the finding stays, without the fix.
            if (fix.text !== a.text.slice(fix.start, fix.end) && fixKeepsFacts(a.text, fix, h.clientNames, section)) f.fix = { start: fix.start, end: fix.end, text: fix.text };
            else refused = true;
          }
          own.push(f);
        }
        if (refused && rule.oneRewrite) for (const f of own) delete f.fix;
        findings.push(...own);
      }
    }
  }
  if (options.fixes !== false) dropOverlappingFixes(findings, rank);
  findings.sort(
    (x, y) =>
      (x.section === null ? -1 : SECTION_ORDER.get(x.section)!) - (y.section === null ? -1 : SECTION_ORDER.get(y.section)!) ||
      (x.entry ?? -1) - (y.entry ?? -1) ||
      x.start - y.start ||
      (rank.get(x.category) ?? 0) - (rank.get(y.category) ?? 0),
  );
  return { result: plan.id === undefined ? { findings } : { id: plan.id, findings }, analysis: pa };
}

/** Within one entry, fixes must not overlap; the rule listed first keeps its fix, the finding of the other stays. */
function dropOverlappingFixes(findings: Finding[], rank: Map<string, number>): void {
  const byEntry = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const k = `${f.section}|${f.entry}`;
    byEntry.set(k, [...(byEntry.get(k) ?? []), f]);
  }
  for (const list of byEntry.values()) {
    list.sort((a, b) => (rank.get(a.category) ?? 0) - (rank.get(b.category) ?? 0) || a.fix!.start - b.fix!.start);
    const taken: Array<[number, number]> = [];
    for (const f of list) {
      const { start, end } = f.fix!;
      if (taken.some(([s, e]) => start < e && s < end)) delete f.fix;
      else taken.push([start, end]);
    }
  }
}

function safeCheck(rule: Rule, run: () => Hit[], findings: Finding[], a?: EntryAnalysis): Hit[] {
  try {
    const hits = run();
    if (!a) return hits;
    return hits.filter((h) => h.start >= 0 && h.end <= a.text.length && h.start <= h.end);
  } catch (e) {
    if ((globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.KLARPLAN_STRICT) throw e;
    // A rule that fails must not take the others down; the failure shows as a finding of its own kind.
    findings.push({
      category: 'checker-error', section: a?.section ?? null, entry: a?.index ?? null, start: 0, end: 0, severity: 'info',
      message: `Die Regel „${rule.title}“ konnte diesen Eintrag nicht prüfen (${(e as Error).message}).`,
    });
    return [];
  }
}
