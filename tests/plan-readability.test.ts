/** Readability of a plan per section and as a whole: ordering, ranges and bands on real German text. */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan as benchPlan } from '../bench/plans';
import { checkPlanAnalysed } from '../checker/checker';
import { SECTION_KEYS, type Plan } from '../core/plan';
import { fleschBand, harderBand, MIN_WORDS, planReadability, READABILITY_HELP, textReadability, wholePlanReadability, wholePlanReadabilityOf, wienerBand } from '../checker/readability';
import { tokenize } from '../language/tokens';

const PLAIN =
  'Ich suche eine Arbeit als Koch. Ich schreibe jede Woche zwei Bewerbungen. Frau Lindner ruft mich am Montag an. ' +
  'Wir sprechen dann über meine Fragen.';
const OFFICIALESE =
  'Die Leistungsberechtigte verpflichtet sich zur unverzüglichen Vorlage sämtlicher Nachweise über die unternommenen ' +
  'Eigenbemühungen. Die Geltendmachung von Erstattungsansprüchen bedarf der vorherigen Beantragung unter Vorlage entsprechender Nachweise.';

const PLAIN_PLAN: Plan = {
  date: '2026-03-02',
  sections: {
    ziel: ['Ich will als Koch in einer Kantine arbeiten. Am liebsten in der Früh.'],
    schritte: ['Ich schreibe jede Woche zwei Bewerbungen.', 'Ich rufe am Montag bei der Kita an.'],
    jobcenter: ['Frau Lindner ruft mich am Freitag an.', 'Sie schickt mir drei Stellen bis zum 20. März.'],
    sonstiges: ['Mein Sohn ist krank.'],
  },
};
const OFFICIAL_PLAN: Plan = {
  date: '2026-03-02',
  sections: {
    ziel: ['Aufnahme einer sozialversicherungspflichtigen Beschäftigung auf dem allgemeinen Arbeitsmarkt unter Berücksichtigung der gesundheitlichen Einschränkungen.'],
    schritte: ['Die Leistungsberechtigte verpflichtet sich zur unverzüglichen Vorlage sämtlicher Nachweise über die unternommenen Eigenbemühungen.'],
    jobcenter: [
      'Die Geltendmachung von Erstattungsansprüchen bedarf der vorherigen Beantragung unter Vorlage entsprechender Nachweise.',
      'Übernahme angemessener nachgewiesener Bewerbungskosten nach vorheriger Antragstellung',
    ],
    sonstiges: ['Bei Nichteinhaltung der vereinbarten Verpflichtungen kann eine Leistungsminderung erfolgen.'],
  },
};

describe('textReadability', () => {
  it('rates short everyday sentences easier than officialese, by both measures', () => {
    const plain = textReadability(PLAIN).score!;
    const official = textReadability(OFFICIALESE).score!;
    expect(plain.fleschAmstad).toBeGreaterThan(official.fleschAmstad);
    expect(plain.wiener).toBeLessThan(official.wiener);
    expect(plain.band).toBe('leicht');
    expect(official.band).toBe('schwer');
    expect(official.bands).toEqual({ fleschAmstad: 'schwer', wiener: 'schwer' });
  });

  it('keeps both measures inside their scales', () => {
    for (const t of [PLAIN, OFFICIALESE, 'Ich bin da. Du bist da. Wir sind da. Er ist da. Sie ist da.']) {
      const s = textReadability(t).score!;
      expect(s.fleschAmstad).toBeGreaterThanOrEqual(0);
      expect(s.fleschAmstad).toBeLessThanOrEqual(100);
      expect(s.wiener).toBeGreaterThanOrEqual(4);
      expect(s.wiener).toBeLessThanOrEqual(15);
    }
  });

  it('explains each number in one plain German sentence', () => {
    const s = textReadability(PLAIN).score!;
    expect(s.explanation.fleschAmstad).toMatch(/^Flesch-Amstad \d+ von 100: leicht\. Je höher der Wert, desto leichter/);
    expect(s.explanation.wiener).toMatch(/^Wiener Sachtextformel \d+,\d: leicht\. .*Schulklasse.*je niedriger, desto leichter/);
    expect(READABILITY_HELP.fleschAmstad).toMatch(/0 bis 100/);
    expect(READABILITY_HELP.wiener).toMatch(/4 bis 15/);
  });

  it('gives no score, with a reason, for too little text', () => {
    expect(textReadability('')).toEqual({ score: null, reason: 'Kein Text.' });
    expect(textReadability('   ')).toEqual({ score: null, reason: 'Kein Text.' });
    const short = textReadability('Ich möchte als Koch arbeiten.'); // 5 words
    expect(short.score).toBeNull();
    expect(short.reason).toMatch(/Zu wenig Text \(5 Wörter\)/);
    expect(short.reason).toContain(String(MIN_WORDS));
  });
});

