import { SEED, type EntryRule } from '../core/rule';
import { entrySpan } from '../core/spans';

// The client's job search: applying, looking for work, "Eigenbemühungen". The words between verb and object stay in one
// clause ("Ich suche eine Wohnung, sobald ich Arbeit habe" is no job search).
const JOB_SEARCH =
  /(?<![\p{L}])(?:bewerbe|bewirbt|bewerben|beworben|eigenbemühung\w*|stellensuche|arbeitssuche|arbeitsuche|jobsuche|bewerbung(?:en)?\s+(?:[^\s,;:!?]*[^\s,;:.!?]\s+){0,5}?(?:schreib\w*|verschick\w*|versend\w*|abschick\w*|schick\w*|erstell\w*|sende\w*)|(?:schreib\w*|verschick\w*|versend\w*|schick\w*|sende)\s+(?:[^\s,;:!?]*[^\s,;:.!?]\s+){0,5}?bewerbung(?:en)?|stellenangebote\s+(?:suchen|such\w*|sichten)|(?:such\w*|schau\w*|seh\w*)\s+(?:[^\s,;:!?]*[^\s,;:.!?]\s+){0,8}?(?:jobbörse|stellenportal\w*|stellenanzeigen)|(?:such\w*|finde\w*|bemüh\w*|umseh\w*|umschau\w*)\s+(?:[^\s,;:!?]*[^\s,;:.!?]\s+){0,10}?(?:arbeit|stelle|stellen|job|jobs|arbeitsstelle|arbeitsstellen|arbeitsplatz|beschäftigung|tätigkeit|ausbildungsplatz|ausbildungsstelle|minijob|teilzeitstelle|vollzeitstelle))(?![\p{L}])/iu;
// Words that sound like effort but promise no amount (seed 000: "Eigenbemühungen angemessen", "regelmäßig bewerben").
const VAGUE_EFFORT =
  /(?<![\p{L}])(regelmäßig\w*|angemessen\w*|fortlaufend\w*|laufend\w*|intensiv\w*|aktiv\w*|ständig\w*|kontinuierlich\w*|verstärkt\w*|vermehrt\w*|ausreichend\w*|nach\s+kräften|alle[rn]?\s+möglichkeiten|im\s+rahmen\s+meiner\s+möglichkeiten|so\s+viel\s+wie\s+möglich|möglichst\s+viele|eigenständig\w*|eigeninitiativ\w*)(?![\p{L}])/iu;
// A number of applications or contacts ("zwei", "5", "eine … jede Woche").
const COUNT = /(?<![\p{L}\p{N}.])(?:\d+(?!\d|[.,:]\d)|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|mindestens\s+eine[nrm]?)(?![\p{L}])/iu;
const ONE = /(?<![\p{L}])(?:eine[nrm]?|ein)(?![\p{L}])/iu;
// A specific application: a named employer ("bei der Firma Müller", "bei Aldi").
// A specific application: a named employer ("bei der Firma Brandt", "an die Leipziger Verkehrsbetriebe", "bei Aldi").
const SPECIFIC_TARGET = /\b(?:bei|an)\s+(?:(?:der|die|den|dem)\s+)?\p{Lu}\p{L}+\s+\p{Lu}\p{L}+|\bbei\s+(?!der\b|dem\b|den\b|einer\b|einem\b|verschiedenen\b|mehreren\b|Firmen\b|Arbeitgebern\b|Betrieben\b)\p{Lu}\p{L}+/u;

// Applications as the content of a record the client hands in ("die Liste meiner Bewerbungen", "Nachweise über meine
// Bewerbungen"): sending the record reports the effort, it is not the effort itself.
const RECORD_OF_APPLICATIONS =
  /(?<![\p{L}])(?:liste|übersicht|aufstellung|auflistung|nachweis\w*|kopie\w*|belege?|dokumentation|protokoll)\s+(?:(?:meiner|der|aller|über|von|zu|meine|die|den)\s+){1,2}(?:\p{L}+\s+)?bewerbung\w*/giu;

