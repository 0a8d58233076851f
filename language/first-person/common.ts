/**
 * What every construction's rewrite builds on: who speaks under a heading, finite verbs and their first person,
 * zu-infinitives, clause ends, the reflexive's case, edits applied to a sentence's text, and the word classes the
 * rewrites need to tell apart.
 */
import { firstPersonOf, infinitiveOfThird, isInfinitive, isPastSingular, isThirdPersonPresent, isVerbInfinitive, MODALS, tagsOf } from '../language';
import { SEPARABLE_PREFIXES, splitSeparable } from '../lexicon';
import { surelyPlural, type Gender } from '../nouns';
import { dotEndsSentence, isCapitalised, tokenize, type Sentence, type Token } from '../tokens';

/**
 * Who speaks under a plan heading, as the rewriting needs to know it: the client's wishes (the two goal headings,
 * rewritten as "Ich möchte …"), the client's own steps and concerns, the job centre's commitments, or others
 * (third parties). The language layer knows no plan sections; the rule maps its section to a voice.
 */
export type Voice = 'wish' | 'own' | 'jobcentre' | 'others';
/** The client speaks: the goals, the own steps, what else matters. */
export const clientSpeaks = (v: Voice): boolean => v === 'wish' || v === 'own';

export interface Edit { start: number; end: number; text: string }

const IRREGULAR_FINITE = new Set([
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können',
  'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'darf', 'dürfen', 'mag', 'möchte', 'möchten', 'gibt', 'geht', 'weiß',
  'bin', 'bist', 'seid', 'habe', 'werde', 'erfolgt', 'erfolgen', 'führen', 'führt', 'findet', 'finden', 'gilt', 'gelten',
]);
const NOT_VERB_T = new Set([
  'nicht', 'jetzt', 'bereits', 'erst', 'selbst', 'sonst', 'meist', 'zuletzt', 'zunächst', 'direkt', 'fest', 'oft', 'mit', 'seit',
  'recht', 'weit', 'gut', 'spät', 'fit', 'insgesamt', 'gesamt', 'konkret', 'bekannt', 'komplett', 'korrekt', 'perfekt', 'exakt',
  'kompakt', 'bunt', 'halt', 'nachts', 'bestmöglich', 'mindestens', 'höchstens', 'erstmal', 'stadt', 'samt', 'statt', 'bisschen',
  'arbeitslos', 'breit', 'leicht', 'schlecht', 'nett', 'heut', 'beschäftigt', 'bezahlt', 'befristet', 'geeignet', 'gesucht',
]);
const PERSON_TAGS = new Set(['ThirdPerson', 'FirstPerson', 'SecondPerson', 'FirstPersonPlural', 'SecondPersonPlural']);

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
/** The short "u." for "und" ("meldet sich an u. bringt …"), not "u. a." or "u. U.". */
export const UND_SHORT = /(?<![\p{L}.])u\.(?=\s+(?![aU]\.))/gu;
export const isLower = (t: Token): boolean => t.kind === 'word' && !isCapitalised(t);
/** A preposition, as the lexicon tags it ("für", "bei", "auf"). */
export const isPreposition = (t: Token | undefined): boolean => isWord(t) && tagsOf(t.lower).includes('Preposition');

/** A conjugated verb form (not an infinitive or participle). Lower-case words only: German nouns are capitalised. */
export function looksFinite(t: Token): boolean {
  // (an article is no verb, whatever the lexicon says of "eine" — "einen", to unite: "Herrn P. eine Umschulung
  // ermöglichen" had become "Mir eint Umschulung …")
  if (!isLower(t) || ARTICLE.test(t.lower)) return false;
  if (IRREGULAR_FINITE.has(t.lower)) return true;
  const tags = tagsOf(t.lower);
  if (tags.length) return (tags.some((x) => PERSON_TAGS.has(x)) && !tags.includes('Participle')) || isThirdPersonPresent(t.lower);
  if (isThirdPersonPresent(t.lower)) return true;
  return t.lower.length > 3 && /[^s]t$/.test(t.lower) && !NOT_VERB_T.has(t.lower) && !/(?:ig|lich|isch|haft|sam|bar|los)t?$/.test(t.lower);
}

