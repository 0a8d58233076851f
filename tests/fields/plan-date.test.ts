/** The plan's own date read from the page (fields/plan-date.ts): pure text → date, and the page as lines. */
import { describe, expect, it } from 'vitest';
import { dateLines, MAX_DATE_LINE, MAX_DATE_LINES, pageLines, type PlanBounds } from '../../fields/plan-date';
import { planDateOfLines, withPlanDate } from '../../fields/plan-date-text';
import { readPage } from '../../fields/snapshot';
import { page } from './dom';

const read = (...lines: string[]) => {
  const d = planDateOfLines(lines);
  return d && { date: d.date, ...(d.end ? { end: d.end } : {}) };
};

/** The plan's date as the panel reads it from the page's date lines. */
const planDateOf = (doc: Document, around?: PlanBounds) => planDateOfLines(dateLines(doc, around));

describe('plan date from lines of text', () => {
  it.each([
    ['Datum: 02.03.2026', { date: '2026-03-02' }],
    ['Datum ¦ 2.3.26', { date: '2026-03-02' }],
    ['Datum des Plans: 2. März 2026', { date: '2026-03-02' }],
    ['Kooperationsplan vom 02.03.2026', { date: '2026-03-02' }],
    ['erstellt am ¦ 2.3.26', { date: '2026-03-02' }],
    ['Angelegt am 02.03.2026 von Frau Lehmann', { date: '2026-03-02' }],
    ['Gültig ab 02.03.2026', { date: '2026-03-02' }],
    ['Gültig von 2. März 2026 bis 1. September 2026', { date: '2026-03-02', end: '2026-09-01' }],
    ['Laufzeit: 15.01.2026 – 14.07.2026', { date: '2026-01-15', end: '2026-07-14' }],
    ['Laufzeit ¦ 15.01.2026 bis 14.07.2026', { date: '2026-01-15', end: '2026-07-14' }],
    ['Zeitraum 01.02.2026-31.07.2026', { date: '2026-02-01', end: '2026-07-31' }],
    ['Datum des Plans ¦ 2026-04-10', { date: '2026-04-10' }],
    ['Gültig vom 1. Okt. 2026 bis zum 31. März 2027', { date: '2026-10-01', end: '2027-03-31' }],
    // a date at the end of a sentence, its full stop after it
    ['Dieser Plan gilt vom 02.03.2026 bis 01.09.2026.', { date: '2026-03-02', end: '2026-09-01' }],
    ['Erstellt am 2.3.26.', { date: '2026-03-02' }],
  ])('%s', (line, want) => {
    expect(read(line)).toEqual(want);
  });

  it('an end of its own ("gültig bis") joins the start; an end before the start is dropped', () => {
    expect(read('erstellt am 2.3.26', 'gültig bis 2.9.26')).toEqual({ date: '2026-03-02', end: '2026-09-02' });
    expect(read('Datum: 02.03.2026', 'Gültig bis 01.01.2026')).toEqual({ date: '2026-03-02' });
    expect(planDateOfLines(['erstellt am 2.3.26', 'gültig bis 2.9.26'])!.source).toBe('erstellt am 2.3.26 · gültig bis 2.9.26');
  });

  it('the surer label wins over a bare "Datum", wherever it stands', () => {
    expect(read('Datum ¦ 2026-05-08', 'Datum des Plans ¦ 2026-04-10')).toEqual({ date: '2026-04-10' });
    expect(read('Datum: 01.04.2026', 'Gültig von 02.03.2026 bis 01.09.2026')).toEqual({ date: '2026-03-02', end: '2026-09-01' });
  });

  it.each([
    'Geburtsdatum 11.06.1979',
    'Geb.-Datum ¦ 3.7.85',
    'Datum der Reise ¦ 02.03.2026',
    'Datum des Antrags: 04.03.2026',
    'Nächster Termin ¦ 16.3.26',
    'Nächste Überprüfung des Plans: spätestens 02.09.2026',
    'Erstplan vom 1. September 2025',
    'Zieldatum Integration ¦ 30.09.2026',
    'Datum: 30.02.2026', // no such day: no plan date rather than a wrong one
    'Datum: bitte wählen',
  ])('%s is no plan date', (line) => {
    expect(read(line)).toBeNull();
  });
});

