import { describe, expect, it } from 'vitest';
import { parseDate, stepRowOf } from '../../fields/rows';
import { readPage } from '../../fields/snapshot';
import { byId, page } from './dom';

const STEP_TABLE = `
  <h2>Kooperationsplan</h2>
  <label for="ziel">Ziel</label><textarea id="ziel">Ich möchte im Verkauf arbeiten.</textarea>
  <table class="grid">
    <thead><tr><th>Schritt</th><th>Verantwortlich</th><th>Bis wann</th></tr></thead>
    <tbody>
      <tr>
        <td><input type="text" id="s1" value="Ich bewerbe mich auf vier Stellen im Monat."></td>
        <td><select id="w1"><option>Bitte wählen</option><option selected>Kundin</option><option>Jobcenter</option><option>Dritte</option></select></td>
        <td><input type="date" id="d1" value="2027-01-31"></td>
      </tr>
      <tr>
        <td><input type="text" id="s2" value="Das Jobcenter unterstützt mich bei der Stellensuche."></td>
        <td><select id="w2"><option>Bitte wählen</option><option>Kundin</option><option selected>Jobcenter</option><option>Dritte</option></select></td>
        <td><input type="date" id="d2" value=""></td>
      </tr>
      <tr>
        <td><input type="text" id="s3" value="Die Beratungsstelle hilft bei Bedarf."></td>
        <td><select id="w3"><option>Kundin</option><option>Jobcenter</option><option selected>Dritte</option></select></td>
        <td><input type="text" id="d3" value="15.12.2026"></td>
      </tr>
    </tbody>
  </table>`;

