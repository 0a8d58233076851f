/**
 * The case the client takes as someone else's object ("schickt mir", "begleitet mich"), told by the verb, its particle
 * and an auxiliary's infinitive; and whether the clause has its subject before the verb, so that a person after the
 * verb is its object at all.
 */
import { infinitiveOfParticiple, isVerbInfinitive, tagsOf, thirdPersonOf } from '../language';
import { genderOf, looksPlural, surelyPlural } from '../nouns';
import { namedPersons } from '../people';
import { isCapitalised, type Token } from '../tokens';
import { INSTITUTION_GENDER, SEPARABLE_PREFIXES } from '../lexicon';
import { officeCompound } from './antecedents';
import { clauseEndIndex, clauseStartBefore, isFunctionWord, isLower, isWord, looksFinite, SUBORDINATOR, verbClauseEnd, type Edit } from './common';

// Verbs whose personal object is dative ("schickt mir") or accusative ("begleitet mich").
export const DATIVE_OBJECT = /^(schickt|sendet|bescheinigt|bescheinigen|übersendet|übermittelt|übergibt|überreicht|erläutert|gibt|hilft|bietet|zeigt|erklärt|nennt|stellt|bewilligt|zahlt|erstattet|empfiehlt|schreibt|leitet|steht|händigt|teilt|macht|senden|schicken|geben|helfen|bieten|zeigen|erklären|nennen|stellen|zahlen|erstatten|empfehlen|schreiben|teilen|gewährt|gewähren|übergeben|überreichen|erläutern)$/;
// Verbs that give the person a thing, the thing named right after them ('finanziert Frau R. ein Coaching' → 'finanziert
// mir ein Coaching'); with no article after the person the case is not sure ('organisiert Herrn K. …').
const GIVING = /^(?:finanziert|bezahlt|ermöglicht|organisiert|besorgt|beschafft|reserviert|bucht|erteilt|finanzieren|bezahlen|ermöglichen|organisieren|besorgen|beschaffen|reservieren|buchen|erteilen)$/;
// An auxiliary or modal first: the case is the infinitive's ('wird Herrn P. … unterstützen' → 'wird mich … unterstützen').
const AUXILIARY = /^(?:wird|werden|kann|können|soll|sollen|will|wollen|muss|müssen|möchte|möchten|hat|haben)$/;
// A participle at the clause's end after "wird"/"hat" ("Die Entscheidung wird Herrn O. mitgeteilt", "hat Frau B. einen
// Platz zugesagt"): these take the person in the dative; after "hat" the second list in the accusative ("hat Frau B.
// angemeldet"). A passive with one of the first is never about the person as its subject.
const PARTICIPLE_DATIVE = /^(?:mitgeteilt|zugesandt|zugeschickt|ausgehändigt|erstattet|übersandt|übersendet|gewährt|bewilligt|angeboten|vorgeschlagen|gezahlt|ausgezahlt|erklärt|zugesagt|zugesichert|übergeben|überwiesen|empfohlen|ermöglicht|gegeben|geschickt|gesendet|genannt|gezeigt|geholfen|erteilt)$/;
const PARTICIPLE_ACCUSATIVE = /^(?:unterstützt|begleitet|informiert|eingeladen|beraten|angemeldet|betreut|kontaktiert|angerufen|benachrichtigt|eingestellt|gefördert|freigestellt|behandelt)$/;
/** Does the participle take the person in the accusative ("wird … begleitet", "unterstützt")? Then a passive with it makes the person its subject, never "mir". */
export const takesPersonAccusative = (participle: string): boolean => PARTICIPLE_ACCUSATIVE.test(participle);
export const ACCUSATIVE_OBJECT = /^(benachrichtigt|benachrichtigen|berät|begleitet|unterstützt|informiert|lädt|ruft|meldet|betreut|coacht|fördert|kontaktiert|besucht|fragt|erinnert|schult|trainiert|beteiligt|lässt|behandelt|beraten|begleiten|unterstützen|informieren|laden|rufen|melden|betreuen|fördern|kontaktieren|besuchen|fragen|erinnern|lassen|behandeln)$/;

