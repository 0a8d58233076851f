/**
 * Does a sentence speak as the client ("Ich …")? And if not, the first-person sentence that says the same.
 *
 * Handles: third person → first person with the right verb form (separable verbs keep their particle,
 * reflexive "sich" → "mich", modal + infinitive, "hat … zu …"), possessives (sein/ihr → mein with the same
 * ending), noun style → verb ("Teilnahme an X" → "Ich nehme an X teil", genitive → accusative), infinitive
 * fragments ("Bewerbungen schreiben" → "Ich schreibe Bewerbungen"), impersonal duties ("ist … vorzulegen").
 *
 * A rewrite is only offered when every step is sure; otherwise the finding comes without a fix.
 * Verb forms come from de-compromise's lexicon and inflector; particles, cases and word order are ours.
 */
import type { SectionKey } from '../plan';
import { firstPersonOf, infinitiveOfThird, isInfinitive, isThirdPersonPresent, MODALS, tagsOf } from './language';
import { SEPARABLE_PREFIXES, splitSeparable } from './lexicon';
import { genderOf, genitiveBase, isNominalisation, looksPlural, verbOfNominal, type Gender } from './nouns';
import { clientNouns, hasFirstPerson, namedPersons, type ClientRef } from './people';
import { isCapitalised, type Sentence, type Token } from './tokens';

export type PersonIssue = 'client-noun' | 'name' | 'pronoun' | 'noun-style' | 'infinitive' | 'fragment' | 'impersonal';

export interface PersonFinding {
  start: number;
  end: number;
  issue: PersonIssue;
  /** Replacement for text[start..end] — the whole sentence, rewritten. */
  fix?: { start: number; end: number; text: string };
  /** Names that refer to the client and are dropped by the fix ("Herr A."). */
  clientNames: string[];
}

interface Edit { start: number; end: number; text: string }

const CLIENT_SPEAKS: readonly SectionKey[] = ['ziel', 'zwischenziel', 'schritte', 'sonstiges'];
const WANT_SECTIONS: readonly SectionKey[] = ['ziel', 'zwischenziel'];

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

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isLower = (t: Token): boolean => t.kind === 'word' && !isCapitalised(t);

/** A conjugated verb form (not an infinitive or participle). Lower-case words only: German nouns are capitalised. */
export function looksFinite(t: Token): boolean {
  if (!isLower(t)) return false;
  if (IRREGULAR_FINITE.has(t.lower)) return true;
  const tags = tagsOf(t.lower);
  if (tags.length) return (tags.some((x) => PERSON_TAGS.has(x)) && !tags.includes('Participle')) || isThirdPersonPresent(t.lower);
  if (isThirdPersonPresent(t.lower)) return true;
  return t.lower.length > 3 && /[^s]t$/.test(t.lower) && !NOT_VERB_T.has(t.lower) && !/(?:ig|lich|isch|haft|sam|bar|los)t?$/.test(t.lower);
}

/** First person singular of a finite form spoken by a third person ("nimmt" → "nehme") or by "Sie" ("melden" → "melde"). */
function conjugateFirst(lower: string, formal: boolean): string | null {
  if (formal) {
    const map: Record<string, string> = { sind: 'bin', haben: 'habe', werden: 'werde' };
    if (map[lower]) return map[lower]!;
    if (isInfinitive(lower) || /(?:en|ern|eln)$/.test(lower)) return firstPersonOf(lower);
    return null;
  }
  if (MODALS[lower]) return MODALS[lower]!;
  if (lower === 'ist') return 'bin';
  if (lower === 'hat') return 'habe';
  if (lower === 'weiß') return 'weiß';
  const inf = infinitiveOfThird(lower);
  if (inf) return firstPersonOf(inf);
  if (/(?:d|t|chn|ffn|gn|dm|tm)et$/.test(lower)) return lower.slice(0, -1);
  if (/[^s]t$/.test(lower) && lower.length > 3) return lower.slice(0, -1) + 'e';
  return null;
}

const POSSESSIVE = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/;
function toMine(word: string): string {
  const ending = word.toLocaleLowerCase('de').replace(/^(sein|ihr)/, '');
  const out = 'mein' + ending;
  return word[0] !== word[0]!.toLocaleLowerCase('de') ? upperFirst(out) : out;
}

// Verbs whose reflexive pronoun is dative ("Ich besorge mir …").
const DATIVE_REFLEXIVE = new Set(['besorgen', 'holen', 'ansehen', 'anschauen', 'überlegen', 'merken', 'vornehmen', 'aneignen', 'beschaffen', 'leisten', 'wünschen', 'kaufen', 'suchen', 'nehmen', 'notieren', 'ausdrucken', 'erarbeiten']);

function applyEdits(text: string, offset: number, edits: Edit[]): string {
  let out = '';
  let pos = offset;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos - offset, e.start - offset) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos - offset);
}

/** Removes a token together with the space before it. */
function deleteToken(s: Sentence, t: Token): Edit {
  const before = s.text.slice(0, t.start - s.start);
  const spaces = before.length - before.trimEnd().length;
  return { start: t.start - spaces, end: t.end, text: '' };
}

/** A zu-infinitive at the end: "vorzulegen" → particle "vor", base "legen"; "zu erscheinen" → base "erscheinen". */
function zuInfinitive(toks: Token[], i: number): { particle: string | null; base: string; from: number } | null {
  const t = toks[i];
  if (!isWord(t) || !isLower(t)) return null;
  const m = /^(\p{L}+?)zu(\p{L}{3,}(?:en|ern|eln))$/u.exec(t.lower);
  if (m && isInfinitive(m[1]! + m[2]!)) {
    const [p, base] = splitSeparable(m[1]! + m[2]!);
    if (p === m[1]) return { particle: p, base, from: i };
  }
  const prev = toks[i - 1];
  if (prev?.lower === 'zu' && isInfinitive(t.lower)) return { particle: null, base: t.lower, from: i - 1 };
  return null;
}