const SUBJUNCTIVE_FIRST: Record<string, string> = { sei: 'bin', habe: 'habe', wolle: 'will', könne: 'kann', müsse: 'muss', dürfe: 'darf', solle: 'soll', werde: 'werde' };

const ARTICLE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines|der|die|das|den|dem|des)$/;

/** First person singular of a finite form spoken by a third person ("nimmt" → "nehme") or by "Sie" ("melden" → "melde"). */
export function conjugateFirst(lower: string, formal: boolean): string | null {
  if (formal) {
    const map: Record<string, string> = { sind: 'bin', haben: 'habe', werden: 'werde', waren: 'war', wurden: 'wurde', hatten: 'hatte' };
    if (map[lower]) return map[lower]!;
    // a weak simple past: "Sie meldeten" → "ich meldete"
    if (/ten$/.test(lower) && isPastSingular(lower.slice(0, -1))) return lower.slice(0, -1);
    if (isInfinitive(lower) || /(?:en|ern|eln)$/.test(lower)) return firstPersonOf(lower);
    return null;
  }
  if (MODALS[lower]) return MODALS[lower]!;
  // a report's subjunctive, in her voice the indicative: "er sei" → "ich bin", "sie könne" → "ich kann"
  if (SUBJUNCTIVE_FIRST[lower]) return SUBJUNCTIVE_FIRST[lower]!;
  // the simple past has one form for "ich" and "er": "hatte", "wurde", "meldete"
  if (isPastSingular(lower)) return lower;
  if (lower === 'ist') return 'bin';
  if (lower === 'hat') return 'habe';
  if (lower === 'weiß') return 'weiß';
  const inf = infinitiveOfThird(lower);
  if (inf) return firstPersonOf(inf);
  if (/(?:d|t|chn|ffn|gn|dm|tm)et$/.test(lower)) return lower.slice(0, -1);
  if (/[^s]t$/.test(lower) && lower.length > 3) return lower.slice(0, -1) + 'e';
  return null;
}

// Verbs whose reflexive pronoun is dative ("Ich besorge mir …"), also as the infinitive after "lassen" ("lasse mir
// bescheinigen", "lasse mir erklären": someone certifies or explains something to me).
export const DATIVE_REFLEXIVE = new Set([
  // ("ist sich sicher", "ist sich bewusst": with "sein" always the dative)
  'sein', 'besorgen', 'holen', 'ansehen', 'anschauen', 'überlegen', 'merken', 'vornehmen', 'aneignen', 'beschaffen', 'leisten', 'wünschen',
  'kaufen', 'suchen', 'nehmen', 'notieren', 'ausdrucken', 'erarbeiten', 'bescheinigen', 'ausstellen', 'erklären', 'zeigen', 'geben',
  'schicken', 'bestätigen', 'aufschreiben', 'abholen', 'ausleihen', 'organisieren', 'einrichten', 'anlegen', 'zulegen', 'gönnen',
]);

// The perfect participles of those verbs ("hat sich vorgenommen" → vornehmen → "habe mir vorgenommen").
const DATIVE_PARTICIPLES: Record<string, string> = {
  besorgt: 'besorgen', geholt: 'holen', abgeholt: 'abholen', angesehen: 'ansehen', angeschaut: 'anschauen', überlegt: 'überlegen',
  gemerkt: 'merken', vorgenommen: 'vornehmen', angeeignet: 'aneignen', beschafft: 'beschaffen', geleistet: 'leisten',
  gewünscht: 'wünschen', gekauft: 'kaufen', gesucht: 'suchen', ausgesucht: 'aussuchen', genommen: 'nehmen', notiert: 'notieren',
  ausgedruckt: 'ausdrucken', erarbeitet: 'erarbeiten', aufgeschrieben: 'aufschreiben', ausgeliehen: 'ausleihen',
  organisiert: 'organisieren', eingerichtet: 'einrichten', angelegt: 'anlegen', zugelegt: 'zulegen', gegönnt: 'gönnen',
};