// A verb with its particle at the clause's end takes its own case ("stellt mich … ein", "schickt mir … zu"); a particle
// verb not listed here gives no fix (its case is not sure from the verb alone: "stellt … ein" is not "stellt … zur Verfügung").
const PARTICLE_DATIVE = /^(?:zu\|(?:schickt|sendet|weist|teilt)|mit\|teilt|zu\|sichert|an\|bietet|vor\|schlägt|aus\|(?:händigt|zahlt|stellt)|bei\|bringt|nach\|weist)$/;
const PARTICLE_ACCUSATIVE = /^(?:ein\|(?:stellt|lädt|weist|bezieht|arbeitet)|an\|(?:ruft|meldet|spricht|leitet|schreibt)|ab\|(?:holt|meldet)|auf\|(?:nimmt|sucht|fordert)|mit\|nimmt|zurück\|ruft|aus\|bildet|um\|schult|weiter\|(?:bildet|vermittelt|leitet)|frei\|stellt|ein\|plant)$/;

// "vermitteln" takes both: someone to a place ("vermittelt mich an die EUTB") or something to someone ("vermittelt mir
// einen Platz") — told by what follows the person (`next`)
const TO_PLACE = /^(?:an|in|ins|zu|zum|zur)$/;
export const PLACE_OR_THING = /^(?:vermittel[tn]|überweist|überweisen)$/;
const ARTICLE = /^(?:ein|eine|einen|den|die|das|kein|keine|keinen)$/;

/** The case a verb gives its personal object: by the verb and the particle that ends its clause; undefined when unsure. */
export function objectCase(toks: Token[], verbAt: number, next?: Token): 'mir' | 'mich' | undefined {
  const verb = toks[verbAt]!.lower;
  if (AUXILIARY.test(verb)) {
    const inf = infinitiveAfter(toks, verbAt);
    if (inf) return caseOf(inf, next);
    if (passiveDative(toks, verbAt)) return 'mir';
    const part = /^ha[bt]/.test(verb) ? participleAt(toks, verbAt) : null;
    return part && PARTICIPLE_ACCUSATIVE.test(part) ? 'mich' : undefined;
  }
  // ("vermittelt … an …": told by what follows the person, whatever particle a later verb has)
  if (PLACE_OR_THING.test(verb)) return caseOf(verb, next);
  const end = verbClauseEnd(toks, verbAt);
  const last = toks[end];
  if (end > verbAt + 1 && isWord(last) && SEPARABLE_PREFIXES.includes(last.lower)) {
    // ("leitet Frau S. an die Beratung weiter" is her; "leitet ihr die Unterlagen weiter" would be the dative)
    if (last.lower === 'weiter' && verb === 'leitet' && !TO_PLACE.test(next?.lower ?? '')) return undefined;
    return particleCase(last.lower, verb);
  }
  return caseOf(verb, next);
}

/** The participle that ends the clause of an auxiliary at verbAt, before "und"/"oder" or the clause's end; null if none. */
function participleAt(toks: Token[], verbAt: number): string | null {
  const end = verbClauseEnd(toks, verbAt);
  const t = toks[end];
  return isWord(t) && t.text === t.lower && end > verbAt + 1 ? t.lower : null;
}

/** "wird"/"hat" with a participle that takes the person in the dative: "Die Entscheidung wird Herrn O. mitgeteilt". */
export function passiveDative(toks: Token[], verbAt: number): boolean {
  const verb = toks[verbAt]?.lower ?? '';
  const part = /^(?:wird|werden|wurde|wurden|hat|haben)$/.test(verb) ? participleAt(toks, verbAt) : null;
  return !!part && PARTICIPLE_DATIVE.test(part);
}

