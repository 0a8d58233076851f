/** Plan text prepared for the ear (speech/ear.ts): numbers, dates, times, amounts, abbreviations. */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkForSpeech } from '../speech/chunks';
import { forTheEar } from '../speech/ear';
import { cardinal, ordinal, yearWords } from '../speech/numbers';
import { JARGON } from '../language/lexicon';

describe('number words', () => {
  it.each([
    [0, 'null'], [1, 'eins'], [7, 'sieben'], [11, 'elf'], [16, 'sechzehn'], [17, 'siebzehn'], [20, 'zwanzig'],
    [21, 'einundzwanzig'], [30, 'dreißig'], [45, 'fünfundvierzig'], [99, 'neunundneunzig'], [100, 'einhundert'],
    [101, 'einhunderteins'], [260, 'zweihundertsechzig'], [1000, 'eintausend'], [1001, 'eintausendeins'],
    [1200, 'eintausendzweihundert'], [2026, 'zweitausendsechsundzwanzig'], [9999, 'neuntausendneunhundertneunundneunzig'],
    [31000, 'einunddreißigtausend'], [1_000_000, 'eine Million'], [2_500_000, 'zwei Millionen fünfhunderttausend'],
  ])('cardinal %i', (n, words) => expect(cardinal(n)).toBe(words));

  it.each([
    [1, 'en', 'ersten'], [2, 'en', 'zweiten'], [3, 'en', 'dritten'], [7, 'en', 'siebten'], [8, 'en', 'achten'],
    [15, 'en', 'fünfzehnten'], [19, 'er', 'neunzehnter'], [20, 'en', 'zwanzigsten'], [21, 'en', 'einundzwanzigsten'],
    [30, 'er', 'dreißigster'], [31, 'en', 'einunddreißigsten'], [100, 'e', 'einhundertste'], [101, 'e', 'einhunderterste'],
  ] as const)('ordinal %i-%s', (n, ending, words) => expect(ordinal(n, ending)).toBe(words));

  it.each([
    [1998, 'neunzehnhundertachtundneunzig'], [1900, 'neunzehnhundert'], [1975, 'neunzehnhundertfünfundsiebzig'],
    [2000, 'zweitausend'], [2001, 'zweitausendeins'], [2026, 'zweitausendsechsundzwanzig'], [2027, 'zweitausendsiebenundzwanzig'],
  ])('year %i', (y, words) => expect(yearWords(y)).toBe(words));
});

