/**
 * Does a sentence speak as the client ("Ich …")? And if not, the first-person sentence that says the same.
 *
 * Handles: third person → first person with the right verb form (separable verbs keep their particle,
 * reflexive "sich" → "mich", modal + infinitive, "hat … zu …"), possessives (sein/ihr → mein with the same
 * ending), noun style → verb ("Teilnahme an X" → "Ich nehme an X teil", genitive and "von" + dative plural →
 * accusative; "durch" + someone who acts → "… lassen"), infinitive fragments ("Bewerbungen schreiben" → "Ich schreibe
 * Bewerbungen"), impersonal duties ("ist … vorzulegen", the subject as object with its article; coordinated
 * zu-infinitives "… zu unternehmen und nachzuweisen" → "Ich unternehme … und weise sie … nach").
 *
 * A rewrite is only offered when every step is sure; otherwise the finding comes without a fix.
 * Verb forms come from de-compromise's lexicon and inflector; particles, cases and word order are ours.
 */
import type { SectionKey } from '../plan';
import { firstPersonOf, infinitiveOfThird, isInfinitive, isThirdPersonPresent, isVerbInfinitive, MODALS, tagsOf } from './language';
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
  return dativeBareObject(toks, i + 1);
}

/** The last umlaut of a stem undone: "kontoauszüg" → "kontoauszug", "abschlüss" → "abschluss"; null without one. */
function withoutUmlaut(stem: string): string | null {
  const m = /^(.*)(äu|ä|ö|ü)([^äöü]*)$/.exec(stem);
  if (!m) return null;
  const plain: Record<string, string> = { äu: 'au', ä: 'a', ö: 'o', ü: 'u' };
  return m[1]! + plain[m[2]!]! + m[3]!;
}

/**
 * A noun phrase without article in the dative ("von [neuen] Bewerbungen", "… und Befundberichten") as an object
 * (accusative). It must read the same as an object: a singular without article ("Wohngeld"), a plural in -n or -s
 * ("Bewerbungen", "Trainings"). A dative plural's extra -n goes ("Nachweisen" → "Nachweise", "Kontoauszügen" →
 * "Kontoauszüge", "Kindern" → "Kinder"); anything else is unsure.
 */
