/**
 * Tokens and sentences with offsets into the original text.
 *
 * `Intl.Segmenter('de')` and de-compromise both split German sentences, but the first breaks after
 * "15.", "Dr." and "z." and the second costs several ms per plan (see the project's GERMAN-NLP notes),
 * too slow for a check on every keystroke. Plan entries are short; a splitter that knows German
 * abbreviations and ordinal dates is enough and runs in microseconds.
 */
import { monthNumber } from './months';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased (German locale). */
  lower: string;
  start: number;
  end: number;
  /** 'word' (letters, may contain - . ' inside), 'num' (digits, dates like 13.03.2026, 10:30, 1,5), 'punct'. */
  kind: 'word' | 'num' | 'punct';
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Words that end with a dot but do not end a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'hr', 'hrn', 'fr', 'str', 'nr', 'tel', 'z', 'b', 'bzw', 'ggf', 'evtl', 'ca', 'usw', 'etc', 'vgl', 'inkl',
  'zzgl', 'abs', 'bspw', 'd', 'h', 'u', 'a', 'v', 'm', 'i', 's', 'o', 'gem', 'lt', 'max', 'min', 'mind', 'std',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'kw', 'allg', 'geb',
  'sog', 'u.a', 'z.b', 'd.h', 'i.v.m', 'u.u', 'o.ä', 'ggfs', 'gegr', 'bzgl', 'inkl', 'zw', 'tägl', 'wöch', 'mtl',
  'st', 'jh', 'jr', 'sen', 'dipl', 'ing', 'med', 'päd', 'soz', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  // before a company's name: "Fa. Brandt", "Gebr. Müller", "Inh. Frau Yıldız"
  'fa', 'gebr', 'inh',
  // references: "Ref.-Nr.", "Az. 123/45", "Vers.-Nr."
  'ref', 'az', 'aktz', 'vers', 'kd', 'kdin', 'kdn', 'kds', 'kdins', 'pers',
  // a room before its number: "Zi. 214", "Rm. 3"
  'zi', 'zimm', 'rm',
  // notes' short adverbs and prepositions: "tgl. 8 Uhr", "wg. Knie", "anschl. Praktikum", "ggü. dem Vermieter"
  'tgl', 'wg', 'anschl', 'ggü', 'zzt', 'zt', 'ehem', 'insb', 'einschl', 'abzgl', 'bes',
  // how often, cut ("Wöchentl. 2 Bew."): also with the capital of a note's first word
  'wöchentl', 'monatl', 'jährl', 'tägl', 'halbjährl', 'vierteljährl', 'regelm', 'mtl',
  // "sv-pfl. Stellen" (sozialversicherungspflichtig)
  'sv-pfl', 'svpfl', 'pfl',
  // "Führerschein Kl. B"
  'kl',
  // adjectives cut before their noun: "der ges. Betreuer", "ärztl. Attest", "gesundh. Einschränkungen", "vorauss. März"
  'ges', 'gesetzl', 'ärztl', 'gesundh', 'psych', 'berufl', 'schriftl', 'mündl', 'persönl', 'telef', 'zust', 'vorauss', 'voraussichtl', 'erfolgr',
  // "wö. Termin", "monatl./mtl.", "wchtl."
  'wö', 'wchtl', 'wtl',
]);
const CUT_LICH = /^\p{Ll}{2,}[^aeiouäöüyl\P{L}]l$/u;
// Abbreviations that end a company's name ("Glanz & Co.", "Müller GmbH & Co. KG", "Acme Ltd."): their dot ends the
// sentence only when a new sentence plainly follows — a capitalised word that is not a legal form ("KG", "OHG").
const COMPANY_END = new Set(['co', 'ltd', 'inc', 'corp']);

// A word: letters (any script), marks, digits inside, inner hyphens, apostrophes, and dots of abbreviations like "z.B.".
const TOKEN_RE =
  /(\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d+(?:[.:,/]\d+)*|§+|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*-?|[^\s\p{L}\p{M}\p{N}])/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: Token['kind'] = c >= 48 && c <= 57 ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLocaleLowerCase('de'), start: m.index + offset, end: m.index + offset + t.length, kind });
  }
  return out;
}

/** Words an ordinal stands before besides the months ("die 14. KW", "im 2. Lehrjahr", "am 3. Tag"). */
const ORDINAL_NOUNS = /^(kw|kalenderwoche|lebensjahr|stock|etage|klasse|woche|monat|monats|tag|tages|werktag|arbeitstag|quartal|halbjahr|semester|lehrjahr|ausbildungsjahr|termin|mal)$/;
/** Words before a number that make it an ordinal ("am 3. Tag", "ab dem 6. Monat", "im 2. Lehrjahr"). */
const BEFORE_ORDINAL = new Set(['am', 'im', 'zum', 'vom', 'beim', 'ab', 'bis', 'dem', 'den', 'der', 'des', 'die', 'das', 'jeden', 'jedem', 'jede', 'jedes', 'spätestens', 'frühestens']);
/** Capitalised words that start a new sentence after a date or number ("… bis zum 3. Ich melde …"). */
const SENTENCE_OPENERS = new Set(['ich', 'er', 'sie', 'es', 'wir', 'man', 'mein', 'meine', 'dann', 'danach', 'anschließend', 'außerdem', 'zudem', 'bitte', 'das', 'die', 'der', 'ein', 'eine', 'dabei', 'dafür', 'dort', 'hier', 'zusätzlich', 'frau', 'herr', 'kd', 'kdin']);

