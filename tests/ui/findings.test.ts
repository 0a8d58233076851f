import { describe, expect, it } from 'vitest';
import { PlanSchema, SECTION_HEADINGS, SECTION_KEYS, type Finding } from '../../core/plan';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { WHOLE_PLAN_HEADING, countLabel, findingExcerpt, formatDate, groupFindings } from '../../checker/findings';

function finding(partial: Partial<Finding>): Finding {
  return { category: 'vague-commitment', section: 'jobcenter', entry: 0, start: 0, end: 3, severity: 'warning', message: 'm', ...partial };
}

describe('example plan', () => {
  it('is a valid plan with all six sections', () => {
    const parsed = PlanSchema.safeParse(EXAMPLE_PLAN);
    expect(parsed.success).toBe(true);
    for (const key of SECTION_KEYS) expect(EXAMPLE_PLAN.sections[key].length).toBeGreaterThan(0);
  });

  it('has vague Jobcenter entries without dates and dated client steps', () => {
    expect(EXAMPLE_PLAN.sections.jobcenter).toContain('Das Jobcenter unterstützt mich bei der Vermittlung.');
    expect(EXAMPLE_PLAN.sections.jobcenter.every((e) => typeof e === 'string')).toBe(true);
    expect(EXAMPLE_PLAN.sections.schritte.every((e) => typeof e !== 'string' && e.due)).toBe(true);
  });
});

describe('groupFindings', () => {
  it('returns the six sections in plan order, even when empty', () => {
    const groups = groupFindings([]);
    expect(groups.map((g) => g.key)).toEqual([...SECTION_KEYS]);
    expect(groups.map((g) => g.heading)).toEqual(SECTION_KEYS.map((k) => SECTION_HEADINGS[k]));
    expect(groups.every((g) => g.findings.length === 0)).toBe(true);
  });

  it('sorts findings by entry and offset and puts plan-wide findings last', () => {
    const late = finding({ entry: 2, start: 5 });
    const early = finding({ entry: 0, start: 9 });
    const earlier = finding({ entry: 0, start: 1 });
    const planWide = finding({ section: null, entry: null, category: 'missing-goal' });
    const groups = groupFindings([late, planWide, early, earlier]);
    expect(groups.find((g) => g.key === 'jobcenter')?.findings).toEqual([earlier, early, late]);
    expect(groups.at(-1)).toEqual({ key: 'plan', heading: WHOLE_PLAN_HEADING, findings: [planWide] });
  });
});

describe('findingExcerpt', () => {
  it('cuts the entry text at the finding offsets', () => {
    const text = EXAMPLE_PLAN.sections.jobcenter[0]!;
    const start = text.indexOf('unterstützt');
    const f = finding({ start, end: start + 'unterstützt'.length });
    expect(findingExcerpt(EXAMPLE_PLAN, f)).toBe('unterstützt');
  });

  it('works for entries with a due date', () => {
    expect(findingExcerpt(EXAMPLE_PLAN, finding({ section: 'schritte', entry: 1, start: 0, end: 3 }))).toBe('Ich');
  });

  it('gives nothing for plan-wide findings and offsets that do not fit', () => {
    expect(findingExcerpt(EXAMPLE_PLAN, finding({ section: null, entry: null }))).toBeUndefined();
    expect(findingExcerpt(EXAMPLE_PLAN, finding({ entry: 99 }))).toBeUndefined();
    expect(findingExcerpt(EXAMPLE_PLAN, finding({ start: 4, end: 2 }))).toBeUndefined();
    expect(findingExcerpt(EXAMPLE_PLAN, finding({ start: 0, end: 10_000 }))).toBeUndefined();
  });
});

describe('labels', () => {
  it('counts in German', () => {
    expect([0, 1, 2].map(countLabel)).toEqual(['keine Hinweise', '1 Hinweis', '2 Hinweise']);
  });
  it('formats ISO dates the German way', () => {
    expect(formatDate('2026-12-04')).toBe('04.12.2026');
  });
});