/** The case by the verb's own form (third person or infinitive), told by what follows the person where the verb takes both. */
function caseOf(verb: string, next?: Token): 'mir' | 'mich' | undefined {
  // (a bare plural is what is passed on too: "vermittelt mir Praktikumsbetriebe"; "überweist" a patient to a doctor or
  // money to her: "überweist mich an die PIA", "überweist mir den Betrag")
  if (PLACE_OR_THING.test(verb)) return TO_PLACE.test(next?.lower ?? '') ? 'mich' : ARTICLE.test(next?.lower ?? '') || (isWord(next) && isCapitalised(next) && surelyPlural(next.text)) ? 'mir' : undefined;
  if (GIVING.test(verb)) return ARTICLE.test(next?.lower ?? '') ? 'mir' : undefined;
  if (DATIVE_OBJECT.test(verb)) return 'mir';
  if (ACCUSATIVE_OBJECT.test(verb)) return 'mich';
  // an infinitive with its particle in front ("einladen", "zuschicken"): the particle verb's case
  const p = SEPARABLE_PREFIXES.find((x) => verb.startsWith(x) && verb.length > x.length + 3);
  const third = p ? thirdPersonOf(verb.slice(p.length)) : null;
  return p && third && isVerbInfinitive(verb) ? particleCase(p, third) : undefined;
}

const particleCase = (particle: string, third: string): 'mir' | 'mich' | undefined => {
  const key = `${particle}|${third}`;
  return PARTICLE_DATIVE.test(key) ? 'mir' : PARTICLE_ACCUSATIVE.test(key) ? 'mich' : undefined;
};

/** The infinitive an auxiliary at verbAt goes with: the first one of its clause, at the clause's end or before "und"/"oder". */
function infinitiveAfter(toks: Token[], verbAt: number): string | null {
  const end = clauseEndIndex(toks, verbAt);
  for (let k = verbAt + 2; k <= end; k++) {
    const t = toks[k]!;
    if (!isWord(t) || t.text !== t.lower || !isVerbInfinitive(t.lower)) continue;
    const after = toks[k + 1];
    return k === end || !isWord(after) || /^(?:und|oder|sowie|bzw)$/.test(after.lower) ? t.lower : null;
  }
  return null;
}

// the job centre's own offices, named bare as notes do ('Jobcenter stellt ihm …', 'Arbeitsvermittlung schickt …')
const BARE_OFFICE = /^(?:jobcenter|arbeitsvermittlung|fallmanagement)$/;

// a short form: capitals only ("IFD"), or in mixed case with two capitals or more in at most six letters ("SpDi", "BiZ")
const MIXED_SHORT = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}\p{L}{1,5}$/u;
const isShortForm = (text: string): boolean => /^\p{Lu}{2,}$/u.test(text) || MIXED_SHORT.test(text);

/**
 * Is there a subject before the finite verb at v, so that a person after it is its object? Not when the clause opens
 * with a subordinate clause, an adverb or a bare plural ("Falls …, klärt die Kundin …", "Lohnabrechnungen legt die
 * Kundin … vor"): then the person after the verb is the subject.
 */
