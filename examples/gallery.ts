/**
 * The example gallery for quality trainers (issue 5): realistic Kooperationspläne, each in a weak and an
 * improved version, for the demo page's gallery and before/after view and as the example folder of the
 * audit command (`examples/plans/`). All plans are invented; no real person.
 *
 * Each improved plan keeps the facts of the weak one (amounts, dates, names, course names); it adds only
 * what a case worker would know at the table — her own name, the next appointment, a "bis wann" date — and
 * marks open questions as open. tests/gallery.test.ts checks both versions with the checker and the facts.
 *
 * `expect` lists the finding categories a trainer expects in the weak version; they were written from
 * reading the plan, before the checker was run, and are asserted. `trainerNotes` records what a trainer
 * would point out that no scored category covers (or that the checker does not see); they are not asserted.
 */
import type { Plan } from '../core/plan';
import { SEED } from '../core/rule';

import weak01 from './plans/01-pro-forma-gesundheit-schwach.json';
import better01 from './plans/01-pro-forma-gesundheit-besser.json';
import weak02 from './plans/02-nur-bewerbungen-schwach.json';
import better02 from './plans/02-nur-bewerbungen-besser.json';
import weak03 from './plans/03-sprachkurs-zuerst-schwach.json';
import better03 from './plans/03-sprachkurs-zuerst-besser.json';
import weak04 from './plans/04-kita-zuerst-schwach.json';
import better04 from './plans/04-kita-zuerst-besser.json';
import weak05 from './plans/05-aufstocker-schwach.json';
import better05 from './plans/05-aufstocker-besser.json';
import weak06 from './plans/06-jobcenter-verspricht-nichts-schwach.json';
import better06 from './plans/06-jobcenter-verspricht-nichts-besser.json';
import weak07 from './plans/07-amtsdeutsch-schwach.json';
import better07 from './plans/07-amtsdeutsch-besser.json';
import weak08 from './plans/08-guter-plan-schwach.json';
import better08 from './plans/08-guter-plan-besser.json';
import weak09 from './plans/09-umschulung-schwach.json';
import better09 from './plans/09-umschulung-besser.json';
import weak10 from './plans/10-schulden-sucht-schwach.json';
import better10 from './plans/10-schulden-sucht-besser.json';

/** The finding categories of the contract (core/plan.ts CATEGORIES) a gallery example may expect. */
export type GalleryCategory =
  | 'missing-deadline' | 'vague-deadline' | 'deadline-out-of-range' | 'missing-counterpart'
  | 'vague-commitment' | 'unspecific-own-effort' | 'legal-threat' | 'open-issue-as-duty'
  | 'not-first-person' | 'jargon' | 'hard-to-read' | 'missing-goal' | 'imbalance';

/** A passage of a seed document in ../shared/seeds/. */
export interface GallerySource {
  seed: string;
  passage: string;
}

export interface GalleryExample {
  /** "01" … "10", as in the file names. */
  nr: string;
  /** As in the file names: examples/plans/<nr>-<slug>-schwach.json / -besser.json. */
  slug: string;
  /** German title for the gallery. */
  title: string;
  /** The pattern in one German sentence. */
  pattern: string;
  /** The IAB finding or other seed passage the example illustrates. */
  sources: GallerySource[];
  weak: Plan;
  improved: Plan;
  /** Categories a trainer expects in the weak version (asserted by tests/gallery.test.ts). */
  expect: GalleryCategory[];
  /** Categories that must NOT appear in the weak version, where the contract says so (asserted). */
  expectAbsent?: GalleryCategory[];
  /** Words that carry facts of the situation (course, employer, place, person); each must appear in both versions. */
  keyFacts: string[];
  /** Numbers in the weak version that are no facts of the situation (legal references the improved version drops), with why. */
  notFacts?: { text: string; why: string }[];
  /** What a trainer would point out beyond the asserted categories (not asserted). */
  trainerNotes?: string[];
  /**
   * Categories a trainer expected in the weak version (written before the checker was run) that the checker
   * does not find in this sentence: gaps of the checker, kept out of `expect` and not asserted.
   */
  checkerGaps?: { category: GalleryCategory; sentence: string; why: string }[];
}

const iab = SEED.iab, weisung = SEED.weisung, article = SEED.article, flyer = SEED.flyer, baPage = SEED.baPage;

