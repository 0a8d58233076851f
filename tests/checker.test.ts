/** The checker around the rules: validation, fact guard, overlapping fixes, settings, failure isolation, order. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, fixKeepsFacts, keepsFacts, parsePlan } from '../checker/checker';
import { CATEGORIES, type Plan } from '../core/plan';
import type { EntryRule } from '../core/rule';
import { RULES } from '../rules/index';

const fakeRule = (id: string, check: EntryRule['check']): EntryRule => ({
  id, level: 'entry', title: id, message: `Nachricht ${id}`, severity: 'warning', why: 'x'.repeat(50),
  catches: `Findet ${id}.`, whyBrief: 'Weil es so ist.', tag: id,
  sources: [{ seed: 's', section: 's' }], sections: ['schritte'], check, examples: { flagged: [], clean: [] },
});
const plan = (schritte: string[]): Plan => ({ date: '2026-03-02', sections: { schritte } });

describe('rule registry', () => {
  it('lists every rule file under rules/, each id once', () => {
    const files = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });
  it('covers all thirteen categories of the contract', () => {
    for (const c of CATEGORIES) expect(RULES.map((r) => r.id)).toContain(c);
  });
});

describe('parsePlan', () => {
  it('accepts the contract example', () => {
    const r = parsePlan({ id: 'p1', date: '2026-03-02', sections: { ziel: ['Ich möchte als Busfahrerin arbeiten.'], jobcenter: [{ text: 'x', due: '2026-03-31' }] } });
    expect(r.ok).toBe(true);
  });
  it('names the field that is wrong', () => {
    const r = parsePlan({ date: '30.02.2026', sections: { schritte: ['ok', 5] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/date: Datum im Format JJJJ-MM-TT/);
      expect(r.error).toMatch(/sections\.schritte\.1/);
    }
  });
  it('accepts a day the calendar does not have (a finding, not a rejected plan)', () => {
    expect(parsePlan({ date: '2026-02-30', sections: { jobcenter: [{ text: 'x', due: '2026-04-31' }] } }).ok).toBe(true);
    expect(parsePlan({ sections: { jobcenter: [{ text: 'x', due: '31.04.2026' }] } }).ok).toBe(false);
  });
  it('rejects unknown sections', () => {
    const r = parsePlan({ sections: { ziele: ['x'] } });
    expect(r.ok).toBe(false);
  });
});

describe('a fix never changes a fact', () => {
  it('keepsFacts sees a lost number, date or name', () => {
    expect(keepsFacts('bis zum 13.03.2026 bei Frau Lindner', 'bis zum 13.03.2026 bei Frau Lindner')).toBe(true);
    expect(keepsFacts('bis zum 13.03.2026', 'bis zum 14.03.2026')).toBe(false);
    expect(keepsFacts('zwei Angebote, 260 Euro', 'zwei Angebote, 26 Euro')).toBe(false);
    expect(keepsFacts('Ich rufe Frau Lindner an.', 'Ich rufe sie an.')).toBe(false);
    expect(keepsFacts('Herr A. ruft an.', 'Ich rufe an.', ['Herr A.'])).toBe(true);
  });
  it('keepsFacts sees a span of time torn apart, though every number is still there', () => {
    const before = 'Teilnahme an der Reha, Mo–Fr 8–13 Uhr, vom 10.03. bis 07.04.2027.';
    expect(keepsFacts(before, 'Ich nehme vom 10.03. bis 07.04.2027 an der Reha teil, Mo–Fr 8–13 Uhr.')).toBe(true);
    expect(keepsFacts(before, 'Ich nehme vom 10.03. an der Reha teil, Mo–Fr 8–13 Uhr, bis 07.04.2027.')).toBe(false);
    expect(keepsFacts('Jobmesse am 18.02. von 10:00 bis 15:00 Uhr', 'Ich nehme am 18.02. bis 15:00 Uhr an der Jobmesse von 10:00 teil')).toBe(false);
    expect(keepsFacts('Kurs von Montag bis Freitag.', 'Ich nehme bis Freitag am Kurs von Montag teil.')).toBe(false);
    expect(keepsFacts('Kurs ab 01.02. bis Ende März.', 'Ich nehme ab 01.02. bis Ende März am Kurs teil.')).toBe(true);
  });
  it('fixKeepsFacts looks at the changed window only, and agrees with the whole-text check', () => {
    const text = 'Am 01.02.2026 war ich krank. Der Kunde ruft bis 13.03.2026 an.';
    const ok = { start: 29, end: text.length, text: 'Ich rufe bis 13.03.2026 an.' };
    const bad = { start: 29, end: text.length, text: 'Ich rufe bis 31.03.2026 an.' };
    expect(fixKeepsFacts(text, ok)).toBe(true);
    expect(fixKeepsFacts(text, bad)).toBe(false);
  });
  it('the checker drops a fix that would change a number, and keeps the finding', () => {
    const liar = fakeRule('liar', (a) => [{ start: 0, end: a.text.length, fix: { start: 0, end: a.text.length, text: a.text.replace('20', '21') } }]);
    const { findings } = checkPlan(plan(['Ich rufe bis zum 20.03.2026 an.']), { ruleList: [liar] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix).toBeUndefined();
  });
  it('a rule whose fixes of an entry are one rewrite loses them all when the guard refuses one, and keeps its findings', () => {
    const text = 'Ich rufe bis zum 20.03.2026 an. Bewerbungen schreiben.';
    const hits = (a: { text: string }) => [
      { start: 0, end: 31, fix: { start: 0, end: 31, text: 'Ich rufe bis zum 21.03.2026 an.' } },
      { start: 32, end: a.text.length, fix: { start: 32, end: a.text.length, text: 'Ich schreibe Bewerbungen.' } },
    ];
    const one = { ...fakeRule('one', hits), oneRewrite: true };
    expect(checkPlan(plan([text]), { ruleList: [one] }).findings.map((f) => !!f.fix)).toEqual([false, false]);
    // without the flag, the fix the guard accepts stays
    expect(checkPlan(plan([text]), { ruleList: [fakeRule('many', hits)] }).findings.map((f) => !!f.fix)).toEqual([false, true]);
  });
});

describe('overlapping fixes', () => {
  it('keep the fix of the rule listed first, and both findings', () => {
    const whole = fakeRule('whole', (a) => [{ start: 0, end: a.text.length, fix: { start: 0, end: a.text.length, text: 'Ich nehme an einer Arbeitsgelegenheit teil.' } }]);
    const part = fakeRule('part', (a) => [{ start: 20, end: 23, fix: { start: 20, end: 23, text: 'Arbeitsgelegenheit' } }]);
    const { findings } = checkPlan(plan(['Der Kunde nimmt an AGH teil.']), { ruleList: [whole, part] });
    expect(findings.map((f) => [f.category, !!f.fix])).toEqual([['whole', true], ['part', false]]);
  });
});

describe('settings', () => {
  it('switch a rule off and change a severity', () => {
    const p: Plan = { date: '2026-03-02', sections: { ziel: ['Ich möchte als Koch arbeiten.'], jobcenter: ['Das Jobcenter hilft mir.'] } };
    const all = checkPlan(p).findings.map((f) => f.category);
    expect(all).toContain('vague-commitment');
    const off = checkPlan(p, { rules: { 'vague-commitment': { enabled: false }, 'missing-deadline': { severity: 'error' } } }).findings;
    expect(off.map((f) => f.category)).not.toContain('vague-commitment');
    expect(off.find((f) => f.category === 'missing-deadline')!.severity).toBe('error');
  });
});

describe('robustness and order', () => {
  it('a rule that throws does not stop the others; its failure is a finding of its own kind', () => {
    const broken = fakeRule('broken', () => { throw new Error('kaputt'); });
    const fine = fakeRule('fine', () => [{ start: 0, end: 3 }]);
    const { findings } = checkPlan(plan(['Ich gehe.']), { ruleList: [broken, fine] });
    expect(findings.map((f) => f.category).sort()).toEqual(['checker-error', 'fine']);
  });
  it('lists plan-level findings first, then sections in plan order', () => {
    const p: Plan = { date: '2026-03-02', sections: { sonstiges: ['Der Kunde ist krank.'], jobcenter: ['Das Jobcenter hilft.'], schritte: ['Bewerbungen schreiben.'] } };
    const order = checkPlan(p).findings.map((f) => f.section);
    expect(order[0]).toBeNull();
    const sections = order.filter((s) => s !== null);
    expect(sections).toEqual([...sections].sort((a, b) => ['schritte', 'jobcenter', 'sonstiges'].indexOf(a!) - ['schritte', 'jobcenter', 'sonstiges'].indexOf(b!)));
  });
  it('a plan without a date is checked against today', () => {
    const today = new Date(Date.UTC(2026, 2, 2));
    const p: Plan = { sections: { jobcenter: ['Frau Lindner ruft mich am 05.01.2026 an.'] } };
    expect(checkPlan(p, { today }).findings.map((f) => f.category)).toContain('deadline-out-of-range');
  });
});

describe('a date the calendar does not have', () => {
  const jobcenter = [
    { text: 'Das Jobcenter unterstützt mich bei der Vermittlung.', due: '2026-02-30' },
    'Frau Lindner schickt mir bis zum 31.04.2026 zwei Stellenangebote.',
    { text: 'Frau Lindner ruft mich an.', due: '2026-04-15' },
  ];
  const cats = (p: Plan) => checkPlan(p).findings.map((f) => `${f.category}@${f.section ?? '-'}.${f.entry ?? '-'}`);

  it('in `due` or in the text: a finding on that entry, and the rest of the plan is checked as before', () => {
    const found = checkPlan({ date: '2026-03-02', sections: { ziel: [], jobcenter } }).findings;
    const impossible = found.filter((f) => f.category === 'impossible-date');
    expect(impossible.map((f) => [f.entry, f.message])).toEqual([
      [0, '„Bis wann“: Den 30.02.2026 gibt es nicht – der Februar 2026 hat nur 28 Tage. Welcher Tag ist gemeint?'],
      [1, 'Den 31.04.2026 gibt es nicht – der April 2026 hat nur 30 Tage. Welcher Tag ist gemeint?'],
    ]);
    expect(impossible[1]!.start).toBe(jobcenter[1]!.toString().indexOf('31.04.2026'));
    const all = cats({ date: '2026-03-02', sections: { ziel: [], jobcenter } });
    expect(all).toEqual(expect.arrayContaining(['missing-goal@-.-', 'missing-counterpart@jobcenter.0', 'vague-commitment@jobcenter.0']));
    // the date was given, only wrongly: reported once, as a date that does not exist, not also as a missing date
    expect(all).not.toContain('missing-deadline@jobcenter.0');
    expect(all).not.toContain('missing-deadline@jobcenter.1');
  });

  it('in the plan\'s `date`: a plan-level finding; the entries are checked, the range check waits for a real date', () => {
    const p: Plan = { date: '2026-02-30', sections: { ziel: ['Ich möchte als Koch arbeiten.'], jobcenter: [...jobcenter, 'Frau Lindner schickt mir bis zum 15.01.2020 die Unterlagen.'] } };
    const found = checkPlan(p).findings;
    const planLevel = found.filter((f) => f.category === 'impossible-plan-date');
    expect(planLevel).toHaveLength(1);
    expect(planLevel[0]!.section).toBeNull();
    expect(planLevel[0]!.message).toMatch(/^Das Datum des Plans, 30\.02\.2026, gibt es nicht – der Februar 2026 hat nur 28 Tage\./);
    expect(found.filter((f) => f.category === 'deadline-out-of-range')).toEqual([]);
    expect(found.map((f) => f.category)).toEqual(expect.arrayContaining(['impossible-date', 'missing-counterpart', 'vague-commitment']));
    // with a real date the same old date is out of range
    expect(checkPlan({ ...p, date: '2026-02-28' }).findings.map((f) => f.category)).toContain('deadline-out-of-range');
  });
});

describe('findings without fixes (the audit)', () => {
  it('are the same findings as with fixes, only without them, on every labelled plan and every blind entry', () => {
    const plans: Plan[] = readFileSync(new URL('./fixtures/heldout-like.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l).plan);
    for (const f of ['blind-5-rewrites.jsonl', 'blind-6-rewrites.jsonl']) {
      for (const l of readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8').trim().split('\n')) {
        const c = JSON.parse(l) as { section: keyof Plan['sections']; text: string };
        plans.push({ date: '2026-03-02', sections: { [c.section]: [c.text] } });
      }
    }
    let withFix = 0;
    for (const p of plans) {
      const full = checkPlan(p).findings;
      withFix += full.filter((f) => f.fix).length;
      expect(checkPlan(p, { fixes: false }).findings, JSON.stringify(p)).toEqual(full.map(({ fix: _fix, ...rest }) => rest));
    }
    expect(withFix).toBeGreaterThan(200); // the sets do have fixes to leave out
  });
});