export function subjectBefore(toks: Token[], v: number): boolean {
  const from = clauseStartBefore(toks, v);
  // a second verb after "und" shares the first one's subject: "JC prüft die Förderfähigkeit und gibt Kd. Rückmeldung"
  if (v - 1 > from && /^(?:und|sowie)$/.test(toks[v - 1]?.lower ?? '')) {
    const first = toks.findIndex((t, k) => k >= from && k < v - 1 && isWord(t) && t.text === t.lower && looksFinite(t));
    return first > from && subjectBefore(toks, first);
  }
  // the subject's name in commas after it, right before the verb ("Der Anleiter der AGH, Herr Nowak, gibt …")
  if (from === v && from > 1 && toks[from - 1]!.text === ',') {
    const open = toks.slice(0, from - 1).map((t) => t.text).lastIndexOf(',');
    const named = open > 0 ? namedPersons(toks.slice(open + 1, from - 1)) : [];
    if (named.length === 1 && named[0]!.from === 0 && named[0]!.to === from - 1 - (open + 1)) return subjectBefore(toks, open);
  }
  // a subordinate clause put first: the verb right after its comma has its subject behind it
  if (from > 0 && toks.slice(0, from).some((t) => isWord(t) && SUBORDINATOR.test(t.lower))) return false;
  const first = toks[from];
  if (!isWord(first) || from >= v) return false;
  if (/^(?:der|das|ein|eine|mein|meine|sein|seine|ihr|ihre|unser|unsere|er|sie|es|wir|man|dieser|diese|jemand)$/.test(first.lower)) return true;
  // (an abbreviation is no plural: "Die PIA am Klinikum begleitet …")
  if (first.lower === 'die' && isWord(toks[from + 1]) && isCapitalised(toks[from + 1]!) && (!surelyPlural(toks[from + 1]!.text) || /^\p{Lu}{2,}$/u.test(toks[from + 1]!.text))) return true;
  // a named person first, or after the one word that names their role ("Jobcoach Frau Yıldırım (Träger AWO) begleitet …")
  if (namedPersons(toks.slice(from, v)).some((p) => p.from === 0 || (p.from === 1 && isCapitalised(first) && !isFunctionWord(first)))) return true;
  // a doctor by title, alone or after their role ("Hausarzt Dr. Aydın stellt …", "Dr. Weber (Psychiaterin) behandelt …")
  const dr = toks[from]!.lower === 'dr' ? from : toks[from + 1]?.lower === 'dr' && isCapitalised(first) ? from + 1 : -1;
  if (dr >= 0 && toks[dr + 1]?.text === '.' && isWord(toks[dr + 2]) && isCapitalised(toks[dr + 2]!) && ownPhraseTo(toks, dr + 3, v)) return true;
  // an abbreviation with its brackets after it ("IFD (Integrationsfachdienst) unterstützt …")
  // (also one in mixed case: "SpDi (Hr. Krüger) begleitet …")
  if (isShortForm(first.text) && toks[from + 1]?.text === '(' && ownPhraseTo(toks, from + 1, v)) return true;
  // a service or office first, its genitive or brackets after it ("Migrationsberatung (MBE) der Caritas hilft …")
  if (isCapitalised(first) && !surelyPlural(first.text) && (officeCompound(first.text) || BARE_OFFICE.test(first.lower)) && ownPhraseTo(toks, from + 1, v)) return true;
  // a bare word first is the subject only where it names someone (an abbreviation or a name: "AG", "Caritas"); a
  // common noun without article is as likely the object put first ("Unterstützung erhält die Kundin …")
  return isCapitalised(first) && !isFunctionWord(first) && v === from + 1 && !surelyPlural(first.text) && (/^\p{Lu}{2,}$/u.test(first.text) || genderOf(first.text) === null);
}

/**
 * Do tokens from k up to v only add to the noun before them: brackets and a genitive ("(MBE) der Caritas")? With
 * `quotes`, a name in quotes too ("Kita „Sonnenschein“").
 */
function ownPhraseTo(toks: Token[], k: number, v: number, quotes = false): boolean {
  let depth = 0, quoted = false;
  for (let j = k; j < v; j++) {
    const t = toks[j]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (quotes && (t.text === '„' || t.text === '“' || t.text === '"')) quoted = t.text === '„' || (t.text === '"' && !quoted);
    else if (depth || quoted) continue;
    else if (!isWord(t) || !(/^(?:der|des)$/.test(t.lower) || isCapitalised(t))) return false;
  }
  return depth === 0;
}

const NOMINATIVE = { m: 'der', f: 'die', n: 'das' } as const;

/**
 * A note's bare subject before the verb at v, once the sentence is hers ("Jobcenter stellt mir …", "…, Entscheidung wird
 * mir … mitgeteilt"): a German sentence needs its article — "Das Jobcenter …". The edit that adds it; '' where the
 * subject has one, is a name, or is not a bare noun; null where it would need one whose gender is not sure ("AG", an
 * adjective before it: "ambulanter Pflegedienst übernimmt …").
 */