/** Does a "." after token i end the sentence? */
export function dotEndsSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next) return true;
  // "Ref.-Nr.", "Std.-Satz", "www.example.de": a dot with no space after it is inside a word or reference
  if (next.start === tokens[i]!.end && next.text !== ')' && next.text !== '“' && next.text !== '"') return false;
  // a street cut short before its number: "Hauptstr. 12", "Lindenstr. 4a"
  if (prev && prev.kind === 'word' && /str$/.test(prev.lower) && next.kind === 'num') return false;
  if (prev && prev.kind === 'word' && COMPANY_END.has(prev.lower)) {
    return next.kind === 'word' && isCapitalised(next) && /\p{Ll}/u.test(next.text.slice(1)) && next.text.length > 1;
  }
  // (and a "-lich" cut short, the way notes shorten adverbs: "wöchentl.", "gesundheitl.", "erforderl.", "tägl.")
  if (prev && prev.kind === 'word' && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 || CUT_LICH.test(prev.text))) {
    // "Herr A." ends the abbreviation; a sentence follows only if the next word is clearly a new sentence start
    // and the abbreviation is not a title or initial before a name. Single initials never end a sentence here.
    return false;
  }
  if (prev && prev.kind === 'num' && /^\d{1,2}$/.test(prev.text)) {
    // "am 3. Mai", "15. April", "die 14. KW": an ordinal, unless a capitalised non-month word follows
    // that starts a new sentence after a number at the end of a sentence ("Ich bin 45. Ich …") — rare; keep ordinals.
    if (next.kind === 'word' && (monthNumber(next.text) !== null || ORDINAL_NOUNS.test(next.lower))) return false;
    if (next.kind === 'num') return false;
    const before = tokens[i - 2];
    if (next.kind === 'word' && before?.kind === 'word' && BEFORE_ORDINAL.has(before.lower) && !SENTENCE_OPENERS.has(next.lower)) return false;
    if (next.kind === 'word' && next.text[0] === next.text[0]?.toLocaleLowerCase('de')) return false;
  }
  // A lower-case word after the dot does not start a sentence.
  if (next.kind === 'word' && next.text[0] === next.text[0]?.toLocaleLowerCase('de') && next.text[0] !== next.text[0]?.toLocaleUpperCase('de')) return false;
  return true;
}

export function splitSentences(text: string, tokens = tokenize(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let startTok = 0;
  const push = (endTok: number) => {
    if (endTok < startTok) return;
    const toks = tokens.slice(startTok, endTok + 1);
    if (toks.length) {
      const s = toks[0]!.start, e = toks[toks.length - 1]!.end;
      sentences.push({ start: s, end: e, text: text.slice(s, e), tokens: toks });
    }
    startTok = endTok + 1;
  };
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // a list marker that opens a line ("- Anmeldung …", "– Lebenslauf …", "* …", "1. …", "2) …") is not part of the
    // point: the sentence starts after it, so a rewrite keeps the marker where it is
    // (so does one after a semicolon where the entry opens with the same one: "- Lebenslauf aktualisieren; - Profil …")
    const opensItem = i === 0 || /\n/.test(text.slice(tokens[i - 1]!.end, t.start)) || (tokens[i - 1]!.text === ';' && tokens[0]!.text === t.text);
    const marker = i === startTok && opensItem ? listMarkerLength(tokens, i) : 0;
    if (marker) { startTok = i + marker; i += marker - 1; continue; }
    if (t.kind === 'punct') {
      // inside brackets nothing ends the sentence ("(Fa. DHL, Ref.-Nr. 10001) und bewirbt sich …")
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      if (depth > 0 && /^[.!?;]$/.test(t.text)) continue;
      if (t.text === '!' || t.text === '?' || t.text === ';') push(i);
      else if (t.text === '.' && dotEndsSentence(tokens, i)) push(i);
      else if (t.text === '•' || t.text === '·') { if (i > startTok) push(i - 1); startTok = i + 1; }
    }
    // a line break separates points written one per line, after a word or a sign ("… bis 556 €\n- Hr. Abdi …"); after
    // a sign only outside brackets
    const next = tokens[i + 1];
    if (startTok <= i && (t.kind !== 'punct' || depth === 0) && next && /\n/.test(text.slice(t.end, next.start))) push(i);
  }
  push(tokens.length - 1);
  return sentences;
}

/** How many tokens at i make a list marker followed by a space (0 if none): "-", "–", "*", "1.", "2)". */
function listMarkerLength(tokens: Token[], i: number): number {
  const t = tokens[i]!, next = tokens[i + 1], after = tokens[i + 2];
  const spaced = (a: Token, b: Token | undefined) => !!b && b.start > a.end;
  if (/^[-–*]$/.test(t.text) && spaced(t, next)) return 1;
  if (/^\d{1,2}$/.test(t.text) && next && /^[.)]$/.test(next.text) && next.start === t.end && spaced(next, after) && after!.kind === 'word' && isCapitalised(after!)) return 2;
  return 0;
}

export const isCapitalised = (t: Token): boolean =>
  t.kind === 'word' && t.text[0] !== t.text[0]!.toLocaleLowerCase('de');