function dativeBareObject(toks: Token[], i: number): { text: string; next: number } | null {
  let j = i;
  const words: Token[] = [];
  while (isWord(toks[j]) && isLower(toks[j]!) && /en$/.test(toks[j]!.lower)) words.push(toks[j++]!); // adjectives: "von neuen Bewerbungen"
  const noun = toks[j];
  if (!isWord(noun) || !isCapitalised(noun) || isFunctionWord(noun)) return null;
  let object = noun.text;
  const w = noun.lower;
  const stemGender = (x: string) => genderOf(x);
  const mn = (g: Gender | null) => g === 'm' || g === 'n';
  const umlautStem = /en$/.test(w) ? withoutUmlaut(w.slice(0, -2)) : null;
  if (/nissen$/.test(w)) object = noun.text.slice(0, -1);
  else if (/en$/.test(w) && mn(stemGender(w.slice(0, -2))) && !/(?:ungen|heiten|keiten|ionen)$/.test(w)) object = noun.text.slice(0, -1);
  // a plural with umlaut and -e ("Anträge", "Kontoauszüge"): its singular has no umlaut
  else if (umlautStem && stemGender(umlautStem) !== null) object = noun.text.slice(0, -1);
  else if (/(?:ungen|heiten|keiten|ionen|innen|s)$/.test(w) || stemGender(w.slice(0, -1)) === 'f' || stemGender(w.slice(0, -2)) === 'f') object = noun.text;
  // a plural in -er or -el ("Kindern" → "Kinder", "Arbeitgebern" → "Arbeitgeber")
  else if (/(?:er|el)n$/.test(w) && (stemGender(w.slice(0, -1)) !== null || stemGender(w.slice(0, -3)) !== null)) object = noun.text.slice(0, -1);
  else if (stemGender(w) === null) return null;
  if (words.length && object === noun.text && !looksPlural(noun.text)) return null;
  // an adjective without article before a plural: dative "-en", accusative "-e" ("von neuen Nachweisen" → "neue Nachweise")
  return { text: [...words.map((x) => x.text.slice(0, -1)), object].join(' '), next: j + 1 };
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
  const genitive = genitiveToAccusative(toks, j);
  const gen = genitive ?? vonPhraseObject(toks, j);
  if (gen) {
    object = object ? `${object} ${gen.text}` : gen.text;
    j = gen.next;
    // "des Mietvertrags und der Abrechnung", "von Bescheinigungen und Befundberichten": every coordinated part
    // becomes an object in the same way, or there is no fix
    let viaVon = !genitive;
    while (/^(und|sowie|oder)$/.test(toks[j]?.lower ?? '') && isWord(toks[j + 1])) {
      const next = toks[j + 1]!;
      let more: { text: string; next: number } | null;
      if (GEN_DET[next.lower]) { more = genitiveToAccusative(toks, j + 1); viaVon = false; }
      else if (next.lower === 'von') { more = vonPhraseObject(toks, j + 1); viaVon = true; }
      else if (startsBareNounPhrase(toks, j + 1)) {
        // the preposition or case of the part before goes on: "von X und Y" (dative); a bare genitive is unsure
        if (!viaVon) return null;
        more = dativeBareObject(toks, j + 1);
      } else break;
      if (!more) return null;
      object += ` ${toks[j]!.lower} ${more.text}`;
      j = more.next;
    }
  } else if (isWord(toks[j]) && GEN_DET[toks[j]!.lower] && !/^(der)$/.test(toks[j]!.lower)) {
    return null; // a genitive we cannot turn into an object
  } else if (toks[j]?.lower === 'der' && isWord(toks[j + 1])) {
    return null;
  } else if (toks[j]?.lower === 'von' && !verb.reflexive && !verb.object) {
    return null; // "Vorlage von …" names the object; one we cannot turn into an accusative leaves no sure fix
  }
  // "Teilnahme am Kurs und Vorlage der Bescheinigung", "… und rechtzeitige Absage": a second nominalisation would
  // need its own verb — no sure fix
  for (let k = j; k < toks.length; k++) {
    if (!/^(und|oder|sowie)$/.test(toks[k]!.lower)) continue;
    const a = toks[k + 1], b = toks[k + 2];
    // a nominalisation with a verb of its own (not a noun in a list: "hinsichtlich Sprache, Mobilität und Kinderbetreuung")
    const nominal = (t: Token | undefined) => isWord(t) && isCapitalised(t) && ((isNominalisation(t.text) && !!verbOfNominal(t.text)) || /(?:absage|zusage|anfrage|nachfrage|rückfrage)$/.test(t.lower));
    // an adjective in -e/-es after "und" opens a new noun phrase in the nominative ("und rechtzeitige Absage"),
    // not the rest of a prepositional phrase ("an Kursen und neuen Workshops")
    if (nominal(a) || (isWord(a) && isLower(a) && (nominal(b) || (/(?:e|es)$/.test(a.lower) && isWord(b) && isCapitalised(b))))) return null;
  }
  // "Feststellung der Leistungsfähigkeit durch den ÄD": someone else does it — "feststellen lassen", or no fix
  const agent = agentPhrase(toks, j);
  // (with the agent, the thing done must be named: "Begutachtung durch den ÄD" may be done to the client or not)
  if (agent === 'unsure' || (agent === 'agent' && (verb.object || (!object && !verb.reflexive)))) return null;
  const last = lastWordIndex(toks);
  const restStart = toks[j] && j <= last ? toks[j]!.start : null;
  const rest = restStart !== null ? s.text.slice(restStart - s.start, toks[last]!.end - s.start) : '';
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start) : '.';
  const refl = verb.reflexive ? (DATIVE_REFLEXIVE.has(verb.inf) ? 'mir' : 'mich') : null;
  const parts = agent === 'agent'
    ? WANT_SECTIONS.includes(section)
      ? ['Ich möchte', refl, object, adverb, rest, verb.inf, 'lassen']
      : ['Ich lasse', refl, object, adverb, rest, verb.inf]
    : WANT_SECTIONS.includes(section)
      ? ['Ich möchte', refl, object, adverb, rest, verb.inf]
      : ['Ich', first, refl, object, adverb, rest, particle];
  return parts.filter((p) => p).join(' ') + (endPunct.trim() ? endPunct.trimStart() : '.');
}