/** The infinitive of a participle of a dative-reflexive verb ("vorgenommen" → "vornehmen"), or null. */
export const dativeParticipleInfinitive = (lower: string): string | null => DATIVE_PARTICIPLES[lower] ?? null;

/**
 * Is the reflexive of this verb dative? The verb itself, or its base after a separable particle: "sich etwas
 * aussuchen" is "suchen" with "aus" → "suche mir … aus".
 */
export function dativeReflexive(inf: string): boolean {
  if (DATIVE_REFLEXIVE.has(inf)) return true;
  const [particle, base] = splitSeparable(inf);
  return particle !== null && DATIVE_REFLEXIVE.has(base);
}

const TIME_NOUN = /^(?:tag|tage|woche|wochen|monat|monate|jahr|jahre|mal|stunde|stunden|minute|minuten|zeit|wochenende|vormittag|nachmittag|abend|nacht|semester|quartal)$/;
const OBJECT_DET = /^(?:einen|den|die|das|eine|ein|meinen|meine|mein|seinen|seine|sein|ihren|ihre|keinen|keine|kein|diesen|diese|dieses)$/;
const COUNT = /^(?:zwei|drei|vier|fünf|mehrere|\d+)$/;
// the adverbs that may stand between a reflexive and its object ("sich auch …", "sich noch keine …")
const BETWEEN = /^(?:auch|noch|gut|sehr|durchaus|schon|gerne|gern|eher|zunächst|ebenfalls|sogar)$/;
const PERSON_PLURAL = /(?:innen|leute|leuten|kinder|kindern|eltern|geschwister|geschwistern|kollegen|kunden|mitarbeitern?|arbeitgebern?|beratern?|ärzten?|firmen|betrieben?|unternehmen)$/;
/**
 * Has the reflexive at k an accusative object of its own before `end` (its clause)? Then the reflexive is dative:
 * "verschafft sich einen Überblick" → "verschaffe mir", "lässt sich die Einschränkungen attestieren" → "lasse mir".
 * Not an object: a time ("meldet sich einen Tag vorher"), a phrase after a preposition, a dative plural ("stellt sich
 * den Arbeitgebern vor").
 */
export function reflexiveHasObject(toks: Token[], k: number, end: number): boolean {
  for (let i = k + 1; i <= end && i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    // a count right after the reflexive, before its noun, is an object too ("stellt sich zwei Wecker", "sucht sich 2
    // Praktikumsplätze"; not "3 Tage vorher")
    if (i === k + 1 && COUNT.test(t.lower) && (t.kind === 'num' || isWord(t))) {
      const noun = toks[i + 1];
      if (isWord(noun) && isCapitalised(noun) && !TIME_NOUN.test(noun.lower)) return true;
      continue;
    }
    // "kann sich auch Nachtschichten vorstellen": what one can imagine, a bare plural, is an object too (not whom one
    // introduces oneself to, "stellt sich Betrieben vor" — only after "kann"/"könnte", whose "vorstellen" imagines)
    if (i > k && toks.slice(k + 1, i).every((x) => isWord(x) && BETWEEN.test(x.lower)) && isWord(t) && isCapitalised(t) && surelyPlural(t.text) &&
      !TIME_NOUN.test(t.lower) && !PERSON_PLURAL.test(t.lower) && toks[i + 1]?.lower === 'vorstellen' && /^(?:kann|könnte|können|konnte)$/.test(toks[k - 1]?.lower ?? '')) return true;
    if (!isWord(t) || !OBJECT_DET.test(t.lower)) continue;
    if (isWord(prev) && (tagsOf(prev.lower).includes('Preposition') || PREP_CASE[prev.lower] || /^(?:an|auf|in|über|unter|vor|hinter|neben|zwischen|bis|ab|als|wie)$/.test(prev.lower))) continue;
    let j = i + 1;
    while (j <= end && isWord(toks[j]) && isLower(toks[j]!)) j++;
    const noun = toks[j];
    if (!isWord(noun) || !isCapitalised(noun) || TIME_NOUN.test(noun.lower)) continue;
    // "den Arbeitgebern", "den Kindern": a dative plural (so is anything after "den" in -en/-ern/-eln here)
    if (t.lower === 'den' && /(?:ern|eln|en)$/.test(noun.lower)) continue;
    return true;
  }
  return false;
}

