/**
 * Property-based tests (fast-check): whatever the text, the checker never throws, every offset lies inside
 * its entry, no rule fails internally, and applying any fix keeps every digit sequence of the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../checker/checker';
import { SECTION_KEYS, entryText, type Plan } from '../core/plan';

// Plan-like words, so that the rules and rewrites actually fire, mixed with hostile text.
const WORDS = [
  'Der Kunde', 'Die Kundin', 'Herr A.', 'Frau Lindner', 'Er', 'Sie', 'ich', 'mich', 'sich', 'sein', 'ihre', 'nimmt', 'teil', 'an',
  'einem', 'Deutschkurs', 'legt', 'vor', 'Vorlage', 'des', 'Lebenslaufs', 'Teilnahme', 'bis zum 13.03.2026', 'am 3. Mai',
  'innerhalb von zwei Wochen', 'bis 50 Euro', 'KW 14', 'jede Woche', 'zeitnah', 'bald', 'Das Jobcenter', 'unterstützt', 'hilft',
  'bei Bedarf', 'Sanktion', 'keine', 'gekürzt', 'AGH', 'eLb', '§ 15a SGB II', 'Bewerbungen', 'schreiben', 'regelmäßig', 'gesund',
  'werde', 'Kinderbetreuung', 'sicher', 'stellt', 'hat', 'vorzulegen', 'ist', 'zu', ',', '.', '?', 'und', 'wenn', 'er', '15.03.',
  'Übernahme', 'der', 'Kosten', 'Maßnahme', 'erfolgt', 'Feststellung', 'Eignung', 'möchte', 'arbeiten', '2026-03-02', '0', '12',
];
const HOSTILE = [
  '👩‍👧‍👦', '🙂', '\u0000', '\u0007', '\u001b[31m', '\u200b', '\u202e', 'مرحبا بكم', 'שלום', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '&amp;', '\r\n', '\n\n', '\t', '\uFFFD', '\uD800', 'İ', 'ß', 'ẞ', '…', '–', '„', '“', '\\', '"',
];
const token = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });
const entryTextArb = fc.array(token, { maxLength: 30 }).map((ts) => ts.join(' '));
const entryArb = fc.oneof(entryTextArb, fc.record({ text: entryTextArb, due: fc.constantFrom('2026-01-01', '2026-04-01', '2027-05-01') }));
const sectionArb = fc.array(entryArb, { maxLength: 4 });
const dateArb = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const planArb: fc.Arbitrary<Plan> = fc.record({
  date: dateArb,
  sections: fc.record(Object.fromEntries(SECTION_KEYS.map((k) => [k, sectionArb])) as Record<(typeof SECTION_KEYS)[number], fc.Arbitrary<Plan['sections']['ziel']>>, { requiredKeys: [] }),
});

const DIGITS = /\d+/g;

function checkInvariants(plan: Plan) {
  const { findings } = checkPlan(plan);
  for (const f of findings) {
    expect(f.category).not.toBe('checker-error');
    if (f.section === null) {
      expect(f.entry).toBeNull();
      continue;
    }
    const e = plan.sections[f.section]?.[f.entry!];
    expect(e, `${f.category} points at an entry that exists`).toBeDefined();
    const text = entryText(e!);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    if (f.fix) {
      expect(f.fix.start).toBeGreaterThanOrEqual(0);
      expect(f.fix.end).toBeLessThanOrEqual(text.length);
      // Outside the fix the text is unchanged, so the digits of a window around it are the ones at stake.
      const from = Math.max(0, f.fix.start - 60), to = Math.min(text.length, f.fix.end + 60);
      const before = text.slice(from, to);
      const after = text.slice(from, f.fix.start) + f.fix.text + text.slice(f.fix.end, to);
      for (const d of before.match(DIGITS) ?? []) expect(after, `fix of ${f.category} keeps "${d}"`).toContain(d);
    }
  }
}

describe('checker properties', () => {
  it('never throws, keeps offsets inside entries and digits in fixes (plan-like and hostile text)', () => {
    fc.assert(fc.property(planArb, (plan) => checkInvariants(plan)), { numRuns: 400 });
    // (speed is measured in the benchmark, not here: on a loaded shared machine 400 plans can take longer than vitest's 5 s default)
  }, 60_000);

  it('handles arbitrary Unicode strings in every section', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(fc.constantFrom(...SECTION_KEYS), anyText, (section, text) => checkInvariants({ date: '2026-03-02', sections: { [section]: [text] } })),
      { numRuns: 300 },
    );
  });

  it('handles an entry of 100,000 characters', () => {
    const big = 'Der Kunde nimmt bis zum 13.03.2026 an einem Kurs teil, 🙂 <b>und</b> مرحبا. '.repeat(1400).slice(0, 100_000);
    expect(big.length).toBe(100_000);
    for (const section of SECTION_KEYS) checkInvariants({ date: '2026-03-02', sections: { [section]: [big] } });
  }, 60_000);
});
