/**
 * The page agent's side of the contract without zod: the hand check of the panel's messages
 * (messages/check.ts) answers as ToPageSchema does, and a plan beyond the limits is cut to fit
 * PagePlanSchema with a notice for each limit (messages/limits.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToPage } from '../messages/check';
import { PagePlanSchema, parseToPage, ToPageSchema, type PagePlan } from '../messages/index';
import { fitToLimits, PAGE_LIMITS } from '../messages/limits';
import { MAX_DATE_LINE, MAX_DATE_LINES } from '../fields/plan-date';

const TYPES = ToPageSchema.options.map((o) => o.shape.type.value);

describe('the hand check of the messages to the page agrees with ToPageSchema', () => {
  it('knows every message type the schema has (a new type must be added to messages/check.ts)', () => {
    const sample: Record<string, unknown> = {
      'klarplan/request-plan': { type: 'klarplan/request-plan' },
      'klarplan/apply': { type: 'klarplan/apply', fieldId: 'kp-1', start: 0, end: 3, text: 'Ich', expected: 'Wir gehen.' },
      'klarplan/reveal': { type: 'klarplan/reveal', fieldId: 'kp-1', start: 0, end: 3 },
      'klarplan/markers': { type: 'klarplan/markers', counts: { 'kp-1': 2 } },
    };
    for (const t of TYPES) {
      expect(sample[t], `a sample of ${t}`).toBeDefined();
      expect(parseToPage(sample[t])).not.toBeNull();
      expect(checkToPage(sample[t])).toEqual(parseToPage(sample[t]));
    }
  });

  const num = fc.oneof(fc.integer({ min: -3, max: 20 }), fc.double(), fc.constant(1.5), fc.constant(Number.NaN), fc.constant(2 ** 53), fc.string());
  const str = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(undefined), fc.constant('x'.repeat(10_001)));
  const message = fc.record(
    {
      type: fc.constantFrom(...TYPES, 'klarplan/other', 42),
      fieldId: str,
      start: num,
      end: num,
      text: str,
      expected: str,
      counts: fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), num, { maxKeys: 4 }), fc.array(fc.nat()), fc.constant(null), fc.string()),
      extra: fc.string(),
    },
    { requiredKeys: ['type'] },
  );

  it('accepts and refuses the same messages, with the same result', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.anything()), (raw) => {
        expect(checkToPage(raw)).toEqual(parseToPage(raw));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a plan beyond the limits is cut to fit, and says so', () => {
  const field = (i: number, text: string, entries: number) => ({
    id: `kp-${i}`,
    kind: 'textarea' as const,
    section: 'schritte' as const,
    label: 'Meine nächsten Schritte',
    text,
    entries: Array.from({ length: entries }, (_, k) => ({ text: `Punkt ${k}`, start: k * 10 })),
  });

  it('too many fields, entries, characters: what fits is sent, with a limit notice each', () => {
    const plan: PagePlan = {
      url: 'https://fallakte.example.de/plan',
      fields: [field(0, 'x'.repeat(PAGE_LIMITS.characters + 5), 3), field(1, 'kurz', PAGE_LIMITS.entries + 20), ...Array.from({ length: PAGE_LIMITS.fields + 10 }, (_, i) => field(i + 2, 'Ich gehe.', 1))],
    };
    expect(PagePlanSchema.safeParse(plan).success).toBe(false);
    const fitted = fitToLimits(plan);
    expect(PagePlanSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.fields).toHaveLength(PAGE_LIMITS.fields);
    expect(fitted.fields[0]!.text).toHaveLength(PAGE_LIMITS.characters);
    expect(fitted.fields[1]!.entries).toHaveLength(PAGE_LIMITS.entries);
    expect(fitted.notices).toEqual([
      { kind: 'limit', what: 'fields', found: PAGE_LIMITS.fields + 12, limit: PAGE_LIMITS.fields },
      { kind: 'limit', what: 'entries', found: PAGE_LIMITS.entries + 20, limit: PAGE_LIMITS.entries },
      { kind: 'limit', what: 'characters', found: PAGE_LIMITS.characters + 5, limit: PAGE_LIMITS.characters },
    ]);
  });

  it('the lines that hold a date: as many and as long as the page reading gives, cut to the message limits beyond', () => {
    expect([MAX_DATE_LINES, MAX_DATE_LINE]).toEqual([PAGE_LIMITS.dateLines, PAGE_LIMITS.dateLine]);
    const plan: PagePlan = { url: 'https://x.example/', fields: [field(0, 'Ich gehe.', 1)], dateLines: [...Array.from({ length: PAGE_LIMITS.dateLines + 5 }, (_, i) => `Datum ${i}: 01.02.2026`)] };
    plan.dateLines![0] = `Erstellt am 02.03.2026 ${'x'.repeat(PAGE_LIMITS.dateLine)}`;
    expect(PagePlanSchema.safeParse(plan).success).toBe(false);
    const fitted = fitToLimits(plan);
    expect(PagePlanSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.dateLines).toHaveLength(PAGE_LIMITS.dateLines);
    expect(fitted.dateLines![0]).toMatch(/^Erstellt am 02\.03\.2026 x+$/);
    expect(fitted.dateLines![1]).toBe('Datum 1: 01.02.2026');
  });

  it('a plan within the limits is sent as it is, with its own notices', () => {
    const plan: PagePlan = { url: 'https://x.example/', fields: [field(0, 'Ich gehe.', 1)], notices: [{ kind: 'error', message: 'kaputt' }] };
    expect(fitToLimits(plan)).toEqual(plan);
    const bare: PagePlan = { url: 'https://x.example/', fields: [field(0, 'Ich gehe.', 1)] };
    expect(fitToLimits(bare)).toEqual(bare);
  });
});