// Verbs that are reflexive when they have no object of their own ("krank melden" → "melde mich krank", "bei drei
// Firmen bewerben" → "bewerbe mich", "Kümmern um einen Platz" → "kümmere mich um …").
export const REFLEXIVE_WITHOUT_OBJECT = /^(?:melden|krankmelden|anmelden|abmelden|zurückmelden|bewerben|vorstellen|erkundigen|bemühen|kümmern|informieren|vorbereiten|weiterbilden|qualifizieren|orientieren|umorientieren|neuorientieren|beteiligen|einbringen|engagieren|registrieren|einschreiben|einarbeiten|einleben|zurechtfinden)$/;

export function applyEdits(text: string, offset: number, edits: Edit[]): string {
  let out = '';
  let pos = offset;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos - offset, e.start - offset) + e.text;
    pos = e.end;
    // a deletion that brings a date's or an abbreviation's dot next to the sentence's own ("bis 30.04. zu stellen." →
    // "bis 30.04."): one dot, not two
    if (!e.text && out.endsWith('.') && !out.endsWith('..') && text.charAt(pos - offset) === '.' && text.charAt(pos - offset + 1) !== '.') pos++;
  }
  return out + text.slice(pos - offset);
}

/** Do any two edits touch the same text (a token rewritten twice would come out doubled: "kannkann")? */
export function overlapping(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.some((e, i) => i > 0 && e.start < sorted[i - 1]!.end);
}

/** Removes a token together with the space before it. */
export function deleteToken(s: Sentence, t: Token): Edit {
  const before = s.text.slice(0, t.start - s.start);
  const spaces = before.length - before.trimEnd().length;
  return { start: t.start - spaces, end: t.end, text: '' };
}

/** A zu-infinitive at the end: "vorzulegen" → particle "vor", base "legen"; "zu erscheinen" → base "erscheinen". */
export function zuInfinitive(toks: Token[], i: number): { particle: string | null; base: string; from: number } | null {
  const t = toks[i];
  if (!isWord(t) || !isLower(t)) return null;
  const m = /^(\p{L}+?)zu(\p{L}{3,}(?:en|ern|eln))$/u.exec(t.lower);
  if (m && infinitiveAfterZu(m[1]! + m[2]!)) {
    const [p, base] = splitSeparable(m[1]! + m[2]!);
    if (p === m[1]) return { particle: p, base, from: i };
  }
  const prev = toks[i - 1];
  // after "zu" a lower-case word is a verb, also where the lexicon knows only its noun ("zu unternehmen")
  if (prev?.lower === 'zu' && infinitiveAfterZu(t.lower)) return { particle: null, base: t.lower, from: i - 1 };
  return null;
}

/** After "zu" a verb form is its infinitive; the lexicon may list it only as a noun ("unternehmen") or a "wir" form ("durchführen"). */
function infinitiveAfterZu(lower: string): boolean {
  return isVerbInfinitive(lower) || (/(?:en|ern|eln)$/.test(lower) && tagsOf(lower).includes('FirstPersonPlural') && !!firstPersonOf(lower));
}

/**
 * Index of the last word of the clause that token i stands in (clauses end at a comma, colon or the sentence end); a
 * bracket at its end is an aside after it ("…, dass er … beantragen muss (Urlaub 02.–23.08.)": "muss").
 */
/** Is token j a dash between two numbers, written without spaces: a range, no clause boundary ("06/2026–11/2026")? */
export const rangeDash = (toks: readonly Token[], j: number): boolean =>
  /^[–-]$/.test(toks[j]!.text) && toks[j - 1]?.kind === 'num' && toks[j + 1]?.kind === 'num' && toks[j]!.start === toks[j - 1]!.end && toks[j + 1]!.start === toks[j]!.end;

