import { SEED, ALL_SECTIONS, type EntryRule, type Hit } from '../core/rule';
import type { Token } from '../language/tokens';

const MAX_WORDS = 25;
// Nouns made from verbs and adjectives: the mark of officialese ("Absolvierung", "Berücksichtigung").
const NOMINAL = /^\p{Lu}\p{L}{2,}(?:ung|ungen|heit|heiten|keit|keiten|ion|ionen|tät|schaft|nahme|gabe|lage|ierung|ierungen|barkeit|machung)$/u;
const OFFICIALESE = new Set([
  'hinsichtlich', 'bezüglich', 'bzgl', 'seitens', 'zwecks', 'diesbezüglich', 'vorbehaltlich', 'gemäß', 'mittels', 'betreffend',
  'infolge', 'erfolgt', 'erfolgen', 'obliegt', 'durchzuführen', 'vorgehensweise', 'zuzüglich', 'insofern', 'maßgabe', 'anschluss',
  'berücksichtigung', 'hinblick', 'rahmen', 'sofern', 'entsprechend', 'entsprechende', 'entsprechenden', 'nachzuweisen',
  'vorzulegen', 'einzureichen', 'unverzüglich', 'nachweislich', 'bedarf', 'vorherigen', 'vorherige', 'etwaige', 'etwaigen', 'unaufgefordert', 'jeweils', 'verpflichtet',
]);
const PASSIVE_AUX = /^(wird|werden|wurde|wurden|worden)$/;
const DUTY_AUX = /^(hat|haben|ist|sind)$/;
const PARTICIPLE = /^(ge\p{L}+(?:t|en)|\p{L}+iert|\p{L}+(?:ge)\p{L}+(?:t|en))$/u;
const GEN_ARTICLE = /^(des|der|eines|einer)$/;

function sentenceScore(words: Token[]) {
  let nominal = 0, official = 0, genitive = 0, passive = false;
  const nominals: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NOMINAL.test(w.text)) {
      nominal++;
      nominals.push(w.text);
      // "der Feststellung der beruflichen Eignung": article, optional adjectives, nominal noun
      let j = i - 1;
      while (j >= 0 && /^\p{Ll}/u.test(words[j]!.text) && !GEN_ARTICLE.test(words[j]!.lower)) j--;
      if (j >= 0 && j >= i - 3 && GEN_ARTICLE.test(words[j]!.lower) && i > 1 && /^\p{Lu}/u.test(words[j - 1]?.text ?? '')) genitive++;
    }
    if (OFFICIALESE.has(w.lower)) official++;
    if (PASSIVE_AUX.test(w.lower) && words.slice(i + 1).some((x) => PARTICIPLE.test(x.lower))) passive = true;

  }
  // "hat … zu erfolgen", "ist … vorzulegen": a duty without a doer reads like the passive
  const last = words[words.length - 1]?.lower ?? '', beforeLast = words[words.length - 2]?.lower ?? '';
  if (words.some((w) => DUTY_AUX.test(w.lower)) && (beforeLast === 'zu' || /^\p{L}+zu\p{L}{3,}en$/u.test(last))) passive = true;
  return { nominal, official, genitive, passive, nominals };
}

