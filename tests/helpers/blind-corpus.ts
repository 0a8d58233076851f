/**
 * The checks every blind rewrite corpus gets (tests/blind-*.test.ts): entries written by someone who had not seen the
 * code, each with whether it needs a first-person rewrite and a reference where one is safe. Where no rewrite is
 * needed, none is offered; where none is safe, none (or at most `unsafeFixed`, named in the corpus's own test); every
 * fix keeps every number and institution; the shares of needed rewrites flagged and fixed do not fall below what was
 * measured when the corpus was added.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, FACT_RE } from '../../checker/checker';
import { keepsInstitutions } from '../../language/facts';
import type { SectionKey } from '../../core/plan';

interface Case { id: string; section: SectionKey; text: string; construction: string; needsRewrite: boolean; reference: string | null }

export interface BlindCorpus {
  /** The corpus's number: tests/fixtures/blind-N-rewrites.jsonl. */
  n: number;
  entries: number;
  /** Least shares of the entries that need a rewrite: flagged, and given a fix. */
  flagged: number;
  fixed: number;
  /** How many entries where no rewrite is safe may get one (with the reason), when the rule reads them otherwise. */
  unsafeFixed?: { max: number; why: string };
}

const firstPersonFix = (c: Case) => {
  const f = checkPlan({ date: '2026-11-16', sections: { [c.section]: [c.text] } }).findings.filter((x) => x.category === 'not-first-person');
  return { flagged: f.length > 0, fixes: f.flatMap((x) => (x.fix ? [x.fix] : [])) };
};
const applied = (text: string, fixes: Array<{ start: number; end: number; text: string }>) =>
  [...fixes].sort((a, b) => b.start - a.start).reduce((t, f) => t.slice(0, f.start) + f.text + t.slice(f.end), text);

export function blindCorpus({ n, entries, flagged: minFlagged, fixed: minFixed, unsafeFixed }: BlindCorpus): void {
  const CASES: Case[] = readFileSync(new URL(`../fixtures/blind-${n}-rewrites.jsonl`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const unsafe = CASES.filter((c) => c.needsRewrite && c.reference === null);

  describe(`blind corpus ${n}`, () => {
    it(`has its ${entries} entries`, () => expect(CASES.length).toBe(entries));

    if (unsafeFixed) {
      it(`where no rewrite is safe, at most ${unsafeFixed.max} entry gets one (${unsafeFixed.why})`, () => {
        expect(unsafe.filter((c) => firstPersonFix(c).fixes.length).length).toBeLessThanOrEqual(unsafeFixed.max);
      });
    } else {
      it.each(unsafe.map((c) => [c.id, c.text, c] as const))('%s: no safe rewrite, none offered: %s', (_id, _t, c) => {
        expect(firstPersonFix(c).fixes).toEqual([]);
      });
    }

    it.each(CASES.filter((c) => !c.needsRewrite).map((c) => [c.id, c.text, c] as const))('%s: already right, no rewrite: %s', (_id, _t, c) => {
      expect(firstPersonFix(c).fixes).toEqual([]);
    });

    it(`every rewrite keeps every number and institution; a rewrite is offered for at least ${Math.round(minFixed * 100)} % of the entries that need one, and at least ${Math.round(minFlagged * 100)} % are flagged`, () => {
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
      expect(flagged / needs.length).toBeGreaterThanOrEqual(minFlagged);
      expect(fixed / needs.length).toBeGreaterThanOrEqual(minFixed);
    });
  });
}
