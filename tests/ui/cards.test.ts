import { describe, expect, it } from 'vitest';
import { buildCards, cardAt, dismissKey, hash53, panelTag, sentenceAround, shortText, shownFindings } from '../../checker/cards';
import { balanceLine, planBalance } from '../../checker/balance';
import { checkPlan } from '../../checker/checker';
import { countsLine, upperFirst } from '../../checker/findings';
import type { Finding, Plan } from '../../core/plan';
import { EXAMPLE_PLAN } from '../../examples/example-plan';

function finding(partial: Partial<Finding>): Finding {
  return { category: 'vague-commitment', section: 'jobcenter', entry: 0, start: 0, end: 3, severity: 'warning', message: 'm', ...partial };
}

describe('cards: one per entry', () => {
  const plan: Plan = {
    sections: {
      jobcenter: ['Das Jobcenter unterstützt mich bei der Vermittlung.', 'Frau Yilmaz ruft mich an.'],
      sonstiges: ['Ich komme pünktlich. Bei Nichteinhaltung droht eine Sanktion nach § 31 SGB II.'],
    },
  };

  it('groups the findings of one entry on one card, most important first, with short tags', () => {
    const fs = [
      finding({ category: 'vague-commitment', start: 14, end: 25, message: 'vage' }),
      finding({ category: 'missing-deadline', start: 0, end: 0, message: 'Bis wann?' }),
      finding({ category: 'missing-counterpart', start: 4, end: 13, message: 'Wer?', severity: 'error' }),
      finding({ category: 'missing-deadline', entry: 1, start: 0, end: 0, message: 'Bis wann?' }),
    ];
    const groups = buildCards(plan, fs);
    expect(groups.map((g) => g.key)).toEqual(['jobcenter']);
    const [first, second] = groups[0]!.cards;
    expect(first!.findings.map((f) => f.tag)).toEqual(['Person fehlt', 'Termin fehlt', 'Handlung unklar']);
    expect(first!.severity).toBe('error');
    expect(first!.text).toBe(plan.sections.jobcenter![0]);
    expect(first!.findings[0]!.excerpt).toBe('Jobcenter');
    // a finding on the whole entry (start = end) has no excerpt
    expect(first!.findings[1]!.excerpt).toBeUndefined();
    expect(second!.findings.map((f) => f.tag)).toEqual(['Termin fehlt']);
  });

  it('shows a rule\'s full message the first time only', () => {
    const fs = [finding({ category: 'missing-deadline', entry: 0 }), finding({ category: 'missing-deadline', entry: 1 }), finding({ category: 'vague-commitment', entry: 1 })];
    const cards = buildCards(plan, fs)[0]!.cards;
    expect(cards.map((c) => c.findings.map((f) => `${f.finding.category}:${f.full}`))).toEqual([
      ['missing-deadline:true'],
      ['missing-deadline:false', 'vague-commitment:true'],
    ]);
  });

  it('orders: headings in plan order, the whole plan last (first for an error); within a heading the most important card first', () => {
    const fs = [
      finding({ section: 'sonstiges', entry: 0, category: 'jargon', severity: 'warning', start: 65, end: 71 }),
      finding({ entry: 1, category: 'missing-deadline', severity: 'error' }),
      finding({ entry: 0, category: 'missing-deadline', severity: 'warning' }),
      finding({ section: null, entry: null, category: 'imbalance', severity: 'warning', start: 0, end: 0 }),
    ];
    const groups = buildCards(plan, fs);
    expect(groups.map((g) => g.key)).toEqual(['jobcenter', 'sonstiges', 'plan']);
    expect(groups[0]!.cards.map((c) => c.entry)).toEqual([1, 0]);
    const noGoal = finding({ section: null, entry: null, category: 'missing-goal', severity: 'error', start: 0, end: 0 });
    expect(buildCards(plan, [...fs, noGoal]).map((g) => g.key)).toEqual(['plan', 'jobcenter', 'sonstiges']);
  });

  it('leaves out lesser findings inside a sentence that should go, and proposes deleting that sentence', () => {
    const text = plan.sections.sonstiges![0] as string;
    const threat = text.indexOf('Sanktion');
    const fs = [
      finding({ section: 'sonstiges', category: 'legal-threat', severity: 'error', start: threat, end: threat + 8 }),
      finding({ section: 'sonstiges', category: 'jargon', start: text.indexOf('SGB'), end: text.indexOf('SGB') + 6 }),
      finding({ section: 'sonstiges', category: 'hard-to-read', severity: 'info', start: text.indexOf('Bei'), end: text.length }),
      // outside the threatening sentence: stays
      finding({ section: 'sonstiges', category: 'not-first-person', start: 0, end: 3 }),
    ];
    const [card] = buildCards(plan, fs)[0]!.cards;
    expect(card!.findings.map((f) => f.finding.category)).toEqual(['legal-threat', 'not-first-person']);
    expect(card!.subsumed.map((f) => f.category).sort()).toEqual(['hard-to-read', 'jargon']);
    expect(card!.proposal).toMatchObject({ kind: 'delete', text: '', result: 'Ich komme pünktlich.' });
    expect(text.slice(card!.proposal!.start, card!.proposal!.end).trim()).toBe('Bei Nichteinhaltung droht eine Sanktion nach § 31 SGB II.');
    expect(shownFindings(buildCards(plan, fs))).toHaveLength(2);
  });

  it('"Ignorieren" hides a finding by a hash of entry text + rule, never the text itself', () => {
    const fs = [finding({ category: 'missing-deadline' }), finding({ category: 'vague-commitment' })];
    const key = dismissKey(plan.sections.jobcenter![0] as string, 'missing-deadline');
    expect(key).toMatch(/^[0-9a-f]+$/);
    expect(key).not.toContain('Jobcenter');
    const groups = buildCards(plan, fs, { dismissed: new Set([key]) });
    expect(groups[0]!.cards[0]!.findings.map((f) => f.finding.category)).toEqual(['vague-commitment']);
    // the same rule on another entry is not hidden
    expect(dismissKey(plan.sections.jobcenter![1] as string, 'missing-deadline')).not.toBe(key);
    // all findings ignored: no card at all
    const all = new Set(fs.map((f) => dismissKey(plan.sections.jobcenter![0] as string, f.category)));
    expect(buildCards(plan, fs, { dismissed: all })).toEqual([]);
    expect(hash53('a')).not.toBe(hash53('b'));
  });

  it('proposes the most important fix as the whole sentence after the change', () => {
    const fs = [finding({ category: 'not-first-person', start: 0, end: 3, fix: { start: 0, end: 13, text: 'Mein Jobcenter' } })];
    expect(buildCards(plan, fs)[0]!.cards[0]!.proposal).toMatchObject({ kind: 'rewrite', result: 'Mein Jobcenter unterstützt mich bei der Vermittlung.' });
  });

  it('finds the card of a marker click by field and offset', () => {
    const fs = [finding({ entry: 0 }), finding({ entry: 1 })];
    const groups = buildCards(plan, fs);
    const locate = (_s: string, entry: number) => ({ fieldId: 'f1', offset: entry === 0 ? 0 : 52 });
    expect(cardAt(groups, locate, 'f1', 60)?.entry).toBe(1);
    expect(cardAt(groups, locate, 'f1', 10)?.entry).toBe(0);
    expect(cardAt(groups, locate, 'f2', 10)).toBeUndefined();
  });
});