describe('forTheEar: plan sentences', () => {
  it.each([
    // dates: dative after "zum/am/bis/ab/seit/vom", nominative standing alone
    ['Ich reiche die Unterlagen bis zum 15.04.2026 ein.', 'Ich reiche die Unterlagen bis zum fünfzehnten April zweitausendsechsundzwanzig ein.'],
    ['Termin am 3. März beim Träger.', 'Termin am dritten März beim Träger.'],
    ['Ich melde mich bis 10.06. beim Träger an.', 'Ich melde mich bis zehnten Juni beim Träger an.'],
    ['Ich nehme ab dem 04.01.2027 am Kurs teil.', 'Ich nehme ab dem vierten Januar zweitausendsiebenundzwanzig am Kurs teil.'],
    ['Ich bin seit dem 01.10.2025 krankgeschrieben.', 'Ich bin seit dem ersten Oktober zweitausendfünfundzwanzig krankgeschrieben.'],
    ['Frist: 30.11.2026', 'Frist: dreißigster November zweitausendsechsundzwanzig'],
    ['Beginn 2026-05-03', 'Beginn dritter Mai zweitausendsechsundzwanzig'],
    ['Ich bewerbe mich bis zum 1. Juni 2026 bei drei Firmen.', 'Ich bewerbe mich bis zum ersten Juni zweitausendsechsundzwanzig bei drei Firmen.'],
    ['Ich mache vom 06.04. bis 17.04.2026 ein Praktikum.', 'Ich mache vom sechsten April bis siebzehnten April zweitausendsechsundzwanzig ein Praktikum.'],
    ['Praktikum 01.04.–30.04.2026', 'Praktikum ersten April bis dreißigsten April zweitausendsechsundzwanzig'],
    ['Kurs vom 3.–5. März', 'Kurs vom dritten bis fünften März'],
    ['Termine am 3.3. und 10.3.2026.', 'Termine am dritten März und zehnten März zweitausendsechsundzwanzig.'],
    ['Am Montag, 7. September 2026 gehe ich hin.', 'Am Montag, siebten September zweitausendsechsundzwanzig gehe ich hin.'],
    ['Ich bin seit 1998 in Deutschland.', 'Ich bin seit neunzehnhundertachtundneunzig in Deutschland.'],
    ['Ausbildung ab August 2026.', 'Ausbildung ab August zweitausendsechsundzwanzig.'],
    ['Abrechnung für 03/2026 einreichen', 'Abrechnung für März zweitausendsechsundzwanzig einreichen'],
    ['Antrag bis 15.4.26 stellen', 'Antrag bis fünfzehnten April zweitausendsechsundzwanzig stellen'],
    ['Ich komme am 12.5. Dann sehen wir weiter.', 'Ich komme am zwölften Mai. Dann sehen wir weiter.'],
    // Kalenderwoche and other ordinals
    ['Ich nehme bis KW 12 an der Infoveranstaltung teil.', 'Ich nehme bis Kalenderwoche zwölf an der Infoveranstaltung teil.'],
    ['Frau Schmitt lädt mich in der 23. KW ein.', 'Frau Schmitt lädt mich in der dreiundzwanzigsten Kalenderwoche ein.'],
    ['Ich bin im 2. Ausbildungsjahr.', 'Ich bin im zweiten Ausbildungsjahr.'],
    ['Ich frage, ob ich zum 1. Juni von 10 auf 20 Wochenstunden aufstocken kann.', 'Ich frage, ob ich zum ersten Juni von zehn auf zwanzig Wochenstunden aufstocken kann.'],
    ['Ich bin 45. Ich suche Arbeit.', 'Ich bin fünfundvierzig. Ich suche Arbeit.'],
    // times
    ['Termin am 12.03.2026 um 14:30 Uhr.', 'Termin am zwölften März zweitausendsechsundzwanzig um vierzehn Uhr dreißig.'],
    ['Ich kann erst ab 8 Uhr anfangen.', 'Ich kann erst ab acht Uhr anfangen.'],
    ['Der Kurs beginnt um 8.30 Uhr.', 'Der Kurs beginnt um acht Uhr dreißig.'],
    ['Sie ruft zwischen 9 und 10 Uhr an.', 'Sie ruft zwischen neun und zehn Uhr an.'],
    ['Ich arbeite nur von 8 bis 13 Uhr.', 'Ich arbeite nur von acht bis dreizehn Uhr.'],
    ['Sprechzeit 9–12 Uhr', 'Sprechzeit neun bis zwölf Uhr'],
    ['Sprechzeit 10.00 - 12.30 Uhr', 'Sprechzeit zehn bis zwölf Uhr dreißig'],
    ['Treffen um 1 Uhr', 'Treffen um ein Uhr'],
    ['Ich komme um 9:05.', 'Ich komme um neun Uhr fünf.'],
    // amounts and percent
    ['Das Jobcenter zahlt bis 50 € für die Fahrkarte.', 'Das Jobcenter zahlt bis fünfzig Euro für die Fahrkarte.'],
    ['Die Gebühr beträgt 12,50 Euro.', 'Die Gebühr beträgt zwölf Euro fünfzig.'],
    ['Zuschuss bis zu 260 EUR.', 'Zuschuss bis zu zweihundertsechzig Euro.'],
    ['Ich möchte mehr als 1.500 Euro im Monat verdienen.', 'Ich möchte mehr als eintausendfünfhundert Euro im Monat verdienen.'],
    ['Kopie 0,50 €', 'Kopie fünfzig Cent'],
    ['Eigenanteil € 35,-', 'Eigenanteil fünfunddreißig Euro'],
    ['Fahrkarte 1 € pro Fahrt', 'Fahrkarte ein Euro pro Fahrt'],
    ['Minderung um 10 % des Regelbedarfs.', 'Minderung um zehn Prozent des Regelbedarfs.'],
    ['Förderung 2,5 Prozent', 'Förderung zwei Komma fünf Prozent'],
    ['Mein GdB ist 50.', 'Mein Grad der Behinderung ist fünfzig.'],
    // legal references
    ['Ein Schlichtungsverfahren nach § 15a SGB II ist möglich.', 'Ein Schlichtungsverfahren nach Paragraf fünfzehn a Sozialgesetzbuch zwei ist möglich.'],
    ['Beistand nach § 13 Abs. 4 SGB X.', 'Beistand nach Paragraf dreizehn Absatz vier Sozialgesetzbuch zehn.'],
    ['Es gelten die Regelungen des § 31 SGB II.', 'Es gelten die Regelungen des Paragrafen einunddreißig Sozialgesetzbuch zwei.'],
    ['Prüfung nach §§ 15, 16 SGB II', 'Prüfung nach Paragrafen fünfzehn, sechzehn Sozialgesetzbuch zwei'],
    ['Prüfung einer LTA nach § 49 SGB IX i.V.m. § 16 SGB VI', 'Prüfung einer LTA nach Paragraf neunundvierzig Sozialgesetzbuch neun in Verbindung mit Paragraf sechzehn Sozialgesetzbuch sechs'],
    ['Förderung nach dem SGB III, Nr. 2', 'Förderung nach dem Sozialgesetzbuch drei, Nummer zwei'],
    ['Zuschuss nach § 16i SGB II.', 'Zuschuss nach Paragraf sechzehn i Sozialgesetzbuch zwei.'],
    // authority abbreviations (the jargon list, without the explanation in brackets)
    ['Ich lege dem JC bis zum 05.10.2026 meine AU vor.', 'Ich lege dem Jobcenter bis zum fünften Oktober zweitausendsechsundzwanzig meine Arbeitsunfähigkeitsbescheinigung vor.'],
    ['Ich beginne am 01.04.2026 eine AGH.', 'Ich beginne am ersten April zweitausendsechsundzwanzig eine Arbeitsgelegenheit.'],
    ['Herr Yıldız hat am 03.03.2027 einen Termin beim ÄD.', 'Herr Yıldız hat am dritten März zweitausendsiebenundzwanzig einen Termin beim Ärztlichen Dienst der Agentur für Arbeit.'],
    ['Der ÄD wird eingeschaltet.', 'Der Ärztliche Dienst der Agentur für Arbeit wird eingeschaltet.'],
    ['Die eLb meldet sich.', 'Die erwerbsfähige leistungsberechtigte Person meldet sich.'],
    ['Ich spreche mit der eLb.', 'Ich spreche mit der erwerbsfähigen leistungsberechtigten Person.'],
    ['Ich nehme an einer BvB teil.', 'Ich nehme an einer berufsvorbereitenden Bildungsmaßnahme teil.'],
    // MAT is the measure at a provider, MAG the one at an employer
    ['Ich nehme an der MAT teil.', 'Ich nehme an der Maßnahme bei einem Träger teil.'],
    ['Ich mache eine MAG bei der Bäckerei Schmitt.', 'Ich mache eine Maßnahme bei einem Arbeitgeber bei der Bäckerei Schmitt.'],
    // a meaning that is not certain is spelled, never guessed
    ['IFK vereinbart einen Termin beim PAD.', 'Integrationsfachkraft vereinbart einen Termin beim P A D.'],
    ['Ich gehe zum U25.', 'Ich gehe zum U fünfundzwanzig.'],
    // written out right next to it: the plain word once
    ['Ich beginne eine AGH (Arbeitsgelegenheit) beim Träger.', 'Ich beginne eine Arbeitsgelegenheit beim Träger.'],
    ['Herr Nowak stellt den Antrag auf Eingliederungszuschuss (EGZ).', 'Herr Nowak stellt den Antrag auf Eingliederungszuschuss.'],
    ['Ich mache eine MAG (Maßnahme beim Arbeitgeber) bei der Firma Rudolph.', 'Ich mache eine Maßnahme beim Arbeitgeber bei der Firma Rudolph.'],
    ['Kd. meldet sich beim AGS.', 'Kunde oder Kundin meldet sich beim Arbeitgeber-Service.'],
    ['Ich bekomme einen VV.', 'Ich bekomme einen Vermittlungsvorschlag.'],
    // common abbreviations
    ['Ich bringe z. B. meinen Lebenslauf mit.', 'Ich bringe zum Beispiel meinen Lebenslauf mit.'],
    ['Z.B. Lebenslauf, Zeugnisse usw.', 'Zum Beispiel Lebenslauf, Zeugnisse und so weiter.'],
    ['Es wird ggf. eine AGH angeboten.', 'Es wird gegebenenfalls eine Arbeitsgelegenheit angeboten.'],
    ['Ich rufe an bzw. schreibe eine E-Mail.', 'Ich rufe an beziehungsweise schreibe eine E-Mail.'],
    ['Ich kläre u. a. die Kinderbetreuung, d. h. die Kita.', 'Ich kläre unter anderem die Kinderbetreuung, das heißt die Kita.'],
    ['Es kostet ca. 40 € inkl. Prüfung, evtl. mehr.', 'Es kostet circa vierzig Euro inklusive Prüfung, eventuell mehr.'],
    ['Frau Dr. Hoffmann ruft an, Tel. 0561 701-1234.', 'Frau Doktor Hoffmann ruft an, Telefon null fünf sechs eins, sieben null eins, eins zwei drei vier.'],
    ['Hr. Krämer und Fr. Berger kommen Mo.–Fr.', 'Herr Krämer und Frau Berger kommen Montag bis Freitag'],
    ['Ich arbeite 30 Std./Woche, mind. 1 Std. täglich.', 'Ich arbeite dreißig Stunden pro Woche, mindestens eine Stunde täglich.'],
    // counts, ranges, multipliers, levels
    ['Ich schreibe 1 Bewerbung pro Woche.', 'Ich schreibe eine Bewerbung pro Woche.'],
    ['Ich habe 2 Kinder und 1 Enkelkind.', 'Ich habe zwei Kinder und ein Enkelkind.'],
    ['Ich bewerbe mich auf 3-4 Stellen, 2x pro Woche.', 'Ich bewerbe mich auf drei bis vier Stellen, zweimal pro Woche.'],
    ['Ich verbessere mein Deutsch auf Niveau B1.', 'Ich verbessere mein Deutsch auf Niveau B eins.'],
    ['Meine Mutter hat Pflegegrad 2.', 'Meine Mutter hat Pflegegrad zwei.'],
    ['Das Jobcenter übernimmt 3/4 der Kosten.', 'Das Jobcenter übernimmt drei Viertel der Kosten.'],
    // people, gender marks, symbols
    ['Der Kunde/die Kundin meldet sich.', 'Der Kunde oder die Kundin meldet sich.'],
    ['Mein Ansprechpartner/in ruft an.', 'Mein Ansprechpartner oder Ansprechpartnerin ruft an.'],
    ['Die Mitarbeiter*innen helfen.', 'Die Mitarbeiter und Mitarbeiterinnen helfen.'],
    ['Die BeraterIn ruft an.', 'Die Berater oder Beraterin ruft an.'],
    ['VV Lager/Logistik Raum Kassel', 'Vermittlungsvorschlag Lager oder Logistik Raum Kassel'],
    ['Lebenslauf & Anschreiben', 'Lebenslauf und Anschreiben'],
  ])('%s', (text, spoken) => expect(forTheEar(text)).toBe(spoken));
});

