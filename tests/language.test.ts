/** The German language layer: sentences, times, people, readability, verb forms. */
import { describe, expect, it } from 'vitest';
import { firstPersonOf, infinitiveOfThird } from '../language/language';
import { namedPersons, clientNouns } from '../language/people';
import { readability, syllables } from '../language/readability';
import { findTimes, planDay, planEnd, isoOf } from '../language/time';
import { splitSentences, tokenize } from '../language/tokens';
import { checkSentence, type Voice } from '../language/first-person/index';

const sentences = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentences', () => {
  it('do not end at titles, initials, abbreviations or ordinal dates', () => {
    expect(sentences('Herr Dr. Müller ruft am 3. Mai an. Ich komme z. B. am 15.03.2026 um 10 Uhr.')).toEqual([
      'Herr Dr. Müller ruft am 3. Mai an.',
      'Ich komme z. B. am 15.03.2026 um 10 Uhr.',
    ]);
    expect(sentences('Herr A. stellt sich vor. Frau M. ggf. auch.')).toEqual(['Herr A. stellt sich vor.', 'Frau M. ggf. auch.']);
  });
  it('do not end at an adverb in "-lich" cut short, but do end at a word that only ends in "l"', () => {
    expect(sentences('Ich schreibe wöchentl. 3 Bewerbungen. Die erforderl. Unterlagen bringe ich mit.')).toEqual([
      'Ich schreibe wöchentl. 3 Bewerbungen.',
      'Die erforderl. Unterlagen bringe ich mit.',
    ]);
    expect(sentences('Das geht schnell. 3 Tage später melde ich mich.')).toEqual(['Das geht schnell.', '3 Tage später melde ich mich.']);
  });
  it('do not end at company abbreviations, unless a new sentence plainly follows', () => {
    expect(sentences('Ich arbeite bei Glanz & Co. (10 Stunden pro Woche).')).toEqual(['Ich arbeite bei Glanz & Co. (10 Stunden pro Woche).']);
    expect(sentences('Ich arbeite bei der Müller GmbH & Co. KG als Fahrer.')).toHaveLength(1);
    expect(sentences('Ich bewerbe mich bei der Fa. Brandt.')).toHaveLength(1);
    expect(sentences('Ich arbeite bei Glanz & Co. Ich möchte mehr Stunden.')).toEqual(['Ich arbeite bei Glanz & Co.', 'Ich möchte mehr Stunden.']);
  });
  it('split points written one per line or as bullets', () => {
    expect(sentences('Lebenslauf schreiben\nBewerbungen verschicken')).toEqual(['Lebenslauf schreiben', 'Bewerbungen verschicken']);
    expect(sentences('• Kurs A • Kurs B')).toEqual(['Kurs A', 'Kurs B']);
  });
  it('keep offsets into the original text', () => {
    const text = '  Ich gehe. Du bleibst!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('times', () => {
  const ref = planDay('2026-03-02');
  const kinds = (t: string) => findTimes(t, ref).map((x) => `${x.kind}:${x.date ? isoOf(x.date) : ''}`);
  it.each([
    ['bis zum 27.03.2026', ['date:2026-03-27']],
    ['bis 15.03.', ['date:2026-03-15']],
    ['bis zum 15. April', ['date:2026-04-15']],
    ['am 3. Mai 2027', ['date:2027-05-03']],
    ['bis Ende März', ['frame:2026-03-31']],
    ['Anfang April', ['frame:2026-04-10']],
    ['bis KW 14', ['frame:2026-04-05']],
    ['innerhalb von zwei Wochen', ['frame:2026-03-16']],
    ['in drei Wochen', ['frame:2026-03-23']],
    ['jede Woche', ['rhythm:']],
    ['alle 14 Tage', ['rhythm:']],
    ['zweimal im Monat', ['rhythm:']],
    ['bis Freitag', ['date:2026-03-06']],
    ['um 10 Uhr', ['clock:']],
    ['beim nächsten Termin', ['anchor:']],
    ['zum 1. des Monats', ['rhythm:']],
    ['am 15. jedes Monats', ['rhythm:']],
    ['jeweils zum Monatsersten', ['rhythm:']],
    ['Rechtzeitiges Kümmern um einen Platz', ['vague:']],
    ['Ich sage den Termin rechtzeitig ab.', []],
    ['zeitnah', ['vague:']],
    ['baldmöglichst', ['vague:']],
    ['bis 50 Euro', []],
    ['bis zu 260 Euro', []],
    ['Führerschein Klasse C', []],
    ['Deutschkurs Niveau B1', []],
    ['Ich bin 45 Jahre alt.', []],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
  it('marks dates that state a past fact', () => {
    expect(findTimes('Ich arbeite seit dem 01.02.2026 dort.', ref)[0]!.past).toBe(true);
  });
  it('a plan runs six months, also from the end of a month', () => {
    expect(isoOf(planEnd(planDay('2026-03-02')))).toBe('2026-09-02');
    expect(isoOf(planEnd(planDay('2026-08-31')))).toBe('2027-02-28');
  });
});

describe('people', () => {
  it('finds named persons with titles and initials', () => {
    const text = 'Frau Dr. Berger und Herr A. sprechen mit Herrn Schäfer.';
    expect(namedPersons(tokenize(text)).map((p) => text.slice(p.start, p.end))).toEqual(['Frau Dr. Berger', 'Herr A.', 'Herrn Schäfer']);
  });
  it('finds the client named by a noun, not look-alikes', () => {
    const refs = (t: string) => clientNouns(tokenize(t)).map((c) => t.slice(c.start, c.end));
    expect(refs('Der Kunde ruft an.')).toEqual(['Der Kunde']);
    expect(refs('Die eLb legt vor.')).toEqual(['Die eLb']);
    expect(refs('Ich suche Kundenkontakt im Kundenservice.')).toEqual([]);
    expect(refs('Teilnehmer des Kurses bekommen ein Zertifikat.')).toEqual([]);
  });
});

describe('verb forms (de-compromise lexicon and inflector)', () => {
  it.each([
    ['nimmt', 'nehmen', 'nehme'],
    ['bewirbt', 'bewerben', 'bewerbe'],
    ['gibt', 'geben', 'gebe'],
    ['arbeitet', 'arbeiten', 'arbeite'],
    ['kümmert', 'kümmern', 'kümmere'],
  ])('%s → %s → %s', (third, inf, first) => {
    expect(infinitiveOfThird(third)).toBe(inf);
    expect(firstPersonOf(inf)).toBe(first);
  });
});

describe('readability', () => {
  it('counts German syllables as vowel groups', () => {
    expect(syllables('Bewerbung')).toBe(3);
    expect(syllables('Arbeit')).toBe(2);
    expect(syllables('Schein')).toBe(1);
    expect(syllables('Eingliederungsvereinbarung')).toBe(8); // Ein-glie-de-rungs-ver-ein-ba-rung
  });
  it('rates plain sentences easier than officialese', () => {
    const plain = readability('Ich rufe am Montag an. Ich schicke dann den Lebenslauf.')!;
    const official = readability('Die Geltendmachung von Erstattungsansprüchen bedarf der vorherigen Beantragung unter Vorlage entsprechender Nachweise.')!;
    expect(plain.fleschAmstad).toBeGreaterThan(official.fleschAmstad + 30);
    expect(plain.wiener).toBeLessThan(official.wiener);
    expect(readability('')).toBeNull();
  });
});

describe('first-person rewrites that would need more than the checker can be sure of: flagged, no fix', () => {
  it.each([
    ['own', 'Aktueller Lebenslauf ist vorzulegen.'], // an adjective without article before a singular changes its ending
    ['own', 'Vorlage des Lebenslaufs und Zeugnisses.'], // a bare genitive after "und"
    ['own', 'Wahrnehmung aller Termine beim Jobcenter und rechtzeitige Absage im Krankheitsfall.'], // a second nominalisation
    ['own', 'Bei Fehlzeiten ist eine Krankmeldung vorzulegen und zu begründen.'], // coordinated verbs after a fronted phrase
    ['own', 'Bis zum 20.03.2026 ist der Antrag auf Wohngeld zu stellen und die Bestätigung vorzulegen.'], // two subjects
    ['own', 'Der Kunde hat den Antrag auszufüllen und Frau Lindner zu geben.'], // the second verb's dative: pronoun or not?
    ['wish', 'Begutachtung durch den Ärztlichen Dienst.'], // done by someone else, to whom?
    ['wish', 'Leistungsfähigkeit durch den Ärztlichen Dienst feststellen.'], // done by someone else
    ['own', 'Vorlage von Kindern und Eltern.'], // "Eltern": no singular to check the dative against
  ] as Array<[Voice, string]>)('[%s] %s', (voice, text) => {
    const f = checkSentence(splitSentences(text)[0]!, voice);
    expect(f).not.toBeNull();
    expect(f!.fix).toBeUndefined();
  });
});