export const GALLERY: GalleryExample[] = [
  {
    nr: '01',
    slug: 'pro-forma-gesundheit',
    title: 'Der Plan „pro forma“: Gesundheit',
    pattern:
      'Bei gesundheitlichen Einschränkungen steht nur eine Floskel im Plan („Verbesserung der gesundheitlichen Situation“), ' +
      'und das Jobcenter „schaltet den Ärztlichen Dienst ein“ – ohne Termin, ohne Person, ohne nächsten Schritt.',
    sources: [
      { seed: iab, passage: '3.2 Aktivitäten der Leistungsberechtigten – Kooperationspläne „pro forma“ oder als „Allgemeinplan“; Floskel „Verbesserung der gesundheitlichen Situation“' },
      { seed: iab, passage: '3.1 Zielperspektiven – „Feststellung der Leistungsfähigkeit“, Beurteilung durch den Ärztlichen Dienst der BA' },
      { seed: iab, passage: '3.3 Aktivitäten des Jobcenters – „Mein Jobcenter steht mir mit Informationen, Beratung und Unterstützung in Fragen der Arbeitsvermittlung zur Seite“' },
      { seed: weisung, passage: '1. Übersicht – „Die gesundheitliche Situation bzw. der Rehabilitationsbedarf treten stärker in den Fokus.“' },
    ],
    weak: weak01,
    improved: better01,
    expect: ['not-first-person', 'open-issue-as-duty', 'jargon', 'missing-deadline', 'missing-counterpart', 'vague-commitment'],
    expectAbsent: ['imbalance'],
    keyFacts: ['Ärztliche', 'Befundbericht', 'gesundheitlichen Einschränkungen'],
    trainerNotes: [
      'Beide Seiten sind gleich vage – das ist kein „Ungleichgewicht“ im Sinne des Vertrags, aber ein leerer Plan.',
      'Die bessere Fassung nennt das nächste Gespräch nach dem Gutachten: die Zusage „Beratung“ bekommt einen Termin.',
    ],
  },
  {
    nr: '02',
    slug: 'nur-bewerbungen',
    title: 'Nur Bewerbungen zählen',
    pattern:
      'Der Plan besteht aus Bewerbungspflichten mit Anzahl und Stichtag, das Jobcenter „sendet Vermittlungsvorschläge zu“ ' +
      'und „unterstützt“ – die Kontrolle läuft nur in eine Richtung.',
    sources: [
      { seed: iab, passage: '3.2 Aktivitäten der Leistungsberechtigten – „Ich bewerbe mich ab heute aktiv als Friseur“; „Regelmäßiges Schreiben von Bewerbungen“' },
      { seed: iab, passage: '5.3 Überprüfung von Zielen und Aktivitäten – „dass Sie mir immer zum ersten des Monats fünf Stellenangebote einreichen“' },
      { seed: article, passage: 'Stoppsignal bei Standardtexten; Kontrolle durch die Praxis: Wenn der Plan zur Messlatte wird' },
    ],
    weak: weak02,
    improved: better02,
    expect: ['not-first-person', 'unspecific-own-effort', 'missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance'],
    keyFacts: ['Verkäuferin', 'Vermittlungsvorschl', 'Sozialversicherung'],
  },
  {
    nr: '03',
    slug: 'sprachkurs-zuerst',
    title: 'Erst der Sprachkurs',
    pattern:
      'Die Kundin soll bis zu einem Datum den Integrationskurs beantragen und sich anmelden; das Jobcenter schreibt ' +
      '„Spracherwerb wird unterstützt“ und „ggf. Übernahme der Fahrtkosten“.',
    sources: [
      { seed: iab, passage: '5.1 Zusammenfassung und Dokumentation – „dass eben die Frau [Name] sich einen Berechtigungsschein für einen Integrationskurs beim BAMF beantragt … bis [Datum]“' },
      { seed: iab, passage: '3.1 Zielperspektiven – „Stellenangebote suchen, sobald Sprachniveau ausreichend“' },
      { seed: weisung, passage: '5. Inhalte des Kooperationsplans – Soll-Inhalt 5: Integrationskurs oder Deutschsprachförderung' },
      { seed: flyer, passage: '„Zusätzlich unterstützt mich:“ – z. B. die örtliche Migrationsberatung' },
    ],
    weak: weak03,
    improved: better03,
    expect: ['not-first-person', 'missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance'],
    keyFacts: ['Integrationskurs', 'BAMF', 'Kursträger', 'Fahrtkosten', 'Migrationsberatung', 'Arabisch', 'Englisch'],
    trainerNotes: [
      '„sobald Sprachniveau ausreichend“ lässt offen, welches Niveau gemeint ist; die bessere Fassung markiert das als offene Frage.',
    ],
  },
  {
    nr: '04',
    slug: 'kita-zuerst',
    title: 'Erst der Kita-Platz',
    pattern:
      'Eine Alleinerziehende soll die Kinderbetreuung „sicherstellen“ – ein Ergebnis, das nicht in ihrer Hand liegt –, ' +
      'während das Jobcenter nur „Beratung“ und eine Prüfung ohne Termin zusagt.',
    sources: [
      { seed: iab, passage: '3.1 Zielperspektiven – „Rechtzeitiges Kümern um einen Betreuungsplatz für das jüngste Kind“; „… nachdem ich die Kinderbetreuung meines Kindes sichergestellt habe“' },
      { seed: iab, passage: '3.3 Aktivitäten des Jobcenters – Kostenerstattungen „für Kinderbetreuung in Zusammenhang mit einer Maßnahmenteilnahme“' },
      { seed: article, passage: 'Offenes als offen markieren – statt es festzuschreiben' },
      { seed: weisung, passage: '9.2 Personen mit § 10 SGB II-Kennung – eLb in Elternzeit frühzeitig zum Wiedereinstieg beraten, zu Kinderbetreuungsmöglichkeiten' },
    ],
    weak: weak04,
    improved: better04,
    expect: ['not-first-person', 'open-issue-as-duty', 'missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance', 'vague-deadline'],
    keyFacts: ['Mia', 'Jonas', 'Kita-Portal', 'Helferin im Verkauf', 'Infoveranstaltung Wiedereinstieg', 'Jugendamt', 'alleinerziehend'],
    trainerNotes: [
      '„Rechtzeitiges Kümmern“: rechtzeitig bis wann? Die bessere Fassung nennt den Wunschtermin (Kita-Jahr im August 2026) und einen Klärungsschritt bis zum 30.06.2026.',
    ],
  },
  {
    nr: '05',
    slug: 'aufstocker',
    title: 'Erwerbstätig und aufstockend',
    pattern:
      'Ein Minijobber soll mehr Stunden bekommen; der Plan spricht von „Ausweitung der bestehenden Beschäftigung“, der Kunde ' +
      'reicht monatlich Abrechnungen ein, das Jobcenter „prüft Einstiegsgeld“ und hilft „bei Bedarf“.',
    sources: [
      { seed: iab, passage: '3.1 Zielperspektiven – Formulierungen, die „auf den Erhalt oder die Ausweitung eines bestehenden Beschäftigungsverhältnisses“ abzielen' },
      { seed: iab, passage: '3.3 Aktivitäten des Jobcenters – keine Eintragungen, „wenn das Ziel die Beibehaltung oder Ausweitung einer bestehenden Beschäftigung war“; Förderung „etwa über das Einstiegsgeld“' },
      { seed: weisung, passage: '9.3 Personen mit der Profillage I – konkrete Schritte zur Verringerung der Hilfebedürftigkeit sollen im KP festgehalten werden' },
    ],
    weak: weak05,
    improved: better05,
    expect: ['not-first-person', 'unspecific-own-effort', 'missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance', 'hard-to-read', 'jargon'],
    keyFacts: ['Glanz & Co.', 'Minijob', 'Reinigungskraft', 'Einstiegsgeld', 'Teilzeitstellen', 'Lohnabrechnung', 'Mutter', 'vormittags'],
    trainerNotes: [
      '„fortlaufend bewerben“ hat keine Anzahl. Eine Anzahl darf die bessere Fassung nicht erfinden: sie markiert die Frage als offen und nennt den Termin, an dem sie geklärt wird.',
    ],
  },
  {
    nr: '06',
    slug: 'jobcenter-verspricht-nichts',
    title: 'Das Jobcenter verspricht nichts Konkretes',
    pattern:
      'Die Schritte des Kunden sind konkret und datiert; das Jobcenter schreibt, was es „sowieso macht“ oder schon getan hat, ' +
      'und die Förderung des Führerscheins bleibt eine „Prüfung“ ohne Termin.',
    sources: [
      { seed: iab, passage: '3.3 Aktivitäten des Jobcenters – „die machen wir sowieso“; Aushändigung von Flyern; „da schreib ich es lieber GAR nicht mit rein“ (unsichere Haushaltsmittel)' },
      { seed: article, passage: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren; Kontrolle durch die Praxis („Prüfung einer Maßnahme“ – ohne Frist, ohne Verantwortlichkeit)' },
    ],
    weak: weak06,
    improved: better06,
    expect: ['missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance'],
    keyFacts: ['Berufskraftfahrer', 'Klasse CE', 'Klasse B', 'Fahrschulen', 'Sehtest', 'Auslieferungsfahrer', 'Bildungsgutschein', 'Bewerbungstage', 'Jobmessen'],
    trainerNotes: [
      '„Aushändigung einer Liste der Fahrschulen“ ist schon erledigt und keine Zusage; die bessere Fassung hält es unter „Was sonst noch wichtig ist“ fest.',
      'Die Unsicherheit über die Haushaltsmittel bleibt – als offener Punkt in Alltagssprache statt als Vorbehalt.',
    ],
  },
  {
    nr: '07',
    slug: 'amtsdeutsch',
    title: 'Amtsdeutsch und Drohung',
    pattern:
      'Der Plan ist in der Sprache der alten Eingliederungsvereinbarung geschrieben – eLb, AGH, IFK, Paragrafen, „hat sich … ' +
      'vorzustellen“ – und endet mit einer Rechtsfolgenbelehrung, die in einen Kooperationsplan nicht gehört.',
    sources: [
      { seed: weisung, passage: '1. Übersicht – „Der Regelfall ist die Ich-Perspektive“; „zielgruppengerechte Sprache“; der Kooperationsplan ist kein Vertrag' },
      { seed: baPage, passage: 'Der neue Kooperationsplan: Worum geht’s? – „nicht rechtlich verbindlich – in keinem Fall. Deshalb enthält er keine Rechtsfolgenbelehrung“' },
      { seed: iab, passage: '4.2 Ohne Rechtsfolgen; 5.2 Definition von Zielen und Aktivitäten – „ich will eine Arbeitsgelegenheit machen, um meine Arbeitstauglichkeit zu prüfen“' },
      { seed: article, passage: 'FAQ – Ist der Kooperationsplan ein „Vertrag“ oder rechtlich bindend?' },
    ],
    weak: weak07,
    improved: better07,
    expect: ['not-first-person', 'jargon', 'hard-to-read', 'unspecific-own-effort', 'legal-threat', 'missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance'],
    keyFacts: ['Neue Arbeit gGmbH', 'Fahrtkosten', 'Monat'],
    notFacts: [
      { text: '16d', why: '§ 16d SGB II: Rechtsgrundlage der Arbeitsgelegenheit, kein Sachverhalt für die Kundin' },
      { text: '16', why: '§ 16 SGB II: Rechtsgrundlage der Fahrtkosten' },
      { text: '44', why: '§ 44 SGB III: Rechtsgrundlage der Fahrtkosten' },
      { text: '15a', why: '§ 15a SGB II: Teil der Drohung, die im Kooperationsplan nicht stehen darf' },
      { text: '31a', why: '§ 31a SGB II: Teil der Drohung, die im Kooperationsplan nicht stehen darf' },
    ],
    trainerNotes: [
      '„Die IFK“ ist eine Rolle ohne Namen (und ein Kürzel); die bessere Fassung nennt Frau Schulte.',
      'Der Satz „Dieser Plan ist kein Vertrag“ in der besseren Fassung ist keine Drohung (Negation).',
    ],
  },
  {
    nr: '08',
    slug: 'guter-plan',
    title: 'Ein guter Plan – und der letzte Schliff',
    pattern:
      'Der Plan ist schon in Ich-Form, konkret und auf beiden Seiten datiert; es fehlen nur ein Termin, ein klares Datum statt ' +
      '„zeitnah“ und ein Schritt in Ich-Form.',
    sources: [
      { seed: iab, passage: '4.4 Funktion im Beratungsgespräch – „dass man sehr kleinteilig auch Sachen einfügen kann und auch wirklich sehr individuell“' },
      { seed: iab, passage: '4.2 Ohne Rechtsfolgen – „die Fixierung eines Datums für die Erledigung von Aufgaben“' },
      { seed: flyer, passage: 'Das sind mögliche Inhalte für die Gestaltung Ihres Kooperationsplans! (die sechs Überschriften)' },
      { seed: article, passage: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren' },
    ],
    weak: weak08,
    improved: better08,
    expect: ['not-first-person', 'missing-deadline', 'vague-deadline'],
    expectAbsent: ['imbalance', 'missing-counterpart', 'legal-threat', 'jargon'],
    keyFacts: ['Koch', 'Kantine', 'Spätdienst', 'Bewerbungstag Gastronomie', 'Arbeitsschuhe', 'Kochjacken', 'Kinder'],
  },
  {
    nr: '09',
    slug: 'umschulung',
    title: 'Umschulung in Aussicht',
    pattern:
      'Die Kundin soll Test, Infoveranstaltungen und Bewerbungen liefern; die Förderung der Umschulung bleibt eine „Prüfung … ' +
      'mittels BGS“, die Alternative eine „Beratung bei Bedarf“.',
    sources: [
      { seed: iab, passage: '3.1 Zielperspektiven – Kategorie „Ausbildung / Qualifizierung / Maßnahmen“; „die Fixierung einer Alternative, falls die Bemühungen um Arbeit nicht erfolgreich sind“' },
      { seed: iab, passage: '3.3 Aktivitäten des Jobcenters – „Maßnahmenteilnahme und Qualifizierung fördern“ seltener festgehalten; Unsicherheit über Haushaltsmittel' },
      { seed: weisung, passage: '3. Potenzialanalyse – „Nutzung von passgenauen Eingliederungsleistungen (z. B. Qualifizierung …)“' },
    ],
    weak: weak09,
    improved: better09,
    expect: ['not-first-person', 'jargon', 'unspecific-own-effort', 'missing-deadline', 'missing-counterpart', 'vague-commitment', 'imbalance', 'hard-to-read'],
    keyFacts: ['Kauffrau für Büromanagement', 'Umschulung', 'Lagerhelferin', 'Bildungsträger', 'Infoveranstaltungen', 'Test'],
  },
  {
    nr: '10',
    slug: 'schulden-sucht',
    title: 'Schulden und Sucht: „Zusätzlich unterstützt mich“',
    pattern:
      'Schulden und Alkohol stehen als Pflicht im Plan („Ich werde schuldenfrei“), die Beratungsstellen nur als Stichwort, ' +
      'und das Jobcenter hat „vermittelt“ und Flyer ausgehändigt.',
    sources: [
      { seed: iab, passage: '3.1 Zielperspektiven – „Stabilisierung der persönlichen Situation“' },
      { seed: iab, passage: '3.3 Aktivitäten des Jobcenters – Kontakte zu externen Stellen (Beratungsstellen) vermitteln; „Aushändigung von Flyern zu Beratungsstellen“' },
      { seed: article, passage: 'Offenes als offen markieren – statt es festzuschreiben (Gesundheit, Kinderbetreuung, Schulden, Sprache)' },
      { seed: weisung, passage: '6.2 – von einer Verpflichtung mit RFB ausgenommen: kommunale Eingliederungsleistungen gemäß § 16a SGB II' },
    ],
    weak: weak10,
    improved: better10,
    expect: ['not-first-person', 'open-issue-as-duty', 'jargon', 'missing-deadline', 'missing-counterpart', 'imbalance'],
    keyFacts: ['Schuldnerberatung', 'Suchtberatung', 'Mahnungen', 'Gläubigern', 'freiwillig', 'Trinken', 'schuldenfrei'],
    notFacts: [{ text: '16a', why: '§ 16a SGB II: Rechtsgrundlage; die bessere Fassung sagt in Alltagssprache, wer die Beratung bezahlt' }],
    trainerNotes: [
      'Unter „Zusätzlich unterstützt mich“ stehen nur Stichworte („Schuldnerberatung“) – welche Stelle, welcher Termin? Keine Regel des Vertrags prüft diesen Abschnitt auf Termine.',
      'Was heute schon erledigt ist (Termin vereinbart, Flyer ausgehändigt), ist keine Zusage mehr; die bessere Fassung hält es unter „Was sonst noch wichtig ist“ fest.',
      'Im Plan steht das Bemühen (Beratung suchen, Unterlagen mitbringen), nicht das Ergebnis („schuldenfrei“, „trocken“). Die Teilnahme an der Suchtberatung bleibt freiwillig.',
    ],
  },
];
