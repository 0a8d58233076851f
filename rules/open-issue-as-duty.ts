import { SEED, CLIENT_SECTIONS, type EntryRule } from '../core/rule';
import { entrySpan } from '../core/spans';

// Unresolved life topics (contract: health, childcare, debts, housing, care, addiction; seed 000: "Gesundheit, Kinderbetreuung, Schulden").
const TOPIC_WORDS =
  'gesund\\p{L}*|krank\\p{L}*|erkrankung\\p{L}*|therapie\\p{L}*|psychisch\\p{L}*|depression\\p{L}*|schmerz\\p{L}*|rücken\\p{L}*|leistungsfähigkeit|kinderbetreuung\\p{L}*|betreuung\\p{L}*|betreuungsplatz\\p{L}*|kita\\p{L}*|kindergarten\\p{L}*|tagesmutter|schulden\\p{L}*|mietschulden|schuldenfrei|insolvenz\\p{L}*|wohnung\\p{L}*|wohnsituation|obdachlos\\p{L}*|wohnungslos\\p{L}*|pflege\\p{L}*|versorg\\p{L}*|sucht\\p{L}*|süchtig|alkohol\\p{L}*|trinken|trinke|trinkt|drogen\\p{L}*|konsum\\p{L}*|spielsucht|glücksspiel\\p{L}*|abstinen\\p{L}*|trocken|clean|' +
  // residence, being fit for work again, recovering, cannabis, arrears
  'aufenthalt\\p{L}*|duldung|visum|arbeitserlaubnis|belastbar\\p{L}*|arbeitsfähig\\p{L}*|genesung|genesen|gesundung|kiff\\p{L}*|cannabis|\\p{L}*rückstand|\\p{L}*rückstände|drogenfrei|suchtfrei|alkoholfrei';