describe('bands', () => {
  it('puts values into leicht / mittel / schwer; a text is only easy when both measures say so', () => {
    expect([fleschBand(95), fleschBand(60), fleschBand(10)]).toEqual(['leicht', 'mittel', 'schwer']);
    expect([wienerBand(4), wienerBand(10), wienerBand(15)]).toEqual(['leicht', 'mittel', 'schwer']);
    expect(harderBand('leicht', 'mittel')).toBe('mittel');
    expect(harderBand('schwer', 'leicht')).toBe('schwer');
    expect(harderBand('leicht', 'leicht')).toBe('leicht');
  });
});

describe('planReadability', () => {
  it('scores every section and the whole plan; a plain plan ranks above an officialese one', () => {
    const plain = planReadability(PLAIN_PLAN);
    const official = planReadability(OFFICIAL_PLAN);
    expect(Object.keys(plain.sections)).toEqual([...SECTION_KEYS]);
    expect(plain.plan.score!.fleschAmstad).toBeGreaterThan(official.plan.score!.fleschAmstad);
    expect(plain.plan.score!.wiener).toBeLessThan(official.plan.score!.wiener);
    expect(plain.plan.score!.band).toBe('leicht');
    expect(official.plan.score!.band).toBe('schwer');
    // the job centre's section on its own ranks the same way
    expect(plain.sections.jobcenter.score!.fleschAmstad).toBeGreaterThan(official.sections.jobcenter.score!.fleschAmstad);
  });

  it('treats each entry as its own sentence, with or without a full stop', () => {
    const r = planReadability(OFFICIAL_PLAN);
    expect(r.sections.jobcenter.score!.sentences).toBe(2);
    // ziel 1 + schritte 1 + jobcenter 2 + sonstiges 1
    expect(r.plan.score!.sentences).toBe(5);
  });

  it('returns null with a reason for empty and short sections, and still scores the plan', () => {
    const r = planReadability(PLAIN_PLAN);
    expect(r.sections.zwischenziel).toEqual({ score: null, reason: 'Kein Text.' });
    expect(r.sections.dritte.score).toBeNull();
    expect(r.sections.sonstiges.score).toBeNull(); // "Mein Sohn ist krank." – 4 words
    expect(r.sections.sonstiges.reason).toMatch(/Zu wenig Text \(4 Wörter\)/);
    expect(r.plan.score).not.toBeNull();
    expect(planReadability({ sections: {} }).plan.score).toBeNull();
  });
});

describe('whole-plan readability from the checker\'s analysis (the audit\'s way) is the same as from the text', () => {
  const plans: Plan[] = [
    ...readdirSync('examples/plans').map((f) => JSON.parse(readFileSync(`examples/plans/${f}`, 'utf8')) as Plan),
    ...['heldout-like', 'blind-2', 'blind-3', 'blind-4-rewrites'].flatMap((set) =>
      readFileSync(`tests/fixtures/${set}.jsonl`, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { plan: Plan }).plan),
    ),
    ...Array.from({ length: 300 }, (_, i) => benchPlan(i)),
  ];

  it(`on ${plans.length} plans: the gallery, the labelled sets and generated plans`, () => {
    for (const p of plans) expect(wholePlanReadabilityOf(checkPlanAnalysed(p).analysis)).toEqual(wholePlanReadability(p));
  });

  it('on arbitrary text: a token never spans a line break, so joined text tokenises as its parts', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'Ä', '1', '.', ',', ' ', '-', "'", '§', 'z', 'B', '\n', '\r', '15.03.', 'Co', ':', '/', '•'), maxLength: 40 });
    fc.assert(
      fc.property(part, part, (a, b) => {
        const shifted = tokenize(b).map((t) => ({ ...t, start: t.start + a.length + 1, end: t.end + a.length + 1 }));
        expect(tokenize(`${a}\n${b}`)).toEqual([...tokenize(a), ...shifted]);
      }),
      { numRuns: 2000 },
    );
  });
});
