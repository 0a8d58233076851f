/**
 * Every example of every rule runs as a test: flagged examples must be flagged by their rule (and, where
 * the example says so, the fix must give exactly the expected text); clean examples must not be flagged.
 * The two or three teaching pairs a rule chooses for the catalogue ("So nicht → Besser so") must have a
 * "Besser so" that no rule flags. A new rule under rules/ needs no wiring here.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../checker/checker';
import { SEED, type EntryExample } from '../core/rule';
import type { Finding, Plan } from '../core/plan';
import { RULES } from '../rules/index';

const ENTRY_RULES = RULES.filter((r) => r.level === 'entry');
/** One sentence: a single full stop (or ? !) at the end; abbreviations like "z. B." do not count. */
const ONE_SENTENCE = (s: string) => /^„?\p{Lu}/u.test(s) && /[.!?]$/.test(s) && !/[.!?]\s/u.test(s.replace(/\b(?:z|d|u|o)\. (?:B|h|a|Ä)\./g, ''));

describe('what the rules say about themselves', () => {
  it('each a short tag of its own', () => {
    for (const r of RULES) expect(r.tag.length, r.id).toBeLessThanOrEqual(16);
    expect(new Set(RULES.map((r) => r.tag)).size).toBe(RULES.length);
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s: what it catches and why, each in one sentence', (_id, r) => {
    expect(ONE_SENTENCE(r.catches), r.catches).toBe(true);
    expect(ONE_SENTENCE(r.whyBrief), r.whyBrief).toBe(true);
    expect(r.catches.length).toBeLessThanOrEqual(160);
    expect(r.whyBrief.length).toBeLessThanOrEqual(120); // read on a projector
  });
});

function planFor(ex: EntryExample, section: string): Plan {
  const entry = ex.due || ex.owner ? { text: ex.text, ...(ex.due ? { due: ex.due } : {}), ...(ex.owner ? { owner: ex.owner } : {}) } : ex.text;
  return { date: ex.planDate ?? '2026-03-02', ...(ex.planEnd ? { end: ex.planEnd } : {}), sections: { [section]: [entry] } } as Plan;
}

function applyFixes(text: string, findings: Finding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.fix!.start - a.fix!.start)) out = out.slice(0, f.fix!.start) + f.fix!.text + out.slice(f.fix!.end);
  return out;
}

for (const rule of RULES) {
  describe(`${rule.id}: ${rule.title}`, () => {
    it('has at least one flagged and one clean example, a reason and a source', () => {
      expect(rule.examples.flagged.length).toBeGreaterThan(0);
      expect(rule.examples.clean.length).toBeGreaterThan(0);
      expect(rule.why.length).toBeGreaterThan(40);
      expect(rule.sources.length).toBeGreaterThan(0);
      // every source is one of the project's seed documents (core/rule.ts SEED)
      for (const s of rule.sources) expect(Object.values(SEED)).toContain(s.seed);
    });
    it('chooses two or three teaching pairs, each with a "Besser so"; only flagged examples carry one', () => {
      const chosen = (rule.examples.flagged as Array<{ showcase?: boolean; fixed?: string; better?: unknown }>).filter((e) => e.showcase);
      expect(chosen.length).toBeGreaterThanOrEqual(2);
      expect(chosen.length).toBeLessThanOrEqual(3);
      for (const e of chosen) expect(e.fixed !== undefined || e.better !== undefined).toBe(true);
      for (const e of rule.examples.flagged as Array<{ fixed?: string; better?: unknown }>) expect(e.fixed !== undefined && e.better !== undefined).toBe(false);
      for (const e of rule.examples.clean as Array<{ showcase?: boolean; better?: unknown }>) expect([e.showcase, e.better]).toEqual([undefined, undefined]);
    });
    if (rule.level === 'entry') {
      for (const ex of rule.examples.flagged) {
        const section = ex.section ?? rule.sections[0]!;
        it(`flags [${section}] ${ex.text}`, () => {
          const own = checkPlan(planFor(ex, section), { ruleList: [rule] }).findings;
          expect(own.map((f) => f.category)).toContain(rule.id);
          for (const f of own) expect(f.message.length).toBeGreaterThan(10);
          if (ex.fixed !== undefined) {
            const fixes = own.filter((f) => f.fix);
            expect(fixes.length, 'a fix is expected').toBeGreaterThan(0);
            expect(applyFixes(ex.text, fixes)).toBe(ex.fixed);
          }
          if (ex.noFix) expect(own.filter((f) => f.fix).map((f) => f.fix!.text), 'no fix is expected').toEqual([]);
        });
      }
      for (const ex of rule.examples.flagged.filter((e) => e.showcase)) {
        const section = ex.section ?? rule.sections[0]!;
        const better = (ex.fixed ?? ex.better)!;
        it(`"Besser so" for [${section}] ${ex.text} is flagged by no rule: ${better}`, () => {
          const all = checkPlan(planFor({ ...ex, text: better }, section), { ruleList: ENTRY_RULES }).findings;
          expect(all.map((f) => `${f.category}: ${better.slice(f.start, f.end)}`)).toEqual([]);
        });
      }
      for (const ex of rule.examples.clean) {
        const section = ex.section ?? rule.sections[0]!;
        it(`does not flag [${section}] ${ex.text}`, () => {
          const own = checkPlan(planFor(ex, section), { ruleList: [rule] }).findings;
          expect(own.map((f) => `${f.category}: ${ex.text.slice(f.start, f.end)}`)).toEqual([]);
        });
      }
    } else {
      for (const ex of rule.examples.flagged) {
        it(`flags plan ${JSON.stringify(ex.plan.sections).slice(0, 80)}`, () => {
          const own = checkPlan({ date: '2026-03-02', ...ex.plan }, { ruleList: [rule] }).findings;
          expect(own.map((f) => f.category)).toContain(rule.id);
        });
      }
      for (const ex of rule.examples.flagged.filter((e) => e.better)) {
        it(`"Besser so" for plan ${JSON.stringify(ex.plan.sections).slice(0, 60)} is flagged by no rule`, () => {
          const all = checkPlan({ date: '2026-03-02', ...ex.better! }).findings;
          expect(all.map((f) => `${f.category} ${f.section}/${f.entry}`)).toEqual([]);
        });
      }
      for (const ex of rule.examples.clean) {
        it(`does not flag plan ${ex.note ?? JSON.stringify(ex.plan.sections).slice(0, 80)}`, () => {
          const own = checkPlan({ date: '2026-03-02', ...ex.plan }, { ruleList: [rule] }).findings;
          expect(own).toEqual([]);
        });
      }
    }
  });
}
