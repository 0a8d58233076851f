/**
 * The eighth blind rewrite corpus (tests/fixtures/blind-8-rewrites.jsonl: 240 entries written by someone who had not
 * seen the code — lists on several lines, telegram notes, clauses put first, double surnames among them). Its first
 * run (144 fixes) was read by an editor who had not seen the code (blind-8-first-reading.jsonl, README "Quality,
 * measured": 123 ok, 10 awkward, 11 wrong); the patterns behind the wrong ones were fixed in the language layer since.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, at most the one entry
 * the rule reads otherwise gets one (b8-007, a sentence-initial "Er" in the client's steps, which the rule takes for the
 * client as in its own examples); every fix keeps the facts; the share of needed rewrites that get one (72 % when this
 * was written) does not fall.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, FACT_RE } from '../checker/checker';
import { keepsInstitutions } from '../language/facts';
import type { SectionKey } from '../core/plan';

interface Case { id: string; section: SectionKey; text: string; construction: string; needsRewrite: boolean; reference: string | null }
const CASES: Case[] = readFileSync(new URL('./fixtures/blind-8-rewrites.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const firstPersonFix = (c: Case) => {
  const f = checkPlan({ date: '2026-11-16', sections: { [c.section]: [c.text] } }).findings.filter((x) => x.category === 'not-first-person');
  return { flagged: f.length > 0, fixes: f.flatMap((x) => (x.fix ? [x.fix] : [])) };
};
const applied = (text: string, fixes: Array<{ start: number; end: number; text: string }>) =>
  [...fixes].sort((a, b) => b.start - a.start).reduce((t, f) => t.slice(0, f.start) + f.text + t.slice(f.end), text);

describe('blind corpus 8', () => {
  it('has its 240 entries', () => expect(CASES.length).toBe(240));

  it('where no rewrite is safe, at most one entry gets one (the rule reads a sentence-initial "Er" as the client)', () => {
    const fixed = CASES.filter((c) => c.needsRewrite && c.reference === null && firstPersonFix(c).fixes.length).map((c) => c.id);
    expect(fixed.length).toBeLessThanOrEqual(1);
  });

  it.each(CASES.filter((c) => !c.needsRewrite).map((c) => [c.id, c.text, c] as const))('%s: already right, no rewrite: %s', (_id, _t, c) => {
    expect(firstPersonFix(c).fixes).toEqual([]);
  });

  it('every rewrite keeps every number and institution; a rewrite is offered for at least 72 % of the entries that need one, and at least 92 % are flagged', () => {
    const needs = CASES.filter((c) => c.needsRewrite && c.reference !== null);
    let fixed = 0, flagged = 0;
    for (const c of needs) {
      const r = firstPersonFix(c);
      if (r.flagged) flagged++;
      if (!r.fixes.length) continue;
      fixed++;
      // every number and date as written, every institution and abbreviation (or its confirmed meaning)
      const after = applied(c.text, r.fixes);
      for (const fact of c.text.match(FACT_RE) ?? []) expect(after, c.id).toContain(fact);
      expect(keepsInstitutions(c.text, after), `${c.id}: ${after}`).toBe(true);
    }
    expect(flagged / needs.length).toBeGreaterThanOrEqual(0.92);
    expect(fixed / needs.length).toBeGreaterThanOrEqual(0.72);
  });
});
