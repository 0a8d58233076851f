/**
 * The audit of many plans, for the quality trainer: how many plans have each kind of finding, how many of the
 * job centre's commitments and the client's steps have a date and a named person, and how readable the plans
 * are. Pure aggregation: plans go in one at a time (`add`), the summary comes out at the end. No file access;
 * reading folders and writing reports is the command line's job (cli/audit.ts). Call `loadLanguage()` first.
 */
import { planBalance, type Balance } from '../checker/balance';
import { checkPlan, type CheckOptions } from '../checker/checker';
import { wholePlanReadability, type ReadabilityBand } from '../checker/readability';
import type { Plan, Severity } from '../core/plan';
import { RULES } from '../rules/index';

/** Where a plan came from: a file, and the line for JSONL. */
export interface AuditSource {
  file: string;
  line?: number;
}

export interface AuditedPlan {
  source: AuditSource;
  id: string | number | null;
  date: string | null;
  /** All findings of the plan. */
  findings: number;
  /** Findings per category (only categories that occur). */
  categories: Record<string, number>;
  balance: Balance;
  /** Whole-plan readability; null when the plan has too little text. */
  readability: { fleschAmstad: number; wiener: number; band: ReadabilityBand; bands: { fleschAmstad: ReadabilityBand; wiener: ReadabilityBand } } | null;
}

export interface SkippedSource {
  source: AuditSource;
  reason: string;
}

export interface CategoryCount {
  id: string;
  title: string;
  severity: Severity | null;
  /** Plans with at least one finding of this category. */
  plans: number;
  /** plans / all audited plans, 0 … 1 (0 when there are no plans). */
  share: number;
}

export interface SideStats {
  /** Plans with at least one (non-blank) entry in the section. */
  plansWithEntries: number;
  entries: number;
  withTime: number;
  withPerson: number;
}

export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export type BandCounts = Record<ReadabilityBand, number>;

export interface AuditSummary {
  plans: number;
  plansWithFindings: number;
  /** Every rule's category, most frequent first (ties in rule order); other categories seen come last. */
  categories: CategoryCount[];
  jobcenter: SideStats;
  schritte: SideStats;
  readability: {
    /** Plans with a whole-plan score. */
    scored: number;
    /** Plans with too little text for a score. */
    unscored: number;
    fleschAmstad: Quartiles | null;
    wiener: Quartiles | null;
    bands: { fleschAmstad: BandCounts; wiener: BandCounts; overall: BandCounts };
  };
  rows: AuditedPlan[];
  skipped: SkippedSource[];
}

/**
 * The q-quantile of sorted numbers, linear between the two nearest ranks (the usual method of spreadsheets
 * and R's default, type 7). Null for an empty list.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function quartiles(values: readonly number[]): Quartiles | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0]!, q1: quantile(s, 0.25)!, median: quantile(s, 0.5)!, q3: quantile(s, 0.75)!, max: s[s.length - 1]! };
}

const emptyBands = (): BandCounts => ({ leicht: 0, mittel: 0, schwer: 0 });

export class Audit {
  readonly #rows: AuditedPlan[] = [];
  readonly #skipped: SkippedSource[] = [];
  readonly #plansPerCategory = new Map<string, number>();

  constructor(private readonly options: CheckOptions = {}) {}

  /** Checks one plan and records it. */
  add(plan: Plan, source: AuditSource): AuditedPlan {
    const result = checkPlan(plan, this.options);
    const categories: Record<string, number> = {};
    for (const f of result.findings) categories[f.category] = (categories[f.category] ?? 0) + 1;
    for (const c of Object.keys(categories)) this.#plansPerCategory.set(c, (this.#plansPerCategory.get(c) ?? 0) + 1);
    const r = wholePlanReadability(plan).score;
    const row: AuditedPlan = {
      source,
      id: plan.id ?? null,
      date: plan.date ?? null,
      findings: result.findings.length,
      categories,
      balance: planBalance(plan, this.options.today),
      readability: r && { fleschAmstad: r.fleschAmstad, wiener: r.wiener, band: r.band, bands: r.bands },
    };
    this.#rows.push(row);
    return row;
  }

  /** Records a file or line that could not be read as a plan. */
  skip(source: AuditSource, reason: string): void {
    this.#skipped.push({ source, reason });
  }

  get plans(): number { return this.#rows.length; }
  get skippedCount(): number { return this.#skipped.length; }

  summary(): AuditSummary {
    const rows = this.#rows;
    const n = rows.length;
    const share = (k: number) => (n ? k / n : 0);

    const known = new Set<string>(RULES.map((r) => r.id));
    const categories: CategoryCount[] = RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity, plans: this.#plansPerCategory.get(r.id) ?? 0, share: 0 }));
    const order = new Map(categories.map((c, i) => [c.id, i]));
    categories.sort((a, b) => b.plans - a.plans || order.get(a.id)! - order.get(b.id)!);
    const others = [...this.#plansPerCategory].filter(([id]) => !known.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [id, plans] of others) {
      categories.push({ id, title: id === 'checker-error' ? 'Regel konnte nicht prüfen' : id, severity: null, plans, share: 0 });
    }
    for (const c of categories) c.share = share(c.plans);

    const side = (key: 'client' | 'jobcenter'): SideStats => {
      const s: SideStats = { plansWithEntries: 0, entries: 0, withTime: 0, withPerson: 0 };
      for (const row of rows) {
        const b = row.balance[key];
        if (b.entries > 0) s.plansWithEntries++;
        s.entries += b.entries;
        s.withTime += b.withTime;
        s.withPerson += b.withPerson;
      }
      return s;
    };

    const fa: number[] = [], w: number[] = [];
    const bands = { fleschAmstad: emptyBands(), wiener: emptyBands(), overall: emptyBands() };
    for (const row of rows) {
      const r = row.readability;
      if (!r) continue;
      fa.push(r.fleschAmstad);
      w.push(r.wiener);
      bands.fleschAmstad[r.bands.fleschAmstad]++;
      bands.wiener[r.bands.wiener]++;
      bands.overall[r.band]++;
    }

    return {
      plans: n,
      plansWithFindings: rows.filter((r) => r.findings > 0).length,
      categories,
      jobcenter: side('jobcenter'),
      schritte: side('client'),
      readability: { scored: fa.length, unscored: n - fa.length, fleschAmstad: quartiles(fa), wiener: quartiles(w), bands },
      rows,
      skipped: this.#skipped,
    };
  }
}