export function subjectArticle(toks: Token[], v: number, taken: (t: Token) => boolean = () => false): Edit | '' | null {
  // (an adjective's ending before its noun is no verb: "im erlernten Beruf"; a verb in the plural has a plural subject,
  // which needs no article: "KdU werden … gezahlt")
  if (isWord(toks[v + 1]) && isCapitalised(toks[v + 1]!) && /(?:en|e|er|es|em)$/.test(toks[v]!.lower)) return '';
  if (/^(?:werden|wurden|sind|waren|haben|hatten)$/.test(toks[v]!.lower)) return '';
  const from = clauseStartBefore(toks, v);
  const first = toks[from];
  // (a name, or a role right before one, needs none: "Jobcoach Frau Yıldırım begleitet mich …")
  if (!isWord(first) || from >= v || !isCapitalised(first) || isFunctionWord(first) || namedPersons(toks.slice(from, v)).some((p) => p.from <= 1)) return '';
  if (taken(first)) return '';
  // (an adjective before the noun would need its ending too; so would a cut one: "Ehrenamtl. Lesepatin")
  if (toks[from + 1]?.text === '.' && from + 1 < v) return null;
  if (from + 1 < v && isWord(toks[from + 1]) && isCapitalised(toks[from + 1]!) && /(?:er|es|e)$/.test(first.lower) && genderOf(first.text) === null) return null;
  // the noun alone, or with brackets, a genitive or a name in quotes after it ("Kita „Sonnenschein“ hat …")
  if (!ownPhraseTo(toks, from + 1, v, true)) return '';
  // an abbreviation by its own gender, or by the noun after it ("IQ Netzwerk" → "Das IQ Netzwerk")
  const second = toks[from + 1];
  if (isShortForm(first.text)) {
    // (or by its spelling out in brackets: "IFD (Integrationsfachdienst)")
    const spelt = second?.text === '(' && toks[from + 3]?.text === ')' && isWord(toks[from + 2]) && isCapitalised(toks[from + 2]!) ? genderOf(toks[from + 2]!.text) : null;
    const g = INSTITUTION_GENDER[first.text] ?? spelt ?? (from + 1 < v && isWord(second) && isCapitalised(second) && !surelyPlural(second.text) ? genderOf(second.text) : null);
    // (one whose gender is not known stays bare, as the case worker wrote it: "BEW (Träger: Lebenshilfe) unterstützt mich …")
    return g ? article(first, NOMINATIVE[g], from === 0) : '';
  }
  // (a plural needs none: "Bewerbungskosten werden mir … erstattet"; a participle or adjective first is no subject:
  // "Geplant ist, dass …"; a word whose gender is not known may be a name or a noun: unsure either way)
  if (surelyPlural(first.text) || (looksPlural(first.text) && genderOf(first.text) === null)) return '';
  const tags = tagsOf(first.lower);
  if (tags.length && !tags.some((t) => /Noun/.test(t))) return '';
  const g = genderOf(first.text);
  if (!g) return null;
  return article(first, NOMINATIVE[g], from === 0);
}
const article = (t: Token, art: string, opens: boolean): Edit => ({ start: t.start, end: t.start, text: `${opens ? art[0]!.toUpperCase() + art.slice(1) : art} ` });

/** Adjectives that say what something is to someone, who stands in the dative ("Mir ist wichtig, …", "Ihr ist bewusst, dass …"). */
const TO_SOMEONE_VERB = /^(?:gefällt|gefallen|gefiel|fehlt|fehlen|fehlte|fehlten|gelingt|gelingen|gelang|schmeckt|liegt)$/;
const TO_SOMEONE = /^(?:wichtig|bewusst|klar|bekannt|egal|recht|lieb|lieber|unangenehm|peinlich|schwer|leicht|möglich|unmöglich|zumutbar|unzumutbar)$/;

