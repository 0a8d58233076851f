import { describe, expect, it } from 'vitest';
import { viewOfPage } from '../../browser/page-plan';
import type { PagePlan } from '../../fields/types';
import { checkPlan } from '../../checker/checker';

const page: PagePlan = {
  url: 'https://fachverfahren.example/plan/1',
  fields: [
    { id: 'f1', kind: 'textarea', section: 'schritte', label: 'Meine nächsten Schritte sind', text: '- Ich rufe an.\n- Der Kunde schreibt.', entries: [{ text: 'Ich rufe an.', start: 2 }, { text: 'Der Kunde schreibt.', start: 17 }] },
    { id: 'f2', kind: 'input', section: 'jobcenter', label: 'Mein Jobcenter unterstützt mich durch', text: 'Hilfe.', entries: [{ text: 'Hilfe.', start: 0, due: '2026-04-01' }] },
    { id: 'f3', kind: 'input', section: 'schritte', label: 'Schritt', text: 'Ich lerne.', entries: [{ text: 'Ich lerne.', start: 0 }] },
  ],
};

describe('the page as a plan', () => {
  it('collects entries per section in page order, with the due date of step rows', () => {
    const v = viewOfPage(page, '2026-03-02');
    expect(v.plan.sections.schritte).toEqual(['Ich rufe an.', 'Der Kunde schreibt.', 'Ich lerne.']);
    expect(v.plan.sections.jobcenter).toEqual([{ text: 'Hilfe.', due: '2026-04-01' }]);
    expect(v.plan.date).toBe('2026-03-02');
  });
  it("takes the plan's date and end from the page, unless the panel chose a date", () => {
    const dated: PagePlan = { ...page, planDate: { date: '2026-03-02', end: '2026-08-31', source: 'Gültig von 02.03.2026 bis 31.08.2026' } };
    expect([viewOfPage(dated).plan.date, viewOfPage(dated).plan.end]).toEqual(['2026-03-02', '2026-08-31']);
    expect([viewOfPage(dated, '2026-04-01').plan.date, viewOfPage(dated, '2026-04-01').plan.end]).toEqual(['2026-04-01', undefined]);
    expect('date' in viewOfPage(page).plan).toBe(false);
  });
  it('locates each entry in its field', () => {
    const v = viewOfPage(page);
    expect(v.locate('schritte', 1)).toEqual({ fieldId: 'f1', offset: 17, fieldText: page.fields[0]!.text });
    expect(v.locate('schritte', 2)!.fieldId).toBe('f3');
    expect(v.locate('ziel', 0)).toBeUndefined();
  });
  it('counts findings per field', () => {
    const v = viewOfPage(page);
    const f = (section: 'schritte' | 'jobcenter', entry: number) => ({ category: 'x', section, entry, start: 0, end: 1, severity: 'info' as const, message: 'm' });
    expect(v.countsByField([f('schritte', 0), f('schritte', 1), f('jobcenter', 0), { ...f('schritte', 0), section: null, entry: null }])).toEqual({ f1: 2, f2: 1 });
  });
  it('passes the step row\'s owner with the entry: a person in the owner column is the commitment\'s counterpart', () => {
    const text = 'Prüfung und Übernahme der Kosten für den Kurs bis 15.01.2027.';
    const row = (id: string, person?: string): PagePlan['fields'][number] => ({
      id, kind: 'textarea', section: 'jobcenter', label: 'Jobcenter', text, via: 'row-owner',
      entries: [{ text, start: 0, owner: { party: 'jobcenter', ...(person ? { person } : {}), text: person ? `Jobcenter (${person})` : 'Jobcenter' } }],
    });
    const v = viewOfPage({ url: page.url, fields: [row('a', 'Frau Lindner'), row('b')] }, '2026-12-02');
    expect(v.plan.sections.jobcenter).toEqual([
      { text, owner: { party: 'jobcenter', person: 'Frau Lindner', text: 'Jobcenter (Frau Lindner)' } },
      { text, owner: { party: 'jobcenter', text: 'Jobcenter' } },
    ]);
    const nobody = checkPlan(v.plan).findings.filter((f) => f.category === 'missing-counterpart').map((f) => f.entry);
    expect(nobody).toEqual([1]);
  });
});
