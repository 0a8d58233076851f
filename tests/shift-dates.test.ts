/**
 * The demo's plans moved to "today" (examples/shift-dates.ts): with the clock at today, in a year and in 2041,
 * each plan — moved to that day, and read as the demo form shows it (the plan's date from the form, or no date
 * at all, as a page without a date is read: then the checker takes today) — gets exactly the findings it has
 * with its own dates. So the weak plans keep their intended findings and the good ones get no date warning.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../checker/checker';
import { entryDue, entryText, SECTION_KEYS, type Plan } from '../core/plan';
import { EXAMPLE_PLAN, GOOD_PLAN } from '../examples/example-plan';
import { GALLERY } from '../examples/gallery';
import { daysBetween, localDay, shiftPlan, shiftText } from '../examples/shift-dates';

const PLANS: Array<[string, Plan]> = [
  ['Demo schwach', EXAMPLE_PLAN],
  ['Demo gut', GOOD_PLAN],
  ...GALLERY.flatMap((g): Array<[string, Plan]> => [
    [`${g.nr} schwach`, g.weak],
    [`${g.nr} besser`, g.improved],
  ]),
];

const signature = (plan: Plan, today: Date) =>
  checkPlan(plan, { today })
    .findings.map((f) => `${f.category}@${f.section}:${f.entry}:${f.start}-${f.end}`)
    .sort();

const now = new Date();
const inAYear = new Date(now.getFullYear() + 1, now.getMonth(), now.getDate());
const CLOCKS: Array<[string, Date]> = [
  ['heute', now],
  ['in einem Jahr', inAYear],
  ['2041', new Date(2041, 1, 28)],
  ['2041, Schaltjahr-Nähe', new Date(2041, 11, 30)],
];

describe('shiftText', () => {
  it('moves every written form of a date and keeps its form', () => {
    expect(shiftText('am 03.12.2026 und am 3.1.2027', 30, '2026-11-20')).toBe('am 02.01.2027 und am 2.2.2027');
    expect(shiftText('bis zum 15.12. mit dem Jugendamt', 20, '2026-11-20')).toBe('bis zum 04.01. mit dem Jugendamt');
    expect(shiftText('am 3. Mai 2025 ab', 365, '2026-03-02')).toBe('am 3. Mai 2026 ab');
    expect(shiftText('bis Ende November 2026 eine Probearbeit', 61, '2026-10-05')).toBe('bis Ende Januar 2027 eine Probearbeit');
    expect(shiftText('am 05.01.26', -10, '2026-01-20')).toBe('am 26.12.25');
  });
  it('leaves words alone that only look like dates', () => {
    const text = 'per E-Mail an Frau Mai, Raum 12.3, Version 1.2.3, 5 Stellen im Monat, Mai-Treffen';
    expect(shiftText(text, 100, '2026-11-20')).toBe(text);
  });
  it('does nothing for no shift', () => {
    expect(shiftText('am 03.12.2026', 0, '2026-11-20')).toBe('am 03.12.2026');
  });
});

describe('shiftPlan: the example plans read the same on any day', () => {
  for (const [clockName, clock] of CLOCKS) {
    const day = localDay(clock);
    for (const [name, plan] of PLANS) {
      it(`${name}, Uhr ${clockName} (${day})`, () => {
        const own = signature(plan, clock);
        const moved = shiftPlan(plan, day);
        expect(moved.date).toBe(day);
        // Everything moved by the same number of days.
        const days = daysBetween(plan.date!, day);
        for (const k of SECTION_KEYS) {
          (plan.sections[k] ?? []).forEach((e, i) => {
            const due = entryDue(e);
            const movedEntry = moved.sections[k]![i]!;
            if (due) expect(daysBetween(due, entryDue(movedEntry)!)).toBe(days);
            if (days !== 0 && /\d{1,2}\.\d{1,2}\.\d{4}/.test(entryText(e))) expect(entryText(movedEntry)).not.toBe(entryText(e));
          });
        }
        // With the form's plan date, and without one (then "today" is the plan's date).
        expect(signature(moved, clock)).toEqual(own);
        const { date: _date, ...undated } = moved;
        expect(signature(undated, clock)).toEqual(own);
      });
    }
  }

  it('the good plans have no date warning on the moved dates, the weak demo plan keeps its findings', () => {
    for (const [, clock] of CLOCKS) {
      const day = localDay(clock);
      const good = [GOOD_PLAN, ...GALLERY.filter((g) => g.nr === '08').map((g) => g.improved)];
      for (const p of good) {
        const { date: _d, ...undated } = shiftPlan(p, day);
        const cats = checkPlan(undated, { today: clock }).findings.map((f) => f.category);
        expect(cats).not.toContain('deadline-out-of-range');
      }
      const weak = checkPlan(shiftPlan(EXAMPLE_PLAN, day), { today: clock }).findings.map((f) => f.category);
      expect(weak).toEqual(expect.arrayContaining(['missing-deadline', 'missing-counterpart', 'legal-threat']));
    }
  });

  it('without the shift the old dates would warn: the test can fail', () => {
    const clock = new Date(2041, 1, 28);
    const { date: _d, ...undated } = GOOD_PLAN;
    expect(checkPlan(undated, { today: clock }).findings.map((f) => f.category)).toContain('deadline-out-of-range');
  });
});