/** Does a noun phrase without article start at i ("Befundberichten", "neuen Nachweisen")? */
function startsBareNounPhrase(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!isWord(t)) return false;
  if (isCapitalised(t)) return !isFunctionWord(t);
  return isLower(t) && /en$/.test(t.lower) && !isFunctionWord(t) && isWord(toks[i + 1]) && isCapitalised(toks[i + 1]!);
}

// Who does something, as the agent of a nominalisation ("durch den Ärztlichen Dienst", "seitens des Jobcenters").
const AGENT_NOUN =
  /(?:dienst|service|jobcenter|agentur|amt|behörde|beratungsstelle|träger|arzt|ärztin|gutachter(?:in)?|psycholog(?:e|in)|berater(?:in)?|fachkraft|fallmanager(?:in)?|vermittler(?:in)?|betreuer(?:in)?|arbeitgeber(?:in)?|caritas|diakonie|verein|team|firma|betrieb|kita|schule|einrichtung|verwaltung|leitung|stiftung)$/i;
// What something is done by as a means ("durch einen Sprachkurs", "durch Teilnahme an …"): the client still does it.
const MEANS_NOUN = /(?:kurs|kurses|training|trainings|maßnahme|praktikum|praktikums|coaching|seminar|lehrgang|lehrgangs|ung|nahme|arbeit|übung|unterricht|studium)$/i;
const AGENT_DET = /^(den|die|das|dem|der|des|einen|eine|ein|meinen|meine|mein|seinen|seine|ihren|ihre)$/;

/**
 * After a nominalisation, "durch" or "seitens" followed by someone who acts (a named person, a service, an office, an
 * authority abbreviation) makes the client the one who has it done: 'agent'. A means ("durch einen Sprachkurs")
 * leaves the client acting: 'none'. Anything else after "durch": 'unsure'.
 */
