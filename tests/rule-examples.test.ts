/**
 * Every example of every rule runs as a test: flagged examples must be flagged by their rule (and, where
 * the example says so, the fix must give exactly the expected text); clean examples must not be flagged.
 * A new rule under rules/ needs no wiring here.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../checker/checker';
import { SEED, type EntryExample } from '../core/rule';
import type { Finding, Plan } from '../core/plan';
import { RULES } from '../rules/index';

function planFor(ex: EntryExample, section: string): Plan {
  const entry = ex.due ? { text: ex.text, due: ex.due } : ex.text;
  return { date: ex.planDate ?? '2026-03-02', sections: { [section]: [entry] } } as Plan;
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
      for (const ex of rule.examples.clean) {
        it(`does not flag plan ${ex.note ?? JSON.stringify(ex.plan.sections).slice(0, 80)}`, () => {
          const own = checkPlan({ date: '2026-03-02', ...ex.plan }, { ruleList: [rule] }).findings;
          expect(own).toEqual([]);
        });
      }
    }
  });
}
