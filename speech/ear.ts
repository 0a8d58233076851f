/**
 * Plan text prepared for the ear: what a speech engine should say so that a listener hears the plan as it is
 * meant, not as the characters happen to be typed.
 *
 * - numbers as German words (cardinal, ordinal with the right ending, years: 1998 → "neunzehnhundert…"),
 * - dates ("bis zum 15.04.2026" → "bis zum fünfzehnten April zweitausendsechsundzwanzig"), times, amounts, percent,
 * - legal references ("§ 15a SGB II" → "Paragraf fünfzehn a Sozialgesetzbuch zwei"), authority abbreviations from
 *   the same lexicon the jargon rule uses (JARGON, without the parenthetical explanations meant for readers),
 *   common abbreviations ("z. B.", "ggf.", "KW 14" …),
 * - "Kunde/Kundin" and gender marks spelled out, bullets and list markers stripped.
 *
 * Never drops or changes a fact: every number of the text comes out as its word form (tests check this), names
 * and words stay as written. Pure: no DOM, no browser API. The language data (noun genders) is used when it is
 * loaded, only to say "eine Stunde" rather than "ein Stunde"; without it a small built-in list is used.
 */
import { explainedNextTo, JARGON, jargonVariant, spelledOut } from '../language/lexicon';
import { monthNumber } from '../language/months';
import { isLanguageLoaded } from '../language/language';
import { genderOf } from '../language/nouns';
import { cardinal, dateWords, digitWords, MONTH_NAMES, numberWords, ordinal, yearWords, type OrdinalEnding } from './numbers';

const MONTH_RE = '(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.)';
const monthOf = (w: string): number => monthNumber(w) ?? 0;

// ───────────────────────────── small helpers ─────────────────────────────

const L = '\\p{L}\\p{M}';
const B = `(?<![${L}\\p{N}])`;
const E = `(?![${L}\\p{N}])`;
const WEEKDAYS = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)';

/** Keeps a capital first letter where the abbreviation had one ("Z. B." at a sentence start → "Zum Beispiel"). */
function likeCase(written: string, word: string): string {
  const first = written.trim()[0] ?? '';
  return first && first !== first.toLocaleLowerCase('de') ? word[0]!.toLocaleUpperCase('de') + word.slice(1) : word;
}