/** Index of the last word of the clause that token i stands in (clauses end at a comma, colon or the sentence end). */
function clauseEndIndex(toks: Token[], i: number): number {
  let k = i;
  while (k + 1 < toks.length && !/^[,;:–-]$/.test(toks[k + 1]!.text)) k++;
  while (k > i && toks[k]!.kind === 'punct') k--;
  return k;
}

function hasFiniteVerbBeyond(toks: Token[], from: number): boolean {
  return toks.some((t, k) => k > from && looksFinite(t));
}

function lastWordIndex(toks: Token[]): number {
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i]!.kind !== 'punct') return i;
  return -1;
}

const GEN_DET: Record<string, { m: string; n: string; f: string; pl: string | null }> = {
  des: { m: 'den', n: 'das', f: '', pl: null },
  der: { m: '', n: '', f: 'die', pl: 'die' },
  eines: { m: 'einen', n: 'ein', f: '', pl: null },
  einer: { m: '', n: '', f: 'eine', pl: null },
  meines: { m: 'meinen', n: 'mein', f: '', pl: null },
  meiner: { m: '', n: '', f: 'meine', pl: 'meine' },
  // the client's own things, in a fragment about the client: "Vorlage seiner Zeugnisse" → "meine Zeugnisse"
  seines: { m: 'meinen', n: 'mein', f: '', pl: null },
  seiner: { m: '', n: '', f: 'meine', pl: 'meine' },
  ihres: { m: 'meinen', n: 'mein', f: '', pl: null },
  ihrer: { m: '', n: '', f: 'meine', pl: 'meine' },
  aller: { m: '', n: '', f: '', pl: 'alle' },
  sämtlicher: { m: '', n: '', f: '', pl: 'sämtliche' },
};

/** "des Lebenslaufs" → "den Lebenslauf", "einer neuen Stelle" → "eine neue Stelle"; null when unsure. */
function genitiveToAccusative(toks: Token[], i: number): { text: string; next: number } | null {
  const det = toks[i];
  if (!isWord(det)) return null;
  const map = GEN_DET[det.lower];
  if (!map) return null;
  let j = i + 1;
  const adjs: Token[] = [];
  while (isWord(toks[j]) && isLower(toks[j]!) && /en$/.test(toks[j]!.lower)) adjs.push(toks[j++]!);
  const noun = toks[j];
  if (!isWord(noun) || !isCapitalised(noun)) return null;
  let gender: Gender | 'pl' | null;
  let base = noun.text;
  if (/^(der|einer|meiner|seiner|ihrer|aller|sämtlicher)$/.test(det.lower)) {
    const g = genderOf(noun.text);
    gender = g === 'f' ? 'f' : det.lower !== 'einer' && looksPlural(noun.text) ? 'pl' : null;
  } else {
    const b = genitiveBase(noun.text);
    if (!b) return null;
    base = b;
    const g = genderOf(b);
    gender = g === 'm' || g === 'n' ? g : null;
  }
  if (!gender) return null;
  const article = gender === 'pl' ? map.pl : map[gender];
  if (!article) return null;
  const adjForms = adjs.map((a) => {
    if (gender === 'pl' || gender === 'm') return a.text; // den neuen Lebenslauf, die neuen Unterlagen, einen neuen
    const stem = a.text.slice(0, -2);
    if (gender === 'f') return stem + 'e'; // die/eine neue Stelle
    return article === 'das' ? stem + 'e' : stem + 'es'; // das neue / ein neues Zeugnis
  });
  return { text: [article, ...adjForms, base].join(' '), next: j + 1 };
}

/** "Beantragung von Wohngeld" → object "Wohngeld"; "von Bewerbungstrainings" → "Bewerbungstrainings"; null when unsure. */
function vonPhraseObject(toks: Token[], i: number): { text: string; next: number } | null {
  if (toks[i]?.lower !== 'von') return null;
  let j = i + 1;
  const words: Token[] = [];
  while (isWord(toks[j]) && isLower(toks[j]!) && /en$/.test(toks[j]!.lower)) words.push(toks[j++]!); // adjectives: "von neuen Bewerbungen"
  const noun = toks[j];
  if (!isWord(noun) || !isCapitalised(noun) || isFunctionWord(noun)) return null;
  // The object must read the same after "von" (dative) and as an object (accusative): a singular without article
  // ("von Wohngeld"), a plural in -n or -s ("von Bewerbungen", "von Trainings"). A dative plural's extra -n goes
  // ("von Nachweisen" → "Nachweise"); anything else is unsure.
  let object = noun.text;
  const w = noun.lower;
  const stemGender = (x: string) => genderOf(x);
  if (/nissen$/.test(w)) object = noun.text.slice(0, -1);
  else if (/en$/.test(w) && (stemGender(w.slice(0, -2)) === 'm' || stemGender(w.slice(0, -2)) === 'n') && !/(?:ungen|heiten|keiten|ionen)$/.test(w)) object = noun.text.slice(0, -1);
  else if (/(?:ungen|heiten|keiten|ionen|innen|s)$/.test(w) || stemGender(w.slice(0, -1)) === 'f' || stemGender(w.slice(0, -2)) === 'f') object = noun.text;
  else if (stemGender(w) === null) return null;
  if (words.length && object === noun.text && !looksPlural(noun.text)) return null;
  return { text: [...words.map((x) => x.text), object].join(' '), next: j + 1 };
}