/** The client's job-search effort has no number, kind or rhythm. */
const rule: EntryRule = {
  id: 'unspecific-own-effort',
  level: 'entry',
  title: 'Eigenbemühungen ohne Maß',
  message: 'Wie viele, welche Art, wie oft? Schreiben Sie die Bewerbungsbemühungen konkret auf, z. B. „jede Woche zwei Bewerbungen als Verkäuferin“.',
  severity: 'warning',
  tag: 'Wie viele?',
  catches: 'Die Bewerbungsbemühungen der Kundin oder des Kunden stehen ohne Anzahl, Art oder Rhythmus im Plan.',
  whyBrief: 'Bei „regelmäßig bewerben“ weiß niemand, wann genug getan ist.',
  why:
    'Bei „regelmäßig bewerben“ oder „angemessene Eigenbemühungen“ weiß die Kundin oder der Kunde nicht, wann genug getan ist – und ' +
    'später gibt es leicht Streit darüber. Die Weisung verlangt, die Eigenbemühungen individuell festzulegen; der IAB-Bericht fand ' +
    'selten eine konkrete Anzahl.',
  sources: [
    { seed: SEED.article, section: 'Stoppsignal bei Standardtexten („wie viele, welche Art, welche Frist“)' },
    { seed: SEED.weisung, section: '5.2 Festlegen von Eigenbemühungen im Rahmen des Kooperationsplans' },
    { seed: SEED.iab, section: '3.2 Aktivitäten der Leistungsberechtigten' },
  ],
  sections: ['zwischenziel', 'schritte', 'sonstiges'],
  check(a) {
    if (!JOB_SEARCH.test(a.text.replace(RECORD_OF_APPLICATIONS, (m) => ' '.repeat(m.length)))) return [];
    const vague = VAGUE_EFFORT.exec(a.text);
    const hasRhythm = a.times.some((t) => t.kind === 'rhythm');
    const counted = COUNT.test(a.text) || (hasRhythm && ONE.test(a.text));
    if (counted || (!vague && SPECIFIC_TARGET.test(a.text))) return [];
    if (vague) {
      return [{
        start: vague.index,
        end: vague.index + vague[0].length,
        message: `„${vague[0]}“ sagt nicht, wie viel genug ist. Wie viele Bewerbungen, welche Art, wie oft? Z. B. „jede Woche zwei Bewerbungen als Verkäuferin“.`,
      }];
    }
    return [entrySpan(a)];
  },
  examples: {
    flagged: [
      { text: 'Ich bewerbe mich fortlaufend.', section: 'schritte' },
      { text: 'Ich suche nach Kräften eine Arbeit.', section: 'schritte' },
      { text: 'Ich bewerbe mich regelmäßig auf Stellen als Verkäuferin.', section: 'schritte', showcase: true, better: 'Ich bewerbe mich jede Woche auf zwei Stellen als Verkäuferin.' },
      { text: 'Ich unternehme angemessene Eigenbemühungen.', section: 'schritte' },
      { text: 'Ich schreibe bis zum 30.04.2026 Bewerbungen.', section: 'schritte', showcase: true, better: 'Ich schreibe bis zum 30.04.2026 vier Bewerbungen als Lagerhelfer.' },
      { text: 'Ich suche regelmäßig in der Jobbörse und in der Zeitung nach Stellen.', section: 'schritte' },
      { text: 'Ich bemühe mich intensiv um eine Arbeitsstelle.', section: 'schritte' },
      { text: 'Eigenbemühungen sind in angemessenem Umfang nachzuweisen.', section: 'sonstiges', showcase: true, better: 'Ich bewerbe mich jeden Monat auf sechs Stellen und bringe die Liste zum nächsten Termin mit.' },
      { text: 'Ich schreibe Bewerbungen und lege die Liste beim nächsten Termin vor.', section: 'schritte' },
      { text: 'Wenn das Jobcenter die Umschulung nicht bezahlt, suche ich weiter Arbeit als Lagerhelferin.', section: 'sonstiges' },
    ],
    clean: [
      { text: 'Ich lege meine Bewerbungen am Monatsende vor.', section: 'schritte' },
      { text: 'Ich bewerbe mich bis zum 27.02.2026 bei den Reinigungsfirmen Piepenbrock und Dussmann.', section: 'schritte', planDate: '2026-02-02' },
      { text: 'Bis zum 20.03.2026 schicke ich meine Bewerbung an die Dresdner Stadtwerke.', section: 'schritte' },
      { text: 'Ich bewerbe mich jeden Monat auf sechs Stellen als Pflegehelferin.', section: 'schritte' },
      { text: 'Ich bewerbe mich jede Woche auf 2 Stellen als Lagerhelfer.', section: 'schritte' },
      { text: 'Ich schreibe jede Woche eine Bewerbung als Koch.', section: 'schritte' },
      { text: 'Ich arbeite als Aushilfe im Supermarkt und frage bis Ende März nach mehr Stunden.', section: 'schritte' },
      { text: 'Ich bewerbe mich bis zum 20.03.2026 bei der Firma Brandt als Lagerist.', section: 'schritte' },
      { text: 'Ich melde mich bis zum 18.03.2026 bei der Suchtberatung der Caritas.', section: 'schritte' },
      // the applications as the content of a record the client hands in: a report, not the effort
      { text: 'Die Liste meiner Bewerbungen schicke ich von mir aus an meine Ansprechpartnerin.', section: 'sonstiges' },
      { text: 'Nachweise über meine Bewerbungen bringe ich zum nächsten Gespräch mit.', section: 'schritte' },
      // "suche … Arbeit" across a clause boundary is no job search
      { text: 'Ich suche eine kleinere Wohnung, sobald ich eine Arbeit gefunden habe.', section: 'sonstiges' },
    ],
  },
};
export default rule;
