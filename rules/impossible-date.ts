import { SEED, type EntryRule, type Hit, ALL_SECTIONS } from '../core/rule';
import { entrySpan } from '../core/spans';
import { whyNoDay } from '../language/time';

/** A date the calendar does not have: in the text ("30.02.2026", "31. April") or in the "bis wann" column. */
const rule: EntryRule = {
  id: 'impossible-date',
  level: 'entry',
  title: 'Datum gibt es nicht',
  tag: 'Falsches Datum',
  catches: 'Ein Datum im Text oder in der Spalte „bis wann“, das es im Kalender nicht gibt (etwa den 31.04.2026).',
  whyBrief: 'Zu einem Tag, den es nicht gibt, weiß niemand, bis wann der Schritt erledigt sein soll.',
  message: 'Dieses Datum gibt es nicht. Welcher Tag ist gemeint?',
  severity: 'error',
  why:
    'Der Kooperationsplan legt fest, wer was bis wann tut. Ein Datum, das es im Kalender nicht gibt (etwa der 30. Februar oder ' +
    'der 31. April), ist meist ein Tippfehler – aber niemand kann dann sagen, bis wann der Schritt erledigt sein soll, und ' +
    'beim Nachhalten gibt es Streit darüber. Klarplan schlägt kein anderes Datum vor: Welcher Tag gemeint war, wissen nur ' +
    'die Beteiligten.',
  sources: [
    { seed: SEED.weisung, section: '2. Ausgangslage - § 15 SGB II Potenzialanalyse und Kooperationsplan („strukturiert und terminiert die Aktivitäten des*der eLb und der IFK“)' },
    { seed: SEED.article, section: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren („was das Jobcenter bis wann macht“)' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    const hits: Hit[] = a.impossibleDates.map((t) => ({
      start: t.start,
      end: t.end,
      message: `Den ${t.text.trim()} gibt es nicht – ${whyNoDay(t.day, t.month, t.year)}. Welcher Tag ist gemeint?`,
    }));
    if (a.dueImpossible) {
      const [y, m, d] = a.due!.split('-').map(Number) as [number, number, number];
      const written = a.due!.split('-').reverse().join('.');
      hits.push(entrySpan(a, `„Bis wann“: Den ${written} gibt es nicht – ${whyNoDay(d, m, y)}. Welcher Tag ist gemeint?`));
    }
    return hits;
  },
  examples: {
    flagged: [
      { text: 'Frau Lindner schickt mir bis zum 30.02.2026 die Unterlagen für den Staplerkurs.', section: 'jobcenter', showcase: true, better: 'Frau Lindner schickt mir bis zum 27.03.2026 die Unterlagen für den Staplerkurs.' },
      { text: 'Ich melde mich am 31. April beim Bildungsträger an.', section: 'schritte', showcase: true, better: 'Ich melde mich am 30. April beim Bildungsträger an.' },
      { text: 'Herr Schäfer ruft mich an und sagt mir, ob die Kosten übernommen werden.', section: 'jobcenter', due: '2026-02-30' },
      { text: 'Frau Yilmaz meldet mich für den Sprachkurs an.', section: 'jobcenter', due: '2026-13-01' },
      { text: 'Ich gebe den Antrag bis zum 29.02.2027 ab.', section: 'schritte' },
      { text: 'Ich schicke meinen Lebenslauf bis 15.13.2026 an Frau Berger.', section: 'schritte' },
      { text: 'Ich kläre bis 2026-06-31 mit der Kita, ab wann mein Sohn betreut wird.', section: 'sonstiges' },
    ],
    clean: [
      { text: 'Ich gebe den Antrag bis zum 28.02.2027 ab.', section: 'schritte' },
      { text: 'Ich melde mich bis zum 29.02.2028 zur Prüfung an.', section: 'schritte', planDate: '2027-12-01' },
      { text: 'Ich melde mich am 29.02. beim Träger an.', section: 'schritte', planDate: '2027-12-01' },
      { text: 'Ich lese im Handbuch Kapitel 3.14. und 12.40. nach.', section: 'schritte' },
      { text: 'Frau Lindner übernimmt Kosten von 1.250,00 Euro.', section: 'jobcenter' },
      { text: 'Frau Lindner ruft mich an.', section: 'jobcenter', due: '2026-04-30' },
    ],
  },
};
export default rule;