/** Nominative → accusative for the object of "ist … vorzulegen" (only masculine changes). */
function nominativeToAccusative(toks: Token[]): string | null {
  const words = toks.filter((t) => t.kind !== 'punct');
  const det = words[0];
  if (!det) return null;
  const noun = words.find((w, k) => k > 0 && isCapitalised(w));
  const changes: Record<string, string> = { der: 'den', ein: 'einen', kein: 'keinen', mein: 'meinen' };
  if (!changes[det.lower]) return null; // die, das, eine, plural: same form
  const g = noun ? genderOf(noun.text) : null;
  if (g === null) return null;
  if (det.lower === 'der' && g !== 'm') return null; // "der" + feminine is not nominative
  if (g !== 'm') return null;
  return changes[det.lower]!;
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('de') + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);

/** Is the first word a function word (lower-case it inside a sentence) rather than a noun? */
function isFunctionWord(t: Token): boolean {
  const tags = tagsOf(t.lower);
  return tags.some((x) => x === 'Preposition' || x === 'Determiner' || x === 'Adverb' || x === 'Pronoun' || x === 'Conjunction' || x === 'Adjective') ||
    /^(an|auf|aus|bei|bis|für|in|im|mit|nach|von|vom|zu|zum|zur|über|um|ab|als|am|beim|eine?[mnrs]?|de[mnrs]|die|das|regelmäßig|jede[nmrs]?|mindestens|pünktlich|selbstständig)$/.test(t.lower);
}

const ADVERB_FROM_ADJ = /^(\p{L}+(?:ig|lich|isch|bar|sam|los|voll|haft|iv|ell|al|mäßig))(?:e|en|er|es|em)$/u;

/** Rewrites a verbless sentence that starts with a nominalisation ("Teilnahme an einem Deutschkurs."). */
function rewriteNounStyle(s: Sentence, section: SectionKey): string | null {
  const toks = s.tokens;
  let i = 0;
  let adverb: string | null = null;
  if (isWord(toks[0]) && isWord(toks[1]) && !isNominalisation(toks[0].text) && isNominalisation(toks[1].text)) {
    const m = ADVERB_FROM_ADJ.exec(toks[0].lower);
    if (!m) return null;
    adverb = m[1]!;
    i = 1;
  }
  const noun = toks[i];
  if (!isWord(noun)) return null;
  const verb = verbOfNominal(noun.text);
  if (!verb) return null;
  const [particle, base] = splitSeparable(verb.inf);
  const first = firstPersonOf(base);
  if (!first) return null;
  let j = i + 1;
  let object: string | null = verb.object ?? null;
  const gen = genitiveToAccusative(toks, j) ?? vonPhraseObject(toks, j);
  if (gen) {
    object = object ? `${object} ${gen.text}` : gen.text;
    j = gen.next;
    // "des Mietvertrags und der Abrechnung": every coordinated genitive becomes an object, or there is no fix
    while (/^(und|sowie|oder)$/.test(toks[j]?.lower ?? '') && isWord(toks[j + 1]) && (GEN_DET[toks[j + 1]!.lower] || toks[j + 1]!.lower === 'von')) {
      const more = genitiveToAccusative(toks, j + 1) ?? vonPhraseObject(toks, j + 1);
      if (!more) return null;
      object += ` ${toks[j]!.lower} ${more.text}`;
      j = more.next;
    }
  } else if (isWord(toks[j]) && GEN_DET[toks[j]!.lower] && !/^(der)$/.test(toks[j]!.lower)) {
    return null; // a genitive we cannot turn into an object
  } else if (toks[j]?.lower === 'der' && isWord(toks[j + 1])) {
    return null;
  }
  const last = lastWordIndex(toks);
  const restStart = toks[j] && j <= last ? toks[j]!.start : null;
  const rest = restStart !== null ? s.text.slice(restStart - s.start, toks[last]!.end - s.start) : '';
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start) : '.';
  const refl = verb.reflexive ? (DATIVE_REFLEXIVE.has(verb.inf) ? 'mir' : 'mich') : null;
  const parts = WANT_SECTIONS.includes(section)
    ? ['Ich möchte', refl, object, adverb, rest, verb.inf]
    : ['Ich', first, refl, object, adverb, rest, particle];
  return parts.filter((p) => p).join(' ') + (endPunct.trim() ? endPunct.trimStart() : '.');
}

const ARTICLE_ACC: Record<Gender, string> = { m: 'den', f: 'die', n: 'das' };
const PRONOUN_ACC: Record<Gender | 'pl', string> = { m: 'ihn', f: 'sie', n: 'es', pl: 'sie' };
const looksInfinitive = (t: Token | undefined): t is Token =>
  !!t && isLower(t) && (isInfinitive(t.lower) || (/(?:en|ern|eln)$/.test(t.lower) && tagsOf(t.lower).includes('NeuterNoun')));

/**
 * Rewrites an infinitive fragment: "Bewerbungen schreiben." → "Ich schreibe Bewerbungen.",
 * "Lebenslauf aktualisieren und an Frau Dr. Berger schicken." → "Ich aktualisiere den Lebenslauf und schicke ihn an Frau Dr. Berger."
 */
