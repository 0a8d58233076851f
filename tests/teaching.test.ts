/**
 * The catalogue's teaching choice (checker/teaching.ts): each rule's chosen pairs "So nicht → Besser so", every
 * other example once, nothing that looks the same shown twice; the selection rule for a rule that marks none.
 */
import { describe, expect, it } from 'vitest';
import { entryTeaching, planHeadings, planTeaching, selectPairs, shownPlan, exampleSection } from '../checker/teaching';
import type { EntryExample, EntryRule } from '../core/rule';
import { RULES } from '../rules/index';
import missingGoal from '../rules/missing-goal';
import legalThreat from '../rules/legal-threat';
import notFirstPerson from '../rules/not-first-person';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('teaching pairs and the other examples', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s: the marked pairs in file order, every other example once', (_id, rule) => {
    if (rule.level === 'entry') {
      const t = entryTeaching(rule);
      expect(t.pairs.map((p) => p.example)).toEqual(rule.examples.flagged.filter((e) => e.showcase));
      for (const p of t.pairs) expect(p.better).toBe(p.example.fixed ?? p.example.better);
      // what is shown: a pair's two sides, each other example once
      const shown = [
        ...t.pairs.map((p) => `flagged ${norm(p.example.text)} ${p.section} ${p.example.due ?? ''}`),
        ...t.flagged.map((e) => `flagged ${norm(e.text)} ${exampleSection(rule, e)} ${e.due ?? ''}`),
      ];
      expect(new Set(shown).size).toBe(shown.length);
      const betters = t.pairs.map((p) => `${norm(p.better)} ${p.section} ${p.example.due ?? ''}`);
      for (const e of t.clean) expect(betters).not.toContain(`${norm(e.text)} ${exampleSection(rule, e)} ${e.due ?? ''}`);
      // nothing is lost that would look different
      const listed = new Set([...t.pairs.map((p) => p.example), ...t.flagged]);
      for (const e of rule.examples.flagged) if (!listed.has(e)) expect(shown).toContain(`flagged ${norm(e.text)} ${exampleSection(rule, e)} ${e.due ?? ''}`);
    } else {
      const t = planTeaching(rule);
      expect(t.pairs.map((p) => p.example)).toEqual(rule.examples.flagged.filter((e) => e.showcase));
      const shown = [...t.pairs.map((p) => p.example), ...t.flagged].map((e) => JSON.stringify(shownPlan(e.plan)));
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('"Kein Ziel": the goal of blanks looks like no goal at all, so it is not listed again', () => {
    const t = planTeaching(missingGoal);
    expect(missingGoal.examples.flagged).toHaveLength(4);
    const [noGoal, blankGoal] = missingGoal.examples.flagged;
    expect(blankGoal!.plan.sections.ziel).toEqual(['   ']);
    expect(t.pairs).toHaveLength(2);
    expect(t.flagged).toEqual([noGoal]);
    expect(planHeadings(missingGoal)).toEqual(['ziel', 'zwischenziel', 'schritte', 'jobcenter']);
  });

  it('an "In Ordnung" example that is a pair\'s "Besser so" is not listed again', () => {
    const t = entryTeaching(legalThreat);
    expect(t.pairs.map((p) => p.better)).toContain('Dieser Plan ist nicht rechtlich bindend.');
    expect(legalThreat.examples.clean.map((e) => e.text)).toContain('Dieser Plan ist nicht rechtlich bindend.');
    expect(t.clean.map((e) => e.text)).not.toContain('Dieser Plan ist nicht rechtlich bindend.');
    expect(t.clean).toHaveLength(legalThreat.examples.clean.length - 1);
  });

  it('a fix is "Besser so" from Klarplan itself', () => {
    const t = entryTeaching(notFirstPerson);
    expect(t.pairs.map((p) => p.source)).toEqual(['fix', 'fix', 'fix']);
    expect(t.flagged.length + t.pairs.length).toBeLessThanOrEqual(notFirstPerson.examples.flagged.length);
  });
});

describe('the selection rule, for a rule that marks no pair', () => {
  const rule = (flagged: EntryExample[]): EntryRule => ({
    ...notFirstPerson,
    examples: { flagged, clean: [] },
  });

  it('takes flagged examples with a "Besser so", one per section first, the shortest first, shown in file order', () => {
    const flagged: EntryExample[] = [
      { text: 'Ein langer Eintrag ohne jeden Vorschlag, der nicht genommen wird.', section: 'schritte' },
      { text: 'Lang, mit Vorschlag, unter Schritte, ganz lang.', section: 'schritte', fixed: 'a' },
      { text: 'Kurz, Schritte.', section: 'schritte', fixed: 'b' },
      { text: 'Ziel, mittel lang.', section: 'ziel', better: 'c' },
      { text: 'Noch kürzer.', section: 'schritte', fixed: 'd' },
      { text: 'Sonstiges, sehr sehr sehr lang geschrieben.', section: 'sonstiges', fixed: 'e' },
    ];
    const t = entryTeaching(rule(flagged));
    expect(t.pairs.map((p) => p.example.text)).toEqual(['Ziel, mittel lang.', 'Noch kürzer.', 'Sonstiges, sehr sehr sehr lang geschrieben.']);
    expect(t.flagged.map((e) => e.text)).toEqual([flagged[0]!.text, flagged[1]!.text, flagged[2]!.text]);
  });

  it('fills up from the same section when there are fewer sections than pairs', () => {
    const picked = selectPairs([3, 1, 2, 5], { hasBetter: (n) => n !== 5, section: () => 's', length: (n) => n });
    expect(picked).toEqual([3, 1, 2]);
  });

  it('a marker without a "Besser so" does not count', () => {
    const t = entryTeaching(rule([{ text: 'Markiert, aber ohne Vorschlag.', showcase: true }, { text: 'Mit Vorschlag.', fixed: 'x' }]));
    expect(t.pairs.map((p) => p.example.text)).toEqual(['Mit Vorschlag.']);
  });
});