/** Does a new sentence start right after `index`: end of text, or a word that typically opens a sentence? */
function sentenceEndsAt(s: string, index: number): boolean {
  const rest = s.slice(index);
  return /^\s*$/.test(rest) ||
    /^\s+[„"“]?(?:Ich|Wir|Sie|Er|Es|Die|Der|Das|Dann|Danach|Dafür|Dazu|Bei|Bis|Am|Zum|Im|Mein|Meine|Außerdem|Zusätzlich|Wenn|Falls|Hier|Dort)(?![\p{L}])/u.test(rest);
}
/** End of text, or a capitalised word next (after "usw.", a capital letter starts a new sentence). */
function capitalOrEndAt(s: string, index: number): boolean {
  return /^\s*$/.test(s.slice(index)) || /^\s+[„"“]?\p{Lu}/u.test(s.slice(index, index + 4));
}

// Words after which a date or ordinal takes the dative/accusative ending "-en" ("am dritten März").
const EN_CUE = new RegExp(
  `(?:^|[^${L}])(?:am|zum|vom|beim|im|ins|ans|aufs|dem|den|des|einem|einen|meinem|meinen|seinem|seinen|ihrem|ihren|jedem|jeden|diesem|diesen|bis|ab|seit|spätestens|frühestens|vor|nach|zwischen|für|um|einschließlich|inklusive|jeweils|zur|(?:in|an|auf|bei|mit|nach|von|zu|aus|seit|vor|während)\\s+der)\\s+` +
    `(?:${WEEKDAYS},?\\s+(?:den\\s+)?)?$`,
  'iu',
);
// Words after which an ordinal takes "-e" ("die dritte Woche").
const E_CUE = new RegExp(`(?:^|[^${L}])(?:der|die|das|meine|deine|seine|ihre|eine|jede|diese)\\s+$`, 'iu');

// Units and nouns often counted with digits, with their gender (for "ein"/"eine" before them) and singular.
const UNIT_GENDER: Record<string, 'm' | 'f' | 'n'> = {
  stunde: 'f', minute: 'f', woche: 'f', stelle: 'f', bewerbung: 'f', person: 'f', seite: 'f', sekunde: 'f',
  tag: 'm', monat: 'm', termin: 'm', kilometer: 'm', euro: 'm', cent: 'm', nachweis: 'm', kurs: 'm', werktag: 'm',
  jahr: 'n', mal: 'n', gespräch: 'n', prozent: 'n', angebot: 'n', kind: 'n', praktikum: 'n', quartal: 'n',
};
function genderGuess(noun: string): 'm' | 'f' | 'n' | null {
  const w = noun.toLocaleLowerCase('de');
  if (UNIT_GENDER[w]) return UNIT_GENDER[w]!;
  if (isLanguageLoaded()) return genderOf(noun);
  if (/(ung|heit|keit|schaft|ion|tät|ik|ur|ei|enz|anz|ie)$/.test(w)) return 'f';
  if (/(chen|lein|ment|um|tum)$/.test(w)) return 'n';
  return null;
}

// ───────────────────────────── the passes ─────────────────────────────

type Pass = (s: string) => string;

/** Bullets, list markers and line breaks: one point per line becomes one sentence per line. */
const lines: Pass = (s) => {
  const out: string[] = [];
  for (let line of s.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    line = line
      .replace(/^[ \t]*(?:[-–—•·*▪▫◦‣►▶>→✓✔☐☑❑■□○●]+[ \t]*)+/u, '')
      .replace(new RegExp(`^[ \\t]*\\(?(?:\\d{1,2}[.)]|[a-z]\\))[ \\t]+(?!${MONTH_RE}|KW|Kalenderwoche|Klasse|Stock|Etage|Woche|Monat|Lebensjahr)`, 'u'), '')
      .trim();
    if (!line) continue;
    out.push(/[.!?:;,]$/.test(line) ? line : line + '.');
  }
  // a single line keeps its own ending (no full stop is added to a text that had none)
  if (out.length === 1 && !/[.!?:;,]\s*$/.test(s.trim())) out[0] = out[0]!.replace(/\.$/, '');
  return out.join(' ').replace(/\s*[•·▪]\s*/g, '. ');
};

/** `canEnd`: the abbreviation may close a sentence, and its dot was also the full stop ('capital': when a capital follows). */
interface Abbrev { re: RegExp; say: string; canEnd?: 'capital' | 'end' }
const ab = (pattern: string, say: string, canEnd?: 'capital' | 'end'): Abbrev => ({ re: new RegExp(B + pattern, 'gu'), say, ...(canEnd ? { canEnd } : {}) });
const ABBREVIATIONS: Abbrev[] = [
  ab('[zZ]\\.\\s?[bB]\\.', 'zum Beispiel'),
  ab('[uU]\\.\\s?[aA]\\.', 'unter anderem', 'end'),
  ab('[dD]\\.\\s?[hH]\\.', 'das heißt'),
  ab('[iI]\\.\\s?[vV]\\.\\s?[mM]\\.', 'in Verbindung mit'),
  ab('[uU]\\.\\s?[uU]\\.', 'unter Umständen'),
  ab('[oO]\\.\\s?[äÄ]\\.', 'oder Ähnliches', 'capital'),
  ab('[uU]\\.\\s?[äÄ]\\.', 'und Ähnliches', 'capital'),
  ab('[oO]\\.\\s?[gG]\\.', 'oben genannt'),
  ab('[zZ]\\.\\s?[zZ]t?\\.', 'zurzeit'),
  ab('[eE]\\.\\s?V\\.', 'eingetragener Verein', 'capital'),
  ab('[gG]gfs?\\.', 'gegebenenfalls'),
  ab('[bB]zw\\.', 'beziehungsweise'),
  ab('[uU]sw\\.', 'und so weiter', 'capital'),
  ab('[eE]tc\\.', 'et cetera', 'capital'),
  ab('[cC]a\\.', 'circa'),
  ab('[iI]nkl\\.', 'inklusive'),
  ab('[eE]xkl\\.', 'exklusive'),
  ab('[eE]vtl\\.', 'eventuell'),
  ab('[bB]zgl\\.', 'bezüglich'),
  ab('[zZ]zgl\\.', 'zuzüglich'),
  ab('[vV]gl\\.', 'vergleiche'),
  ab('[mM]ind\\.', 'mindestens'),
  ab('[mM]ax\\.', 'maximal'),
  ab('[tT]ägl\\.', 'täglich'),
  ab('[wW]öch(?:entl)?\\.', 'wöchentlich'),
  ab('[mM]tl\\.', 'monatlich'),
  ab('[gG]em\\.', 'gemäß'),
  ab('[lL]t\\.', 'laut'),
  ab('[sS]og\\.', 'sogenannt'),
  ab('[gG]eb\\.', 'geboren'),
  ab('Tel\\.(?:-?Nr\\.)?', 'Telefon'),
  ab('Hr\\.(?=\\s*\\p{Lu})', 'Herr'),
  ab('Hrn\\.(?=\\s*\\p{Lu})', 'Herrn'),
  ab('Fr\\.(?=\\s*\\p{Lu})', 'Frau'),
  ab('Dr\\.', 'Doktor'),
  ab('Prof\\.', 'Professor'),
  ab('Abs\\.', 'Absatz'),
  ab('Art\\.(?=\\s*\\d)', 'Artikel'),
  ab('Nr\\.', 'Nummer'),
  ab('Tsd\\.', 'tausend'),
  ab('Mio\\.', 'Millionen'),
  ab('[fF]f\\.', 'und folgende', 'capital'),
  ab('[uU]\\.(?=\\s+\\p{Ll})', 'und'),
];

const WEEKDAY_ABBR: Record<string, string> = {
  mo: 'Montag', di: 'Dienstag', mi: 'Mittwoch', do: 'Donnerstag', fr: 'Freitag', sa: 'Samstag', so: 'Sonntag',
};

const abbreviations: Pass = (s) => {
  // weekday ranges and weekdays before a date: "Mo.–Fr.", "Mo-Fr", "Di., 14.04."
  s = s.replace(new RegExp(`${B}(Mo|Di|Mi|Do|Fr|Sa|So)\\.?\\s*(?:[-–]|bis)\\s*(Mo|Di|Mi|Do|Fr|Sa|So)\\.?${E}`, 'gu'), (_, a: string, b: string) =>
    `${WEEKDAY_ABBR[a.toLowerCase()]} bis ${WEEKDAY_ABBR[b.toLowerCase()]}`);
  s = s.replace(new RegExp(`${B}(Mo|Di|Mi|Do|Fr|Sa|So)\\.(?=,?\\s*\\d)`, 'gu'), (_, a: string) => WEEKDAY_ABBR[a.toLowerCase()]!);
  for (const a of ABBREVIATIONS) {
    a.re.lastIndex = 0;
    s = s.replace(a.re, (m: string, ...rest: unknown[]) => {
      const offset = rest[rest.length - 2] as number;
      const whole = rest[rest.length - 1] as string;
      const at = offset + m.length;
      const end = a.canEnd === 'capital' ? (capitalOrEndAt(whole, at) ? '.' : '') : a.canEnd === 'end' && /^\s*$/.test(whole.slice(at)) ? '.' : '';
      return likeCase(m, a.say) + end;
    });
  }
  // Kalenderwoche: "KW 14", "KW14", "14. KW"; "Std."/"Min." after a number are units
  s = s.replace(new RegExp(`${B}KW\\.?(?=\\s*\\d|${E})`, 'gu'), 'Kalenderwoche');
  const unit = (one: string, many: string) => (_: string, n: string) => `${n} ${n === '1' ? one : many}`;
  s = s.replace(/(?<![\p{N},])(\d+(?:,\d+)?)\s*(?:Std\.?|Stdn\.?|h)(?![\p{L}\p{N}])/gu, unit('Stunde', 'Stunden'));
  s = s.replace(/(?<![\p{N},])(\d+(?:,\d+)?)\s*(?:Min\.?|min\.?)(?![\p{L}\p{N}])/gu, unit('Minute', 'Minuten'));
  s = s.replace(/(\d)\s*km(?![\p{L}\p{N}])/gu, '$1 Kilometer');
  s = s.replace(new RegExp(`${B}Std\\.`, 'gu'), 'Stunden');
  return s;
};

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12, XIV: 14 };
const LAWS: Record<string, string> = {
  SGB: 'Sozialgesetzbuch', BGB: 'Bürgerliches Gesetzbuch', GG: 'Grundgesetz', AufenthG: 'Aufenthaltsgesetz', BEEG: 'Bundeselterngeldgesetz',
  GewO: 'Gewerbeordnung', AsylbLG: 'Asylbewerberleistungsgesetz', BAföG: 'Bundesausbildungsförderungsgesetz',
};

/** "§ 15a SGB II", "§§ 15, 16", "§ 13 Abs. 4 SGB X", "SGB III". */
const legal: Pass = (s) => {
  s = s.replace(/§§\s*/g, 'Paragrafen ');
  // "des § 31", "im § 15": the article asks for "Paragrafen"
  s = s.replace(/(?<![\p{L}])(des|dem|den|im|vom|zum|beim)(\s+)§\s*/giu, '$1$2Paragrafen ').replace(/§\s*/g, 'Paragraf ');
  // "Absatz 1 S. 2" → Satz
  s = s.replace(/(Absatz\s+\d+\s*)S\.\s*(?=\d)/gu, '$1Satz ');
  s = s.replace(new RegExp(`${B}(${Object.keys(LAWS).join('|')})(?:\\s*([IVX]+)${E})?`, 'gu'), (m, law: string, roman?: string) => {
    if (roman && ROMAN[roman] === undefined) return m;
    return LAWS[law]! + (roman ? ' ' + cardinal(ROMAN[roman]!) : '');
  });
  return s;
};

// Authority abbreviations: the jargon rule's own list, read without the reader's explanation in brackets; one whose
// meaning is not certain is spelled letter by letter ("P A D"), never read as a guess.
const JARGON_SAY = JARGON.map((j) => ({ term: j.term, say: j.meaning ? j.meaning.split(' (')[0]!.trim() : spelledOut(j.term) }));
const JARGON_RE = new RegExp(
  `(?<![${L}\\p{N}])(${JARGON_SAY.map((j) => j.term).sort((a, b) => b.length - a.length).join('|')})(\\.?)(?![${L}\\p{N}])`,
  'gu',
);
const JARGON_MAP = new Map(JARGON_SAY.map((j) => [j.term, j.say]));
const JARGON_TERMS = JARGON_SAY.map((j) => j.term).sort((a, b) => b.length - a.length).join('|');
// "AGH (Arbeitsgelegenheit)": the abbreviation and the explanation after it; "… Eingliederungszuschuss (EGZ)": the
// abbreviation alone in brackets after the written-out word.
const JARGON_THEN_MEANING = new RegExp(`(?<![${L}\\p{N}])(${JARGON_TERMS})\\s*\\(([^()]{3,100})\\)`, 'gu');
const MEANING_THEN_JARGON = new RegExp(`\\s*\\(\\s*(${JARGON_TERMS})\\s*\\)`, 'gu');

// Heads of the meanings that start with adjectives, for the adjective endings after an article ("zum Ärztlichen Dienst").
const HEAD_GENDER: Record<string, 'm' | 'f' | 'n' | 'pl'> = {
  dienst: 'm', service: 'm', person: 'f', ansprechperson: 'f', bildungsmaßnahme: 'f', fachvermittlung: 'f', ausbildung: 'f',
  hilfen: 'pl',
};
const EN_AFTER: Record<'m' | 'f' | 'n' | 'pl', RegExp> = {
  m: /^(?:dem|zum|vom|beim|im|am|einem|den|des|einen|meinem|meinen|ihrem|ihren|seinem|seinen)$/i,
  f: /^(?:der|zur|einer|meiner|ihrer|seiner)$/i,
  n: /^(?:dem|zum|vom|beim|im|am|einem|des)$/i,
  pl: /^(?:die|den|der|meine|meinen|meiner|keine|keinen)$/i,
};
/** Adjective endings of an expanded abbreviation after the article before it: "zum ÄD" → "zum Ärztlichen Dienst". */
function agree(say: string, before: string): string {
  const words = say.split(' ');
  let i = 0;
  while (i < words.length - 1 && /(?:e|er|es)$/.test(words[i]!) && !HEAD_GENDER[words[i]!.toLocaleLowerCase('de')]) i++;
  const gender = HEAD_GENDER[words[i]?.toLocaleLowerCase('de') ?? ''];
  if (i === 0 || !gender) return say;
  const m = before.match(/(^|[.!?:]\s*|[\p{L}]+\s+)([\p{L}]+)\s*$/u);
  const article = m?.[2];
  if (!article) return say;
  // "Der eLb meldet sich": a sentence-initial "der" is the subject's article, whatever the meaning's gender
  const sentenceStart = m![1] === '' || /[.!?:]/.test(m![1]!);
  if (sentenceStart && /^der$/i.test(article) && gender !== 'm') return say;
  let to: 'en' | 'e' | null = null;
  if (EN_AFTER[gender].test(article)) to = 'en';
  else if (gender === 'm' && /^der$/i.test(article)) to = 'e';
  if (!to) return say;
  for (let k = 0; k < i; k++) words[k] = words[k]!.replace(/(?:e|er|es)$/, to === 'en' ? 'en' : 'e');
  return words.join(' ');
}

const jargon: Pass = (s) => {
  // A text written all in capitals ("ICH MELDE MICH AN") has no abbreviations to expand.
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length > 12 && upper.length / letters.length > 0.6) return s;
  // Written out right next to it: the plain word once ("AGH (Arbeitsgelegenheit)", "Eingliederungszuschuss (EGZ)").
  const explained = s
    .replace(JARGON_THEN_MEANING, (m, term: string, inner: string, offset: number, whole: string) =>
      (explainedNextTo(whole, offset, offset + term.length) ? inner.trim() : m))
    .replace(MEANING_THEN_JARGON, (m, term: string, offset: number, whole: string) => {
      const at = offset + m.indexOf(term);
      return explainedNextTo(whole, at, at + term.length) ? '' : m;
    });
  const expanded = explained.replace(JARGON_RE, (m, term: string, dot: string, offset: number, whole: string) => {
    const say = agree(JARGON_MAP.get(term)!, whole.slice(Math.max(0, offset - 80), offset));
    if (!dot) return say;
    // "Kd. meldet sich" – the dot belongs to the abbreviation; a dot before anything else is a full stop
    return say + (/^\s*\p{Ll}/u.test(whole.slice(offset + m.length)) ? '' : '.');
  });
  // Spelling variants the jargon rule knows too ("AG-S", "sv-pflichtig"): their plain replacement, where there is one.
  return expanded.replace(/[\p{L}]+(?:-[\p{L}]+)+/gu, (word) => jargonVariant(word)?.replacement ?? word);
};