function rewriteInfinitive(s: Sentence, section: SectionKey): string | null {
  const toks = s.tokens;
  const last = lastWordIndex(toks);
  // parts joined by "und"/"oder" right after an infinitive
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k < last; k++) {
    if (/^(und|oder)$/.test(toks[k]!.lower) && looksInfinitive(toks[k - 1])) {
      parts.push([from, k - 1]);
      from = k + 1;
    }
  }
  parts.push([from, last]);
  if (WANT_SECTIONS.includes(section) && parts.length > 1) return null;
  const slice = (a: number, b: number) => (b >= a ? s.text.slice(toks[a]!.start - s.start, toks[b]!.end - s.start) : '');
  const out: string[] = [];
  let sharedObject: Gender | 'pl' | null = null;
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    const inf = toks[b]!;
    if (!looksInfinitive(inf)) return null;
    const [particle, base] = splitSeparable(inf.lower);
    const first = firstPersonOf(base);
    if (!first) return null;
    let middle = slice(a, b - 1);
    const head = toks[a];
    const edits: Edit[] = [];
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      if (t.lower === 'sich') edits.push({ start: t.start, end: t.end, text: DATIVE_REFLEXIVE.has(inf.lower) ? 'mir' : 'mich' });
      // in a fragment about the client, "seine"/"ihre" are the client's own: "meine"
      else if (POSSESSIVE.test(t.lower) && isWord(toks[k + 1]) && (isCapitalised(toks[k + 1]!) || isLower(toks[k + 1]!))) edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
      else if (POSSESSIVE.test(t.lower)) return null;
    }
    if (edits.length) middle = applyEdits(middle, toks[a]!.start, edits);
    if (head && a < b) {
      if (isCapitalised(head) && !isFunctionWord(head) && head.lower !== 'sich') {
        if (looksPlural(head.text)) sharedObject = p === 0 ? 'pl' : sharedObject;
        else {
          // "Lebenslauf aktualisieren": a bare singular noun needs its article
          const g = genderOf(head.text);
          if (!g) return null;
          middle = `${ARTICLE_ACC[g]} ${middle}`;
          if (p === 0) sharedObject = g;
        }
      } else middle = lowerFirst(middle);
    }
    // "… und an Frau Berger schicken": the object of the first part, as a pronoun
    if (p > 0 && sharedObject && (a === b || (head && tagsOf(head.lower).includes('Preposition')))) middle = [PRONOUN_ACC[sharedObject], middle].filter(Boolean).join(' ');
    if (WANT_SECTIONS.includes(section)) out.push(['Ich möchte', middle, inf.lower].filter(Boolean).join(' '));
    else out.push([p === 0 ? 'Ich' : '', first, middle, particle].filter(Boolean).join(' '));
    if (p < parts.length - 1) out.push(toks[b + 1]!.lower);
  }
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start).trimStart() : '.';
  return out.join(' ') + (endPunct || '.');
}

/** "Bei Fehlzeiten ist eine AU vorzulegen." → "Bei Fehlzeiten lege ich eine AU vor." */
function rewriteImpersonalDuty(s: Sentence, auxIdx: number, zu: { particle: string | null; base: string; from: number }, clauseEnd: number): string | null {
  const toks = s.tokens;
  const first = firstPersonOf(zu.base);
  if (!first || auxIdx === 0) return null;
  const pre = toks.slice(0, auxIdx);
  const mid = toks.slice(auxIdx + 1, zu.from);
  // what follows the clause (", sonst …" or the final full stop) stays as it is
  const endPunct = s.text.slice(toks[clauseEnd]!.end - s.start) || '.';
  const slice = (a: Token[]) => (a.length ? s.text.slice(a[0]!.start - s.start, a[a.length - 1]!.end - s.start) : '');
  const tail = zu.particle ? [zu.particle] : [];
  const preIsAdverbial = isWord(pre[0]) && tagsOf(pre[0].lower).includes('Preposition');
  if (preIsAdverbial || (pre.length === 1 && isFunctionWord(pre[0]!) && pre[0]!.lower !== 'es')) {
    // "Bei Fehlzeiten" / "Dann" stays in front; the object in the middle is accusative already unless masculine nominative
    if (mid.length && nominativeToAccusative(mid) === null && /^(der|ein|kein|mein)$/.test(mid[0]!.lower)) return null;
    const midText = mid.length && nominativeToAccusative(mid) ? nominativeToAccusative(mid)! + slice(mid).slice(mid[0]!.text.length) : slice(mid);
    return [slice(pre), first, 'ich', midText, ...tail].filter((p) => p).join(' ') + endPunct;
  }
  // "Eine AU ist bei Fehlzeiten vorzulegen." / "Es ist ein Lebenslauf vorzulegen."
  const object = pre[0]!.lower === 'es' && pre.length === 1 ? mid : pre;
  const rest = object === mid ? [] : mid;
  if (!object.length) return null;
  const acc = nominativeToAccusative(object);
  if (acc === null && /^(der|ein|kein|mein)$/.test(object[0]!.lower)) return null;
  const objText = acc ? acc + slice(object).slice(object[0]!.text.length) : lowerFirst(slice(object));
  const objFinal = isFunctionWord(object[0]!) ? objText : upperFirst(objText);
  return ['Ich', first, objFinal, slice(rest), ...tail].filter((p) => p).join(' ') + endPunct;
}

interface Subject { from: number; to: number; verb: number; inverted: boolean; ref: ClientRef | { gender: 'm' | 'f' | null; type: 'name' | 'pronoun'; text?: string }; formal: boolean }

// Words that can stand before the verb instead of the subject ("Bis zum 10.04. meldet sich die Kundin …").
const FRONTED = /^(dann|danach|anschließend|zuerst|zunächst|außerdem|zusätzlich|morgen|heute|ab|bis|am|im|in|nach|vor|seit|bei|beim|zum|zur|mit|ab|jede[nmrs]?|spätestens|gleichzeitig|parallel|deshalb|daher|dafür|dazu|hierfür)$/;