function agentPhrase(toks: Token[], from: number): 'agent' | 'none' | 'unsure' {
  const k = toks.findIndex((t, i) => i >= from && (t.lower === 'durch' || t.lower === 'seitens'));
  if (k < 0) return 'none';
  if (toks[k]!.lower === 'seitens') return 'agent';
  let i = k + 1;
  if (isWord(toks[i]) && /^(frau|herrn?)$/.test(toks[i]!.lower)) return 'agent';
  const article = isWord(toks[i]) && AGENT_DET.test(toks[i]!.lower);
  if (article) i++;
  while (isWord(toks[i]) && isLower(toks[i]!)) i++; // adjectives: "den Ärztlichen Dienst" is capitalised, "den neuen Träger" not
  while (isWord(toks[i]) && isCapitalised(toks[i]!) && isWord(toks[i + 1]) && isCapitalised(toks[i + 1]!) && /(?:e|en|er|es)$/.test(toks[i]!.lower)) i++; // "Ärztlichen Dienst"
  const n = toks[i];
  if (!isWord(n) || !isCapitalised(n)) return 'unsure';
  if (/^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(n.text) && n.text.length >= 2) return 'agent'; // ÄD, BPS, AGS
  if (AGENT_NOUN.test(n.lower)) return 'agent';
  // a counselling service by name ("die Schuldnerberatung") acts; "Beratung" alone may be a means
  if (/\p{L}beratung$/u.test(n.lower)) return 'agent';
  if (n.lower === 'beratung') return 'unsure';
  if (MEANS_NOUN.test(n.lower) || isNominalisation(n.text)) return 'none';
  // without an article, what is not a person, a service or an authority is a means ("durch Abbau von Hemmnissen")
  return article ? 'unsure' : 'none';
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
  // "… durch den Ärztlichen Dienst feststellen": someone else acts; the client only has it done — no sure fix
  if (agentPhrase(toks, 0) !== 'none') return null;
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
  if (auxIdx === 0) return null;
  const singular = toks[auxIdx]!.lower === 'ist';
  // what follows the clause (", sonst …" or the final full stop) stays as it is
  const endPunct = s.text.slice(toks[clauseEnd]!.end - s.start) || '.';
  const slice = (a: Token[]) => (a.length ? s.text.slice(a[0]!.start - s.start, a[a.length - 1]!.end - s.start) : '');
  // coordinated zu-infinitives share the subject: "… sind zu unternehmen und monatlich nachzuweisen"
  const verbs: Array<{ zu: { particle: string | null; base: string; from: number }; end: number; joint: Token | null }> = [];
  let from = auxIdx + 1;
  for (let k = auxIdx + 1; k < zu.from; k++) {
    const joint = toks[k + 1];
    if (!joint || !/^(und|oder|sowie|,)$/.test(joint.lower)) continue;
    const z = zuInfinitive(toks, k);
    if (!z || z.from < from) continue;
    verbs.push({ zu: z, end: k, joint });
    from = k + 2;
  }
  verbs.push({ zu, end: clauseEnd, joint: null });
  const pre = toks.slice(0, auxIdx);
  const mid = toks.slice(auxIdx + 1, verbs[0]!.zu.from);
  const preIsAdverbial = isWord(pre[0]) && (tagsOf(pre[0].lower).includes('Preposition') || MORE_PREPOSITIONS.test(pre[0].lower));
  if (preIsAdverbial || (pre.length === 1 && isFunctionWord(pre[0]!) && pre[0]!.lower !== 'es')) {
    // "Bei Fehlzeiten" / "Dann" stays in front; the subject in the middle becomes the object
    if (verbs.length > 1) return null; // the object of the later verbs would need a pronoun for a phrase we do not delimit
    const first = firstPersonOf(zu.base);
    if (!first) return null;
    const midText = subjectToObject(s, mid, singular, false);
    if (midText === null) return null;
    return [slice(pre), first, 'ich', midText, ...(zu.particle ? [zu.particle] : [])].filter((p) => p).join(' ') + endPunct;
  }
  // "Eine AU ist bei Fehlzeiten vorzulegen." / "Es ist ein Lebenslauf vorzulegen."
  const expletive = pre[0]!.lower === 'es' && pre.length === 1;
  if (expletive && verbs.length > 1) return null;
  const object = expletive ? mid : pre;
  if (!object.length) return null;
  const objText = subjectToObject(s, object, singular, true);
  if (objText === null) return null;
  // the later verbs take the object as a pronoun: "… und weise sie monatlich nach"
  let pronoun: string | null = null;
  if (verbs.length > 1) {
    const head = object.find((t) => isCapitalised(t) && !isFunctionWord(t) && !DET_NOM.test(t.lower));
    const g = singular ? (head ? genderOf(head.text) : null) : 'pl';
    if (!g || object.some((t) => /^(und|oder|sowie)$/.test(t.lower))) return null;
    pronoun = PRONOUN_ACC[g];
  }
  const parts: string[] = ['Ich'];
  let partFrom = expletive ? verbs[0]!.zu.from : auxIdx + 1;
  for (const [n, v] of verbs.entries()) {
    const f = firstPersonOf(v.zu.base);
    if (!f) return null;
    const between = toks.slice(partFrom, v.zu.from);
    const adverbials = n === 0 && expletive ? '' : slice(between);
    parts.push(...[f, n === 0 ? objText : pronoun!, adverbials, v.zu.particle ?? ''].filter((p) => p));
    if (v.joint) parts.push(v.joint.lower === 'sowie' ? 'und' : v.joint.lower);
    partFrom = v.end + 2;
  }
  return parts.filter((p) => p).join(' ').replace(/ ,/g, ',') + endPunct;
}

