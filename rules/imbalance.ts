import { SEED, type PlanRule } from '../core/rule';
import { isConcreteCommitment, restatesClientDuty } from '../core/commitments';
import type { EntryAnalysis } from '../core/analysis';

const NUMBER = /\d|(?<![\p{L}])(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?![\p{L}])/iu;
const concreteStep = (e: EntryAnalysis) => !e.isBlank && (e.hasTime || NUMBER.test(e.text));

/** Plan level: the client's steps are concrete while the job centre has no concrete, dated commitment. */
const rule: PlanRule = {
  id: 'imbalance',
  level: 'plan',
  title: 'Ungleichgewicht',
  message: 'Ihre Kundin oder Ihr Kunde hat konkrete, datierte Schritte – das Jobcenter keinen. Nehmen Sie mindestens eine konkrete Zusage mit Termin auf.',
  severity: 'warning',
  tag: 'Ungleichgewicht',
  catches: 'Die Kundin oder der Kunde hat konkrete, datierte Schritte, das Jobcenter aber keine einzige konkrete Zusage mit Termin.',
  whyBrief: 'Ein Kooperationsplan beschreibt, was beide Seiten tun, nicht nur die Pflichten der Kundin oder des Kunden.',
  why:
    'Der IAB-Bericht und der Ratgeber beschreiben dasselbe Muster: Konkret und mit Datum steht im Plan, was die Leistungsberechtigten ' +
    'liefern sollen; die Zusagen des Jobcenters bleiben vage und werden später nicht überprüft. Ein Kooperationsplan beschreibt, was ' +
    'beide Seiten tun.',
  sources: [
    { seed: SEED.iab, section: '3.3 Aktivitäten des Jobcenters; 5.3 Überprüfung von Zielen und Aktivitäten der Leistungsberechtigten' },
    { seed: SEED.article, section: 'Kontrolle durch die Praxis: Wenn der Plan zur Messlatte wird' },
    { seed: SEED.weisung, section: '2. Ausgangslage („terminiert die Aktivitäten des*der eLb und der IFK“)' },
  ],
  check(p) {
    const steps = p.entries.schritte.filter(concreteStep);
    if (!steps.length) return [];
    const jc = p.entries.jobcenter.filter((e) => !e.isBlank);
    // a dated entry that only checks or expects the client's own duties is no commitment of the job centre's
    if (jc.some((e) => isConcreteCommitment(e) && !restatesClientDuty(e))) return [];
    const n = steps.length;
    return [{
      start: 0,
      end: 0,
      message: jc.length
        ? `${n === 1 ? 'Ein Schritt' : `${n} Schritte`} der Kundin oder des Kunden ${n === 1 ? 'ist' : 'sind'} konkret und datiert, aber keine der ${jc.length} Zusagen des Jobcenters. Machen Sie mindestens eine Zusage konkret: wer, was, bis wann.`
        : `${n === 1 ? 'Ein Schritt' : `${n} Schritte`} der Kundin oder des Kunden ${n === 1 ? 'ist' : 'sind'} konkret und datiert, aber das Jobcenter sagt nichts zu. Was tut das Jobcenter, wer und bis wann?`,
    }];
  },
  examples: {
    flagged: [
      {
        plan: {
          sections: {
            ziel: ['Ich möchte als Erzieherin arbeiten.'],
            schritte: ['Ich bewerbe mich bis zum 31.03.2026 bei fünf Kitas.', 'Ich lege am 01.04.2026 die Nachweise vor.'],
            jobcenter: ['Unterstützung bei der Anerkennung.'],
          },
        },
        showcase: true,
        better: {
          sections: {
            ziel: ['Ich möchte als Erzieherin arbeiten.'],
            schritte: ['Ich bewerbe mich bis zum 31.03.2026 bei fünf Kitas.', 'Ich lege am 01.04.2026 die Nachweise vor.'],
            jobcenter: ['Frau Lindner stellt bis zum 20.03.2026 mit mir den Antrag auf Anerkennung meines Abschlusses.'],
          },
        },
      },
      {
        plan: { sections: { ziel: ['Ich möchte als Koch arbeiten.'], schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'] } },
        showcase: true,
        better: {
          sections: {
            ziel: ['Ich möchte als Koch arbeiten.'],
            schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'],
            jobcenter: ['Herr Schäfer schickt mir jeden Freitag zwei Stellenangebote als Koch.'],
          },
        },
      },
      {
        note: 'the only dated job-centre entries restate the client\'s own duties',
        plan: {
          sections: {
            schritte: ['Ich bewerbe mich jede Woche auf drei Stellen als Verkäuferin.', 'Ich lege am 01.04.2026 die Nachweise vor.'],
            jobcenter: ['Herr Schäfer prüft am 01.04.2026 meine Bewerbungsnachweise.', 'Das Jobcenter erwartet, dass ich jede Woche drei Bewerbungen schreibe.'],
          },
        },
      },
    ],
    clean: [
      {
        plan: {
          sections: {
            schritte: ['Ich bewerbe mich jede Woche auf zwei Stellen.'],
            jobcenter: ['Herr Schäfer schickt mir jeden Freitag passende Stellenangebote.'],
          },
        },
      },
      {
        note: 'a dated commitment of its own next to a check of the client\'s proofs',
        plan: {
          sections: {
            schritte: ['Ich bewerbe mich jede Woche auf drei Stellen als Verkäuferin.'],
            jobcenter: ['Herr Schäfer prüft am 01.04.2026 meine Bewerbungsnachweise.', 'Herr Schäfer schickt mir bis zum 15.03.2026 drei Stellenangebote.'],
          },
        },
      },
      {
        note: 'both sides equally vague',
        plan: { sections: { schritte: ['Ich bewerbe mich regelmäßig.'], jobcenter: ['Das Jobcenter unterstützt mich.'] } },
      },
    ],
  },
};
export default rule;