function findSubject(s: Sentence, section: SectionKey, fp: boolean): Subject | null {
  const toks = s.tokens;
  // Only a nominative can be the subject: "der Kunde", "die Kundin", "Kunde" — not "dem/den/des Kunden".
  const nouns = clientNouns(toks).filter((c) => {
    const first = toks[c.from]!.lower;
    const article = /^(der|die|dem|den|des|eine?[mnrs]?)$/.test(first);
    return article ? /^(der|die)$/.test(first) : c.from === 0 || first === 'elb';
  });
  const client = CLIENT_SPEAKS.includes(section);
  const candidates: Array<{ from: number; to: number; ref: Subject['ref'] }> = nouns.map((n) => ({ from: n.from, to: n.to, ref: n }));
  if (client && !fp) {
    for (const p of namedPersons(toks)) candidates.push({ from: p.from, to: p.to, ref: { gender: p.gender, type: 'name', text: s.text.slice(p.start - s.start, p.end - s.start) } });
    toks.forEach((t, k) => {
      if (t.lower === 'er' || t.lower === 'sie') candidates.push({ from: k, to: k + 1, ref: { gender: t.lower === 'er' ? 'm' : 'f', type: 'pronoun' } });
    });
  }
  candidates.sort((a, b) => a.from - b.from);
  const fronted = isWord(toks[0]) && (FRONTED.test(toks[0].lower) || tagsOf(toks[0].lower).includes('Preposition'));
  for (const c of candidates) {
    if (c.from === 0) {
      const v = toks[c.to];
      if (isWord(v) && (looksFinite(v) || (toks[0]!.text === 'Sie' && looksInfinitive(v)))) {
        // "Sie melden sich" (formal address, plural verb) vs "Sie meldet sich" (she)
        const formal = c.ref.type === 'pronoun' && toks[0]!.text === 'Sie' && /(?:en|ern|eln)$|^sind$/.test(v.lower) && !MODALS[v.lower];
        return { from: c.from, to: c.to, verb: c.to, inverted: false, ref: c.ref, formal };
      }
    } else if (fronted) {
      // "… meldet die Kundin sich …" or "… meldet sich die Kundin …"
      const refl = toks[c.from - 1]?.lower === 'sich' ? 1 : 0;
      if (isFinitePrev(toks, c.from - refl)) return { from: c.from - refl, to: c.to, verb: c.from - refl - 1, inverted: true, ref: c.ref, formal: false };
    }
  }
  return null;
}
function isFinitePrev(toks: Token[], k: number): boolean {
  const v = toks[k - 1];
  return k >= 2 && isWord(v) && looksFinite(v) && (isThirdPersonPresent(v.lower) || !!MODALS[v.lower] || v.lower === 'ist' || v.lower === 'hat');
}

/** Is a man named by a noun between two tokens ("seinen früheren Chef")? A possible antecedent for "er". */
function mentionsAnotherMan(toks: Token[], from: number, to: number): boolean {
  const MASC_DET = /^(seinen|seinem|den|dem|einen|einem|der|ein)$/;
  for (let i = from + 1; i < to; i++) {
    const x = toks[i]!;
    if (!isCapitalised(x) || genderOf(x.text) !== 'm') continue;
    const d1 = toks[i - 1], d2 = toks[i - 2];
    if ((d1 && MASC_DET.test(d1.lower)) || (d1 && isLower(d1) && d2 && MASC_DET.test(d2.lower))) return true;
  }
  return false;
}

const SUBORDINATOR = /^(weil|wenn|dass|da|sobald|bis|bevor|nachdem|damit|ob|falls|obwohl|solange|sodass|während|seit|seitdem|wo|wie)$/;