/** Telephone numbers digit by digit, in their groups: "Tel. 0561 701-1234" → "null fünf sechs eins, sieben null eins, …". */
const phones: Pass = (s) =>
  s.replace(
    /((?:Telefon|Telefonnummer|Handy|Handynummer|Mobil|Mobilnummer|Fax|Rufnummer|Durchwahl)\s*:?\s*)(\+?\(?\d[\d\s/()-]{2,}\d)/giu,
    (_, lead: string, num: string) => lead + phoneWords(num),
  ).replace(/(?<![\p{L}\p{N}])\+(\d{2})[\s-]?(\d{2,5})[\s/-]?(\d{3,})/gu, (m) => phoneWords(m));

function phoneWords(num: string): string {
  const groups = num.split(/[\s/()-]+/).filter(Boolean);
  return groups.map((g) => (g.startsWith('+') ? 'plus ' + digitWords(g) : digitWords(g))).join(', ');
}

function hourWord(h: number): string {
  return h === 1 ? 'ein' : cardinal(h);
}
function clock(h: string, m: string | undefined, withUhr: boolean): string {
  const hh = Number(h), mm = m ? Number(m) : 0;
  return `${hourWord(hh)}${withUhr ? ' Uhr' : ''}${mm ? ' ' + cardinal(mm) : ''}`;
}
const validClock = (h: string, m?: string) => Number(h) <= 24 && (!m || Number(m) < 60);

/** "14:30 Uhr", "9 Uhr", "8.30 Uhr", "9–12 Uhr", "von 10.00 bis 12.30 Uhr", "um 14:30". */
const times: Pass = (s) => {
  s = s.replace(
    new RegExp(`${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:[-–]|bis)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*Uhr${E}`, 'gu'),
    (m, h1: string, m1: string | undefined, h2: string, m2: string | undefined) => {
      if (!validClock(h1, m1) || !validClock(h2, m2)) return m;
      const first = m1 && Number(m1) ? clock(h1, m1, true) : hourWord(Number(h1));
      return `${first} bis ${clock(h2, m2, true)}`;
    },
  );
  s = s.replace(new RegExp(`${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*Uhr${E}`, 'gu'), (m, h: string, mm?: string) =>
    validClock(h, mm) ? clock(h, mm, true) : m);
  s = s.replace(new RegExp(`${B}(\\d{1,2}):(\\d{2})${E}`, 'gu'), (m, h: string, mm: string) => (validClock(h, mm) ? clock(h, mm, true) : m));
  return s;
};

const NUM_DATE = '(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2})(?![\\d]))?';
const ISO_DATE = '(\\d{4})-(\\d{2})-(\\d{2})';
const WORD_DATE = `(\\d{1,2})\\.?\\s*${MONTH_RE}(?:\\s+(\\d{4}))?`;
const DATE_RE = new RegExp(`${B}(?:${NUM_DATE}|${ISO_DATE}|${WORD_DATE})${E}`, 'gu');
// "3.–5. März", "3. bis 5. Mai 2026"
const DAY_RANGE_RE = new RegExp(`${B}(\\d{1,2})\\.\\s*(?:[-–]|bis)\\s*(\\d{1,2})\\.\\s*${MONTH_RE}(?:\\s+(\\d{4}))?${E}`, 'gu');
const expandYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const validDate = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** Dates of every written form, with the ending the words before them call for. */
const dates: Pass = (s) => {
  s = s.replace(DAY_RANGE_RE, (m, d1: string, d2: string, mo: string, y: string | undefined, offset: number, whole: string) => {
    const month = monthOf(mo);
    if (!validDate(Number(d1), month) || !validDate(Number(d2), month)) return m;
    const ending: OrdinalEnding = EN_CUE.test(whole.slice(Math.max(0, offset - 80), offset)) ? 'en' : 'er';
    return `${ordinal(Number(d1), ending)} bis ${dateWords(Number(d2), month, y ? Number(y) : undefined, ending)}`;
  });
  // "01.04.–30.04.2026": the dash between two dates is read "bis"
  s = s.replace(/(?<![\p{N}])(\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?)\s*[-–]\s*(?=\d{1,2}\.\s?\d{1,2}\.)/gu, '$1 bis ');
  let lastDativeEnd = -1;
  s = s.replace(DATE_RE, (...args: unknown[]) => {
    const m = args[0] as string;
    const g = args.slice(1, 10) as Array<string | undefined>;
    const offset = args[10] as number;
    const whole = args[11] as string;
    let d: number, mo: number, y: number | undefined;
    if (g[0]) { d = Number(g[0]); mo = Number(g[1]); y = g[2] ? expandYear(g[2]) : undefined; }
    else if (g[3]) { y = Number(g[3]); mo = Number(g[4]); d = Number(g[5]); }
    else { d = Number(g[6]); mo = monthOf(g[7]!); y = g[8] ? Number(g[8]) : undefined; }
    if (!validDate(d, mo)) return m;
    const before = whole.slice(Math.max(0, offset - 80), offset);
    const chained = lastDativeEnd >= 0 && /^\s*(?:,|und|oder|sowie|beziehungsweise|bis|[-–])\s*$/u.test(whole.slice(lastDativeEnd, offset));
    const opensRange = /^\s*bis\s+\d/u.test(whole.slice(offset + m.length));
    const dative = EN_CUE.test(before) || chained || opensRange;
    if (dative) lastDativeEnd = offset + m.length;
    const endDot = g[0] && !g[2] && sentenceEndsAt(whole, offset + m.length) ? '.' : '';
    return dateWords(d, mo, y, dative ? 'en' : 'er') + endDot;
  });
  // month and year: "03/2026", "04.2026", "im März 2026" (the year is read below)
  s = s.replace(new RegExp(`${B}(\\d{1,2})\\s*[/.]\\s*(\\d{4})${E}`, 'gu'), (m, mo: string, y: string) =>
    Number(mo) >= 1 && Number(mo) <= 12 ? `${MONTH_NAMES[Number(mo)]} ${yearWords(Number(y))}` : m);
  s = s.replace(new RegExp(`${MONTH_RE}\\s+(\\d{4})${E}`, 'gu'), (_, mo: string, y: string) => `${MONTH_NAMES[monthOf(mo)]} ${yearWords(Number(y))}`);
  // Kalenderwoche 14/2026
  s = s.replace(/Kalenderwoche\s*(\d{1,2})\s*\/\s*(\d{4})/gu, (_, w: string, y: string) => `Kalenderwoche ${cardinal(Number(w))} im Jahr ${yearWords(Number(y))}`);
  s = s.replace(/Kalenderwoche\s*(\d{1,2})(?!\d)/gu, (_, w: string) => `Kalenderwoche ${cardinal(Number(w))}`);
  return s;
};

/** "3-4 Bewerbungen", "50–100 €" → "bis" (dates, times and phone numbers are words by now). */
const ranges: Pass = (s) => s.replace(/(?<![\p{L}\p{N}.,])(\d+(?:,\d+)?)\s*[-–]\s*(?=\d)/gu, '$1 bis ');

/** "2x pro Woche", "3 × wöchentlich" → "zweimal", "dreimal". */
const multiples: Pass = (s) =>
  s.replace(/(?<![\p{L}\p{N}.,])(\d{1,3})\s?[x×](?![\p{L}\p{N}])/gu, (_, n: string) => (Number(n) === 1 ? 'einmal' : cardinal(Number(n)) + 'mal'));

const AMOUNT = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}|-{1,2}|–))?';
function euros(int: string, dec: string | undefined): string {
  const e = Number(int.replace(/\./g, ''));
  const c = dec && /^\d+$/.test(dec) ? Number(dec.length === 1 ? dec + '0' : dec) : 0;
  if (!e && c) return `${cardinal(c)} Cent`;
  return `${e === 1 ? 'ein' : cardinal(e)} Euro${c ? ' ' + cardinal(c) : ''}`;
}
/** "50 €", "12,50 Euro", "260 EUR", "€ 1.200,-", "50 ct", "20 %". */
const money: Pass = (s) => {
  s = s.replace(new RegExp(`(?:€|${B}EUR)\\s*${AMOUNT}(?![\\p{N}])`, 'gu'), (_, i: string, d?: string) => euros(i, d));
  s = s.replace(new RegExp(`${B}${AMOUNT}\\s*(?:€|EUR${E}|Euro${E})`, 'gu'), (_, i: string, d?: string) => euros(i, d));
  s = s.replace(new RegExp(`${B}(\\d+)\\s*(?:ct|Cent)${E}`, 'gu'), (_, c: string) => `${Number(c) === 1 ? 'ein' : cardinal(Number(c))} Cent`);
  s = s.replace(/€/g, 'Euro');
  s = s.replace(new RegExp(`${B}(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*(?:%|Prozent${E})`, 'gu'), (_, i: string, d?: string) =>
    `${numberWords(d ? `${i},${d}` : i)} Prozent`);
  return s.replace(/%/g, ' Prozent');
};