describe('step rows: the owner decides the section, the date is the due date', () => {
  it('reads a table of steps with owner select and date input', () => {
    const p = page(STEP_TABLE);
    const plan = readPage(p.doc, p.url);
    expect(plan.fields.map((f) => [f.section, f.label, f.via, f.entries])).toEqual([
      ['ziel', 'Ziel', 'label-for', [{ text: 'Ich möchte im Verkauf arbeiten.', start: 0 }]],
      ['schritte', 'Kundin', 'row-owner', [{ text: 'Ich bewerbe mich auf vier Stellen im Monat.', start: 0, due: '2027-01-31', owner: { party: 'client', text: 'Kundin' } }]],
      ['jobcenter', 'Jobcenter', 'row-owner', [{ text: 'Das Jobcenter unterstützt mich bei der Stellensuche.', start: 0, owner: { party: 'jobcenter', text: 'Jobcenter' } }]],
      ['dritte', 'Dritte', 'row-owner', [{ text: 'Die Beratungsstelle hilft bei Bedarf.', start: 0, due: '2026-12-15', owner: { party: 'others', text: 'Dritte' } }]],
    ]);
  });

  it('the row\'s date column, typed as German text, is no plan field', () => {
    const p = page(STEP_TABLE);
    const row = stepRowOf(byId(p.doc, 'd3'))!;
    expect(row.role).toBe('due');
    expect(readPage(p.doc, p.url, [], { includeUnmapped: true }).fields.some((f) => f.text === '15.12.2026')).toBe(false);
  });

  it('follows a change of the owner', () => {
    const p = page(STEP_TABLE);
    (byId(p.doc, 'w1') as HTMLSelectElement).selectedIndex = 2; // Jobcenter
    expect(readPage(p.doc, p.url).fields[1]).toMatchObject({ section: 'jobcenter', label: 'Jobcenter' });
  });

  it('an unset owner ("Bitte wählen") leaves the section to the labels', () => {
    const p = page(`<h3>Meine nächsten Schritte</h3><table><tr><th>Was</th><th>Wer</th></tr>
      <tr><td><textarea id="t">Ich rufe an.</textarea></td><td><select><option selected>Bitte wählen</option><option>Jobcenter</option></select></td></tr></table>`);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.via])).toEqual([['schritte', 'heading']]);
  });

  it('ARIA grid rows with an owner cell and a German date', () => {
    const p = page(`
      <div role="table">
        <div role="row"><div role="columnheader">Maßnahme</div><div role="columnheader">Zuständig</div><div role="columnheader">Frist</div></div>
        <div role="row"><div role="cell"><div contenteditable="true" id="c1">Frau Schneider schickt mir Angebote.</div></div><div role="cell">Jobcenter</div><div role="cell">bis 10.12.2026</div></div>
        <div role="row"><div role="cell"><div contenteditable="true" id="c2">Ich gehe zur Schuldnerberatung.</div></div><div role="cell">Kunde/Kundin</div><div role="cell">–</div></div>
      </div>`);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.label, f.entries[0]?.due])).toEqual([
      ['jobcenter', 'Jobcenter', '2026-12-10'],
      ['schritte', 'Kunde/Kundin', undefined],
    ]);
  });

  it('radio buttons as owner', () => {
    const p = page(`<table><tr>
      <td><textarea id="t">Ich melde mich beim Deutschkurs an.</textarea></td>
      <td><label><input type="radio" name="w" checked> Kundin</label><label><input type="radio" name="w"> Jobcenter</label></td>
    </tr></table>`);
    expect(readPage(p.doc, p.url).fields[0]).toMatchObject({ section: 'schritte', label: 'Kundin' });
  });

  it('repeated step groups of divs (no table): owner select and date input by their labels', () => {
    const p = page(`<h2>Vereinbarte Schritte</h2>
      ${[
        ['1', 'Ich bewerbe mich auf vier Stellen im Monat.', 'Kundin', '2027-01-31'],
        ['2', 'Frau Schneider schickt mir Stellenangebote.', 'Jobcenter', ''],
        ['3', 'Die Schuldnerberatung vereinbart einen Termin.', 'Dritte', '2026-12-01'],
      ]
        .map(
          ([n, text, owner, due]) => `<div class="step">
            <div class="col"><label for="s${n}">Schritt ${n}</label><textarea id="s${n}">${text}</textarea></div>
            <div class="col"><label for="w${n}">Verantwortlich</label><select id="w${n}">${['Kundin', 'Jobcenter', 'Dritte']
              .map((o) => `<option${o === owner ? ' selected' : ''}>${o}</option>`)
              .join('')}</select></div>
            <div class="col"><label for="b${n}">Geburtsdatum Kind</label><input type="date" id="b${n}" value="2019-05-01"></div>
            <div class="col"><label for="d${n}">Erledigen bis</label><input type="text" id="d${n}" value="${due ? due.split('-').reverse().join('.') : ''}"></div>
          </div>`,
        )
        .join('')}`);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.label, f.via, f.entries[0]?.due])).toEqual([
      ['schritte', 'Kundin', 'row-owner', '2027-01-31'],
      ['jobcenter', 'Jobcenter', 'row-owner', undefined],
      ['dritte', 'Dritte', 'row-owner', '2026-12-01'],
    ]);
  });

  it('a form with several text fields and one select is no step group', () => {
    const p = page(`<form><label for="z">Mein Ziel</label><textarea id="z">Ich arbeite.</textarea>
      <label for="s">Sonstiges</label><textarea id="s">Kita</textarea>
      <label for="j">Zuständiges Jobcenter</label><select id="j"><option selected>Jobcenter Köln</option></select></form>`);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.via])).toEqual([
      ['ziel', 'label-for'],
      ['sonstiges', 'label-for'],
    ]);
  });

  it('a message field next to a jobcenter select stays out of the plan', () => {
    const p = page(`<div class="kontakt"><label for="j">Ihr Jobcenter</label><select id="j"><option selected>Jobcenter Köln</option></select>
      <label for="m">Nachricht</label><textarea id="m">Ich kann nicht kommen.</textarea></div>`);
    expect(readPage(p.doc, p.url).fields).toEqual([]);
  });

  it('a layout table with label cells is no step row', () => {
    const p = page('<table><tr><td>Mein Ziel ist</td><td><textarea>Ich arbeite.</textarea></td></tr><tr><td>Sonstiges</td><td><textarea>Kita</textarea></td></tr></table>');
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.via])).toEqual([
      ['ziel', 'row-header'],
      ['sonstiges', 'row-header'],
    ]);
  });
});

describe('dates as forms show them', () => {
  it.each([
    ['2026-12-15', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['5.1.2027', '2027-01-05'],
    ['15.12.26', '2026-12-15'],
    ['bis 01.02.2027', '2027-02-01'],
    ['2026-12-15T10:00', '2026-12-15'],
    ['31.02.2026', null],
    ['', null],
    ['15.12.', null],
    ['1.2.3.2026', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});