describe('forTheEar: lists and layout', () => {
  it('strips bullets and list markers and makes each line a sentence', () => {
    expect(forTheEar('- Lebenslauf schreiben\n- Bewerbungen verschicken')).toBe('Lebenslauf schreiben. Bewerbungen verschicken.');
    expect(forTheEar('• Kurs A\n• Kurs B')).toBe('Kurs A. Kurs B.');
    expect(forTheEar('1. Ich gehe zum Kurs.\n2) Ich bringe den Nachweis.')).toBe('Ich gehe zum Kurs. Ich bringe den Nachweis.');
    expect(forTheEar('a) Lebenslauf\nb) Zeugnisse')).toBe('Lebenslauf. Zeugnisse.');
  });
  it('keeps a date at a line start (it is not a list number)', () => {
    expect(forTheEar('15. April: Termin beim Träger')).toBe('fünfzehnter April: Termin beim Träger');
  });
  it('gives nothing for blank text and tidies odd spaces', () => {
    expect(forTheEar('')).toBe('');
    expect(forTheEar('  \n  ')).toBe('');
    expect(forTheEar('Ich\u00A0gehe\u00ADhin  am 3.\u00A0Mai.')).toBe('Ich gehehin am dritten Mai.');
  });
  it('leaves an all-capitals text without expanding words that look like abbreviations', () => {
    expect(forTheEar('ICH MELDE MICH BEIM TRÄGER AN')).toBe('ICH MELDE MICH BEIM TRÄGER AN');
  });
});

