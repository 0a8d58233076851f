/**
 * The audit of many plans, for the quality trainer: how many plans have each kind of finding, how many of the
 * job centre's commitments and the client's steps have a date and a named person, and how readable the plans
 * are. Two parts: `auditText`/`auditPlan` look at one plan and give its row (they can run anywhere, e.g. in
 * several worker threads at once); `Audit` adds up the rows. It keeps counters and histograms, not the rows,
 * so its memory stays flat however many plans there are, and the order the rows come in does not change a
 * number. No file access; reading folders, threads and writing reports are the command line's (cli/audit*.ts).
 * Call `loadLanguage()` first.
 */
import { balanceOf, type Balance } from '../checker/balance';
import { checkPlanAnalysed, parsePlan, type CheckOptions } from '../checker/checker';
import { wholePlanReadabilityOf, type ReadabilityBand } from '../checker/readability';
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
  /** Files and lines that were not read: all of them counted, the first MAX_SKIPPED_ROWS kept in `skipped`. */
  skippedCount: number;
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
  /** The first MAX_SKIPPED_ROWS skipped sources, in input order. */
  skipped: SkippedSource[];
}

/** The report lists at most this many skipped files or lines (and the summary keeps no more); stderr names every one. */
export const MAX_SKIPPED_ROWS = 200;

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

/**
 * Scores counted in steps of 0.001 (Flesch-Amstad lies in 0 … 100, the Wiener Sachtextformel in 4 … 15, so there
 * are at most about 100,000 steps): bounded memory, and the same quartiles whatever order the plans come in.
 */
export const SCORE_STEP = 1000;