/** A sentence a client cannot follow when it is read aloud: very long, chains of -ung nouns with genitives, officialese, passive. */
const rule: EntryRule = {
  id: 'hard-to-read',
  level: 'entry',
  title: 'Schwer verständlich',
  message: 'Dieser Satz ist beim Vorlesen schwer zu verstehen. Schreiben Sie kürzer und mit Verben: Wer tut was bis wann?',
  severity: 'info',
  tag: 'Schwer',
  catches: 'Ein Satz ist beim Vorlesen schwer zu verstehen: sehr lang, voller Wörter auf „-ung“, mit Amtsdeutsch oder im Passiv.',
  whyBrief: 'Der Plan wird meist vorgelesen, und lange Sätze im Amtsdeutsch behält beim Zuhören niemand.',
  why:
    'Der Plan wird am Ende des Gesprächs meist vorgelesen, und die Kundin oder der Kunde nickt. Lange Sätze voller Wörter auf ' +
    '„-ung“, Genitivketten und Passiv kann man beim Zuhören nicht behalten. Der Plan soll „möglichst konkret, kurz und ' +
    'übersichtlich“ sein.',
  sources: [
    { seed: SEED.baPage, section: 'Der neue Kooperationsplan: Worum geht’s? („möglichst konkret, kurz und übersichtlich abzufassen“)' },
    { seed: SEED.iab, section: '5.1 Zusammenfassung und Dokumentation (vorlesen, Zustimmung per Nicken)' },
    { seed: SEED.flyer, section: 'Was ist die Idee des Kooperationsplans? („Verständlich und auf das Wesentliche reduziert“)' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    const hits: Hit[] = [];
    for (const s of a.sentences) {
      const words = s.tokens.filter((t) => t.kind !== 'punct');
      if (words.length < 4) continue;
      const { nominal, official, genitive, passive, nominals } = sentenceScore(words);
      const heavy = nominal + official + genitive + (passive ? 1 : 0);
      const reasons: string[] = [];
      if (words.length > MAX_WORDS) reasons.push(`Er hat ${words.length} Wörter – beim Zuhören zu lang. Teilen Sie ihn in kurze Sätze.`);
      if (heavy >= 5 || nominal >= 4 || (nominal >= 3 && genitive >= 2)) {
        const list = nominals.slice(0, 3).map((n) => `„${n}“`).join(', ');
        reasons.push(`Viele Hauptwörter${list ? ` wie ${list}` : ''}${passive ? ' und Passiv' : ''}: Sagen Sie es mit Verben – wer tut was?`);
      }
      if (reasons.length) hits.push({ start: s.start, end: s.end, message: `Schwer zu verstehen. ${reasons.join(' ')}` });
    }
    return hits;
  },
  examples: {
    flagged: [
      {
        text: 'Im Anschluss an die erfolgreiche Absolvierung der Maßnahme zur Feststellung der beruflichen Eignung erfolgt unter Berücksichtigung der Ergebnisse die Entscheidung über die weitere Vorgehensweise hinsichtlich einer Qualifizierung.',
        section: 'schritte',
      },
      {
        text: 'Zur Sicherstellung der Vermittlung wird die Durchführung einer Überprüfung der Leistungsfähigkeit durch den Ärztlichen Dienst veranlasst.',
        section: 'jobcenter',
        showcase: true,
        better: 'Frau Lindner meldet mich bis zum 20.03.2026 beim Ärztlichen Dienst an, der prüft, wie viel ich arbeiten kann.',
      },
      {
        text: 'Die Geltendmachung von Ansprüchen auf Erstattung von Fahrtkosten bedarf der vorherigen Beantragung unter Vorlage der entsprechenden Nachweise.',
        section: 'sonstiges',
        showcase: true,
        better: 'Wenn ich Fahrtkosten erstattet haben möchte, stelle ich vorher einen Antrag und lege die Belege bei.',
      },
      {
        text: 'Die Vorlage der Nachweise über die Teilnahme an der Maßnahme hat unaufgefordert zum Monatsende zu erfolgen.',
        section: 'schritte',
        showcase: true,
        better: 'Ich lege am Monatsende von mir aus die Nachweise vor, dass ich am Kurs teilnehme.',
      },
      {
        text: 'Ich werde mich in den nächsten Wochen und Monaten mit allen mir zur Verfügung stehenden Mitteln und mit der Hilfe meiner Familie und meiner Freunde um eine neue Arbeit im Lager oder in der Produktion bemühen.',
        section: 'schritte',
      },
    ],
    clean: [
      { text: 'Herr Schäfer schickt mir bis zum 27.03.2026 zwei Angebote für einen Staplerkurs.', section: 'jobcenter' },
      { text: 'Ich arbeite als Aushilfe im Supermarkt und frage bis Ende März nach mehr Stunden.', section: 'schritte' },
      { text: 'Ich kläre bis zum 31.03.2026 mit der Kita, ab wann mein Sohn dort betreut wird.', section: 'schritte' },
      { text: 'Frau Lindner prüft bis zum 20.03.2026 meinen Antrag auf Förderung der Weiterbildung.', section: 'jobcenter' },
    ],
  },
};
export default rule;
