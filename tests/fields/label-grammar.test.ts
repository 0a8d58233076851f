/**
 * The label grammar of issue 11 and issue 16: labels and placeholders as a person reads them. Each case is a
 * pattern of the language (an instruction word, a qualifier, a compound, an annotation, a question), never one
 * screen's sentence; the negatives keep forms that are no plan quiet.
 */
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../fields/labels';
import { isNonPlanLabel, nameWords, sectionOfLabel, sectionOfName, sectionOfOwner } from '../../fields/sections';
import { readPage } from '../../fields/snapshot';
import { byId, page } from './dom';

describe('instruction words are ignored (eingeben, eintragen, angeben, ausfüllen, erfassen, hier, bitte)', () => {
  it.each([
    ['Ziel eingeben', 'ziel'],
    ['Bitte Ziel eingeben', 'ziel'],
    ['Ziel hier eintragen', 'ziel'],
    ['Hier bitte das Ziel eintragen', 'ziel'],
    ['Nächste Schritte hier eintragen', 'schritte'],
    ['Bitte Zwischenziel erfassen', 'zwischenziel'],
    ['Sonstiges ausfüllen (optional)', 'sonstiges'],
    ['Tragen Sie hier Ihr Ziel ein', 'ziel'],
    ['Geben Sie Ihre nächsten Schritte an', 'schritte'],
    ['Ziel – Pflichtfeld', 'ziel'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });

  it('an instruction around personal data still names personal data', () => {
    expect(isNonPlanLabel('Telefonnummer hier eintragen')).toBe(true);
    expect(isNonPlanLabel('Bitte Namen eingeben')).toBe(true);
    expect(isNonPlanLabel('Bitte Vermerk erfassen')).toBe(true);
    expect(isNonPlanLabel('Ziel eingeben')).toBe(false);
    expect(sectionOfLabel('Suchbegriff eingeben')).toBeNull();
  });
});

describe("a heading's key word may lead a longer label, and its compounds count", () => {
  it.each([
    ['Ziel der Kundin', 'ziel'],
    ['Ziel des Kunden:', 'ziel'],
    ['Ziel (Pflichtfeld)', 'ziel'],
    ['Ziel der Teilnehmerin *', 'ziel'],
    ['Zwischenziel(e) der Kundin', 'zwischenziel'],
    ['Zielsetzung', 'ziel'],
    ['Berufliche Zielsetzung', 'ziel'],
    ['Zielvereinbarung', 'ziel'],
    ['Berufsziel', 'ziel'],
    ['Teilziele', 'zwischenziel'],
    ['Etappenziel', 'zwischenziel'],
    ['Jobcenterleistungen', 'jobcenter'],
    ['Das Jobcenter', 'jobcenter'],
    ['Unterstützungsangebote Dritter', 'dritte'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });

  it.each(['Zielgruppe', 'Zielberuf (lt. Profiling)', 'Zielort', 'Zieldatum Integration', 'Ziel der Reise', 'Reiseziel / Zielort', 'Sonstige Kosten (bitte angeben)', 'Jobcenter', 'Datum des Antrags'])(
    '%s names no heading',
    (label) => {
      expect(sectionOfLabel(label)).toBeNull();
    },
  );
});

describe('annotations, questions and sentences to the client map by their heading words', () => {
  it.each([
    ['Berufswunsch (Ziel)', 'ziel'],
    ['Etappe 1 [Zwischenziel]', 'zwischenziel'],
    ['Das nehmen Sie sich vor (Ihre Schritte):', 'schritte'],
    ['Anmerkungen (Sonstiges)', 'sonstiges'],
    ['Hier tragen Sie ein, wer Ihnen außerdem hilft (Dritte)', 'dritte'],
    ['Was möchten Sie beruflich erreichen? (Ziel)', 'ziel'],
    ['Was möchten Sie erreichen?', 'ziel'],
    ['Was möchten Sie als Erstes erreichen?', 'zwischenziel'],
    ['Was wollen Sie zunächst erreichen?', 'zwischenziel'],
    ['Was tun Sie als Nächstes? Bitte mit Datum.', 'schritte'],
    ['Wie unterstützt Sie das Jobcenter?', 'jobcenter'],
    ['Was übernimmt das Jobcenter?', 'jobcenter'],
    ['Wer unterstützt Sie außerdem?', 'dritte'],
    ['Wer hilft Ihnen noch?', 'dritte'],
    ['Gibt es sonst noch etwas, das wichtig ist?', 'sonstiges'],
    ['Das tun wir für Sie – Ihr Jobcenter', 'jobcenter'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });

  it.each(['Wie sind Sie am besten erreichbar?', 'Welche Sprache sprechen Sie zu Hause?', 'Haben Sie ein Auto?', 'Ziel erreicht?'])('%s names no heading', (label) => {
    expect(sectionOfLabel(label)).toBeNull();
  });

  it('an annotation that keeps a field internal', () => {
    expect(isNonPlanLabel('Bemerkung (intern)')).toBe(true);
    expect(isNonPlanLabel('Anmerkung (nicht für den Kunden)')).toBe(true);
    expect(isNonPlanLabel('Anmerkungen (Sonstiges)')).toBe(false);
  });
});

describe("the field's own name/id as a last hint", () => {
  it('splits camelCase, snake_case, kebab-case, dots and brackets, folding written-out umlauts', () => {
    expect(nameWords('txtZielKunde')).toEqual(['txt', 'ziel', 'kunde']);
    expect(nameWords('schritte_1')).toEqual(['schritte', '1']);
    expect(nameWords('unterstuetzung-dritte')).toEqual(['unterstützung', 'dritte']);
    expect(nameWords('kopl.schritte[2]')).toEqual(['kopl', 'schritte', '2']);
    expect(nameWords('ZIELSETZUNG_TXT')).toEqual(['zielsetzung', 'txt']);
    expect(nameWords('KPZiel2')).toEqual(['kp', 'ziel', '2']);
  });

  it.each([
    ['txtZielKunde', 'ziel'],
    ['txtZwischenziel', 'zwischenziel'],
    ['schritte_1', 'schritte'],
    ['jc_leistung', 'jobcenter'],
    ['kpJobcenter', 'jobcenter'],
    ['unterstuetzung-dritte', 'dritte'],
    ['kpSonstiges', 'sonstiges'],
  ])('%s → %s', (name, key) => {
    expect(sectionOfName(name)).toBe(key);
  });

  it.each(['zielberuf', 'reise_zielort', 'ZIELDATUM', 'jc_nr', 'jcName', 'sonstiges_kosten', 'txtVermerkIntern', 'field_1023', 'ziel_plz', 'schritteVorlage'])('%s names no section', (name) => {
    expect(sectionOfName(name)).toBeNull();
  });

  it('names a field only when no visible text does, and is never shown as its label', () => {
    const p = page(`<h3>Kooperationsplan</h3><textarea id="txtZielKunde">Ich arbeite.</textarea>
      <label for="s1">Meine nächsten Schritte</label><textarea id="s1" name="txtZiel2">Ich bewerbe mich.</textarea>`);
    expect(labelOf(byId(p.doc, 'txtZielKunde'))).toEqual({ label: 'Kooperationsplan', section: 'ziel', source: 'name' });
    expect(labelOf(byId(p.doc, 's1')).section).toBe('schritte');
  });
});

describe('headings and labels drawn as images count by their alt text', () => {
  it('an image heading in a cell, an image inside label[for]', () => {
    const p = page(`<table><tr><td class="ueberschrift"><img src="h.gif" alt="Mein Ziel"></td></tr>
      <tr><td><textarea id="a">Ich arbeite als Koch.</textarea></td></tr>
      <tr><td><label for="b"><img src="l.gif" alt="Zusätzlich unterstützt mich"></label><textarea id="b">Die Caritas.</textarea></td></tr></table>`);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.section, f.label])).toEqual([
      ['ziel', 'Mein Ziel'],
      ['dritte', 'Zusätzlich unterstützt mich'],
    ]);
  });

  it('an image without alt, or an icon next to a notes label, names nothing', () => {
    const p = page(`<h3><img src="h.gif"></h3><textarea id="a">Text</textarea>
      <p><img src="i.gif" alt="Hinweis"> <label for="b">Bemerkung (intern)</label><textarea id="b">intern</textarea></p>`);
    expect(readPage(p.doc, p.url).fields).toEqual([]);
  });
});