export class ScoreHistogram {
  readonly #counts = new Map<number, number>();
  #n = 0;
  add(v: number): void {
    const k = Math.round(v * SCORE_STEP);
    this.#counts.set(k, (this.#counts.get(k) ?? 0) + 1);
    this.#n++;
  }
  get count(): number { return this.#n; }
  /** The counts, to send to another thread; `merge` adds them to a histogram there. */
  entries(): Array<[number, number]> { return [...this.#counts]; }
  merge(entries: ReadonlyArray<readonly [number, number]>): void {
    for (const [k, c] of entries) {
      this.#counts.set(k, (this.#counts.get(k) ?? 0) + c);
      this.#n += c;
    }
  }
  /** Quartiles of the counted scores, as `quantile` would give them for the sorted list. */
  quartiles(): Quartiles | null {
    if (!this.#n) return null;
    const keys = [...this.#counts.keys()].sort((a, b) => a - b);
    const at = (rank: number): number => {
      let seen = 0;
      for (const k of keys) {
        seen += this.#counts.get(k)!;
        if (rank < seen) return k / SCORE_STEP;
      }
      return keys[keys.length - 1]! / SCORE_STEP;
    };
    const q = (p: number) => {
      const pos = (this.#n - 1) * p;
      const lo = Math.floor(pos), hi = Math.ceil(pos);
      const a = at(lo), b = at(hi);
      return a + (b - a) * (pos - lo);
    };
    return { min: at(0), q1: q(0.25), median: q(0.5), q3: q(0.75), max: at(this.#n - 1) };
  }
}

/** One plan's row: its findings per category, its balance and its readability. */
export function auditPlan(plan: Plan, source: AuditSource, options: CheckOptions = {}): AuditedPlan {
  // the audit counts findings and shows no fix: no fixes built into findings, no fact guard run for them
  const { result, analysis } = checkPlanAnalysed(plan, { ...options, fixes: false });
  const categories: Record<string, number> = {};
  for (const f of result.findings) categories[f.category] = (categories[f.category] ?? 0) + 1;
  const r = wholePlanReadabilityOf(analysis).score;
  return {
    source,
    id: plan.id ?? null,
    date: plan.date ?? null,
    findings: result.findings.length,
    categories,
    balance: balanceOf(analysis),
    readability: r && { fleschAmstad: r.fleschAmstad, wiener: r.wiener, band: r.band, bands: r.bands },
  };
}

/** What became of one plan text: its row, or why it was skipped. */
export type AuditOutcome = { source: AuditSource; row: AuditedPlan; skip?: undefined } | { source: AuditSource; skip: string; row?: undefined };

/** Reads one plan (JSON text), checks it and gives its row; a text that is not a plan gives the reason, in one line. */
export function auditText(text: string, source: AuditSource, options: CheckOptions = {}): AuditOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { source, skip: oneLine(`kein gültiges JSON (not valid JSON): ${(e as Error).message}`) };
  }
  const parsed = parsePlan(raw);
  if (!parsed.ok) return { source, skip: oneLine(parsed.error) };
  try {
    return { source, row: auditPlan(parsed.plan, source, options) };
  } catch (e) {
    return { source, skip: oneLine(`Fehler beim Prüfen (error while checking): ${(e as Error).message}`) };
  }
}

/** V8's JSON errors quote the text with its line breaks; a reason is one line. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What an Audit has added up from its rows, as plain data (for structured cloning): worker threads each add up
 * their own rows and send this at the end; the main thread merges it. Sums and histograms do not depend on the
 * order, so the merged numbers are those of one Audit that saw every row.
 */
export interface AuditState {
  plans: number;
  withFindings: number;
  plansPerCategory: Array<[string, number]>;
  sides: { jobcenter: SideStats; schritte: SideStats };
  fa: Array<[number, number]>;
  wiener: Array<[number, number]>;
  bands: { fleschAmstad: BandCounts; wiener: BandCounts; overall: BandCounts };
}

export class Audit {
  readonly #skipped: SkippedSource[] = [];
  #skippedCount = 0;
  readonly #plansPerCategory = new Map<string, number>();
  #plans = 0;
  #withFindings = 0;
  readonly #sides = {
    jobcenter: { plansWithEntries: 0, entries: 0, withTime: 0, withPerson: 0 } as SideStats,
    schritte: { plansWithEntries: 0, entries: 0, withTime: 0, withPerson: 0 } as SideStats,
  };
  readonly #fa = new ScoreHistogram();
  readonly #wiener = new ScoreHistogram();
  readonly #bands = { fleschAmstad: emptyBands(), wiener: emptyBands(), overall: emptyBands() };

  constructor(private readonly options: CheckOptions = {}) {}

  /** Checks one plan and records it. */
  add(plan: Plan, source: AuditSource): AuditedPlan {
    const row = auditPlan(plan, source, this.options);
    this.addRow(row);
    return row;
  }

  /** Records a plan's row (from `auditPlan`, here or in another thread). */
  addRow(row: AuditedPlan): void {
    this.#plans++;
    if (row.findings > 0) this.#withFindings++;
    for (const c of Object.keys(row.categories)) this.#plansPerCategory.set(c, (this.#plansPerCategory.get(c) ?? 0) + 1);
    for (const [key, b] of [['jobcenter', row.balance.jobcenter], ['schritte', row.balance.client]] as const) {
      const s = this.#sides[key];
      if (b.entries > 0) s.plansWithEntries++;
      s.entries += b.entries;
      s.withTime += b.withTime;
      s.withPerson += b.withPerson;
    }
    const r = row.readability;
    if (r) {
      this.#fa.add(r.fleschAmstad);
      this.#wiener.add(r.wiener);
      this.#bands.fleschAmstad[r.bands.fleschAmstad]++;
      this.#bands.wiener[r.bands.wiener]++;
      this.#bands.overall[r.band]++;
    }
  }

  /** The rows added up so far (skipped sources are not part of it: they stay with the thread that reads). */
  state(): AuditState {
    return {
      plans: this.#plans,
      withFindings: this.#withFindings,
      plansPerCategory: [...this.#plansPerCategory],
      sides: { jobcenter: { ...this.#sides.jobcenter }, schritte: { ...this.#sides.schritte } },
      fa: this.#fa.entries(),
      wiener: this.#wiener.entries(),
      bands: { fleschAmstad: { ...this.#bands.fleschAmstad }, wiener: { ...this.#bands.wiener }, overall: { ...this.#bands.overall } },
    };
  }

  /** Adds what another Audit added up (`state()`, e.g. from a worker thread). */
  merge(st: AuditState): void {
    this.#plans += st.plans;
    this.#withFindings += st.withFindings;
    for (const [c, n] of st.plansPerCategory) this.#plansPerCategory.set(c, (this.#plansPerCategory.get(c) ?? 0) + n);
    for (const key of ['jobcenter', 'schritte'] as const) {
      const s = this.#sides[key], o = st.sides[key];
      s.plansWithEntries += o.plansWithEntries;
      s.entries += o.entries;
      s.withTime += o.withTime;
      s.withPerson += o.withPerson;
    }
    this.#fa.merge(st.fa);
    this.#wiener.merge(st.wiener);
    for (const kind of ['fleschAmstad', 'wiener', 'overall'] as const) {
      for (const band of Object.keys(st.bands[kind]) as ReadabilityBand[]) this.#bands[kind][band] += st.bands[kind][band];
    }
  }

  /** Records a file or line that could not be read as a plan. */
  skip(source: AuditSource, reason: string): void {
    this.#skippedCount++;
    if (this.#skipped.length < MAX_SKIPPED_ROWS) this.#skipped.push({ source, reason });
  }

  get plans(): number { return this.#plans; }
  get skippedCount(): number { return this.#skippedCount; }

  summary(): AuditSummary {
    const n = this.#plans;
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

    const scored = this.#fa.count;
    const copyBands = (b: BandCounts): BandCounts => ({ ...b });
    return {
      plans: n,
      skippedCount: this.#skippedCount,
      plansWithFindings: this.#withFindings,
      categories,
      jobcenter: { ...this.#sides.jobcenter },
      schritte: { ...this.#sides.schritte },
      readability: {
        scored,
        unscored: n - scored,
        fleschAmstad: this.#fa.quartiles(),
        wiener: this.#wiener.quartiles(),
        bands: { fleschAmstad: copyBands(this.#bands.fleschAmstad), wiener: copyBands(this.#bands.wiener), overall: copyBands(this.#bands.overall) },
      },
      skipped: [...this.#skipped],
    };
  }
}