const ORDINAL_NOUNS = new Set([
  'klasse', 'stock', 'etage', 'obergeschoss', 'lebensjahr', 'woche', 'monat', 'termin', 'gespräch', 'versuch', 'mal',
  'quartal', 'halbjahr', 'semester', 'ausbildungsjahr', 'lehrjahr', 'schuljahr', 'stufe', 'kalenderwoche', 'tag', 'jahr',
  'platz', 'stelle', 'runde', 'schritt', 'modul', 'abschnitt', 'teil', 'kapitel',
]);

/** "im 3. Monat", "die 2. Woche", "14. Kalenderwoche", "am 3." – ordinals outside dates. */
const ordinals: Pass = (s) =>
  s.replace(/(?<![\p{L}\p{N}.,])(\d{1,3})\.(?=(\s+)([\p{L}]+)|\s*$)/gu, (m, n: string, _sp: string | undefined, next: string | undefined, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 80), offset);
    const cueEn = EN_CUE.test(before);
    const cueE = E_CUE.test(before);
    const nextLower = next ? next.toLocaleLowerCase('de') : '';
    const nounAfter = next !== undefined && ORDINAL_NOUNS.has(nextLower);
    const lowerAfter = next !== undefined && next[0] === next[0]!.toLocaleLowerCase('de') && next[0] !== next[0]!.toLocaleUpperCase('de');
    if (!cueEn && !cueE && !nounAfter && !lowerAfter) return m; // "Ich schreibe 3. Dann …": a number at a sentence end
    const ending: OrdinalEnding = cueEn ? 'en' : cueE ? 'e' : nounAfter && UNIT_GENDER[nextLower] === 'm' ? 'er' : nounAfter && UNIT_GENDER[nextLower] === 'n' ? 'es' : 'e';
    return ordinal(Number(n), ending) + (next === undefined ? '.' : '');
  });