describe('a row cell that names a heading is no owner', () => {
  it('"Sonstige Vereinbarungen" is a label, "Sonstige" alone an owner', () => {
    expect(sectionOfOwner('Sonstige Vereinbarungen:')).toBeNull();
    expect(sectionOfOwner('Sonstige')).toBe('dritte');
    expect(sectionOfOwner('Dritte')).toBe('dritte');
    expect(sectionOfOwner('Jobcenter (Frau Krüger)')).toBe('jobcenter');
  });
});

describe('pages without a plan stay quiet', () => {
  it('a travel-cost form with "Bemerkungen" and "Sonstiges" among its own fields', () => {
    const p = page(`<form><label>Name <input value="Tim"></label><label>Reiseziel <input value="Hannover"></label>
      <label>Fahrtkosten <input value="38,40"></label><label>Bemerkungen <textarea>Fahrkarte liegt bei.</textarea></label></form>`);
    expect(readPage(p.doc, p.url).fields).toEqual([]);
  });

  it('a call-back form whose placeholders are instructions with plan words', () => {
    const p = page(`<input placeholder="Bitte Namen eingeben" value="Ilse"><input placeholder="Telefonnummer hier eintragen" value="030">
      <textarea placeholder="Ihr Anliegen bitte hier eingeben – z. B. Fragen zu Ihrem Ziel">Frage</textarea>
      <textarea placeholder="Sonstiges hier eintragen">nachmittags</textarea>`);
    expect(readPage(p.doc, p.url).fields).toEqual([]);
  });

  it('a plan with only its "Sonstiges" part on the page is still read', () => {
    const p = page(`<h4>Was sonst noch wichtig ist</h4><textarea>Ich ziehe im Mai um.</textarea>`);
    expect(readPage(p.doc, p.url).fields.map((f) => f.section)).toEqual(['sonstiges']);
  });
});