// Prepositions the lexicon does not tag as such.
const MORE_PREPOSITIONS = /^(aufgrund|wegen|trotz|während|laut|gemäß|infolge|anhand|mithilfe|bezüglich|hinsichtlich|zwecks|seitens|innerhalb|außerhalb|spätestens)$/;
const DET_NOM = /^(der|die|das|ein|eine|kein|keine|mein|meine|dein|deine|unser|unsere|alle|sämtliche|diese[rs]?|jede[rs]?|beide)$/;
const PREPOSITION_LIKE = /^(beim|zum|zur|im|am|vom|ins|ans|aufs|bis|ab)$/;

/** Where the first noun phrase outside prepositional phrases ("beim Jobcenter", "bis zum 20.03.2026") and adverbs starts; -1 if none. */
function nounPhraseStart(span: Token[]): number {
  for (let k = 0; k < span.length; k++) {
    const t = span[k]!;
    if (t.kind === 'punct') continue;
    const prep = t.kind === 'word' && !DET_NOM.test(t.lower) && (tagsOf(t.lower).includes('Preposition') || PREPOSITION_LIKE.test(t.lower) || MORE_PREPOSITIONS.test(t.lower));
    if (prep) {
      while (k + 1 < span.length && !(span[k + 1]!.kind === 'num' || (isCapitalised(span[k + 1]!) && !DET_NOM.test(span[k + 1]!.lower)))) k++;
      k++;
      // the rest of the phrase's noun: "beim Ärztlichen Dienst", "bei Frau Dr. Berger", "bei Herrn Yıldız"
      while (isWord(span[k]) && isCapitalised(span[k]!) && isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && /(?:e|er|es|en|em)$/.test(span[k]!.lower) && !/^(frau|herrn?)$/.test(span[k]!.lower)) k++;
      if (isWord(span[k]) && /^(frau|herrn?)$/.test(span[k]!.lower)) {
        while (isWord(span[k + 1]) && /^(dr|prof)$/.test(span[k + 1]!.lower) && span[k + 2]?.text === '.') k += 2;
        if (isWord(span[k + 1]) && isCapitalised(span[k + 1]!)) k++;
      }
      continue;
    }
    if (t.kind === 'word' && isLower(t) && !DET_NOM.test(t.lower) && !(isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && /(?:e|er|es|en|em)$/.test(t.lower))) continue; // an adverb
    return k;
  }
  return -1;
}

/** Gender or number of the accusative noun phrase starting at i ("seinen Lebenslauf" → m, "die Unterlagen" → pl); null when unsure. */
function accusativeGender(span: Token[], i: number): Gender | 'pl' | null {
  const det = span[i];
  if (!isWord(det)) return null;
  const nounIdx = span.findIndex((x, k) => k >= i && isCapitalised(x) && !isFunctionWord(x) && !(isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && /(?:e|er|es|en|em)$/.test(x.lower)));
  const noun = span[nounIdx];
  if (!noun) return null;
  const g = genderOf(noun.text);
  const d = det.lower;
  if (nounIdx === i) return looksPlural(noun.text) ? 'pl' : null; // no article: only a plural is sure
  if (/^(den|einen|keinen|meinen|seinen|ihren|diesen|jeden)$/.test(d)) return g === 'm' ? 'm' : null;
  if (/^(das|ein|kein|mein|sein|dieses|jedes)$/.test(d)) return g === 'n' ? 'n' : null;
  if (/^(die|eine|keine|meine|seine|ihre|diese|jede)$/.test(d)) {
    if (/^(die|keine|meine|seine|ihre|diese)$/.test(d) && looksPlural(noun.text)) return 'pl';
    return g === 'f' ? 'f' : null;
  }
  if (/^(alle|sämtliche)$/.test(d)) return 'pl';
  return null;
}