export function clauseEndIndex(toks: Token[], i: number): number {
  let k = i;
  let depth = 0;
  while (k + 1 < toks.length && (depth > 0 || !/^[,;:–-]$/.test(toks[k + 1]!.text) || rangeDash(toks, k + 1))) {
    k++;
    if (toks[k]!.text === '(') depth++;
    else if (toks[k]!.text === ')') depth = Math.max(0, depth - 1);
  }
  while (k > i && toks[k]!.kind === 'punct' && toks[k]!.text !== ')') k--;
  if (toks[k]?.text === ')') {
    let open = k;
    for (let d = 0; open > i; open--) {
      if (toks[open]!.text === ')') d++;
      else if (toks[open]!.text === '(' && --d === 0) break;
    }
    if (open > i + 1 && toks[open]!.text === '(') {
      k = open - 1;
      while (k > i && toks[k]!.kind === 'punct') k--;
    }
  }
  return k;
}

const CONJUNCT_EDGE = /^(?:und|oder|aber|sowie|,|;|–|\.)$/;
const JOINING = /^(?:und|oder|aber|sowie)$/;

/** The last token of the conjunct that holds k: up to "und"/"oder"/"aber"/"sowie", a comma, ";" or "–", its punctuation left out. */
export function conjunctEnd(toks: Token[], k: number): number {
  let end = k;
  // ("traut sich aber … zu": an "aber" right after the word it starts from is an adverb of its clause, no joint)
  // (an abbreviation's dot is no edge: "sich monatlich mind. 5 x zu bewerben")
  const edge = (j: number) => CONJUNCT_EDGE.test(toks[j]!.lower) && !(toks[j]!.text === '.' && !dotEndsSentence(toks, j));
  while (end + 1 < toks.length && (!edge(end + 1) || (end === k && toks[end + 1]!.lower === 'aber'))) end++;
  while (end > k && toks[end]!.kind === 'punct') end--;
  return end;
}

/** The end of a finite verb's own clause: to a comma, or before a second finite verb joined by "und" ("berät mich … und stellt … aus"). */
export function verbClauseEnd(toks: Token[], verbAt: number): number {
  const end = clauseEndIndex(toks, verbAt);
  const joined = toks.findIndex((t, k) => k > verbAt && k < end && JOINING.test(t.lower) && isWord(toks[k + 1]) && looksFinite(toks[k + 1]!));
  return joined > 0 ? joined - 1 : end;
}

export function hasFiniteVerbBeyond(toks: Token[], from: number): boolean {
  return toks.some((t, k) => k > from && looksFinite(t));
}

export function lastWordIndex(toks: Token[]): number {
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i]!.kind !== 'punct') return i;
  return -1;
}

/** A rewritten sentence with its end: no second full stop after a date's or an abbreviation's ("ab 13.04."). */
export function finish(body: string, punct: string): string {
  const p = punct || '.';
  return /\.$/.test(body) && /^\./.test(p.trimStart()) ? body + p.trimStart().slice(1) : body + p;
}

export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('de') + s.slice(1);
export const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);

// Names of languages are nouns ("Deutsch lernen", "Arabisch sprechen"); with an ending they are adjectives ("deutsche").
const LANGUAGE_NOUN = /^(?:deutsch|englisch|französisch|spanisch|italienisch|portugiesisch|russisch|ukrainisch|polnisch|tschechisch|slowakisch|rumänisch|bulgarisch|ungarisch|griechisch|türkisch|kurdisch|arabisch|persisch|farsi|dari|paschtu|albanisch|serbisch|kroatisch|bosnisch|mazedonisch|chinesisch|japanisch|vietnamesisch|somali|tigrinya|amharisch|niederländisch|schwedisch|litauisch|lettisch)$/;
export const isLanguageNoun = (t: Token): boolean => isCapitalised(t) && LANGUAGE_NOUN.test(t.lower);
const hasNounTag = (lower: string): boolean => tagsOf(lower).some((x) => /Noun$/.test(x));

/**
 * A capitalised word that opened the sentence and moves inside it: is it lower-cased there? Function words,
 * adverbs and adjectives are ("Täglich", "Regelmäßig", "Fehlende Unterlagen" → "fehlende Unterlagen"); nouns keep
 * their capital, the names of languages too ("Deutsch lernen" → "… Deutsch lernen").
 */