/** First person of a verb at the end of a subordinate clause, with its particle attached ("abholt" → "abhole"). */
function conjugateVerbFinal(v: Token): string | null {
  if (!isLower(v)) return null;
  if (isThirdPersonPresent(v.lower) || MODALS[v.lower] || v.lower === 'ist' || v.lower === 'hat') return conjugateFirst(v.lower, false);
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

/** The infinitive that decides a reflexive's case: the finite verb's, with a trailing particle attached. */
function infForReflexive(toks: Token[], verb: Token, last: number): string {
  const inf = infinitiveOfThird(verb.lower) ?? verb.lower;
  const lastTok = toks[last]!;
  if (lastTok === verb || !isLower(lastTok)) return inf;
  if (isInfinitive(lastTok.lower)) return lastTok.lower; // modal + infinitive: "will sich … bewerben"
  if (SEPARABLE_PREFIXES.includes(lastTok.lower)) return lastTok.lower + inf; // particle: "sieht sich … an"
  return inf;
}

/** Third person → first person for a sentence whose subject is the client. */
function rewriteThirdPerson(s: Sentence, subj: Subject): string | null {
  const toks = s.tokens;
  const verb = toks[subj.verb]!;
  const edits: Edit[] = [];
  const last = lastWordIndex(toks);
  const gender = subj.ref.gender;
  // "hat … vorzulegen" → "lege … vor"
  const zu = (verb.lower === 'hat' || verb.lower === 'haben') ? zuInfinitive(toks, last) : null;
  let finite: string | null;
  let infForRefl = '';
  if (zu) {
    finite = firstPersonOf(zu.base);
    infForRefl = (zu.particle ?? '') + zu.base;
    if (zu.particle) edits.push({ start: toks[last]!.start, end: toks[last]!.end, text: zu.particle });
    else { edits.push(deleteToken(s, toks[last]!)); edits.push(deleteToken(s, toks[zu.from]!)); }
  } else {
    finite = conjugateFirst(verb.lower, subj.formal);
    infForRefl = infinitiveOfThird(verb.lower) ?? verb.lower;
  }
  if (!finite) return null;
  if (subj.inverted) {
    edits.push({ start: verb.start, end: verb.end, text: finite });
    const reflFirst = toks[subj.from]!.lower === 'sich';
    const refl = reflFirst ? ' ' + (DATIVE_REFLEXIVE.has(infForReflexive(toks, verb, clauseEndIndex(toks, subj.verb))) ? 'mir' : 'mich') : '';
    edits.push({ start: toks[subj.from]!.start, end: toks[subj.to - 1]!.end, text: 'ich' + refl });
  } else {
    edits.push({ start: toks[subj.from]!.start, end: toks[subj.to - 1]!.end, text: 'Ich' });
    edits.push({ start: verb.start, end: verb.end, text: finite });
  }
  // A trailing particle or infinitive decides the reflexive case: "sieht sich … an" → ansehen → "mir"
  if (!zu) infForRefl = infForReflexive(toks, verb, clauseEndIndex(toks, subj.verb));
  const femaleSubject = gender === 'f' || subj.formal;
  const maleSubject = gender === 'm' || gender === null;
  const handled = new Set<number>();
  for (let k = 0; k < toks.length; k++) {
    if (k >= subj.from && k < subj.to) continue;
    const t = toks[k]!;
    if (t.kind !== 'word' || k === subj.verb) continue;
    if (t.lower === 'sich') {
      edits.push({ start: t.start, end: t.end, text: DATIVE_REFLEXIVE.has(infForRefl) ? 'mir' : 'mich' });
      continue;
    }
    if (POSSESSIVE.test(t.lower)) {
      const isSein = t.lower.startsWith('sein');
      const next = toks[k + 1];
      const possessiveUse = isWord(next) && (isCapitalised(next) || /(?:e|en|er|es|em)$/.test(next.lower));
      if (t.lower === 'sein' && !possessiveUse) return null; // "sein" as a verb: unsure
      if (!possessiveUse) return null; // "ihr" as a pronoun: unsure who is meant
      if ((isSein && maleSubject) || (!isSein && (femaleSubject || gender === null))) {
        edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
        continue;
      }
      return null;
    }
    if (handled.has(k)) continue;
    const prev = toks[k - 1];
    // the client again in a subordinate clause: "…, weil sie ihre Kinder abholt" → "…, weil ich meine Kinder abhole"
    if (/^(er|sie)$/.test(t.lower) && k > subj.to) {
      const same = (t.lower === 'er' && gender === 'm') || (t.lower === 'sie' && gender === 'f');
      const next = toks[k + 1];
      if (same && prev && SUBORDINATOR.test(prev.lower)) {
        const end = clauseEndIndex(toks, k);
        // "fragt seinen Chef, ob er ihn einstellt": "er" and "ihn" are two people; with another man named in the
        // main clause, "er" is him and "ihn" the client
        const objIdx = t.lower === 'er' ? toks.findIndex((x, i) => i > k && i <= end && /^(ihn|ihm)$/.test(x.lower)) : -1;
        if (objIdx > 0) {
          const otherMan = mentionsAnotherMan(toks, subj.to, k);
          if (!otherMan) return null;
          const o = toks[objIdx]!;
          edits.push({ start: o.start, end: o.end, text: o.lower === 'ihn' ? 'mich' : 'mir' });
          handled.add(objIdx);
          for (let i = k + 1; i <= end; i++) handled.add(i);
          continue;
        }
        const v = toks[end]!;
        const f = end > k ? conjugateVerbFinal(v) : null;
        if (!f) return null;
        edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f });
        handled.add(end);
        continue;
      }
      // "… und er ruft an": the subject again, with its own verb
      if (same && prev && /^(und|oder|aber)$/.test(prev.lower) && isWord(next) && looksFinite(next)) {
        const f = conjugateFirst(next.lower, false);
        if (!f) return null;
        edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: next.start, end: next.end, text: f });
        handled.add(k + 1);
        continue;
      }
      if (same || gender === null) return null; // could be the client: unsure
      continue; // someone else ("…, weil sie (die Tochter) krank ist")
    }
    // "ihn"/"ihm" in the main clause cannot be its subject, the client ("füllt den Antrag aus und schickt ihn ab");
    // in a subordinate clause they might be: unsure
    if (/^(ihn|ihm)$/.test(t.lower) && k > subj.to) {
      if (toks.slice(subj.to, k).some((x) => SUBORDINATOR.test(x.lower) && x.kind === 'word')) return null;
      continue;
    }
    // a coordinated verb with the same subject: "ruft an und vereinbart" → "rufe an und vereinbare"
    if (prev && /^(und|oder|sowie|,)$/.test(prev.lower) && k > subj.verb && (isThirdPersonPresent(t.lower) || (prev.lower !== ',' && looksFinite(t) && /[^s]t$/.test(t.lower)))) {
      const f = conjugateFirst(t.lower, false);
      if (!f) return null;
      edits.push({ start: t.start, end: t.end, text: f });
    }
  }
  const out = applyEdits(s.text, s.start, edits);
  return out;
}

// Verbs whose personal object is dative ("schickt mir") or accusative ("begleitet mich").
const DATIVE_OBJECT = /^(schickt|sendet|übersendet|übermittelt|gibt|hilft|bietet|zeigt|erklärt|nennt|stellt|bewilligt|zahlt|erstattet|empfiehlt|vermittelt|schreibt|leitet|steht|händigt|teilt|macht)$/;
const ACCUSATIVE_OBJECT = /^(berät|begleitet|unterstützt|informiert|lädt|ruft|meldet|betreut|coacht|fördert|kontaktiert|vermittelt|besucht|fragt|erinnert|schult|trainiert|beteiligt)$/;

