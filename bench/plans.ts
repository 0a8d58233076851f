/**
 * Synthetic Kooperationspläne for the benchmarks: drawn from templates (good and weak phrasings, dates relative to
 * the plan's date, `due` columns) with a seeded generator, so every run sees the same plans.
 */
import type { Entry, Plan } from '../core/plan';

// A small seeded generator, so every run audits the same plans.
let seed = 20260302;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const BERUFE = ['Lagerhelfer', 'Verkäuferin', 'Busfahrer', 'Pflegehelferin', 'Koch', 'Fachkraft für Lagerlogistik', 'Reinigungskraft', 'Kassiererin', 'Elektroniker', 'Erzieherin', 'Berufskraftfahrer', 'Bürokauffrau'];
const STAEDTE = ['Kassel', 'Leipzig', 'Bremen', 'Dortmund', 'Erfurt', 'Mainz', 'Rostock', 'Augsburg'];
const PERSONEN = ['Frau Lindner', 'Herr Schäfer', 'Frau Yilmaz', 'Herr Nowak', 'Frau Kaya', 'Frau Berger', 'Herr Weiß', 'Frau Özdemir'];
const KURSE = ['Staplerkurs', 'Bewerbungstraining', 'Sprachkurs B1', 'Computerkurs', 'Erste-Hilfe-Kurs'];
const TRAEGER = ['beim Bildungsträger Lernwerk', 'bei der Volkshochschule', 'bei der Fahrschule Weber', 'beim Berufsförderungswerk'];
const ZAHLWORTE = ['zwei', 'drei', 'vier', 'fünf'];
const WOCHENTAGE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dmy = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The i-th plan of the sequence (call in order: the generator is seeded once). */
export function plan(i: number): Plan {
  const date = addDays(new Date(Date.UTC(2026, 0, 5)), int(0, 170));
  const later = () => addDays(date, int(7, 90));
  const beruf = pick(BERUFE), person = pick(PERSONEN), kurs = pick(KURSE);
  const good = rand() < 0.4;

  const ziel = [
    () => `Ich möchte als ${beruf} arbeiten, am liebsten in ${pick(['Vollzeit', 'Teilzeit'])} im Raum ${pick(STAEDTE)}.`,
    () => `Aufnahme einer sozialversicherungspflichtigen Tätigkeit als ${beruf}.`,
    () => `Ich möchte eine Ausbildung als ${beruf} beginnen.`,
    () => 'Integration in den ersten Arbeitsmarkt.',
    () => 'Ich möchte meine Deutschkenntnisse so verbessern, dass ich im Beruf gut zurechtkomme.',
  ];
  const zwischenziel = [
    () => `Ich mache bis zum ${dmy(later())} den ${kurs}.`,
    () => 'Verbesserung meiner Deutschkenntnisse auf Niveau B1.',
    () => `Ich schließe den Sprachkurs bis Ende ${pick(MONATE)} ab.`,
    () => 'Stabilisierung der persönlichen Situation.',
  ];
  const schritte: Array<() => Entry> = [
    () => `Ich bewerbe mich jede Woche auf ${pick(ZAHLWORTE)} Stellen als ${beruf} und bringe die Nachweise zum nächsten Termin mit.`,
    () => 'Der Kunde bewirbt sich regelmäßig und in angemessenem Umfang.',
    () => `Ich schicke meinen Lebenslauf bis zum ${dmy(later())} per E-Mail an ${person}.`,
    () => `Vorlage des Lebenslaufs bis zum ${dmy(later())}.`,
    () => ({ text: `Ich melde mich ${pick(TRAEGER)} für den ${kurs} an.`, due: iso(later()) }),
    () => `Ich kläre bis zum ${dmy(later())} mit der Kita, ab wann mein Kind dort betreut wird.`,
    () => 'Ich stelle die Kinderbetreuung sicher.',
    () => `Ich rufe ${person.replace('Herr ', 'Herrn ')} am ${pick(WOCHENTAGE)} an und frage nach dem Praktikum.`,
    () => `Teilnahme an einem ${kurs} ${pick(TRAEGER)}.`,
  ];
  const jobcenter: Array<() => Entry> = [
    () => `${person} schickt mir jede Woche ${pick(ZAHLWORTE)} passende Stellenangebote als ${beruf}.`,
    () => ({ text: `${person} entscheidet über die Übernahme der Kosten für den ${kurs}.`, due: iso(later()) }),
    () => `${person} prüft bis zum ${dmy(later())}, ob die Kosten für den ${kurs} übernommen werden.`,
    () => `${person} vereinbart bis zum ${dmy(later())} einen Termin beim Ärztlichen Dienst.`,
    () => `${person} berät mich zu meinen Bewerbungsunterlagen.`,
    () => `Das Jobcenter schickt mir bis zum ${dmy(later())} die Unterlagen für den ${kurs}.`,
    () => 'Das Jobcenter unterstützt mich bei der Vermittlung.',
    () => 'Übernahme der Bewerbungskosten bis zu 260 Euro.',
    () => 'Bei Bedarf werden weitere Maßnahmen geprüft.',
    () => `Wir melden Sie zeitnah zum ${kurs} an.`,
    () => 'Das JC prüft die Übernahme der Fahrtkosten zur AGH.',
    () => 'Mein Jobcenter steht mir mit Informationen, Beratung und Unterstützung in Fragen der Arbeitsvermittlung zur Seite.',
  ];
  const dritte = [
    () => `Die Schuldnerberatung der ${pick(['Diakonie', 'Caritas', 'AWO'])} bespricht mit mir am ${dmy(later())} meine Schulden.`,
    () => 'Die Schuldnerberatung unterstützt mich.',
    () => `Mein Bruder hilft mir, den Umzug bis Ende ${pick(MONATE)} zu organisieren.`,
  ];
  const sonstiges = [
    () => `Ich kann wegen meiner Kinder nur von 8 bis ${pick(['13', '14', '15'])} Uhr arbeiten.`,
    () => 'Die Kinderbetreuung ist noch nicht geklärt.',
    () => 'Bei Nichteinhaltung der vereinbarten Pflichten kann eine Leistungsminderung erfolgen.',
    () => `Offen: Kinderbetreuung – Klärung bis zum ${dmy(later())} mit dem Jugendamt.`,
    () => 'Ich habe Rückenprobleme und kann nicht schwer heben.',
  ];
  // good plans draw from the concrete phrasings at the front of each list, weak ones from all of them
  const draw = <T>(xs: Array<() => T>, lo: number, hi: number, goodOnly: number) => Array.from({ length: int(lo, hi) }, () => (good ? xs[int(0, goodOnly - 1)]! : pick(xs))());
  const p: Plan = {
    id: `synth-${String(i).padStart(5, '0')}`,
    date: iso(date),
    sections: {
      ziel: rand() < 0.03 ? [] : draw(ziel, 1, 1, 1),
      zwischenziel: draw(zwischenziel, 0, 2, 1),
      schritte: draw(schritte, 1, 5, 3),
      jobcenter: rand() < 0.25 ? [] : draw(jobcenter, 1, 4, 4),
      dritte: draw(dritte, 0, 1, 1),
      sonstiges: draw(sonstiges, 0, 2, 1),
    },
  };
  return p;
}