describe('cards on the example plan', () => {
  it('one card per entry with findings; the job centre\'s commitments say what is missing in short tags', () => {
    const result = checkPlan(EXAMPLE_PLAN);
    const groups = buildCards(EXAMPLE_PLAN, result.findings);
    const cards = groups.flatMap((g) => g.cards);
    const slots = new Set(result.findings.map((f) => (f.entry === null ? `plan:${f.category}:${f.start}` : `${f.section}:${f.entry}`)));
    expect(cards).toHaveLength(slots.size);
    const first = groups.find((g) => g.key === 'jobcenter')!.cards.find((c) => c.entry === 0)!;
    expect(first.findings.map((f) => f.tag)).toEqual(expect.arrayContaining(['Termin fehlt', 'Person fehlt', 'Handlung unklar']));
    // the threat sentence: no jargon or readability finding on top, one click deletes it
    const threat = cards.find((c) => c.findings.some((f) => f.finding.category === 'legal-threat'))!;
    expect(threat.proposal?.kind).toBe('delete');
    expect(threat.findings.filter((f) => f.finding.category === 'hard-to-read' || f.finding.category === 'jargon')).toEqual([]);
  });
});

describe('short text and sentences', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(shortText('kurz')).toBe('kurz');
    const long = 'Ich bewerbe mich jeden Monat auf mindestens fünf Stellen als Lagerhelfer oder Lagerlogistiker und bringe die Nachweise mit.';
    const s = shortText(long, 60);
    expect(s.length).toBeLessThanOrEqual(62);
    expect(s.endsWith(' …')).toBe(true);
    expect(long.startsWith(s.slice(0, -2))).toBe(true);
  });
  it('finds the sentence around a span', () => {
    const t = 'Erstens. Zweitens droht X! Drittens';
    const at = t.indexOf('droht');
    expect(t.slice(sentenceAround(t, at, at + 5).start, sentenceAround(t, at, at + 5).end)).toBe('Zweitens droht X!');
    expect(sentenceAround(t, t.indexOf('Dritt'), t.length)).toEqual({ start: t.indexOf('Dritt'), end: t.length });
  });
  it('has a short tag for every rule', () => {
    expect(panelTag('missing-deadline')).toBe('Termin fehlt');
    expect(panelTag('no-such-rule')).toBe('no-such-rule');
  });
});

describe('one way of saying counts', () => {
  it('counts by severity', () => {
    expect(countsLine([])).toBe('keine Hinweise');
    expect(upperFirst(countsLine([]))).toBe('Keine Hinweise');
    expect(countsLine([finding({ severity: 'info' })])).toBe('1 Hinweis: 1 Tipp');
    expect(countsLine([finding({ severity: 'error' }), finding({}), finding({}), finding({ severity: 'info' }), finding({ severity: 'info' })])).toBe(
      '5 Hinweise: 1 wichtig · 2 Empfehlungen · 2 Tipps',
    );
  });
  it('says the job centre\'s balance in one line', () => {
    expect(balanceLine(planBalance(EXAMPLE_PLAN))).toBe('Jobcenter: 0 von 3 Zusagen mit Termin, 0 von 3 mit Namen');
    expect(balanceLine(planBalance({ sections: {} }))).toBe('Jobcenter: keine Zusagen im Plan');
    expect(balanceLine(planBalance({ date: '2026-03-02', sections: { jobcenter: ['Frau Lindner schickt mir bis 20.03.2026 drei Angebote.'] } }))).toBe(
      'Jobcenter: 1 von 1 Zusage mit Termin, 1 von 1 mit Namen',
    );
  });
});
