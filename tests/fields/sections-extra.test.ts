import { describe, expect, it } from 'vitest';
import { isNonPlanLabel, sectionOfLabel } from '../../fields/sections';

describe('more label variants of case-management software', () => {
  it.each([
    ['Meine Ziele', 'ziel'],
    ['Berufliches Ziel', 'ziel'],
    ['Ziel der Zusammenarbeit', 'ziel'],
    ['Teilziele', 'zwischenziel'],
    ['Ihre nächsten Schritte', 'schritte'],
    ['Aufgaben der Kundin', 'schritte'],
    ['Unterstützung durch Ihr Jobcenter', 'jobcenter'],
    ['Das Jobcenter unterstützt Sie durch:', 'jobcenter'],
    ['Aufgaben des Jobcenters', 'jobcenter'],
    ['Zusätzlich unterstützt Sie', 'dritte'],
    ['Unterstützung durch andere Stellen', 'dritte'],
    ['Sonstige Vereinbarungen', 'sonstiges'],
    ['Weitere Absprachen', 'sonstiges'],
    ['1. Ziel', 'ziel'],
    ['Abschnitt 3: Schritte', 'schritte'],
    ['Ziel (max. 500 Zeichen)', 'ziel'],
    ['Vereinbarte Schritte', 'schritte'],
    ['Was ich selbst tue', 'schritte'],
    ['Das macht das Jobcenter', 'jobcenter'],
    ['Leistungen zur Eingliederung', 'jobcenter'],
    ['Hinweise', 'sonstiges'],
  ])('%s → %s', (label, key) => {
    expect(sectionOfLabel(label)).toBe(key);
  });
});

describe('own labels of fields that are no part of a plan', () => {
  it.each(['Name', 'Ihr Name:', 'E-Mail-Adresse', 'Telefon', 'Kundennummer', 'BG-Nummer', 'Datum der Vereinbarung', 'Nachricht', 'Betreff', 'Bis wann?', 'Verantwortlich', 'Ansprechpartnerin', 'Suche in der Fallakte', 'Interner Vermerk', 'Notizen'])(
    '%s',
    (label) => {
      expect(isNonPlanLabel(label)).toBe(true);
    },
  );
  it.each(['Mein Ziel ist', 'Meine nächsten Schritte sind', 'Termine und Fristen der Kundin', 'Wer unterstützt mich noch?', 'Ortswechsel', 'Sonstiges', 'Suche nach einer Ausbildung'])('%s is not', (label) => {
    expect(isNonPlanLabel(label)).toBe(false);
  });
});
