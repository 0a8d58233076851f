import { SEED, type EntryRule } from '../core/rule';
import { isVagueCommitment } from '../core/commitments';

/** A job-centre commitment with no checkable action: support, help, advice or checking in general. */
const rule: EntryRule = {
  id: 'vague-commitment',
  level: 'entry',
  title: 'Unkonkrete Zusage',
  message: 'Was genau tut das Jobcenter? Beschreiben Sie eine überprüfbare Handlung: wer, was, bis wann.',
  severity: 'warning',
  tag: 'Was genau?',
  catches: 'Eine Zusage des Jobcenters beschreibt keine überprüfbare Handlung, sondern allgemeine Hilfe wie „unterstützt“, „berät“ oder „bei Bedarf“.',
  whyBrief: 'Allgemeine Zusagen wie „unterstützt bei der Vermittlung“ lassen sich nicht überprüfen.',
  why:
    'Der IAB-Bericht fand in den Plänen fast nur allgemeine Zusagen des Jobcenters wie „unterstützt bei der Vermittlung“. ' +
    'Solche Sätze lassen sich nicht überprüfen. Besser ist eine konkrete Handlung mit Person und Termin, zum Beispiel ' +
    '„Frau Lindner füllt am 12.03.2026 mit mir den Antrag aus“.',
  sources: [
    { seed: SEED.iab, section: '3.3 Aktivitäten des Jobcenters' },
    { seed: SEED.article, section: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren' },
  ],
  sections: ['jobcenter'],
  check(a) {
    const m = isVagueCommitment(a);
    if (!m) return [];
    const message = m.hedge
      ? `„${m.text.trim()}“ macht die Zusage unverbindlich. Was genau tut das Jobcenter, wer tut es und bis wann?`
      : `„${m.text}“ ist allgemein. Was genau tut das Jobcenter? Nennen Sie eine überprüfbare Handlung mit Person und Termin (z. B. „Frau Lindner füllt am 12.03.2026 mit mir den Antrag aus“).`;
    return [{ start: m.start, end: m.end, message }];
  },
  examples: {
    flagged: [
      { text: 'Das Jobcenter unterstützt mich bei der Suche nach einer Ausbildung.', showcase: true, better: 'Frau Lindner schickt mir bis zum 20.03.2026 drei Angebote für eine Ausbildung.' },
      { text: 'Mein Jobcenter berät mich zu Fragen rund um den Beruf.' },
      { text: 'Das Jobcenter schaut, ob es eine passende Maßnahme gibt.' },
      { text: 'Hilfe bei der Wohnungssuche.' },
      { text: 'Das Jobcenter begleitet mich in meiner Selbstständigkeit.' },
      { text: 'Frau Lindner übernimmt bei Bedarf bis zum 30.04.2026 die Fahrtkosten.', showcase: true, better: 'Frau Lindner übernimmt bis zum 30.04.2026 die Fahrtkosten.' },
      { text: 'Herr Schäfer kümmert sich um einen Sprachkurs.', showcase: true, better: 'Herr Schäfer meldet mich bis zum 27.03.2026 für einen Sprachkurs an.' },
      { text: 'Frau Lindner steht mir bei Fragen zur Seite.' },
      { text: 'Das Jobcenter arbeitet eng mit der Schuldnerberatung zusammen.' },
      { text: 'Das Jobcenter steht mir bei Fragen zur Verfügung.' },
      { text: 'Die Übernahme der Kosten für den Staplerschein wird geprüft.' },
      { text: 'Frau Lindner hat ein offenes Ohr für meine Anliegen.' },
      { text: 'Herr Schäfer ist bei Fragen für mich da.' },
      { text: 'Wenn ich Hilfe brauche, unterstützt mich Frau Kühn.' },
    ],
    clean: [
      { text: 'Frau Lindner vereinbart am 10.03.2026 einen Termin mit der Berufsberatung für mich.' },
      { text: 'Herr Schäfer schickt mir bis zum 27.03.2026 zwei Angebote für einen Staplerkurs.' },
      { text: 'Frau Lindner hilft mir am 12.03.2026, den Antrag auf Kinderzuschlag auszufüllen.' },
      { text: 'Frau Lindner schickt mir jede Woche zwei passende Stellenangebote.' },
      { text: 'Herr Schäfer bewilligt bis zum 20.03.2026 den Bildungsgutschein.' },
      { text: 'Ich erhalte von Frau Lindner bis Ende Mai einen Vermittlungsvorschlag als Kassiererin.' },
      // "Hilfe" in the client's own condition is the client's need; the commitment is the call back within a week
      { text: 'Wenn ich Hilfe bei der Suche nach Teilzeitstellen brauche, melde ich mich bei Frau Kühn. Sie ruft mich innerhalb einer Woche zurück.' },
    ],
  },
};
export default rule;