const TOPIC = new RegExp(`(?<![\\p{L}])(?:${TOPIC_WORDS})(?![\\p{L}])`, 'iu');
// Written as a result the client must deliver, in the first or the third person ("löse", "regelt", "stellt … sicher").
const GAP = '(?:\\S+\\s+){0,10}?';
const RESULT = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      `(?:werde|wird)\\s+${GAP}(?:gesund|schuldenfrei|abstinent|trocken|clean|los)`,
      `(?:bin|ist)\\s+${GAP}(?:gesund|schuldenfrei|abstinent|trocken|clean|belastbar|arbeitsfähig|leistungsfähig|genesen|stabil)(?![\\p{L}])`,
      `(?:lebe|lebt)\\s+${GAP}(?:abstinent|clean|trocken|drogenfrei|alkoholfrei|suchtfrei|nüchtern)(?![\\p{L}])`,
      // "hat … in den Griff zu bekommen", "ist … sicherzustellen", "ist … zu regeln": the result as a duty
      'in\\s+den\\s+griff\\s+zu\\s+bekommen',
      // (the topic is what is to be done: "Die Pflege des Vaters ist … sicherzustellen", not "Aufgrund der
      // gesundheitlichen Einschränkungen ist bei der Vermittlung … sicherzustellen", the office's duty)
      `^\\s*(?:die|der|das)\\s+(?:\\S+\\s+){0,3}?(?:${TOPIC_WORDS})(?![\\p{L}])(?:\\s+\\S+){0,3}?\\s+(?:ist|sind)\\s+(?:\\S+\\s+){0,8}?(?:sicherzustellen|zu\\s+regeln|zu\\s+lösen|zu\\s+organisieren|zu\\s+beseitigen|zu\\s+bewältigen|zu\\s+beheben|zu\\s+beenden|zu\\s+tilgen|abzubauen|zu\\s+stabilisieren|(?:abschließend|endgültig)\\s+zu\\s+klären)(?![\\p{L}])`,
      // the result as a noun: "Vollständige Genesung bis …", "Gesundheitliche Stabilisierung, um …"
      '(?:genesung|gesundung|heilung|schuldenfreiheit|entschuldung)\\s+(?:bis|zum|ab)(?![\\p{L}])',
      '(?:gesundheitliche|psychische|körperliche|finanzielle|wirtschaftliche)\\s+(?:stabilisierung|genesung|wiederherstellung)(?![\\p{L}])',
      `(?:bleibe|bleibt)\\s+${GAP}(?:abstinent|trocken|clean|gesund)`,
      '(?:löse|löst|beseitige|beseitigt|behebe|behebt|überwinde|überwindet|bewältige|bewältigt|beende|beendet|sichere|sichert|regle|regele|regelt|organisiere|organisiert|stabilisiere|stabilisiert|verbessere|verbessert|tilge|tilgt|begleiche|begleicht)(?![\\p{L}])',
      `(?:stelle|stellt)\\s+${GAP}sicher`,
      '(?:kläre|klärt)\\s+(?:\\S+\\s+){0,8}?(?:abschließend|endgültig)(?![\\p{L}])',
      `(?:sorge|sorgt)\\s+${GAP}(?:für|dafür)`,
      `(?:bringe|bringt)\\s+${GAP}in\\s+ordnung`,
      `(?:kriege|kriegt|bekomme|bekommt)\\s+${GAP}in\\s+den\\s+griff`,
      `(?:höre|hört)\\s+${GAP}auf`,
      `(?:baue|baut)\\s+${GAP}ab`,
      '(?:kümmere\\s+mich|kümmert\\s+sich)',
      `(?:finde|findet)\\s+${GAP}(?:eine|einen)\\s+(?:\\S+\\s+)?(?:wohnung|kita|kitaplatz|kindergartenplatz|betreuung|betreuungsplatz|tagesmutter|pflegedienst|pflegeplatz|therapieplatz)(?![\\p{L}])`,
      `(?:ziehe|zieht)\\s+${GAP}um(?![\\p{L}])`,
      `(?:werde|wird)\\s+${GAP}(?:lösen|beseitigen|beheben|überwinden|bewältigen|beenden|sicherstellen|regeln|verbessern|stabilisieren|organisieren|in\\s+ordnung\\s+bringen)`,
      // a result the client must have delivered first: "…, nachdem ich die Kinderbetreuung sichergestellt habe"
      `(?:nachdem|sobald|wenn|falls|bis|sofern)\\s+${GAP}(?:sichergestellt|gelöst|geregelt|organisiert|beseitigt|behoben|überwunden|bewältigt|beendet|stabilisiert|getilgt|beglichen|abgebaut|in\\s+ordnung\\s+gebracht|in\\s+den\\s+griff\\s+bekommen)\\s+(?:habe|hat|haben|ist|sind)(?![\\p{L}])`,
      `(?:nachdem|sobald|wenn|falls|bis|sofern)\\s+${GAP}(?:eine|einen)\\s+(?:\\S+\\s+)?(?:wohnung|kita|kitaplatz|kindergartenplatz|betreuung|betreuungsplatz|tagesmutter|pflegedienst|pflegeplatz|therapieplatz)\\s+gefunden\\s+(?:habe|hat)(?![\\p{L}])`,
      // a duty with a modal: "Ich muss die Kinderbetreuung sicherstellen"
      `(?:muss|müssen|soll|sollen)\\s+${GAP}(?:lösen|beseitigen|beheben|überwinden|bewältigen|beenden|sicherstellen|regeln|stabilisieren|organisieren|tilgen|begleichen|abbauen|in\\s+ordnung\\s+bringen|in\\s+den\\s+griff\\s+bekommen)(?![\\p{L}])`,
      // noun style: the result noun governs the topic ("Sicherstellung der Kinderbetreuung")
      `(?:sicherstellung|lösung|beseitigung|behebung|überwindung|bewältigung|beendigung|regelung|herstellung|wiederherstellung|stabilisierung|verbesserung|organisation)\\s+(?:der|des|meiner|meines|seiner|seines|ihrer|ihres)\\s+(?:\\S+\\s+){0,2}?(?:${TOPIC_WORDS})(?![\\p{L}])`,
    ].join('|') +
    ')',
  'iu',
);
// A clarification step is the right way to write an open point (seed 000: "Klärung bis …").
const CLARIFY =
  /(?<![\p{L}])(kläre|klärt|klären|klärung|frage|fragt|erkundige|erkundigt|informiere|informiert|melde\s+mich|meldet\s+sich|spreche|spricht|vereinbare|vereinbart|beantrage|beantragt|besuche|besucht|lasse\s+(?:\S+\s+){0,6}(?:prüfen|untersuchen|klären|beraten)|lässt\s+(?:\S+\s+){0,6}(?:prüfen|untersuchen|klären|beraten)|(?:suche|sucht)\s+(?:\S+\s+){0,3}(?:beratung|rat|hilfe)|(?:gehe|geht)\s+(?:\S+\s+){0,3}zu[rm]?\s+(?:\S+\s+){0,2}(?:beratung|arzt|ärztin)|(?:nehme|nimmt)\s+(?:\S+\s+){0,6}beratung|offen(?![\p{L}])|ob\s)/iu;

