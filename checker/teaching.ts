/**
 * How the catalogue teaches a rule from its own examples (rules/*.ts stay the single source): two or three chosen
 * pairs "So nicht → Besser so" first, then every other example, each shown once.
 *
 * The choice is the rule's: flagged examples marked `showcase` (with a "Besser so": the fix's `fixed` text or a
 * `better` wording). A rule that marks none gets the selection rule instead: flagged examples that have a
 * "Besser so", one per section first, the shortest first.
 *
 * Examples that look the same when shown (e.g. an empty goal and a goal of blanks, which both show as "(leer)")
 * are listed once, and an "In Ordnung" example is left out when it is a shown pair's "Besser so".
 */
import { entryDue, entryText, SECTION_KEYS, type Plan, type SectionKey } from '../core/plan';
import type { EntryExample, EntryRule, PlanExample, PlanRule } from '../core/rule';

export const MAX_PAIRS = 3;

export interface EntryPair {
  example: EntryExample;
  section: SectionKey;
  /** The text after the fix, or the rule's better wording. */
  better: string;
  /** Where "Besser so" comes from: Klarplan's own fix, or a wording written with the rule. */
  source: 'fix' | 'wording';
}

export interface PlanPair {
  example: PlanExample;
  better: Plan;
}

export interface Teaching<Pair, Example> {
  pairs: Pair[];
  /** The other flagged examples, each shown once. */
  flagged: Example[];
  /** The clean examples, each shown once, without those a pair already shows as "Besser so". */
  clean: Example[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The section an entry example is checked in (the rule's first when it names none). */
export function exampleSection(rule: EntryRule, ex: EntryExample): SectionKey {
  return ex.section ?? rule.sections[0] ?? 'ziel';
}

/** What the catalogue shows of an entry example: text, section, "bis wann", plan date, and its "Besser so". */
function entryKey(rule: EntryRule, ex: EntryExample, text = ex.text, better = ex.fixed ?? ex.better): string {
  return JSON.stringify([norm(text), exampleSection(rule, ex), ex.due ?? '', ex.planDate ?? '', ex.planEnd ?? '', better === undefined ? '' : norm(better)]);
}

/** What the catalogue shows of a plan: its date and the entries with text under each heading. */
export function shownPlan(plan: Plan): Array<{ key: SectionKey; entries: Array<{ text: string; due?: string }> }> {
  return SECTION_KEYS.map((key) => ({
    key,
    entries: (plan.sections[key] ?? [])
      .filter((e) => entryText(e).trim() !== '')
      .map((e) => {
        const due = entryDue(e);
        return due === undefined ? { text: norm(entryText(e)) } : { text: norm(entryText(e)), due };
      }),
  }));
}

function planKey(ex: PlanExample): string {
  return JSON.stringify([ex.plan.date ?? '', shownPlan(ex.plan), ex.better ? shownPlan(ex.better) : null]);
}

function once<T>(items: readonly T[], key: (t: T) => string, taken: Set<string>): T[] {
  return items.filter((item) => {
    const k = key(item);
    if (taken.has(k)) return false;
    taken.add(k);
    return true;
  });
}

/**
 * The selection rule for a rule that marks no showcase: flagged examples with a "Besser so", one per section first,
 * the shortest first (file order on ties), then shown in file order.
 */
export function selectPairs<E>(flagged: readonly E[], opts: { hasBetter(e: E): boolean; section(e: E): string; length(e: E): number }): E[] {
  const candidates = flagged
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => opts.hasBetter(e))
    .sort((a, b) => opts.length(a.e) - opts.length(b.e) || a.i - b.i);
  const chosen: typeof candidates = [];
  const sections = new Set<string>();
  for (const c of candidates) {
    if (chosen.length < MAX_PAIRS && !sections.has(opts.section(c.e))) {
      chosen.push(c);
      sections.add(opts.section(c.e));
    }
  }
  for (const c of candidates) if (chosen.length < MAX_PAIRS && !chosen.includes(c)) chosen.push(c);
  return chosen.sort((a, b) => a.i - b.i).map((c) => c.e);
}

function chosen<E extends { showcase?: boolean }>(flagged: readonly E[], hasBetter: (e: E) => boolean, fallback: () => E[]): E[] {
  const marked = flagged.filter((e) => e.showcase === true && hasBetter(e));
  return marked.length > 0 ? marked.slice(0, MAX_PAIRS) : fallback();
}

export function entryTeaching(rule: EntryRule): Teaching<EntryPair, EntryExample> {
  const { flagged, clean } = rule.examples;
  const hasBetter = (e: EntryExample) => (e.fixed ?? e.better) !== undefined;
  const picked = chosen(flagged, hasBetter, () =>
    selectPairs(flagged, { hasBetter, section: (e) => exampleSection(rule, e), length: (e) => e.text.length }),
  );
  const pairs: EntryPair[] = picked.map((example) => ({
    example,
    section: exampleSection(rule, example),
    better: (example.fixed ?? example.better)!,
    source: example.fixed !== undefined ? 'fix' : 'wording',
  }));
  const taken = new Set(picked.map((e) => entryKey(rule, e)));
  const others = once(
    flagged.filter((e) => !picked.includes(e)),
    (e) => entryKey(rule, e),
    taken,
  );
  // an "In Ordnung" example that reads like a shown "Besser so" (same text, section, date) is not listed again
  const shownBetter = new Set(pairs.map((p) => entryKey(rule, p.example, p.better, '')));
  const cleanOnce = once(clean, (e) => entryKey(rule, e), new Set()).filter((e) => !shownBetter.has(entryKey(rule, e, e.text, '')));
  return { pairs, flagged: others, clean: cleanOnce };
}

export function planTeaching(rule: PlanRule): Teaching<PlanPair, PlanExample> {
  const { flagged, clean } = rule.examples;
  const hasBetter = (e: PlanExample) => e.better !== undefined;
  const size = (p: Plan) => shownPlan(p).reduce((n, s) => n + s.entries.reduce((m, e) => m + e.text.length, 0), 0);
  const picked = chosen(flagged, hasBetter, () => selectPairs(flagged, { hasBetter, section: () => 'plan', length: (e) => size(e.plan) }));
  const pairs: PlanPair[] = picked.map((example) => ({ example, better: example.better! }));
  const taken = new Set(picked.map(planKey));
  const others = once(flagged.filter((e) => !picked.includes(e)), planKey, taken);
  const shownBetter = new Set(pairs.map((p) => JSON.stringify([p.better.date ?? '', shownPlan(p.better), null])));
  const cleanOnce = once(clean, planKey, new Set()).filter((e) => !shownBetter.has(planKey(e)));
  return { pairs, flagged: others, clean: cleanOnce };
}

/** The headings a plan rule's examples use (in plan order), so every plan of that rule is shown under the same ones. */
export function planHeadings(rule: PlanRule): SectionKey[] {
  const plans = [...rule.examples.flagged, ...rule.examples.clean].flatMap((e) => (e.better ? [e.plan, e.better] : [e.plan]));
  return SECTION_KEYS.filter((key) => plans.some((p) => (p.sections[key] ?? []).some((e) => entryText(e).trim() !== '')));
}

/** The headings (in plan order) under which a plan and its better version show different entries. */
export function changedHeadings(plan: Plan, better: Plan): SectionKey[] {
  const a = shownPlan(plan), b = shownPlan(better);
  return SECTION_KEYS.filter((_, i) => JSON.stringify(a[i]!.entries) !== JSON.stringify(b[i]!.entries));
}

/** The shortest of a rule's pairs, for a one-line example (the one-page overview). */
export function shortestPair(rule: EntryRule | PlanRule): EntryPair | PlanPair | undefined {
  if (rule.level === 'entry') {
    return [...entryTeaching(rule).pairs].sort((x, y) => x.example.text.length + x.better.length - (y.example.text.length + y.better.length))[0];
  }
  const size = (p: PlanPair) =>
    changedHeadings(p.example.plan, p.better).reduce((n, k) => n + JSON.stringify(p.example.plan.sections[k] ?? []).length + JSON.stringify(p.better.sections[k] ?? []).length, 0);
  return [...planTeaching(rule).pairs].sort((x, y) => size(x) - size(y))[0];
}
