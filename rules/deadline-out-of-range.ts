import { SEED, type EntryRule, type Hit, ALL_SECTIONS } from '../core/rule';
import { germanDate } from '../language/time';
import { entrySpan } from '../core/spans';

/**
 * A date before the plan's date, or more than six months after it (a plan runs six months) — or after the plan's
 * own end where the form gives one ("gültig bis", `Plan.end`).
 */
const rule: EntryRule = {
  id: 'deadline-out-of-range',
  level: 'entry',
  title: 'Datum außerhalb der Laufzeit',
  message: 'Dieses Datum liegt außerhalb der Laufzeit des Plans (sechs Monate ab dem Datum des Plans).',
  severity: 'warning',
  tag: 'Datum prüfen',
  catches: 'Ein Datum liegt vor dem Datum des Plans oder mehr als sechs Monate danach.',
  whyBrief: 'Der Plan gilt sechs Monate, ein Datum außerhalb ist meist ein Tippfehler.',
  why:
    'Ein Kooperationsplan wird für sechs Monate geschlossen und dann fortgeschrieben. Ein Termin vor dem Datum des Plans ist ' +
    'schon vorbei, einer nach mehr als sechs Monaten fällt aus der Laufzeit – meist ist es ein Tippfehler im Jahr oder Monat.',
  sources: [
    { seed: SEED.weisung, section: '4.3 Dauer des Kooperationsplans („für eine Dauer von 6 Monaten“)' },
    { seed: SEED.weisung, section: '6.3 Fortschreibung Kooperationsplan' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    // A plan date the calendar does not have gives no Laufzeit to compare with (rule impossible-plan-date says so).
    if (!a.planDateValid) return [];
    const hits: Hit[] = [];
    const before = (d: Date) =>
      `Das Datum ${germanDate(d)} liegt vor dem Datum des Plans (${germanDate(a.planDate)}). Ist das Jahr oder der Monat richtig?`;
    const after = (d: Date) =>
      a.ownEnd
        ? `Das Datum ${germanDate(d)} liegt nach dem Ende des Plans; er gilt bis ${germanDate(a.planEnd)}. Ist das Datum richtig?`
        : `Das Datum ${germanDate(d)} liegt mehr als sechs Monate nach dem Datum des Plans; der Plan läuft bis ${germanDate(a.planEnd)}. Ist das Datum richtig?`;
    const describe = (latest: Date, earliest: Date): string | null =>
      latest.getTime() < a.planDate.getTime() ? before(latest) : earliest.getTime() > a.planEnd.getTime() ? after(earliest) : null;
    for (const t of a.times) {
      if (!t.date || t.past) continue;
      // A date without a year is read as the next such day, so only a written-out year can lie in the past.
      if (!t.yearGiven && t.date.getTime() < a.planDate.getTime()) continue;
      // A month or week counts from its first possible day ("ab Oktober", "Ende Oktober").
      const msg = describe(t.date, t.earliest ?? t.date);
      if (msg) hits.push({ start: t.start, end: t.end, message: msg });
    }
    const due = a.dueDate;
    if (due) {
      const msg = describe(due, due);
      if (msg) hits.push(entrySpan(a, `„Bis wann“: ${msg}`));
    }
    return hits;
  },
  examples: {
    flagged: [
      { text: 'Frau Lindner schickt mir bis zum 05.01.2026 den Termin beim Träger.', section: 'jobcenter', planDate: '2026-03-02', showcase: true, better: 'Frau Lindner schickt mir bis zum 05.03.2026 den Termin beim Träger.' },
      { text: 'Ich melde mich bis zum 30.11.2026 für die Prüfung an.', section: 'schritte' },
      { text: 'Ich gebe den Antrag am 3. Mai 2025 ab.', section: 'schritte', planDate: '2026-03-02', showcase: true, better: 'Ich gebe den Antrag am 3. Mai 2026 ab.' },
      { text: 'Herr Schäfer ruft mich an.', section: 'jobcenter', due: '2027-01-15' },
      { text: 'Ich mache den Kurs bis Ende Dezember.', section: 'schritte', planDate: '2026-03-02', showcase: true, better: 'Ich mache den Kurs bis Ende August.' },
      { text: 'Ich beginne ab Oktober eine Umschulung.', section: 'schritte' },
      // the form gives the plan's own end ("gültig bis 30.06.2026"): that end counts, not six months
      { text: 'Ich melde mich bis zum 15.07.2026 für die Prüfung an.', section: 'schritte', planDate: '2026-03-02', planEnd: '2026-06-30', better: 'Ich melde mich bis zum 15.06.2026 für die Prüfung an.' },
      { text: 'Herr Schäfer ruft mich an.', section: 'jobcenter', due: '2026-08-15', planDate: '2026-03-02', planEnd: '2026-07-31' },
    ],
    clean: [
      { text: 'Ich melde mich bis zum 30.08.2026 für die Prüfung an.', section: 'schritte' },
      { text: 'Ich arbeite seit dem 01.02.2026 als Aushilfe.', section: 'sonstiges' },
      { text: 'Ich bin ab September in einer Selbsthilfegruppe.', section: 'sonstiges' },
      { text: 'Ich schließe den Kurs Anfang September ab.', section: 'schritte' },
      { text: 'Ich lege den Lebenslauf am 15.03. vor.', section: 'schritte' },
      { text: 'Ich gebe die Unterlagen am 02.03.2026 ab.', section: 'schritte' },
      { text: 'Frau Lindner ruft mich an.', section: 'jobcenter', due: '2026-04-01' },
      // a plan that runs longer by its own end ("Laufzeit bis 31.12.2026"), e.g. during a measure
      { text: 'Ich beginne am 15.10.2026 die Umschulung.', section: 'schritte', planDate: '2026-03-02', planEnd: '2026-12-31' },
      { text: 'Frau Lindner ruft mich an.', section: 'jobcenter', due: '2026-11-20', planDate: '2026-03-02', planEnd: '2026-12-31' },
    ],
  },
};
export default rule;