/**
 * The subject of "ist/sind … zu …" as the object of "Ich …": "der aktuelle Lebenslauf" → "den aktuellen Lebenslauf",
 * "Nachweis der Anmeldung" (officialese without article) → "den Nachweis der Anmeldung"; prepositional phrases and
 * adverbs around it stay. Null when unsure (unknown gender, an adjective without article before a singular).
 */
function subjectToObject(s: Sentence, span: Token[], singular: boolean, atStart: boolean): string | null {
  if (!span.length) return '';
  const si = nounPhraseStart(span);
  const text = (edits: Edit[]) => {
    const out = applyEdits(s.text.slice(span[0]!.start - s.start, span[span.length - 1]!.end - s.start), span[0]!.start, edits);
    const first = span[0]!;
    const adjectiveFirst = isWord(span[1]) && isCapitalised(span[1]!) && /(?:e|er|es|en|em)$/.test(first.lower);
    const keepCase = edits.some((e) => e.start === first.start) || (isCapitalised(first) && !isFunctionWord(first) && !DET_NOM.test(first.lower) && !adjectiveFirst);
    return atStart && !keepCase ? lowerFirst(out) : out;
  };
  if (si < 0) return text([]);
  const t = span[si]!;
  if (t.kind === 'num') return text([]);
  if (DET_NOM.test(t.lower)) {
    if (!/^(der|ein|kein|mein|dein|unser)$/.test(t.lower)) return text([]); // die, das, eine, plural: same form
    const nounIdx = span.findIndex((x, k) => k > si && isCapitalised(x) && !isFunctionWord(x));
    const noun = span[nounIdx];
    const g = noun ? genderOf(noun.text) : null;
    if (g === 'n' && t.lower !== 'der') return text([]); // "ein Attest": the same form
    if (g !== 'm') return null; // "der" + feminine is no nominative; an unknown gender is unsure
    const det = ({ der: 'den', ein: 'einen', kein: 'keinen', mein: 'meinen', dein: 'deinen', unser: 'unseren' } as Record<string, string>)[t.lower]!;
    const edits: Edit[] = [{ start: t.start, end: t.end, text: det }];
    // adjectives between: "der aktuelle" → "den aktuellen", "ein neuer" → "einen neuen"
    for (let k = si + 1; k < nounIdx; k++) {
      const a = span[k]!;
      if (a.kind !== 'word') return null;
      const m = /^(\p{L}+?)(?:e|er)$/u.exec(a.text);
      if (!m || !isLower(a)) return null;
      edits.push({ start: a.start, end: a.end, text: m[1] + 'en' });
    }
    return text(edits);
  }
  // a capitalised first word before a noun, with an adjective's ending, is an adjective ("Aktuelle Nachweise")
  const adjective = isCapitalised(t) && isWord(span[si + 1]) && isCapitalised(span[si + 1]!) && /(?:e|er|es|en|em)$/.test(t.lower);
  if (isCapitalised(t) && !isFunctionWord(t) && !adjective) {
    if (!singular) return text([]); // "Eigenbemühungen sind …": a plural needs no article
    // officialese drops the article of a singular ("Nachweis der Anmeldung ist vorzulegen"): "den Nachweis …"
    const g = genderOf(t.text);
    if (!g) return null;
    return text([{ start: t.start, end: t.start, text: `${ARTICLE_ACC[g]} ` }]);
  }
  // an adjective without article: the same before a plural ("aktuelle Nachweise"), another ending before a singular
  return singular ? null : text([]);
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

/**
 * Two zu-infinitives joined after "hat": "… seinen Lebenslauf zu aktualisieren und bei Herrn Yıldız einzureichen".
 * Null when there is only one; undefined when there are more than two or the second verb's object is unsure. The
 * second verb takes the first one's object as a pronoun unless it has an accusative object of its own ("einen Termin").
 */
function coordinatedZu(toks: Token[], from: number, zu: { from: number }): { first: { particle: string | null; base: string; from: number }; end: number; joint: Token; pronoun: string | null } | null | undefined {
  const found: number[] = [];
  for (let k = from; k < zu.from; k++) if (/^(und|oder|sowie|,)$/.test(toks[k + 1]?.lower ?? '') && zuInfinitive(toks, k)) found.push(k);
  if (!found.length) return null;
  if (found.length > 1) return undefined;
  const end = found[0]!;
  const first = zuInfinitive(toks, end)!;
  const mid1 = toks.slice(from, first.from);
  const mid2 = toks.slice(end + 2, zu.from);
  if (mid2.some((t) => t.lower === 'sich')) return undefined;
  const own = nounPhraseStart(mid2);
  if (mid1.some((t) => t.lower === 'sich') && own < 0) return undefined;
  if (own >= 0) {
    // the second verb's own accusative object ("und einen Termin zu vereinbaren"); anything else may be a dative
    return /^(einen|den|keinen|meinen|seinen|ihren)$/.test(mid2[own]!.lower) ? { first, end, joint: toks[end + 1]!, pronoun: null } : undefined;
  }
  const np = nounPhraseStart(mid1);
  const g = np >= 0 ? accusativeGender(mid1, np) : null;
  if (!g) return undefined;
  return { first, end, joint: toks[end + 1]!, pronoun: PRONOUN_ACC[g] };
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
  // "hat seinen Lebenslauf zu aktualisieren und bei Herrn Yıldız einzureichen": the first verb takes the verb's place,
  // the second the object as a pronoun ("… aktualisiere meinen Lebenslauf und reiche ihn bei Herrn Yıldız ein")
  const coord = zu ? coordinatedZu(toks, Math.max(subj.verb, subj.to - 1) + 1, zu) : null;
  if (zu && coord === undefined) return null;
  let finite: string | null;
  let infForRefl = '';
  if (coord && zu) {
    finite = firstPersonOf(coord.first.base);
    const second = firstPersonOf(zu.base);
    if (!finite || !second) return null;
    const zuTok = toks[coord.end]!;
    if (coord.first.particle) edits.push({ start: zuTok.start, end: zuTok.end, text: coord.first.particle });
    else { edits.push(deleteToken(s, zuTok)); edits.push(deleteToken(s, toks[coord.first.from]!)); }
    edits.push({ start: coord.joint.start, end: coord.joint.end, text: [coord.joint.lower === 'sowie' ? 'und' : coord.joint.text, second, coord.pronoun].filter(Boolean).join(' ') });
    if (zu.particle) edits.push({ start: toks[last]!.start, end: toks[last]!.end, text: zu.particle });
    else { edits.push(deleteToken(s, toks[last]!)); edits.push(deleteToken(s, toks[zu.from]!)); }
  } else if (zu) {
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
    let clauseEnd = clauseEndIndex(toks, finiteIdx);
    let zu = /^(ist|sind|hat|haben)$/.test(aux.lower) ? zuInfinitive(toks, clauseEnd) : null;
    // more zu-infinitives after a comma belong to the same duty: "… sind zu kopieren, zu unterschreiben und abzugeben"
    while (zu && toks[clauseEnd + 1]?.text === ',' && isWord(toks[clauseEnd + 2])) {
      const next = toks[clauseEnd + 2]!;
      const end = clauseEndIndex(toks, clauseEnd + 2);
      const more = zuInfinitive(toks, end);
      if (!more || !(next.lower === 'zu' || zuInfinitive(toks, clauseEnd + 2))) break;
      clauseEnd = end;
      zu = more;
    }
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
  // A personal pronoun and a lower-case word are a clause whose verb the lexicon does not know ("Sie kosten mich
  // nichts." — "sie" the things just named, not the client: a verb in the plural and the client as "mich").
  if (/^(er|sie|es|wir|ihr|man)$/.test(head.lower) && words[1] && isLower(words[1]) && !isFunctionWord(words[1])) return null;
  // Anything else without a verb ("Arbeit als Lagerhelfer.") is a fragment: flag it, no sure rewrite.
  return words.length >= 2 ? found('fragment', null) : null;
}