// Clarifying as a result to deliver: "abschließend/endgültig klären", "ist … zu klären" with no question to ask
const SETTLE = /(?:abschließend|endgültig|vollständig)\s+(?:zu\s+)?(?:klären|geklärt)|(?:ist|sind)\s+(?:\S+\s+){0,8}?zu\s+klären(?![^.]*(?:\bob\b|\bwann\b|\bwie\b|\bwelche|\bmit\s))/iu;

/** An unresolved life topic written as a result the client must deliver ("Ich werde gesund"). */
const rule: EntryRule = {
  id: 'open-issue-as-duty',
  level: 'entry',
  title: 'Offenes Thema als Pflicht',
  message: 'Das ist noch offen und liegt nicht allein in der Hand der Kundin oder des Kunden. Schreiben Sie einen Klärungsschritt: „Ich kläre bis zum … mit …, ob …“.',
  severity: 'warning',
  tag: 'Offen',
  catches: 'Ein ungeklärtes Lebensthema wie Gesundheit, Kinderbetreuung oder Schulden steht als Ergebnis da, das die Kundin oder der Kunde liefern muss.',
  whyBrief: 'Ob jemand gesund wird oder einen Kitaplatz bekommt, liegt oft nicht in der eigenen Hand.',
  why:
    'Ob jemand gesund wird, einen Kitaplatz bekommt oder schuldenfrei wird, liegt oft nicht in der eigenen Hand. Als Pflicht ' +
    'geschrieben setzt es unter Druck, ohne zu helfen. Ungeklärtes soll als offener Punkt mit Klärungsschritt im Plan stehen; ' +
    'vereinbart wird das Bemühen, nicht das Ergebnis.',
  sources: [
    { seed: SEED.article, section: 'Offenes als offen markieren – statt es festzuschreiben' },
    { seed: SEED.weisung, section: '5.3 Weitere Inhalte Kooperationsplan (z. B. das Bemühen um eine Kinderbetreuung)' },
    { seed: SEED.iab, section: '3.1 Zielperspektiven („Herstellen der Gesundheit“); 3.2 Aktivitäten der Leistungsberechtigten' },
  ],
  sections: CLIENT_SECTIONS,
  check(a) {
    if (!TOPIC.test(a.text)) return [];
    const r = RESULT.exec(a.text);
    // "ist … abschließend zu klären" asks for the answer, not the clarifying step
    if (!r || (CLARIFY.test(a.text) && !SETTLE.test(a.text))) return [];
    // a state that is already so ("Ich bin seit März wieder arbeitsfähig") is a fact, not a duty
    if (/^(?:bin|ist|lebe|lebt)\s/iu.test(r[0]) && /(?<![\p{L}])(?:seit|bereits|schon|inzwischen)(?![\p{L}])/iu.test(a.text)) return [];
    return [entrySpan(a)];
  },
  examples: {
    flagged: [
      { text: 'Ich werde meine gesundheitlichen Probleme lösen.', section: 'schritte' },
      { text: 'Ich stelle die Kinderbetreuung sicher.', section: 'schritte', showcase: true, better: 'Ich kläre bis zum 31.03.2026 mit dem Jugendamt, wer mein Kind betreut, während ich arbeite.' },
      { text: 'Ich werde wieder gesund.', section: 'zwischenziel', showcase: true, better: 'Ich möchte bis Ende April wissen, welche Arbeit ich trotz meiner Erkrankung machen kann.' },
      { text: 'Ich bringe bis zum 30.04.2026 meine Schulden in Ordnung.', section: 'schritte', showcase: true, better: 'Ich gehe bis zum 30.04.2026 zur Schuldnerberatung und kläre, wie ich meine Schulden abbauen kann.' },
      { text: 'Ich bleibe abstinent.', section: 'schritte' },
      { text: 'Ich finde eine Wohnung.', section: 'schritte' },
      { text: 'Ich finde bis zum Sommer einen Kitaplatz für meinen Sohn.', section: 'zwischenziel' },
      { text: 'Ich ziehe bis Ende Juni in eine kleinere Wohnung um.', section: 'schritte' },
      { text: 'Sicherstellung der Kinderbetreuung.', section: 'zwischenziel' },
      { text: 'Ich stelle bis zum 31.08.2026 die Betreuung meines Sohnes sicher.', section: 'schritte' },
      { text: 'Herr Nowak regelt bis Ende Juni seine Mietschulden.', section: 'schritte' },
      { text: 'Ich sorge bis Ende Januar dafür, dass meine Mutter von einem Pflegedienst versorgt wird.', section: 'schritte' },
      // the result as a precondition ("nachdem ich … sichergestellt habe") or a duty with a modal
      { text: 'Ich nehme eine Arbeit auf, nachdem ich die Kinderbetreuung sichergestellt habe.', section: 'ziel' },
      { text: 'Ich beginne die Umschulung, sobald ich einen Kitaplatz gefunden habe.', section: 'zwischenziel' },
      { text: 'Ich muss meine Mietschulden regeln.', section: 'schritte' },
      // other verbs and nouns for the same results: being fit again, living clean, a residence permit, arrears;
      // impersonal duties whose subject is the topic; the result as a noun
      { text: 'Ich bin ab August wieder voll belastbar.', section: 'zwischenziel' },
      { text: 'Ich lebe ab Januar drogenfrei.', section: 'schritte' },
      { text: 'Ich höre ab sofort mit dem Kiffen auf.', section: 'schritte' },
      { text: 'Ich sorge bis Ende Mai dafür, dass meine Duldung verlängert wird.', section: 'schritte' },
      { text: 'Die Mietrückstände sind bis Ende Juni zu regeln.', section: 'sonstiges' },
      { text: 'Die Kinderbetreuung ist bis zum Beginn der Maßnahme sicherzustellen.', section: 'sonstiges' },
      { text: 'Die Wohnsituation ist bis zum 30.06.2026 endgültig zu klären.', section: 'sonstiges' },
      { text: 'Der Kunde hat seine Spielsucht bis zum Sommer in den Griff zu bekommen.', section: 'schritte' },
      { text: 'Vollständige Genesung bis Ende Mai.', section: 'zwischenziel' },
      { text: 'Psychische Stabilisierung bis zum Herbst.', section: 'zwischenziel' },
    ],
    clean: [
      { text: 'Ich kläre bis zum 31.03.2026 mit der Kita, ab wann mein Sohn dort betreut wird.', section: 'schritte' },
      { text: 'Ich melde mich bis zum 18.03.2026 bei der Suchtberatung der Caritas.', section: 'schritte' },
      { text: 'Offen: Kinderbetreuung – Klärung bis zum 15.04.2026 mit dem Jugendamt.', section: 'sonstiges' },
      { text: 'Ich kann nur in Teilzeit arbeiten, weil ich meine Mutter pflege.', section: 'sonstiges' },
      { text: 'Ich verbessere bis zum 30.04.2026 meine Deutschkenntnisse.', section: 'schritte' },
      { text: 'Integration in den Arbeitsmarkt unter Berücksichtigung der gesundheitlichen Einschränkungen zur Beendigung des Leistungsbezugs.', section: 'ziel' },
      { text: 'Ich lasse bis Ende April beim Ärztlichen Dienst prüfen, welche Arbeit ich trotz Rückenschmerzen machen kann.', section: 'schritte' },
      // a settled fact, not a duty
      { text: 'Ich habe die Kinderbetreuung geregelt: Mia geht ab August in die Kita.', section: 'sonstiges' },
      { text: 'Ich suche eine kleinere Wohnung, sobald ich eine Arbeit gefunden habe.', section: 'schritte' },
      // already so, or the office's duty, or a question still to clarify
      { text: 'Ich bin seit März wieder arbeitsfähig.', section: 'sonstiges' },
      { text: 'Aufgrund der gesundheitlichen Einschränkungen ist bei der Vermittlung das Gutachten zu beachten.', section: 'sonstiges' },
      { text: 'Ich kläre bis zum 15.05.2026 mit der Ausländerbehörde, wann meine Duldung verlängert wird.', section: 'schritte' },
      { text: 'Die Wohnsituation ist bis zum 30.06.2026 mit dem Vermieter zu klären, ob ich bleiben kann.', section: 'sonstiges' },
      { text: 'Verbesserung der beruflichen Situation durch eine besser bezahlte Stelle.', section: 'ziel' },
    ],
  },
};
export default rule;
