import { SEED, type PlanRule } from '../core/rule';

/** Plan level: "Mein Ziel ist" has no entry with text. */
const rule: PlanRule = {
  id: 'missing-goal',
  level: 'plan',
  title: 'Kein Ziel',
  message: 'Unter „Mein Ziel ist“ steht nichts. Schreiben Sie das Ziel der Kundin oder des Kunden in ihren Worten auf, z. B. „Ich möchte als Busfahrerin arbeiten.“',
  severity: 'error',
  tag: 'Kein Ziel',
  catches: 'Unter „Mein Ziel ist“ steht nichts, auch wenn der Plan schon Schritte enthält.',
  whyBrief: 'Ohne Ziel weiß niemand, wozu die Schritte dienen.',
  why:
    'Ohne Ziel fehlt dem Plan die Richtung: Niemand kann sagen, wozu die einzelnen Schritte dienen. Das Ziel gehört zu den ' +
    'Soll-Inhalten des Plans und steht als „Mein Ziel ist:“ ganz oben.',
  sources: [
    { seed: SEED.weisung, section: '5. Inhalte des Kooperationsplans (Soll-Inhalte: Vermittlungsziel)' },
    { seed: SEED.flyer, section: 'Muster-Plan, Rubrik „Mein Ziel ist:“' },
    { seed: SEED.iab, section: '3.1 Zielperspektiven' },
  ],
  check(p) {
    return p.entries.ziel.some((e) => !e.isBlank) ? [] : [{ start: 0, end: 0 }];
  },
  examples: {
    flagged: [
      { plan: { sections: { schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'] } } },
      // a goal of blanks is no goal (shown like the one above, so the catalogue lists it once)
      { plan: { sections: { ziel: ['   '], schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'] } } },
      {
        plan: {
          sections: {
            schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'],
            jobcenter: ['Herr Schäfer schickt mir jeden Freitag passende Stellenangebote.'],
          },
        },
        showcase: true,
        better: {
          sections: {
            ziel: ['Ich möchte wieder als Verkäuferin arbeiten.'],
            schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'],
            jobcenter: ['Herr Schäfer schickt mir jeden Freitag passende Stellenangebote.'],
          },
        },
      },
      // an intermediate goal is no goal
      {
        plan: {
          sections: {
            zwischenziel: ['Ich möchte Deutsch lernen.'],
            schritte: ['Ich melde mich bis zum 20.03.2026 zum Deutschkurs an.'],
            jobcenter: ['Frau Lindner schickt mir bis zum 13.03.2026 die Anmeldung.'],
          },
        },
        showcase: true,
        better: {
          sections: {
            ziel: ['Ich möchte als Pflegehelferin arbeiten.'],
            zwischenziel: ['Ich möchte Deutsch lernen.'],
            schritte: ['Ich melde mich bis zum 20.03.2026 zum Deutschkurs an.'],
            jobcenter: ['Frau Lindner schickt mir bis zum 13.03.2026 die Anmeldung.'],
          },
        },
      },
    ],
    clean: [{ plan: { sections: { ziel: ['Ich möchte als Kraftfahrer arbeiten.'] } } }],
  },
};
export default rule;
