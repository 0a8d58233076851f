import { SEED, type EntryRule } from '../core/rule';
import { entrySpan } from '../core/spans';

/** A job-centre commitment without any time: no date, frame, rhythm or "bis wann" column. */
const rule: EntryRule = {
  id: 'missing-deadline',
  level: 'entry',
  title: 'Zusage ohne Termin',
  message: 'Bis wann? Diese Zusage des Jobcenters nennt keinen Termin. Ergänzen Sie ein Datum, einen Zeitraum oder einen Rhythmus (z. B. „bis zum 15.04.2026“, „jede Woche“).',
  severity: 'warning',
  tag: 'Kein Termin',
  catches: 'Eine Zusage des Jobcenters nennt weder Datum noch Zeitraum noch Rhythmus.',
  whyBrief: 'Ohne Termin kann niemand prüfen, ob das Jobcenter seinen Teil getan hat.',
  why:
    'Die Schritte der Kundin oder des Kunden stehen meist mit Datum im Plan, die Zusagen des Jobcenters fast nie. ' +
    'Ohne Termin kann niemand prüfen, ob das Jobcenter seinen Teil getan hat. Der Ratgeber empfiehlt deshalb, auch die Schritte des Jobcenters zu datieren.',
  sources: [
    { seed: SEED.iab, section: '3.3 Aktivitäten des Jobcenters' },
    { seed: SEED.weisung, section: '2. Ausgangslage - § 15 SGB II Potenzialanalyse und Kooperationsplan („strukturiert und terminiert die Aktivitäten des*der eLb und der IFK“)' },
    { seed: SEED.article, section: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren' },
  ],
  sections: ['jobcenter'],
  check(a) {
    return a.untimed ? [entrySpan(a)] : [];
  },
  examples: {
    flagged: [
      { text: 'Das Jobcenter unterstützt mich bei der Vermittlung.', showcase: true, better: 'Frau Lindner schickt mir jede Woche zwei passende Stellenangebote.' },
      { text: 'Frau Lindner übernimmt Bewerbungskosten bis zu 260 Euro.', showcase: true, better: 'Frau Lindner übernimmt bis zum 30.06.2026 Bewerbungskosten bis zu 260 Euro.' },
      { text: 'Herr Schäfer meldet mich für den Lkw-Führerschein Klasse C an.', showcase: true, better: 'Herr Schäfer meldet mich bis zum 27.03.2026 für den Lkw-Führerschein Klasse C an.' },
      { text: 'Frau Lindner sucht einen Deutschkurs auf Niveau B1 für mich.' },
      { text: 'Frau Lindner ist jederzeit für mich da.' },
    ],
    clean: [
      { text: 'Herr Schäfer schickt mir bis zum 27.03.2026 zwei Angebote für einen Staplerkurs.' },
      { text: 'Herr Schäfer ruft mich in drei Wochen an.' },
      { text: 'Frau Lindner schickt mir jede Woche zwei passende Stellenangebote.' },
      { text: 'Frau Lindner klärt innerhalb von zwei Wochen, ob die Kosten übernommen werden.' },
      { text: 'Herr Schäfer meldet sich bis KW 14 mit einem Praktikumsplatz.' },
      { text: 'Frau Lindner prüft Anfang April die Unterlagen.' },
      { text: 'Frau Lindner schickt mir die Unterlagen zur Umschulung.', due: '2026-04-02' },
      { text: 'Herr Schäfer lädt mich alle zwei Wochen zu einem Gespräch ein.' },
      { text: 'Frau Lindner meldet mich jeden ersten Montag im Monat für den Bewerbertag an.' },
      { text: 'Herr Schäfer lädt mich spätestens zwei Wochen nach dem Praktikum zu einem Gespräch ein.' },
      // a day each month is a rhythm
      { text: 'Herr Petersen bestätigt mir zum 1. des Monats den Eingang meiner Nachweise.' },
    ],
  },
};
export default rule;
