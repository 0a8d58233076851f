/**
 * The panel's "klarplan/markers" message (browser/page-marks.ts), the toolbar badge (browser/badge.ts) and the
 * switch "Markierungen im Formular" (browser/page-marks-setting.ts), with a real check of a page plan.
 */
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../browser/badge';
import { markersMessage, worstOf } from '../../browser/page-marks';
import { PAGE_MARKS_KEY, pageMarksOn, readPageMarks, savePageMarks, watchPageMarks } from '../../browser/page-marks-setting';
import { viewOfPage } from '../../browser/page-plan';
import { checkPlan } from '../../checker/checker';
import { ruleById } from '../../checker/rules-info';
import { parseToPage } from '../../messages/index';
import type { PagePlan } from '../../fields/types';

const THREAT = 'Bei Nichteinhaltung kann eine Leistungsminderung erfolgen.';
const page: PagePlan = {
  url: 'https://fachverfahren.example/plan/1',
  fields: [
    { id: 'f-ziel', kind: 'textarea', section: 'ziel', label: 'Mein Ziel ist', text: 'Ich möchte als Koch arbeiten.', entries: [{ text: 'Ich möchte als Koch arbeiten.', start: 0 }] },
    {
      id: 'f-jc',
      kind: 'textarea',
      section: 'jobcenter',
      label: 'Mein Jobcenter unterstützt mich durch',
      text: '- Das Jobcenter unterstützt mich.',
      entries: [{ text: 'Das Jobcenter unterstützt mich.', start: 2 }],
    },
    { id: 'f-sonst', kind: 'textarea', section: 'sonstiges', label: 'Was sonst noch wichtig ist', text: `Notiz.\n${THREAT}`, entries: [{ text: 'Notiz.', start: 0 }, { text: THREAT, start: 7 }] },
  ],
};

describe('markersMessage', () => {
  const view = viewOfPage(page, '2026-03-02');
  const findings = checkPlan(view.plan, { today: new Date(Date.UTC(2026, 2, 2)) }).findings;
  const msg = markersMessage(view, findings);

  it('fits the contract and keeps the counts per field', () => {
    expect(parseToPage(msg)).toEqual(msg);
    expect(msg.counts).toEqual(view.countsByField(findings));
    expect(msg.total).toBe(findings.length);
    expect(msg.worst).toBe(worstOf(findings));
  });

  it('gives each finding in a field its words there, as offsets in the field text, with severity and short title', () => {
    const inFields = findings.filter((f) => f.section !== null && f.entry !== null);
    expect(msg.marks).toHaveLength(inFields.length);
    const threat = msg.marks!.find((m) => m.title === ruleById('legal-threat')!.tag);
    expect(threat).toMatchObject({ fieldId: 'f-sonst', severity: 'error' });
    // The span stands inside the threat sentence in the field's own text (offset 7 = after "Notiz.\n").
    const field = page.fields[2]!.text;
    expect(threat!.start).toBeGreaterThanOrEqual(7);
    expect(field.slice(threat!.start, threat!.end)).not.toBe('');
    expect(THREAT).toContain(field.slice(threat!.start, threat!.end));
    // The job centre's entry starts after its "- " in the field.
    for (const m of msg.marks!.filter((x) => x.fieldId === 'f-jc')) {
      expect(m.start).toBeGreaterThanOrEqual(2);
      expect(m.end).toBeLessThanOrEqual(page.fields[1]!.text.length);
    }
    expect(msg.worst).toBe('error');
  });

  it('no plan: nothing to mark, count 0', () => {
    expect(markersMessage(undefined, findings)).toEqual({ type: 'klarplan/markers', counts: {}, marks: [], total: 0 });
  });

  it('an older message with counts only still fits', () => {
    expect(parseToPage({ type: 'klarplan/markers', counts: { a: 1 } })).toEqual({ type: 'klarplan/markers', counts: { a: 1 } });
    expect(parseToPage({ type: 'klarplan/markers', counts: {}, marks: [{ fieldId: 'a', start: 0, end: 1, severity: 'bad', title: 'x' }] })).toBeNull();
  });
});

describe('badgeFor', () => {
  it('count and colour by the worst finding; empty for none', () => {
    expect(badgeFor(3, 'error')).toEqual({ text: '3', color: '#b3261e', textColor: '#ffffff' });
    expect(badgeFor(12, 'warning').color).toBe('#ffc233');
    expect(badgeFor(1, 'info').text).toBe('1');
    expect(badgeFor(250, 'info').text).toBe('99+');
    expect(badgeFor(0, 'error')).toEqual({ text: '', color: null, textColor: '#ffffff' });
    expect(badgeFor(undefined, undefined).text).toBe('');
  });
});

describe('the switch "Markierungen im Formular"', () => {
  function fakeApi(initial: Record<string, unknown> = {}) {
    const data = { ...initial };
    const listeners: Array<(c: Record<string, { newValue?: unknown }>, area: string) => void> = [];
    return {
      data,
      listeners,
      storage: {
        local: {
          get: async (k: string) => (k in data ? { [k]: data[k] } : {}),
          set: async (items: Record<string, unknown>) => {
            Object.assign(data, items);
            for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
          },
        },
        onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1) },
      },
    };
  }

  it('is on unless switched off, and only the switch is stored', async () => {
    expect(pageMarksOn(undefined)).toBe(true);
    expect(pageMarksOn(false)).toBe(false);
    const api = fakeApi();
    expect(await readPageMarks(api)).toBe(true);
    await savePageMarks(false, api);
    expect(api.data).toEqual({ [PAGE_MARKS_KEY]: false });
    expect(await readPageMarks(api)).toBe(false);
    expect(await readPageMarks(null)).toBe(true);
  });

  it('a value already known (read by the background) is taken without a read of its own, then followed', async () => {
    const api = fakeApi({ [PAGE_MARKS_KEY]: true });
    let reads = 0;
    const get = api.storage.local.get;
    api.storage.local.get = (key: string) => (reads++, get(key));
    const seen: boolean[] = [];
    watchPageMarks((on) => seen.push(on), api, false);
    expect(seen).toEqual([]); // not inside the subscriber's own constructor
    await Promise.resolve();
    expect(seen).toEqual([false]);
    await savePageMarks(true, api);
    expect(seen).toEqual([false, true]);
    expect(reads).toBe(0);
  });

  it('is followed live, and unsubscribing stops it', async () => {
    const api = fakeApi({ [PAGE_MARKS_KEY]: false });
    const seen: boolean[] = [];
    const stop = watchPageMarks((on) => seen.push(on), api);
    await new Promise((r) => setTimeout(r, 0));
    await savePageMarks(true, api);
    expect(seen).toEqual([false, true]);
    stop();
    await savePageMarks(false, api);
    expect(seen).toEqual([false, true]);
    expect(api.listeners).toHaveLength(0);
  });
});