/** Client references in object position ("für den Kunden" → "für mich", "schickt Herrn Nowak" → "schickt mir"). */
function rewriteClientObjects(s: Sentence, refs: Array<{ from: number; to: number; start: number; end: number; gender: 'm' | 'f' | null }>): string | null {
  const edits: Edit[] = [];
  let gender: 'm' | 'f' | null = null;
  for (const r of refs) {
    const det = s.tokens[r.from]!;
    const before = s.tokens[r.from - 1];
    const prep = before ? tagsOf(before.lower).includes('Preposition') : false;
    const afterVerb = !!before && looksFinite(before);
    let p: string | undefined;
    if (before && SUBORDINATOR.test(before.lower) && /^(der|die)$/.test(det.lower)) {
      const end = clauseEndIndex(s.tokens, r.to - 1);
      const f = end >= r.to ? conjugateVerbFinal(s.tokens[end]!) : null;
      if (!f) return null;
      edits.push({ start: s.tokens[end]!.start, end: s.tokens[end]!.end, text: f });
      p = 'ich';
    } else if (det.lower === 'herrn' || det.lower === 'frau' || det.lower === 'herr') {
      // a named client after the verb takes the verb's case, after a preposition the preposition's
      if (afterVerb) p = DATIVE_OBJECT.test(before!.lower) ? 'mir' : ACCUSATIVE_OBJECT.test(before!.lower) ? 'mich' : undefined;
      else if (before && PREP_CASE[before.lower]) p = PREP_CASE[before.lower];
      else return null;
    } else {
      if (r.from === r.to - 1) return null;
      p = ({ dem: 'mir', den: 'mich' } as Record<string, string>)[det.lower];
      const noun = s.tokens[r.to - 1]!.lower;
      if (!p && det.lower === 'der' && /(?:in|en|elb)$/.test(noun) && (prep || afterVerb)) p = 'mir';
      if (!p && det.lower === 'die' && r.from > 0 && (prep || afterVerb)) p = 'mich';
    }
    if (!p) return null;
    gender = r.gender;
    edits.push({ start: r.start, end: r.end, text: p });
  }
  // the client's possessives: "bei seiner Therapie" → "bei meiner Therapie"
  for (const t of s.tokens) {
    if (!POSSESSIVE.test(t.lower)) continue;
    const isSein = t.lower.startsWith('sein');
    if ((isSein && gender === 'm') || (!isSein && gender === 'f')) edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
    else return null;
  }
  return edits.length ? applyEdits(s.text, s.start, edits) : null;
}

/**
 * In the job centre's and others' sections, with no "mir/mich" anywhere, a named person is the client when they
 * stand right after the verb ("schickt Herrn Nowak …"), or behind a preposition with their own possessive later
 * ("erstellt mit Frau Nowak eine Übersicht ihrer Schulden").
 */
function namedClientObjects(toks: Token[], fp: boolean): Array<{ from: number; to: number; start: number; end: number; gender: 'm' | 'f' | null }> {
  if (fp) return [];
  return namedPersons(toks).filter((p) => {
    if (p.from > 1 && looksFinite(toks[p.from - 1]!)) return true;
    const prep = toks[p.from - 1];
    if (!prep || !PREP_CASE[prep.lower]) return false;
    const own = p.gender === 'f' ? /^ihr(e[mnrs]?)?$/ : p.gender === 'm' ? /^sein(e[mnrs]?)?$/ : null;
    return !!own && toks.slice(p.to).some((t) => own.test(t.lower));
  });
}
// The case a preposition governs, for the pronoun that replaces the client after it.
const PREP_CASE: Record<string, string> = { mit: 'mir', bei: 'mir', von: 'mir', zu: 'mir', nach: 'mir', aus: 'mir', gegenüber: 'mir', für: 'mich', um: 'mich', durch: 'mich', gegen: 'mich', ohne: 'mich' };

const OPEN_POINT = /^(?:offen|offener\s+punkt|noch\s+offen)(?![\p{L}])/iu;

/** Checks one sentence. Null when it speaks as the client, or is not meant to (job centre's fragments). */
const PASSIVE_PARTICIPLE = /^(?:ge\p{L}+(?:t|en)|\p{L}+iert|\p{L}*ge\p{L}+(?:t|en))$/u;

/**
 * A named person as the subject of a passive ("Herr Al-Masri wird … angemeldet") has something done to
 * them: in the job centre's section that is the client, not the one who acts.
 */
export function isPassiveSubject(toks: Token[], p: { from: number; to: number }): boolean {
  const aux = toks[p.to];
  if (!isWord(aux) || !/^(wird|werden)$/.test(aux.lower)) return false;
  const end = clauseEndIndex(toks, p.to);
  return end > p.to && PASSIVE_PARTICIPLE.test(toks[end]!.lower);
}

/**
 * In the job centre's and others' sections "er"/"sie" is the client when nothing else can be meant:
 * at the start of an entry's first sentence ("Sie erhält vom Jobcenter …"), or in a subordinate clause
 * whose main clause names a person of the other gender ("Frau Becker fragt nach, ob er …").
 */
