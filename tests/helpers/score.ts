/**
 * Scores the checker on a labelled JSONL set, with the same rules as the project's evaluation contract:
 * findings are matched by [category, section, entry] (plan-level ones by category), "dontcare" entries are
 * not scored, "entryOnly" cases ignore plan-level findings, rewrites are judged by required and forbidden words (a
 * "noFix" case passes only without a first-person fix).
 */
import { readFileSync } from 'node:fs';
import { checkPlan, parsePlan } from '../../checker/checker';
import { CATEGORIES, entryText, type Finding, type Plan } from '../../core/plan';

interface Case {
  id: string;
  plan: unknown;
  expect: Array<[string, string | null, number | null]>;
  dontcare?: Array<[string, string?, number?]>;
  entryOnly?: boolean;
  rewrite?: { section: string; entry: number; must?: string[]; anyOf?: string[][]; mustNot?: string[]; noFix?: boolean; allFixes?: boolean };
}

const PLAN_LEVEL = new Set(['missing-goal', 'imbalance']);
const key = (c: string, s: string | null, e: number | null) => (PLAN_LEVEL.has(c) ? `${c}|-|-` : `${c}|${s}|${e}`);
const words = (s: string) => s.toLocaleLowerCase('de').split(/[^\p{L}\p{N}.\-]+/u).map((w) => w.replace(/^[.\-]+|[.\-]+$/g, '')).filter(Boolean);

function applyFixes(text: string, findings: Finding[]): string {
  let out = text, lastStart = Infinity;
  for (const f of [...findings].sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (f.fix!.end > lastStart) continue;
    out = out.slice(0, f.fix!.start) + f.fix!.text + out.slice(f.fix!.end);
    lastStart = f.fix!.start;
  }
  return out;
}

export interface Score { microF1: number; perCategory: Record<string, { tp: number; fp: number; fn: number; f1: number | null }>; rewrites: [number, number]; errors: string[] }

export function scoreFile(path: string): Score {
  const cases = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
  const stats = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  let rwPass = 0, rwTotal = 0;
  for (const c of cases) {
    const parsed = parsePlan({ ...(c.plan as object), id: c.id });
    if (!parsed.ok) { errors.push(`${c.id}: ${parsed.error}`); continue; }
    const plan: Plan = parsed.plan;
    const { findings } = checkPlan(plan);
    const dc = c.dontcare ?? [];
    const scored = (cat: string, s: string | null, e: number | null) =>
      (CATEGORIES as readonly string[]).includes(cat) && !(c.entryOnly && PLAN_LEVEL.has(cat)) &&
      !dc.some(([dcat, ds, de]) => dcat === cat && (ds === undefined || ds === s) && (de === undefined || de === e));
    const expected = new Set(c.expect.filter(([cat, s, e]) => scored(cat, s, e)).map(([cat, s, e]) => key(cat, s, e)));
    const found = new Set(findings.filter((f) => scored(f.category, f.section, f.entry)).map((f) => key(f.category, f.section, f.entry)));
    for (const k of expected) { const cat = k.split('|')[0]!; if (found.has(k)) stats[cat]!.tp++; else { stats[cat]!.fn++; errors.push(`${c.id}: missed ${k}`); } }
    for (const k of found) if (!expected.has(k)) { stats[k.split('|')[0]!]!.fp++; errors.push(`${c.id}: false ${k}`); }
    if (c.rewrite) {
      rwTotal++;
      const { section, entry } = c.rewrite;
      const e = (plan.sections as Record<string, Plan['sections']['ziel']>)[section]![entry]!;
      // allFixes: every fix of the entry, as "apply all" would; noFix: no first-person fix is safe, the case passes without one
      const fixes = findings.filter((f) => f.section === section && f.entry === entry && f.fix && (c.rewrite!.allFixes || f.category === 'not-first-person'));
      const after = fixes.length ? applyFixes(entryText(e), fixes) : null;
      const ws = new Set(after ? words(after) : []);
      const has = (t: string) => ws.has(t.toLocaleLowerCase('de'));
      const ok = c.rewrite.noFix ? after === null
        : after !== null && (c.rewrite.must ?? []).every(has) && (c.rewrite.anyOf ?? []).every((g) => g.some(has)) && !(c.rewrite.mustNot ?? []).some(has);
      if (ok) rwPass++; else errors.push(`${c.id}: rewrite "${after}"`);
    }
  }
  let TP = 0, FP = 0, FN = 0;
  const perCategory: Score['perCategory'] = {};
  for (const [cat, { tp, fp, fn }] of Object.entries(stats)) {
    TP += tp; FP += fp; FN += fn;
    const p = tp + fp ? tp / (tp + fp) : null, r = tp + fn ? tp / (tp + fn) : null;
    // a category with cases but no correct finding scores 0, not "no score"
    perCategory[cat] = { tp, fp, fn, f1: r === null ? null : tp === 0 ? 0 : (2 * p! * r) / (p! + r) };
  }
  const P = TP + FP ? TP / (TP + FP) : 0, R = TP + FN ? TP / (TP + FN) : 0;
  return { microF1: P + R ? (2 * P * R) / (P + R) : 0, perCategory, rewrites: [rwPass, rwTotal], errors };
}