describe('forTheEar: every authority abbreviation of the jargon list', () => {
  it.each(JARGON.map((j) => [j.term, j.meaning] as const))('%s is read as its meaning without the explanation, or spelled', (term, meaning) => {
    const spoken = forTheEar(`Das ist ${term} hier.`);
    expect(spoken).not.toMatch(new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, 'u'));
    expect(spoken).not.toContain('(');
    if (meaning === null) {
      // not certain what it means: letter by letter, nothing guessed
      expect(spoken).toContain(term.toLocaleUpperCase('de').replace(/\d+/g, '').split('').join(' ').trim());
      return;
    }
    // the meaning's words (numbers read out)
    expect(spoken).toContain(meaning.split(' (')[0]!.split(' ')[0]!.replace(/(?:e|er|es)$/, ''));
  });
});

// Every plan text of the project's labelled sets: no digit, no §, € or % is left to be spelled by the engine,
// and nothing is dropped: each number of the text is said (its word stem appears).
function fixtureTexts(): string[] {
  const files = [
    ...readdirSync('tests/fixtures').filter((f) => f.endsWith('.jsonl')).map((f) => `tests/fixtures/${f}`),
  ];
  const seen = new Set<string>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as { plan?: { sections?: Record<string, unknown[]> }; sections?: Record<string, unknown[]> };
      const sections = o.plan?.sections ?? o.sections ?? {};
      for (const list of Object.values(sections)) {
        for (const e of list ?? []) seen.add(typeof e === 'string' ? e : (e as { text: string }).text);
      }
    }
  }
  return [...seen];
}