describe('the page as lines', () => {
  it('a row of cells, a label and its input, a dt with its dd are one line each', () => {
    const p = page(`<table><tr><td>erstellt am</td><td><input value="2.3.26" readonly></td></tr></table>
      <div><label for="d">Datum des Plans</label><input type="date" id="d" value="2026-04-10"></div>
      <dl><dt>Laufzeit</dt><dd>15.01.2026 bis 14.07.2026</dd></dl>`);
    expect(pageLines(p.doc).map((l) => l.replace(/(?:\s*¦\s*)+/g, ' | '))).toEqual([
      'erstellt am | 2.3.26',
      'Datum des Plans | 2026-04-10',
      'Laufzeit | 15.01.2026 bis 14.07.2026',
    ]);
  });

  it('never reads plan text, hidden parts or long values', () => {
    const p = page(`<textarea>Mein Ausweis ist gültig bis 30.06.2026.</textarea>
      <div contenteditable="true">Gültig ab 01.01.2026</div>
      <div hidden>Datum: 01.01.2025</div><div style="display:none">Datum: 01.01.2025</div>
      <input value="Datum: 01.01.2025 – ein langer Satz in einem Eingabefeld">`);
    expect(planDateOf(p.doc)).toBeNull();
  });

  it('on a long case file, only what stands around the plan is read', () => {
    const other = Array.from({ length: 6 }, (_, i) => `<section><h2>Vermerk ${i}</h2><p>Datum: 0${i + 1}.01.2025</p><input value="x"></section>`).join('');
    const p = page(`<div id="akte"><section><p>Datum: 15.12.2025</p></section>${other}
      <div class="kopf">Kooperationsplan · erstellt am 02.03.2026</div>
      <form><h2>Mein Ziel</h2><textarea id="z">Ich arbeite.</textarea><h2>Meine nächsten Schritte</h2><textarea id="s">Ich bewerbe mich.</textarea></form>
      <div class="fuss">gültig bis 01.09.2026</div></div>`);
    const around = { first: p.doc.getElementById('z')!, last: p.doc.getElementById('s')! };
    expect(pageLines(p.doc, around)).not.toContain('Datum: 15.12.2025');
    expect(planDateOf(p.doc, around)).toEqual({ date: '2026-03-02', end: '2026-09-01', source: 'erstellt am 02.03.2026 · gültig bis 01.09.2026' });
    expect(withPlanDate(readPage(p.doc, p.url)).planDate?.date).toBe('2026-03-02');
  });

  it('the agent sends only the lines that hold a date, a long one cut around its date; the panel reads them', () => {
    const filler = 'Viele Worte über den Fall und seine Geschichte. '.repeat(12);
    const p = page(`<p>Ohne Datum hier.</p><p>${filler}Gültig von 02.03.2026 bis 01.09.2026. ${filler}</p>
      <h2>Mein Ziel</h2><textarea>Ich arbeite.</textarea>`);
    const plan = readPage(p.doc, p.url);
    expect(plan.planDate).toBeUndefined();
    expect(plan.dateLines).toHaveLength(1);
    const [line] = plan.dateLines!;
    expect(line!.length).toBeLessThanOrEqual(MAX_DATE_LINE);
    expect(line).toMatch(/^… .*Gültig von 02\.03\.2026 bis 01\.09\.2026/);
    expect(withPlanDate(plan)).toEqual({ url: plan.url, fields: plan.fields, planDate: { date: '2026-03-02', end: '2026-09-01', source: 'Gültig von 02.03.2026 bis 01.09.2026' } });
    // a cut line is no line start: a bare "Datum" inside it is not the plan's date
    const q = page(`<p>${filler}${filler}Datum 02.03.2026</p><h2>Mein Ziel</h2><textarea>Ich arbeite.</textarea>`);
    expect(withPlanDate(readPage(q.doc, q.url)).planDate).toBeUndefined();
  });

  it('at most MAX_DATE_LINES lines go to the panel, in page order', () => {
    const rows = Array.from({ length: MAX_DATE_LINES + 20 }, (_, i) => `<p>Termin ${i}: 0${(i % 9) + 1}.01.2026</p>`).join('');
    const p = page(`${rows}<h2>Mein Ziel</h2><textarea>Ich arbeite.</textarea>`);
    const lines = dateLines(p.doc);
    expect(lines).toHaveLength(MAX_DATE_LINES);
    expect(lines[0]).toBe('Termin 0: 01.01.2026');
  });

  it('readPage sends the date with a plan, and none for a page without a plan', () => {
    const plan = page(`<p class="kopf">Kooperationsplan vom 02.03.2026</p><h2>Mein Ziel</h2><textarea>Ich arbeite.</textarea>`);
    expect(withPlanDate(readPage(plan.doc, plan.url)).planDate).toEqual({ date: '2026-03-02', source: 'Kooperationsplan vom 02.03.2026' });
    const none = page(`<p>Datum: 02.03.2026</p><label>Nachricht <textarea>Hallo</textarea></label>`);
    expect(withPlanDate(readPage(none.doc, none.url)).planDate).toBeUndefined();
    const noDate = page(`<h2>Mein Ziel</h2><textarea>Ich arbeite.</textarea>`);
    expect('planDate' in withPlanDate(readPage(noDate.doc, noDate.url))).toBe(false);
  });
});
