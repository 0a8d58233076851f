/**
 * The helpers behind the trainer's views: findings in place (checker/marks.ts) for presentation mode, and the
 * row-by-row alignment with its word-level diff (components/plan-diff.ts) for before/after.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../checker/checker';
import { entrySpans, markPieces, stepOrder } from '../../checker/marks';
import { entryText, SECTION_KEYS, type Finding, type Plan } from '../../core/plan';
import { alignPlans, likeness, wordDiff } from '../../components/plan-diff';
import { EXAMPLE_PLAN, GOOD_PLAN } from '../../examples/example-plan';
import { GALLERY } from '../../examples/gallery';

const PAIRS: Array<[string, Plan, Plan]> = [['demo', EXAMPLE_PLAN, GOOD_PLAN], ...GALLERY.map((g) => [g.nr, g.weak, g.improved] as [string, Plan, Plan])];

describe('findings in place', () => {
  it('cuts the text at every edge, keeps it whole, and puts each tag after the last piece its finding covers', () => {
    const text = 'Das Jobcenter unterstützt mich bei der Vermittlung.';
    const pieces = markPieces(text, [
      { n: 0, start: 0, end: text.length },
      { n: 1, start: 4, end: 13 },
      { n: 2, start: 14, end: 25 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => [p.text, p.covers, p.tagsAfter])).toEqual([
      ['Das ', [0], []],
      ['Jobcenter', [0, 1], [1]],
      [' ', [0], []],
      ['unterstützt', [0, 2], [2]],
      [' mich bei der Vermittlung.', [0], [0]],
    ]);
  });

  it('a finding without a span that fits the text gets its tag at the end, unmarked', () => {
    const pieces = markPieces('Ich melde mich.', [
      { n: 3, start: 0, end: 0 },
      { n: 4, start: 5, end: 99 },
    ]);
    expect(pieces).toEqual([{ text: 'Ich melde mich.', covers: [], tagsAfter: [3, 4] }]);
  });

  it('steps through the whole plan first, then heading by heading, entry by entry, tags left to right', () => {
    const ordered = stepOrder(checkPlan(EXAMPLE_PLAN).findings);
    expect(ordered).toHaveLength(checkPlan(EXAMPLE_PLAN).findings.length);
    expect(ordered[0]!.section).toBeNull();
    const key = (f: Finding) => [f.section === null ? -1 : SECTION_KEYS.indexOf(f.section), f.entry ?? -1, f.end];
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [key(ordered[i - 1]!), key(ordered[i]!)];
      expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)))).toBe(true);
    }
    // in each entry the tags come in step order
    for (const k of SECTION_KEYS) {
      (EXAMPLE_PLAN.sections[k] ?? []).forEach((e, i) => {
        const tags = markPieces(entryText(e), entrySpans(ordered, k, i)).flatMap((p) => p.tagsAfter);
        expect(tags).toEqual([...tags].sort((x, y) => x - y));
      });
    }
  });
});

describe('before/after, row by row', () => {
  it('word diff: the removed words on the left, the new ones on the right, both texts kept whole', () => {
    const d = wordDiff('Ich bewerbe mich jeden Monat auf fünf Stellen.', 'Ich bewerbe mich jede Woche auf zwei Stellen.');
    expect(d.before.map((s) => s.text).join('')).toBe('Ich bewerbe mich jeden Monat auf fünf Stellen.');
    expect(d.after.map((s) => s.text).join('')).toBe('Ich bewerbe mich jede Woche auf zwei Stellen.');
    expect(d.before.filter((s) => s.changed).map((s) => s.text.trim())).toEqual(['jeden Monat', 'fünf']);
    expect(d.after.filter((s) => s.changed).map((s) => s.text.trim())).toEqual(['jede Woche', 'zwei']);
  });

  it('likeness: the share of the shorter entry\'s content words the other has too', () => {
    expect(likeness('Suchtberatung', 'Die Suchtberatung der Caritas.')).toBe(1);
    expect(likeness('Das Jobcenter unterstützt mich bei der Vermittlung.', 'Herr Krüger schickt mir jede Woche passende Stellenangebote.')).toBe(0);
  });

  it.each(PAIRS)('%s: every entry of both versions stands in exactly one row, in plan order, alike ones side by side', (_nr, weak, improved) => {
    const rows = alignPlans(weak, improved);
    for (const [plan, side] of [[weak, 'before'], [improved, 'after']] as const) {
      const expected = SECTION_KEYS.flatMap((k) =>
        (plan.sections[k] ?? []).flatMap((e, i) => (entryText(e).trim() ? [`${k}/${i}: ${entryText(e)}`] : [])),
      );
      const got = rows.flatMap((r) => (r[side] ? [`${r.section}/${r[side]!.index}: ${r[side]!.text}`] : []));
      expect(got).toEqual(expected);
      for (const r of rows) if (r[side]) expect(r[side]!.segments.map((s) => s.text).join('')).toBe(r[side]!.text);
    }
    for (const r of rows) {
      expect(r.kind === 'removed' ? !r.after && !!r.before : r.kind === 'added' ? !r.before && !!r.after : !!r.before && !!r.after).toBe(true);
      if (r.kind === 'same') expect(r.before!.text).toBe(r.after!.text);
      if (r.kind === 'same') expect(r.before!.segments.some((s) => s.changed)).toBe(false);
      if (r.kind === 'changed') expect(likeness(r.before!.text, r.after!.text)).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('the demo plan: the reworded goal pairs up with its words marked, a dropped entry stands alone, a new date is marked', () => {
    const rows = alignPlans(EXAMPLE_PLAN, GOOD_PLAN);
    const zwischenziel = rows.filter((r) => r.section === 'zwischenziel');
    expect(zwischenziel.map((r) => r.kind)).toEqual(['changed', 'removed']);
    expect(zwischenziel[0]!.before!.segments.filter((s) => s.changed).map((s) => s.text.trim())).toEqual(['habe einen gültigen']);
    expect(zwischenziel[0]!.after!.segments.filter((s) => s.changed).map((s) => s.text.trim())).toEqual(['mache den']);
    const jobcenter = rows.filter((r) => r.section === 'jobcenter');
    expect(jobcenter[0]!.after!.due).toBeDefined();
    expect(jobcenter[0]!.after!.dueChanged).toBe(true);
  });
});