describe('forTheEar: facts kept on the labelled sets', () => {
  const texts = fixtureTexts();
  it('has plan texts to read', () => expect(texts.length).toBeGreaterThan(300));
  it('leaves no digit, paragraph sign, euro or percent sign', () => {
    const left = texts.map((t) => [t, forTheEar(t)] as const).filter(([, s]) => /[\d§€%]/.test(s));
    expect(left).toEqual([]);
  });
  it('says every date of the form dd.mm.yyyy with its month and year', () => {
    const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
    let checked = 0;
    for (const t of texts) {
      for (const m of t.matchAll(/\b(\d{2})\.(\d{2})\.(20(\d{2}))\b/g)) {
        const spoken = forTheEar(t);
        expect(spoken).toContain(MONTHS[Number(m[2]) - 1]);
        expect(spoken).toMatch(/zweitausend/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('keeps every name and word that is not an abbreviation', () => {
    for (const t of texts) {
      const spoken = forTheEar(t);
      for (const name of t.matchAll(/(?:Frau|Herr|Herrn)\s+(?:Dr\.\s+)?(\p{Lu}[\p{L}-]+)(?!\.)/gu)) expect(spoken).toContain(name[1]);
    }
  });
});

describe('forTheEar: arbitrary text', () => {
  const piece = fc.constantFrom(
    'am ', '3.', '3. ', '15.04.2026', '2026-04-15', ' Uhr', '14:30', '€', ' EUR', '%', '§', '§§ ', 'SGB II', 'z. B.', 'ggf.',
    'KW', ' ', '\n', '- ', '1) ', 'a) ', '/', '*in', 'Kunde', 'eLb', 'ÄD', 'der ', 'zum ', 'bis ', '0561', '+49', ',', '–', '-',
    '.', 'x', '1', '0', '12,50', '1.200', 'Tel. ', 'usw.', 'Mo.', 'Fr.', '٣', '１', '😀', '\u202E',
  );
  it('never throws, leaves no digit, and chunks stay within the word limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(piece, { maxLength: 30 }).map((a) => a.join(''))), (t) => {
        const spoken = forTheEar(t);
        expect(spoken).not.toMatch(/[0-9]/);
        for (const c of chunkForSpeech(spoken, 5)) expect(c.split(/\s+/).length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spelling variants of authority abbreviations', () => {
  it('reads "AG-S" and "sv-pflichtig" in full, as the jargon rule replaces them', () => {
    expect(forTheEar('Bei Bedarf hilft mir der AG-S.')).toBe('Bei Bedarf hilft mir der Arbeitgeber-Service.');
    expect(forTheEar('Ich suche eine sv-pflichtige Stelle.')).toBe('Ich suche eine sozialversicherungspflichtige Stelle.');
    expect(forTheEar('Ich spiele im SV Blau-Weiß.')).toBe('Ich spiele im SV Blau-Weiß.');
  });
});
