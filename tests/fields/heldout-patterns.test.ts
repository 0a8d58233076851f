/**
 * The label and row patterns the held-out screens (tests/fixtures/screens) showed missing, one focused test
 * per generic change: each with markup of its own, not the held-out pages' ids or texts.
 */
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../fields/labels';
import { parseDate, stepRowOf } from '../../fields/rows';
import { isNonPlanLabel, sectionOfLabel } from '../../fields/sections';
import { readPage } from '../../fields/snapshot';
import { byId, page } from './dom';

const read = (body: string) => {
  const p = page(body);
  return readPage(p.doc, p.url).fields.map((f) => [f.section, f.text]);
};

describe('enumerations before a heading: Roman numerals, letters, "Abschnitt C –"', () => {
  it.each([
    ['I. Ziel', 'ziel'],
    ['IV – Ziel', 'ziel'],
    ['II) Zwischenziel', 'zwischenziel'],
    ['a) Ziel', 'ziel'],
    ['B. Ziel', 'ziel'],
    ['Abschnitt C – Ziel', 'ziel'],
    ['Teil II: Schritte', 'schritte'],
    ['Bereich D Ziel', 'ziel'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });

  it('does not strip the start of a word ("Ich …", "E-Mail", "Teilziel")', () => {
    expect(sectionOfLabel('Teilziel')).toBe('zwischenziel');
    expect(isNonPlanLabel('E-Mail')).toBe(true);
    expect(sectionOfLabel('Ich werde')).toBe('schritte');
    expect(sectionOfLabel('C Ziel')).toBeNull(); // a lone letter without its punctuation is no enumeration
  });
});

describe('"Zusätzliche Unterstützung" as a variant of "Zusätzlich unterstützt mich"', () => {
  it.each([
    ['Zusätzliche Unterstützung', 'dritte'],
    ['5. Zusätzliche Hilfen', 'dritte'],
    ['Zusätzliche Unterstützung durch das Jobcenter', 'jobcenter'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });
});

describe("the case worker's notes are no plan fields, whatever heading stands above", () => {
  it.each(['Gesprächsvermerk', 'Beratungsvermerk', 'Aktenvermerk', 'Gesprächsnotiz', 'Gesprächsprotokoll', 'Gesprächsinhalt'])('%s', (label) => {
    expect(isNonPlanLabel(label)).toBe(true);
  });

  it('a notes field labelled by aria-labelledby inside the "Sonstiges" block stays out', () => {
    expect(
      read(`
      <h4>Mein Ziel</h4><textarea>Ich arbeite als Koch.</textarea>
      <h4>Sonstiges</h4>
      <span id="l1">Hinweise</span><textarea aria-labelledby="l1">Ich ziehe im Mai um.</textarea>
      <span id="l2">Beratungsvermerk</span><textarea aria-labelledby="l2">Kunde wirkte müde.</textarea>`),
    ).toEqual([['ziel', 'Ich arbeite als Koch.'], ['sonstiges', 'Ich ziehe im Mai um.']]);
  });
});

describe('dates with a German month name', () => {
  it.each([
    ['31. Oktober 2026', '2026-10-31'],
    ['1. Okt. 2026', '2026-10-01'],
    ['bis 3. März 2027', '2027-03-03'],
    ['15 Dezember 2026', '2026-12-15'],
    ['30. Februar 2026', null],
    ['12 Wochen 2026', null],
    ['Ende Juni 2026', null],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('is the due date of a step row under a "Frist" column', () => {
    const p = page(`
      <table><thead><tr><th>Schritt</th><th>Wer</th><th>Frist</th></tr></thead>
      <tbody><tr><td><input type="text" id="s" value="Ich melde mich an."></td><td>Kundin</td><td><input type="text" value="20. November 2026"></td></tr></tbody></table>`);
    expect(stepRowOf(byId(p.doc, 's'))?.due?.date).toBe('2026-11-20');
  });
});

describe('a floating label after the field, in the field\'s own wrapper (no for)', () => {
  const FLOAT = (id: string, text: string, label: string) =>
    `<div class="ff"><div class="ff-infix"><textarea id="${id}">${text}</textarea><span class="ff-label-wrap"><label class="ff-label">${label}</label></span></div><div class="ff-hint">0 / 500</div></div>`;

  it('names the field before it, not the next one', () => {
    const body = `<h2>Plan</h2>${FLOAT('a', 'x', 'Mein Ziel ist')}${FLOAT('b', 'y', 'Zusätzlich unterstützt mich')}${FLOAT('c', 'z', 'Was sonst noch wichtig ist')}`;
    const p = page(body);
    expect(labelOf(byId(p.doc, 'a'))).toEqual({ section: 'ziel', label: 'Mein Ziel ist', source: 'container-label' });
    expect(labelOf(byId(p.doc, 'b')).section).toBe('dritte');
    expect(labelOf(byId(p.doc, 'c')).section).toBe('sonstiges');
  });

  it('is not taken from a wrapper that holds another control, nor when the label is for another field', () => {
    const p = page(`
      <h3>Meine nächsten Schritte</h3>
      <div><label>Zwischenziel</label><input type="text" id="other" value="q"><textarea id="f">x</textarea></div>
      <div><textarea id="g">y</textarea><label for="g2">Sonstiges</label></div><textarea id="g2">z</textarea>`);
    expect(labelOf(byId(p.doc, 'f')).source).not.toBe('container-label');
    expect(labelOf(byId(p.doc, 'g')).source).not.toBe('container-label');
    expect(labelOf(byId(p.doc, 'g')).section).not.toBe('sonstiges');
  });
});

describe('a label beside a deeply wrapped field (ExtJS: label div next to the fourth wrapper)', () => {
  it('climbs the wrappers that hold this field alone', () => {
    const p = page(`
      <div class="item"><div class="item-lbl"><span class="txt">Unterstützung durch Dritte:</span></div>
        <div class="item-body"><div class="w1"><div class="w2"><textarea id="f">x</textarea></div></div></div></div>`);
    expect(labelOf(byId(p.doc, 'f'))).toEqual({ section: 'dritte', label: 'Unterstützung durch Dritte:', source: 'nearby-text' });
  });

  it('does not climb past three levels through a wrapper that holds another field', () => {
    const p = page(`
      <div class="grp"><span>Ziel</span>
        <div class="both"><div class="w1"><div class="w2"><div class="w3"><textarea id="f">x</textarea></div></div></div><input type="text" value="y"></div></div>`);
    expect(labelOf(byId(p.doc, 'f')).source).not.toBe('nearby-text');
  });
});

describe('grids whose header cells stand in a table of their own (fixed header)', () => {
  const GRID = (head: string) => `
    <h3>Meine nächsten Schritte</h3>
    <div class="grid">
      <div class="grid-head"><table><thead><tr>${head}</tr></thead></table></div>
      <div class="grid-body"><table><tbody>
        <tr><td><input type="text" id="s1" value="Ich melde mich an."></td><td><input type="text" readonly value="Kunde"></td><td><input type="text" id="d1" value="01.12.2026"></td></tr>
        <tr><td><input type="text" id="s2" value="Kursgebühr übernehmen"></td><td><input type="text" readonly value="Jobcenter"></td><td><input type="text" id="d2" value="15.12.2026"></td></tr>
      </tbody></table></div>
    </div>`;

  it('takes the detached header row: owner column decides, date column is no plan field', () => {
    const p = page(GRID('<th>Aufgabe</th><th>Zuständig</th><th>Frist</th><th class="gutter"></th>'));
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.text, f.entries[0]?.due])).toEqual([
      ['schritte', 'Ich melde mich an.', '2026-12-01'],
      ['jobcenter', 'Kursgebühr übernehmen', '2026-12-15'],
    ]);
    expect(stepRowOf(byId(p.doc, 'd1'))?.role).toBe('due');
  });

  it('ignores a table before it that is no header of the same width', () => {
    const p = page(GRID('<th>Übersicht</th>'));
    expect(stepRowOf(byId(p.doc, 'd1'))?.role).toBe('text');
  });
});