const FRACTIONS: Record<string, string> = { '1/2': 'ein halb', '1/3': 'ein Drittel', '2/3': 'zwei Drittel', '1/4': 'ein Viertel', '3/4': 'drei Viertel' };
const NOT_YEAR_AFTER = /^\s*(?:€|EUR|Euro|Cent|ct|Prozent|%|Stunden|Minuten|Kilometer|km|Meter|m|Bewerbungen|Stellen|Tage|Wochen|Monate|Personen|Zeichen|Wörter|Seiten|mal|x)(?![\p{L}])/u;
const CONJ_AFTER_ONE = /^(?:und|oder|bis|von|pro|je|zu|mal|im|in|am|an|aus|bei|mit)$/;

/** Every remaining number: decimals, thousands, leading zeros, years, "1" before a noun, digits glued to letters. */
const numbers: Pass = (s) => {
  s = s.replace(/(?<![\p{N}/])([1-3])\/([2-4])(?![\p{N}/])/gu, (m) => FRACTIONS[m] ?? m);
  // digits glued to a word: "B1", "16e", "U-18", "3D"
  s = s.replace(/(\p{L})(\d)/gu, '$1 $2').replace(/(\d)(\p{L})/gu, '$1 $2');
  s = s.replace(/(?<![0-9])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![0-9])/gu, (m, int: string, dec: string | undefined, offset: number, whole: string) => {
    if (dec) return numberWords(`${int},${dec}`);
    if (int.includes('.')) return cardinal(Number(int.replace(/\./g, '')));
    if (int.length > 1 && int.startsWith('0')) return digitWords(int);
    if (int.length >= 7) return digitWords(int);
    const n = Number(int);
    const after = whole.slice(offset + m.length);
    if (n >= 1100 && n <= 1999 && !NOT_YEAR_AFTER.test(after)) return yearWords(n);
    if (n === 1) {
      const words = after.match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u);
      const w1 = words?.[1];
      if (w1 && !CONJ_AFTER_ONE.test(w1)) {
        const noun = /^\p{Lu}/u.test(w1) ? w1 : words?.[2] && /^\p{Lu}/u.test(words[2]) ? words[2] : null;
        return noun && genderGuess(noun.split('-').pop()!) === 'f' ? 'eine' : 'ein';
      }
      return 'eins';
    }
    return cardinal(n);
  });
  return s;
};

