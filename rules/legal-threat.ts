import { SEED, ALL_SECTIONS, type EntryRule, type Hit } from '../core/rule';

// Legal consequences, polite ones too (contract: legal-threat).
const THREAT =
  /(?<![\p{L}])(sanktion\w*|leistungsminderung\w*|minderung\w*|gemindert|mindern|leistungskürzung\w*|kürzung\w*|kürzen|gekürzt|rechtsfolge\w*|rechtsfolgenbelehrung\w*|verwaltungsakt\w*|verpflichtungsbescheid\w*|pflichtverletzung\w*|meldeversäumnis\w*|sperrzeit\w*|entzug|entzogen|gestrichen|streichung\w*|wegfall|eingestellt|konsequenzen|(?:rechtliche|negative|finanzielle)n?\s+folgen|rechtlich\s+(?:bindend|verbindlich)|§\s*(?:31|31a|32|15a)\b)/giu;
// The abbreviation of Rechtsfolgenbelehrung, upper case only.
const RFB = /(?<![\p{L}])RFB(?![\p{L}])/gu;
// A negation after the word, in the same clause ("Sanktionen sind ausgeschlossen").
const NEGATION_AFTER = /^[^,;.!?]*?(?:ausgeschlossen|nicht\s+(?:vorgesehen|möglich|zulässig|erlaubt|verbunden|vorhanden)|(?:gibt|geben)\s+es\s+(?:hier\s+)?nicht|drohen\s+nicht|entfallen)/iu;
const DOUBLE_NEGATION = /^[^,;.!?]*?nicht\s+ausgeschlossen/iu;
// A negation in the same clause just before the word ("keine Sanktionen", "nicht rechtlich bindend", "ohne Rechtsfolgen").
const NEGATION_BEFORE = /(?:kein\w*|nicht|ohne|weder|nie|niemals)\s+(?:\p{L}+\s+){0,3}$/iu;
// "eingestellt" only threatens when benefits are stopped.
const NEEDS_BENEFITS = /^(eingestellt|entzogen|gestrichen|entzug|wegfall)$/i;
const BENEFITS = /(leistung|geld|bürgergeld|zahlung|regelsatz|regelbedarf)/i;

/** Legal consequences in the plan: Sanktion, Leistungsminderung, Kürzung, Rechtsfolgenbelehrung, Verwaltungsakt. */
const rule: EntryRule = {
  id: 'legal-threat',
  level: 'entry',
  title: 'Drohung mit Rechtsfolgen',
  message: 'Rechtsfolgen gehören nicht in den Kooperationsplan. Er ist rechtlich nicht verbindlich und enthält keine Rechtsfolgenbelehrung.',
  severity: 'error',
  tag: 'Drohung',
  catches: 'Ein Eintrag droht mit Rechtsfolgen wie Sanktion, Kürzung oder Verwaltungsakt oder nennt den Plan rechtlich verbindlich.',
  whyBrief: 'Der Kooperationsplan ist rechtlich nicht verbindlich, und Drohungen zerstören das Vertrauen, auf dem er aufbaut.',
  why:
    'Der Kooperationsplan ist verbindlich im Sinne guter Zusammenarbeit, aber rechtlich nicht verbindlich – „in keinem Fall“. ' +
    'Deshalb enthält er keine Rechtsfolgenbelehrung. Drohungen mit Kürzungen, auch höflich formuliert, zerstören das Vertrauen, ' +
    'auf dem der Plan aufbaut; Pflichten mit Rechtsfolgen gibt es nur getrennt davon per Verwaltungsakt.',
  sources: [
    { seed: SEED.baPage, section: 'Der neue Kooperationsplan: Worum geht’s? („nicht rechtlich verbindlich – in keinem Fall“)' },
    { seed: SEED.weisung, section: '1. Übersicht (kein Vertrag, keine unmittelbaren Rechte bzw. Ansprüche)' },
    { seed: SEED.iab, section: '1 Einleitung (keine gesetzliche Grundlage für Leistungsminderungen); 4.2 Ohne Rechtsfolgen' },
    { seed: SEED.article, section: 'FAQ „Kann aus dem Kooperationsplan direkt eine Sanktion folgen?“' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    const hits: Hit[] = [];
    const matches: RegExpExecArray[] = [];
    for (const re of [THREAT, RFB]) {
      re.lastIndex = 0;
      for (let m = re.exec(a.text); m; m = re.exec(a.text)) matches.push(m);
    }
    matches.sort((x, y) => x.index - y.index);
    for (const m of matches) {
      const before = a.text.slice(Math.max(0, m.index - 60), m.index);
      const clause = before.split(/[,;:.!?]|\b(?:wenn|falls|sonst|andernfalls|aber|und)\b/iu).pop() ?? '';
      if (NEGATION_BEFORE.test(clause)) continue;
      const after = a.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      if (NEGATION_AFTER.test(after) && !DOUBLE_NEGATION.test(after)) continue;
      if (NEEDS_BENEFITS.test(m[0]) && !BENEFITS.test(a.text)) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Hier wird mit Rechtsfolgen gedroht („${m[0]}“). Das gehört nicht in den Kooperationsplan: Er ist rechtlich nicht verbindlich und enthält keine Rechtsfolgenbelehrung. Streichen Sie diesen Satz.`,
      });
      break; // one finding per entry is enough to act on
    }
    return hits;
  },
  examples: {
    flagged: [
      { text: 'Ich lege meine Bewerbungen am Monatsende vor, sonst wird mein Geld gekürzt.', section: 'schritte', showcase: true, better: 'Ich lege meine Bewerbungen am Monatsende vor.' },
      { text: 'Verstöße führen zu einer Minderung des Bürgergelds.', section: 'schritte' },
      { text: 'Bei Nichtteilnahme droht eine Sanktion.', section: 'sonstiges', showcase: true, better: 'Wenn etwas nicht klappt, spreche ich mit Frau Lindner, und wir passen den Plan an.' },
      { text: 'Ohne Nachweise kann das Bürgergeld gemindert werden.', section: 'sonstiges' },
      { text: 'Dieser Plan ist rechtlich verbindlich.', section: 'sonstiges', showcase: true, better: 'Dieser Plan ist nicht rechtlich bindend.' },
      { text: 'Die RFB zu den Meldeterminen habe ich erhalten.', section: 'sonstiges' },
      { text: 'Sanktionen sind nicht ausgeschlossen.', section: 'sonstiges' },
      { text: 'Werden die Absprachen nicht eingehalten, erfolgt eine Verpflichtung per Verwaltungsakt nach § 15a SGB II.', section: 'sonstiges' },
    ],
    clean: [
      { text: 'Dieser Plan ist nicht rechtlich bindend.', section: 'sonstiges' },
      { text: 'Der Plan hat keine rechtlichen Folgen und enthält keine Sanktionen.', section: 'sonstiges' },
      { text: 'Ich möchte meine Arbeitszeit nicht kürzen.', section: 'sonstiges' },
      { text: 'Sanktionen sind bei diesem Plan ausgeschlossen.', section: 'sonstiges' },
      { text: 'Ich bewerbe mich jede Woche auf zwei Stellen.', section: 'schritte' },
    ],
  },
};
export default rule;
