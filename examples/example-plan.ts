import type { Plan } from '../core/plan';

/**
 * A made-up, typical weak Kooperationsplan (no real person): the client's own steps are concrete
 * and dated, while the Jobcenter's and third parties' entries stay vague, carry no date and no
 * named counterpart, and one entry threatens legal consequences.
 */
export const EXAMPLE_PLAN = {
  id: 'beispiel-1',
  date: '2026-11-20',
  sections: {
    ziel: ['Ich möchte wieder als Fachkraft für Lagerlogistik arbeiten, am liebsten in Vollzeit im Raum Kassel.'],
    zwischenziel: [
      { text: 'Ich habe einen gültigen Staplerschein.', due: '2027-01-31' },
      'Integration in den ersten Arbeitsmarkt.',
    ],
    schritte: [
      {
        text: 'Ich schicke meinen überarbeiteten Lebenslauf per E-Mail an Frau Yilmaz vom Jobcenter.',
        due: '2026-11-30',
      },
      {
        text: 'Ich melde mich bei der Fahrschule Weber in Kassel für den nächsten Staplerkurs an.',
        due: '2026-12-04',
      },
      {
        text: 'Ich bewerbe mich jeden Monat auf mindestens fünf Stellen als Lagerhelfer oder Lagerlogistiker und bringe die Nachweise zum nächsten Termin mit.',
        due: '2026-12-15',
      },
    ],
    jobcenter: [
      'Das Jobcenter unterstützt mich bei der Vermittlung.',
      'Die Übernahme der Kosten für den Staplerschein wird geprüft.',
      'Bei Bedarf werden weitere Maßnahmen geprüft.',
    ],
    dritte: ['Die Schuldnerberatung unterstützt mich.'],
    sonstiges: [
      'Die Kinderbetreuung ist noch nicht geklärt.',
      'Bei Nichteinhaltung der vereinbarten Pflichten kann eine Leistungsminderung erfolgen.',
    ],
  },
} satisfies Plan;

/** The same situation written well: first person, concrete, dated, with named people on the job centre's side. */
export const GOOD_PLAN = {
  id: 'beispiel-gut',
  date: '2026-11-20',
  sections: {
    ziel: ['Ich möchte wieder als Fachkraft für Lagerlogistik arbeiten, am liebsten in Vollzeit im Raum Kassel.'],
    zwischenziel: [{ text: 'Ich mache den Staplerschein.', due: '2027-01-31' }],
    schritte: [
      { text: 'Ich schicke meinen überarbeiteten Lebenslauf per E-Mail an Frau Yilmaz.', due: '2026-11-30' },
      { text: 'Ich melde mich bei der Fahrschule Weber in Kassel für den nächsten Staplerkurs an.', due: '2026-12-04' },
      'Ich bewerbe mich jede Woche auf zwei Stellen als Lagerhelfer und bringe die Nachweise zum nächsten Termin mit.',
    ],
    jobcenter: [
      { text: 'Frau Yilmaz schickt mir jede Woche zwei passende Stellenangebote.', due: '2027-02-28' },
      { text: 'Frau Yilmaz entscheidet über die Übernahme der Kosten für den Staplerschein.', due: '2026-12-11' },
    ],
    dritte: [{ text: 'Die Schuldnerberatung der Diakonie bespricht mit mir am 03.12.2026 meine Schulden.' }],
    sonstiges: ['Offen: Kinderbetreuung – Klärung bis zum 15.12.2026 mit dem Jugendamt, ab wann meine Tochter einen Platz bekommt.'],
  },
} satisfies Plan;