/** "Kunde/Kundin", "Ansprechpartner/in", "Mitarbeiter*innen", "BeraterIn", "Euro/Monat", "&". */
const symbols: Pass = (s) => {
  const gendered = (base: string, suffix: string): string => {
    const plural = /^innen$/i.test(suffix);
    const fem = (base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base) + (plural ? 'innen' : 'in');
    return plural ? `${base} und ${fem}` : `${base} oder ${fem}`;
  };
  s = s.replace(/([\p{L}]{2,})(?:\/-?|\*|:|_)(in|innen)(?![\p{L}])/gu, (_, base: string, suf: string) => gendered(base, suf));
  s = s.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(In|Innen)(?![\p{L}])/gu, (_, base: string, suf: string) => gendered(base, suf));
  s = s.replace(/\/\s*(Monat|Woche|Tag|Stunde|Jahr|Person|Kind|Termin)(?![\p{L}])/gu, ' pro $1');
  s = s.replace(/([\p{L}.])\s*\/\s*(?=[\p{L}])/gu, '$1 oder ');
  s = s.replace(/\s*&\s*/g, ' und ');
  s = s.replace(/\s*(?:->|=>|→|⇒)\s*/g, ': ');
  s = s.replace(/\s+\+\s+/g, ' und ');
  s = s.replace(/(?<=\s|^)~\s*/g, 'circa ');
  return s;
};

const tidy: Pass = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/([(„])\s+/g, '$1')
    .replace(/\.{2,}/g, '.')
    .replace(/([.!?])\.(?=\s|$)/g, '$1')
    .trim();

const PASSES: Pass[] = [lines, abbreviations, legal, jargon, phones, times, dates, ranges, multiples, money, ordinals, numbers, symbols, tidy];

/**
 * The text as it should be spoken. Pure and deterministic; an empty or blank text gives "".
 * Normalises odd spaces, soft hyphens and control characters first.
 */
export function forTheEar(text: string): string {
  let s = text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
  for (const pass of PASSES) s = pass(s);
  return s;
}