const ADVERB_WEISE = /(?:erweise|teilweise|schrittweise|stundenweise|tageweise|wochenweise|probeweise|ausnahmsweise|beispielsweise|vorzugsweise|leihweise|zeitweise|stückweise)$/;

export function lowerWhenMoved(t: Token, next: Token | undefined): boolean {
  if (!isCapitalised(t) || isLanguageNoun(t)) return false;
  // (a word of a noun's ending is a noun, known to the lexicon or not: "Schichtbereitschaft angeben")
  if (/\p{L}{3}(?:ung|heit|keit|schaft|tät|nis|tum)$/u.test(t.lower)) return false;
  if (isFunctionWord(t)) return true;
  if (hasNounTag(t.lower)) return false;
  if (/(?:e|en|er|es|em)$/.test(t.lower) && isWord(next) && isCapitalised(next)) return true; // an adjective before its noun
  // an adverb ("Täglich", "Selbstständig", "Schrittweise") — not a noun in "-weis" ("Nachweise", "Hinweise", "Ausweise")
  return /(?:lich|ig|isch|mals|wärts|los|bar|sam|haft)$/.test(t.lower) || ADVERB_WEISE.test(t.lower);
}

/** Adverbs that open a fragment or a step ("Zunächst …", "Außerdem …", "Spätestens am …"); the lexicon tags some, not all. */
export const OPENING_ADVERB = /^(?:zunächst|zuerst|anschließend|danach|außerdem|zusätzlich|sofort|umgehend|zeitnah|weiterhin|ebenfalls|bereits|vorher|dann|spätestens|frühestens|möglichst|regelmäßig|mindestens)$/;
/** Adverbs that link a new main clause to the one before it, after a comma ("…, danach beantragt er …", "…, dafür zunächst …"). */
export const LINKING_ADVERB = /^(?:danach|dann|anschließend|deshalb|daher|deswegen|außerdem|zudem|dort|dabei|also|somit|trotzdem|dafür|dazu|hierfür|parallel|gleichzeitig|zusätzlich|zunächst|vorher|zuvor|später|sonst)$/;
/** The client addressed formally: "Sie", "Ihnen", "Ihr …" (capitalised). */
export const FORMAL_WORD = /^(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$/;

/** The first lower-case finite verb after the sentence's first word: where a subject put first ends; -1 when none. */
export const firstLowerFinite = (toks: Token[]): number => toks.findIndex((x, j) => j > 0 && isWord(x) && x.text === x.lower && looksFinite(x));

/** The client's short forms in notes ("Kd.", "Kdin.", "Kdn."). */
export const SHORT_CLIENT = /^(?:kd|kdin|kdn)$/;

/** Is the first word a function word (lower-case it inside a sentence) rather than a noun? */
export function isFunctionWord(t: Token): boolean {
  const tags = tagsOf(t.lower);
  return tags.some((x) => x === 'Preposition' || x === 'Determiner' || x === 'Adverb' || x === 'Pronoun' || x === 'Conjunction' || x === 'Adjective') ||
    /^(an|auf|aus|bei|bis|für|in|im|mit|nach|von|vom|zu|zum|zur|über|um|ab|als|am|beim|eine?[mnrs]?|de[mnrs]|die|das|regelmäßig|jede[nmrs]?|mindestens|pünktlich|selbstständig)$/.test(t.lower) || OPENING_ADVERB.test(t.lower);
}

export const ARTICLE_ACC: Record<Gender, string> = { m: 'den', f: 'die', n: 'das' };
export const PRONOUN_ACC: Record<Gender | 'pl', string> = { m: 'ihn', f: 'sie', n: 'es', pl: 'sie' };
export const looksInfinitive = (t: Token | undefined): t is Token =>
  !!t && isLower(t) && (isInfinitive(t.lower) || (/(?:en|ern|eln)$/.test(t.lower) && tagsOf(t.lower).includes('NeuterNoun')));

export const SUBORDINATOR = /^(weil|wenn|dass|da|sobald|bis|bevor|nachdem|damit|ob|falls|obwohl|solange|sodass|während|seit|seitdem|wo|wie|indem|sofern)$/;

/** First person of a verb at the end of a subordinate clause, with its particle attached ("abholt" → "abhole"). */
export function conjugateVerbFinal(v: Token): string | null {
  if (!isLower(v)) return null;
  if (isThirdPersonPresent(v.lower) || MODALS[v.lower] || SUBJUNCTIVE_FIRST[v.lower] || v.lower === 'ist' || v.lower === 'hat' || isPastSingular(v.lower)) return conjugateFirst(v.lower, false);
  for (const p of SEPARABLE_PREFIXES) {
    if (!v.lower.startsWith(p) || v.lower.length <= p.length + 2) continue;
    const rest = v.lower.slice(p.length);
    if (isThirdPersonPresent(rest)) {
      const f = conjugateFirst(rest, false);
      return f ? p + f : null;
    }
  }
  return looksFinite(v) && /[^s]t$/.test(v.lower) ? conjugateFirst(v.lower, false) : null;
}

// The case a preposition governs, for the pronoun that replaces the client after it.
export const PREP_CASE: Record<string, string> = { mit: 'mir', bei: 'mir', von: 'mir', zu: 'mir', nach: 'mir', aus: 'mir', gegenüber: 'mir', für: 'mich', um: 'mich', durch: 'mich', gegen: 'mich', ohne: 'mich' };

/** The short "u." read, and rewritten, as "und" ("meldet sich … an u. bringt …" → "… und bringe …"). */
export function readShortAnd(s: Sentence): Sentence {
  const text = s.text.replace(UND_SHORT, 'und');
  return text === s.text ? s : { start: s.start, end: s.start + text.length, text, tokens: tokenize(text, s.start) };
}

/** Her "ich", "mich" or "mir" anywhere in a text: the text speaks as the client. */
export const ICH_WORD = /(?<![\p{L}])(?:ich|mich|mir)(?![\p{L}])/iu;
/** Her words, her possessive too ("ich", "mir", "meine"). */
export const MY_WORD = /(?<![\p{L}])(?:ich|mich|mir|mein\p{L}*)(?![\p{L}])/iu;

/** Where the clause of the word at v begins: after the last comma, semicolon, colon or dash before it, outside brackets; 0 if none. */
export function clauseStartBefore(toks: readonly Token[], v: number): number {
  // (a comma inside brackets belongs to them: "Die Schuldnerberatung (Fr. Brandt, Tel. …) unterstützt …")
  for (let k = v - 1, depth = 0; k >= 0; k--) {
    const t = toks[k]!.text;
    if (t === ')') depth++;
    else if (t === '(') depth = Math.max(0, depth - 1);
    else if (!depth && /^[,;:–]$/.test(t)) return k + 1;
  }
  return 0;
}

/** The job centre's or a couple's "wir", "uns", "unser…" as a word. */
export const WE_WORD = /^(?:wir|uns|unser\p{L}*)$/u;
export const isWe = (t: Token | undefined): boolean => isWord(t) && WE_WORD.test(t.lower);

/** "… und ich" with a verb in the plural: she acts with someone, as "wir" ("Mein Mann und ich suchen …"). */
export const WE_TOGETHER = /(?<![\p{L}])und\s+ich\s+(?:\p{Ll}+(?:en|ern|eln)|sind)(?![\p{L}])/u;

/** Is token k inside quotation marks (a title: "Maßnahme „Jugend stärken“") — its words no verbs of the sentence? */
export function quotedAt(toks: Token[], k: number): boolean {
  let inside = false;
  for (let j = 0; j < k; j++) {
    const t = toks[j]!.text;
    if (t === '„' || t === '»') inside = true;
    else if (t === '“' || t === '«') inside = false;
    else if (t === '"') inside = !inside;
  }
  return inside;
}

// the modals, also in the plural of the formal "Sie", whose infinitives after "und" stay ("Sie sollten … übersetzen und
// anerkennen lassen")
const PLURAL_MODAL = /^(?:können|könnten|müssen|müssten|sollen|sollten|dürfen|dürften|wollen|wollten|möchten|mögen)$/;
export const isModal = (w: string): boolean => MODALS[w] !== undefined || PLURAL_MODAL.test(w);
