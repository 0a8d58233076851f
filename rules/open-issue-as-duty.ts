import { SEED, CLIENT_SECTIONS, type EntryRule } from '../lib/rule';
import { entrySpan } from '../lib/spans';

// Unresolved life topics (contract: health, childcare, debts, housing, care, addiction; seed 000: "Gesundheit, Kinderbetreuung, Schulden").
const TOPIC =
  /(?<![\p{L}])(gesund\w*|krank\w*|erkrankung\w*|therapie\w*|psychisch\w*|depression\w*|schmerz\w*|rücken\w*|leistungsfähigkeit|kinderbetreuung\w*|betreuung\w*|betreuungsplatz\w*|kita\w*|kindergarten\w*|tagesmutter|schulden\w*|schuldenfrei|insolvenz\w*|wohnung\w*|wohnsituation|obdachlos\w*|wohnungslos\w*|mietschulden|pflege\w*|pflegebedürftig\w*|sucht\w*|süchtig|alkohol\w*|drogen\w*|abstinen\w*|trocken|clean|situation)(?![\p{L}])/iu;
// Written as a result the client must deliver.
const RESULT =
  /(?<![\p{L}])(werde\s+(?:\S+\s+){0,3}(?:gesund|schuldenfrei|abstinent|trocken|clean|los)|bin\s+(?:\S+\s+){0,2}(?:gesund|schuldenfrei|abstinent|trocken|clean)|bleibe\s+(?:\S+\s+){0,2}(?:abstinent|trocken|clean|gesund)|löse|beseitige|behebe|überwinde|bewältige|beende|stelle\s+(?:\S+\s+){0,6}sicher|sichere|sorge\s+(?:für|dafür)|regle|regele|bringe\s+(?:\S+\s+){0,6}in\s+ordnung|(?:kriege|bekomme)\s+(?:\S+\s+){0,6}in\s+den\s+griff|höre\s+(?:\S+\s+){0,6}auf|baue\s+(?:\S+\s+){0,6}ab|organisiere|stabilisiere|verbessere|kümmere\s+mich|finde\s+(?:eine|einen)\s+(?:wohnung|kita|betreuung|kitaplatz|betreuungsplatz|tagesmutter)|werde\s+(?:\S+\s+){0,6}(?:lösen|beseitigen|beheben|überwinden|bewältigen|beenden|sicherstellen|regeln|verbessern|stabilisieren|organisieren|in\s+ordnung\s+bringen)|(?:sicherstellung|lösung|beseitigung|behebung|überwindung|bewältigung|beendigung|regelung|herstellung|wiederherstellung|stabilisierung|verbesserung|organisation)\s+(?:der|des|meiner|meines)\b)/iu;
// A clarification step is the right way to write an open point (seed 000: "Klärung bis …").
const CLARIFY =
  /(?<![\p{L}])(kläre|klären|klärung|frage|erkundige|informiere|melde\s+mich|spreche|vereinbare|beantrage|besuche|lasse\s+(?:\S+\s+){0,6}(?:prüfen|untersuchen|klären|beraten)|suche\s+(?:\S+\s+){0,3}(?:beratung|rat|hilfe)|gehe\s+(?:\S+\s+){0,3}zu[rm]?\s+(?:\S+\s+){0,2}beratung|nehme\s+(?:\S+\s+){0,6}beratung|offen(?![\p{L}])|ob\s)/iu;

/** An unresolved life topic written as a result the client must deliver ("Ich werde gesund"). */
const rule: EntryRule = {
  id: 'open-issue-as-duty',
  level: 'entry',
  title: 'Offenes Thema als Pflicht',
  message: 'Das ist noch offen und liegt nicht allein in der Hand der Kundin oder des Kunden. Schreiben Sie einen Klärungsschritt: „Ich kläre bis zum … mit …, ob …“.',
  severity: 'warning',
  why:
    'Ob jemand gesund wird, einen Kitaplatz bekommt oder schuldenfrei wird, liegt oft nicht in der eigenen Hand. Als Pflicht ' +
    'geschrieben setzt es unter Druck, ohne zu helfen. Ungeklärtes soll als offener Punkt mit Klärungsschritt im Plan stehen; ' +
    'vereinbart wird das Bemühen, nicht das Ergebnis.',
  sources: [
    { seed: SEED.article, section: 'Offenes als offen markieren – statt es festzuschreiben' },
    { seed: SEED.weisung, section: '5.3 Weitere Inhalte Kooperationsplan (z. B. das Bemühen um eine Kinderbetreuung)' },
    { seed: SEED.iab, section: '3.1 Zielperspektiven; 3.2 Aktivitäten der Leistungsberechtigten („pro forma“-Pläne)' },
  ],
  sections: CLIENT_SECTIONS,
  check(a) {
    if (!TOPIC.test(a.text)) return [];
    const r = RESULT.exec(a.text);
    if (!r || CLARIFY.test(a.text)) return [];
    return [entrySpan(a)];
  },
  examples: {
    flagged: [
      { text: 'Ich werde meine gesundheitlichen Probleme lösen.', section: 'schritte' },
      { text: 'Ich stelle die Kinderbetreuung sicher.', section: 'schritte' },
      { text: 'Ich werde wieder gesund.', section: 'zwischenziel' },
      { text: 'Ich bringe bis zum 30.04.2026 meine Schulden in Ordnung.', section: 'schritte' },
      { text: 'Ich bleibe abstinent.', section: 'schritte' },
      { text: 'Ich finde eine Wohnung.', section: 'schritte' },
      { text: 'Sicherstellung der Kinderbetreuung.', section: 'zwischenziel' },
    ],
    clean: [
      { text: 'Ich kläre bis zum 31.03.2026 mit der Kita, ab wann mein Sohn dort betreut wird.', section: 'schritte' },
      { text: 'Ich melde mich bis zum 18.03.2026 bei der Suchtberatung der Caritas.', section: 'schritte' },
      { text: 'Offen: Kinderbetreuung – Klärung bis zum 15.04.2026 mit dem Jugendamt.', section: 'sonstiges' },
      { text: 'Ich kann nur in Teilzeit arbeiten, weil ich meine Mutter pflege.', section: 'sonstiges' },
      { text: 'Ich verbessere bis zum 30.04.2026 meine Deutschkenntnisse.', section: 'schritte' },
      { text: 'Ich lasse bis Ende April beim Ärztlichen Dienst prüfen, welche Arbeit ich trotz Rückenschmerzen machen kann.', section: 'schritte' },
    ],
  },
};
export default rule;