/**
 * "ist wichtig, …"/"war bewusst, dass …": a form of "sein" with an adjective of what something is to someone, followed by
 * what it is (a clause after a comma). The adjective is after the verb, or at `at` when it was put first.
 */
export function experiencer(toks: readonly Token[], verb: number, at = verb + 1): boolean {
  const v = toks[verb]?.lower ?? '';
  // "gefällt die Arbeit", "fehlen noch die Zeugnisse": the verb agrees with the thing, she is its dative
  if (at > verb && TO_SOMEONE_VERB.test(v)) return isWord(toks[at]) && (/^(?:der|die|das|den|dem|ein|eine|einen|noch|nur|besonders|sehr)$/.test(toks[at]!.lower) || (isCapitalised(toks[at]!) && !namedPersons(toks as Token[]).some((p) => p.from === at)));
  // ("ist es wichtig, …")
  if (at > verb && toks[at]?.lower === 'es') at++;
  if (!/^(?:ist|war)$/.test(v) || !isWord(toks[at]) || !TO_SOMEONE.test(toks[at]!.lower)) return false;
  // (after the verb, what it is follows after a comma: "Frau K. ist klar." alone is her being clear)
  return at < verb || toks[at + 1]?.text === ',';
}

/**
 * "Frau R. ist eine Arbeit nur bis 15 Std./Woche zumutbar", "Kd. sind Nachtschichten nicht möglich": a form of "sein"
 * whose clause ends in such an adjective with the thing it is said of, a noun, between — that thing is the subject, the
 * client its dative ("Mir ist eine Arbeit … zumutbar"; the verb stays, it agrees with the thing).
 */
export function experiencerOfThing(toks: readonly Token[], verb: number): boolean {
  if (!/^(?:ist|war|sind|waren)$/.test(toks[verb]?.lower ?? '')) return false;
  const end = clauseEndIndex(toks as Token[], verb);
  const last = toks[end];
  if (!isWord(last) || !TO_SOMEONE.test(last.lower) || end <= verb + 1) return false;
  const people = namedPersons(toks as Token[]);
  for (let k = verb + 1; k < end; k++) {
    const t = toks[k]!;
    if (isWord(t) && isCapitalised(t) && !isFunctionWord(t) && !people.some((p) => k >= p.from && k < p.to)) return true;
  }
  return false;
}

/**
 * "Frau M. wird ein Zuschuss … gewährt": a passive whose subject is the thing given, right after "wird"/"wurde" — the
 * client named before it is its recipient, in the dative ("Mir wird ein Zuschuss … gewährt"); also with its giver
 * between ("Frau K. wird vom JC ein Kurs angeboten").
 */
export function recipientOfPassive(toks: readonly Token[], verb: number): boolean {
  // (the plural one too, with a plural thing given: "Frau Nowak werden die Kosten … erstattet")
  if (!/^(?:wird|wurde|werden|wurden)$/.test(toks[verb]?.lower ?? '')) return false;
  let at = verb + 1;
  // "vom JC", "von der Agentur", "durch den Träger"
  if (/^(?:vom|von|durch)$/.test(toks[at]?.lower ?? '')) {
    at++;
    if (/^(?:der|dem|den)$/.test(toks[at]?.lower ?? '')) at++;
    if (!isWord(toks[at]) || !isCapitalised(toks[at]!)) return false;
    at++;
  }
  if (!/^(?:ein|eine|der|die|das|kein|keine)$/.test(toks[at]?.lower ?? '')) return false;
  const end = clauseEndIndex(toks as Token[], verb);
  const last = toks[end];
  // (not a participle that takes the person in the accusative: "Frau A. wird vom PSB der Diakonie begleitet" is "Ich werde …")
  return isWord(last) && isLower(last) && !takesPersonAccusative(last.lower) && (infinitiveOfParticiple(last.lower) !== null || /^\p{L}*ge\p{L}{3,}en$/u.test(last.lower));
}