function clientPronounOutsideClientSections(s: Sentence, firstSentence: boolean): { fix: string | null } | null {
  const toks = s.tokens;
  const persons = namedPersons(toks);
  const t0 = toks[0];
  if (firstSentence && isWord(t0) && /^(er|sie)$/.test(t0.lower) && !persons.length && isWord(toks[1]) && isThirdPersonPresent(toks[1].lower)) {
    return { fix: rewriteThirdPerson(s, { from: 0, to: 1, verb: 1, inverted: false, ref: { gender: t0.lower === 'er' ? 'm' : 'f', type: 'pronoun' }, formal: false }) };
  }
  const subjectGender = persons[0]?.from === 0 ? persons[0].gender : null;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!/^(er|sie)$/.test(t.lower) || !SUBORDINATOR.test(toks[k - 1]!.lower)) continue;
    const other = (t.lower === 'er' && subjectGender === 'f') || (t.lower === 'sie' && subjectGender === 'm');
    if (!other) continue;
    const end = clauseEndIndex(toks, k);
    const v = toks[end]!;
    const f = end > k ? conjugateVerbFinal(v) : null;
    return { fix: f ? applyEdits(s.text, s.start, [{ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f }]) : null };
  }
  return null;
}

export function checkSentence(s: Sentence, section: SectionKey, first = true): PersonFinding | null {
  const toks = s.tokens;
  const words = toks.filter((t) => t.kind !== 'punct');
  if (!words.length) return null;
  const fp = hasFirstPerson(toks);
  const client = CLIENT_SPEAKS.includes(section);
  const found = (issue: PersonIssue, fixText: string | null, clientNames: string[] = []): PersonFinding => {
    const f: PersonFinding = { start: s.start, end: s.end, issue, clientNames };
    if (fixText && fixText !== s.text) f.fix = { start: s.start, end: s.end, text: fixText };
    return f;
  };

  const subj = findSubject(s, section, fp);
  if (subj) {
    const issue: PersonIssue = subj.ref.type === 'noun' ? 'client-noun' : subj.ref.type;
    const names = subj.ref.type === 'name' && 'text' in subj.ref && subj.ref.text ? [subj.ref.text] : [];
    return found(issue, rewriteThirdPerson(s, subj), names);
  }
  const refs = clientNouns(toks).filter((c) => c.type === 'noun' && (c.from < c.to - 1 || toks[c.from]!.lower === 'elb'));
  if (refs.length) return found('client-noun', rewriteClientObjects(s, refs));
  if (!client) {
    const named = namedClientObjects(toks, fp);
    if (named.length) return found('name', rewriteClientObjects(s, named), named.map((n) => s.text.slice(n.start - s.start, n.end - s.start)));
    const passive = namedPersons(toks).find((p) => p.from === 0 && !fp && isPassiveSubject(toks, p));
    if (passive) {
      const name = s.text.slice(passive.start - s.start, passive.end - s.start);
      return found('name', rewriteThirdPerson(s, { from: 0, to: passive.to, verb: passive.to, inverted: false, ref: { gender: passive.gender, type: 'name', text: name }, formal: false }), [name]);
    }
    if (!fp) {
      const pronoun = clientPronounOutsideClientSections(s, first);
      if (pronoun) return found('pronoun', pronoun.fix);
    }
  }
  // "mein …" alone does not make a sentence speak as the client; "ich"/"wir" as its subject does.
  const speaker = toks.some((t) => t.kind === 'word' && /^(ich|wir)$/.test(t.lower));
  if (!client || speaker || OPEN_POINT.test(s.text.trim())) return null;
  // a named person who is not behind a preposition ("bei Frau Lindner") is the client, spoken of in the third person
  if (!fp && namedPersons(toks).some((n) => n.from === 0 || !tagsOf(toks[n.from - 1]!.lower).includes('Preposition'))) return found('name', null);
  if (fp && hasFiniteVerbBeyond(toks, 0)) return null;

  // A plural verb looks like an infinitive; fragments end with theirs ("Aus dem Plan ergeben sich …" is a sentence).
  const last = lastWordIndex(toks);
  // (not one of two infinitives in a row: "machen lassen")
  const finiteIdx = toks.findIndex((t, k) => k > 0 && (looksFinite(t) ||
    (k < last && looksInfinitive(t) && !/^(und|oder|,)$/.test(toks[k + 1]?.lower ?? '') && !looksInfinitive(toks[k + 1]))));
  if (finiteIdx >= 0) {
    const aux = toks[finiteIdx]!;
    // "Bei Fehlzeiten ist eine AU vorzulegen." — a duty with no one doing it
    const clauseEnd = clauseEndIndex(toks, finiteIdx);
    const zu = /^(ist|sind|hat|haben)$/.test(aux.lower) ? zuInfinitive(toks, clauseEnd) : null;
    if (zu) return found('impersonal', /^(ist|sind)$/.test(aux.lower) ? rewriteImpersonalDuty(s, finiteIdx, zu, clauseEnd) : null);
    if (/^(erfolgt|erfolgen)$/.test(aux.lower) || (/^(findet|finden)$/.test(aux.lower) && toks[clauseEnd]?.lower === 'statt')) return found('impersonal', null);
    return null;
  }
  // No finite verb and no "ich": a heading-style fragment.
  const head = words[0]!;
  if (isNominalisation(head.text) || (words[1] && isNominalisation(words[1].text) && ADVERB_FROM_ADJ.test(head.lower))) {
    return found('noun-style', rewriteNounStyle(s, section));
  }
  if (looksInfinitive(toks[last])) return found('infinitive', /^(er|sie|es|man)$/.test(head.lower) ? null : rewriteInfinitive(s, section));
  // Anything else without a verb ("Arbeit als Lagerhelfer.") is a fragment: flag it, no sure rewrite.
  return words.length >= 2 ? found('fragment', null) : null;
}
