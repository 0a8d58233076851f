/**
 * Is a rewrite only half done? After an entry's sentences were rewritten as "Ich …", a "er", "ihn", "ihm" or a
 * singular "sie" that still stands in the rewritten entry, with no one else of its gender named before it, can only
 * mean the client: "Ich melde mich beim Träger. Er bringt den Lebenslauf mit." would have the client speak of
 * himself in two persons ("er" = the client who just became "ich"), or — read as written — someone else bring the
 * papers. Either way the sentence a case worker would apply is wrong; the rule then offers no fix for the entry.
 *
 * Read on the rewritten text: the client's own mention is "ich" there, so every person still named is someone else.
 *
 * Stricter for a subject: when the original said who the client is ("Frau T.", "die Kundin", "er") and a later clause
 * still has a subject pronoun of the client's gender ("…; sie braucht einen Dolmetscher"), that pronoun continued the
 * client or meant another woman named in between — the original does not say which. The rewrite would decide it
 * ("Ich wohne mit meiner Schwiegermutter …; sie braucht …" now reads as the mother-in-law), so it is not offered,
 * even where someone else of that gender is named.
 *
 * Also half done, or a guess: the client still named after the rewrite (`clientStillNamed`, a name cut to its initial
 * and "der junge Mann" too), every "er"/"sein" of the original left as it was (`heKeptEverywhere`), an "er"/"ihm" kept
 * right after a sentence where she speaks (`heAfterClient`), two people either of whom could be the client
 * (`twoPossibleClients`), "ihnen" after "mich und meinen …" (`pluralLeftWithClient`), a pronoun made "mich" whose only
 * antecedent is still named (`nameLeftForPronoun`), the case worker speaking as "ich" (`caseWorkerSpeaks`). `halfDone`
 * asks all of them.
 */
import { MODALS, tagsOf } from '../language';
import { genderOf } from '../nouns';
import { dotEndsSentence, isCapitalised, tokenize, type Token } from '../tokens';
import { clientNouns, namedPersons, sameName, type NamedPerson, YOUNG_CLIENT } from '../people';
import { isPersonNoun, otherCandidate, otherPerson, thingOnlyClause } from './antecedents';
import { ACCUSATIVE_OBJECT } from './object-case';
import { opensClause } from './clause-shape';
import { isKin } from './possessives';
import { clauseEndIndex, isFunctionWord, isWe, isWord, looksFinite, SUBORDINATOR } from './common';

const MALE = /^(?:er|ihn|ihm|seine|seinen|seinem|seiner|seines)$/;
// Neuter nouns that can have a "sein …" of their own: a child, a team or an office ("das Kind … seine Schulsachen", "das
// Jugendamt und seine Hilfen") — not a goal or a plan ("Mein Ziel ist es, …; die Anerkennung seines Abschlusses …").
const NEUTER_OWNER = /(?:kind|baby|mädchen|team|amt|jobcenter|unternehmen|gericht|krankenhaus|zentrum|büro|institut|heim|center|werk)$/;
// The finite verbs of "sie" in the singular that do not end in -t ("sie kann", "sie muss", "sie hat" ends in -t).
const SINGULAR_IRREGULAR = /^(?:kann|muss|will|soll|darf|mag|möchte|weiß|ist|war|hatte|wurde|wird|sollte|konnte|musste|durfte|wollte|würde|könnte|müsste|dürfte|sei|wolle|könne|müsse|dürfe|solle)$/;

/** Is the finite verb at token t, next to a "sie", in the singular ("sie bringt", "kann sie") — not "sie bringen"? */
export function singularVerb(t: Token | undefined): boolean {
  if (!isWord(t) || !looksFinite(t)) return false;
  if (SINGULAR_IRREGULAR.test(t.lower) || MODALS[t.lower] !== undefined) return true;
  return /t$/.test(t.lower);
}

/** Does token j end a sentence or a part of it (";", "!", "?", a full stop that is no abbreviation's)? */
const sentenceEnd = (toks: Token[], j: number): boolean => /^[;!?]$/.test(toks[j]!.text) || (toks[j]!.text === '.' && dotEndsSentence(toks, j));

/** Does the token at k stand in an "um … zu" clause ("…, um ihn zu stabilisieren")? */
function inUmZu(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !sentenceEnd(toks, j); j--) {
    if (toks[j]!.text === ',') return toks[j + 1]?.lower === 'um';
  }
  return false;
}

/** Does the token at k stand in the first clause of its sentence (no comma before it), whose subject opens it? */
function subjectsClause(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !sentenceEnd(toks, j); j--) if (toks[j]!.text === ',') return false;
  return true;
}

/** The tokens of the sentence that holds k up to its first finite verb: where its subject stands. */
function subjectSpan(toks: Token[], k: number): [number, number] {
  let s0 = k;
  while (s0 > 0 && !sentenceEnd(toks, s0 - 1)) s0--;
  return [s0, afterSubject(toks, s0)];
}

/** The token after the first finite verb of the sentence that starts at s0: where its subject has ended. */
function afterSubject(toks: Token[], s0: number): number {
  // (read on the rewritten text: "Ich schreibe …", "Dann schicke ich …" — the client's own verb next to "ich")
  if (toks[s0]?.lower === 'ich') return s0 + 1;
  const mine = (j: number) => /e$/.test(toks[j]!.text) && (toks[j - 1]?.lower === 'ich' || toks[j + 1]?.lower === 'ich');
  for (let j = s0 + 1; j < toks.length && !sentenceEnd(toks, j); j++) if (isWord(toks[j]) && (looksFinite(toks[j]!) || mine(j))) return j + 1;
  return s0;
}

/** Is the pronoun at k the subject of a subordinate clause that ends in a verb in the singular ("…, dass sie selbst Termine vereinbaren kann")? */
function singularClauseEnd(toks: Token[], k: number): boolean {
  if (!opensClause(toks, k)) return false;
  let last: Token | undefined;
  for (let j = k + 1; j < toks.length; j++) {
    // (the dot of an abbreviation goes on: "aus gesundheitl. Gründen")
    if (/^[,;:!?]$/.test(toks[j]!.text) || (toks[j]!.text === '.' && dotEndsSentence(toks, j))) break;
    if (isWord(toks[j])) last = toks[j];
  }
  return !!last && last !== toks[k + 1] && singularVerb(last);
}

/**
 * Is the pronoun at k the subject of a clause whose verb is left out, shared with the clause before it ("er hat vormittags,
 * sie nachmittags Zeit"): after a comma or "und", no finite verb of its own, and the clause before opened by a pronoun
 * with a verb in the singular?
 */
function gappedSingular(toks: Token[], k: number): boolean {
  if (!/^(?:,|und|oder)$/.test(toks[k - 1]?.lower ?? '')) return false;
  for (let j = k + 1; j < toks.length && !/^[,.;:!?]$/.test(toks[j]!.text); j++) if (isWord(toks[j]) && looksFinite(toks[j]!)) return false;
  let s0 = k - 2;
  while (s0 > 0 && !/^[,;:!?.]$/.test(toks[s0 - 1]!.text)) s0--;
  return s0 < k - 2 && /^(?:er|sie|ich|es)$/.test(toks[s0]!.lower) && singularVerb(toks[s0 + 1]);
}

/** Does a full stop, "!" or "?" that ends a sentence stand before token k? */
const laterSentence = (toks: Token[], k: number): boolean => toks.slice(0, k).some((x, j) => /^[!?]$/.test(x.text) || (x.text === '.' && dotEndsSentence(toks, j)));

/** Does the clause of token k end in a plural verb ("damit sie anerkannt werden", "…, ob sie passen")? */
function pluralClauseEnd(toks: Token[], k: number): boolean {
  let last: Token | undefined;
  for (let j = k + 1; j < toks.length && !/^[,.;:!?]$/.test(toks[j]!.text); j++) if (isWord(toks[j])) last = toks[j];
  return !!last && last !== toks[k + 1] && /^(?:werden|sind|haben|können|müssen|sollen|dürfen|wollen|waren|wurden|hatten)$/.test(last.lower);
}

/**
 * The first pronoun in `text` that can only mean the client, or that may mean her as a subject of the client's gender
 * (`clientGender`, as the original named her; null when it did not), as described above; null when there is none.
 * `clientNamed`: the original had the client as a subject in the third person — without a gender ("Kd. meldet sich …"),
 * any subject pronoun left may be her.
 */
export function leftoverClientPronoun(text: string, clientGender: 'm' | 'f' | null = null, clientNamed = false): Token | null {
  const toks = tokenize(text);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    let gender: 'm' | 'f' | null = null;
    // lower case, or capitalised where a sentence starts ("… im BIZ. Er nimmt …")
    const sentenceStart = k === 0 || /^[.!?:;]$/.test(toks[k - 1]?.text ?? '');
    // (a bare "sein" only before its noun: "Sein Vermieter …" — not the verb "… zu sein")
    const male = MALE.test(t.lower) || (t.lower === 'sein' && isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!));
    if ((t.text === t.lower || sentenceStart && t.text === t.lower[0]!.toUpperCase() + t.lower.slice(1)) && male) gender = 'm';
    // "sie" as a subject in the singular; lower case, so never the formal "Sie" (an object "sie" may be things)
    // (a modal of one person right after it makes a clause-final "werden" its infinitive: "sie möchte … werden")
    else if ((t.text === 'sie' || sentenceStart && k > 0 && t.text === 'Sie') && (SINGULAR_IRREGULAR.test(toks[k + 1]?.lower ?? '') || ((singularVerb(toks[k + 1]) || singularVerb(toks[k - 1]) || singularClauseEnd(toks, k) || gappedSingular(toks, k)) && !pluralClauseEnd(toks, k)))) gender = 'f';
    // a lower-case "ihre …" before its noun, with no woman or thing before it it could belong to ("Ich bin
    // alleinerziehend; ihre beiden Söhne …"): the client's, left behind
    // (so too "Ihr …" opening a later sentence, where the client is a woman: "… zu arbeiten. Ihr Sohn Leon besucht …")
    else if ((/^ihr(?:e[mnrs]?)?$/.test(t.text) || (clientGender === 'f' && sentenceStart && k > 0 && /^Ihr(?:e[mnrs]?)?$/.test(t.text))) && isWord(toks[k + 1]) && (isCapitalised(toks[k + 1]!) || /(?:e|en|er|es|em)$/.test(toks[k + 1]!.lower))) gender = 'f';
    // "für sie", "mit ihr": a woman after a preposition, where the client is one ("… kommt für sie eher … in Frage")
    else if (clientGender === 'f' && /^(?:sie|ihr)$/.test(t.text) && isWord(toks[k - 1]) && /^(?:für|mit|bei|zu|an|von|über|ohne|gegen)$/.test(toks[k - 1]!.lower)) gender = 'f';
    // a bare "ihr" before no noun is the dative, a person ("… werden ihr erstattet"), where the client is a woman
    const dative = clientGender === 'f' && t.text === 'ihr' && !(isWord(toks[k + 1]) && (isCapitalised(toks[k + 1]!) || /(?:e|en|er|es|em)$/.test(toks[k + 1]!.lower)));
    if (dative) gender = 'f';
    if (!gender) continue;
    // (the doer of a passive is its subject too: "… wurde von ihm gestellt")
    const doer = (/^(?:von|durch)$/.test(toks[k - 1]?.lower ?? '') && /^(?:ihm|ihr)$/.test(t.lower)) || dative;
    // ("er" as the subject of a clause whose verb stands at its end: "…, den er über einen BGS erwerben will")
    // (with no other man named before it: "… bei meinem früheren Arbeitgeber nach, ob er mich …")
    const clauseHe = t.lower === 'er' && singularClauseEnd(toks, k) && !otherCandidate(toks, 0, k, 'm', false);
    const subject = t.lower === 'sie' || (t.lower === 'er' && (singularVerb(toks[k + 1]) || singularVerb(toks[k - 1]) || clauseHe || gappedSingular(toks, k))) || doer;
    // (where the original did not say whether the client is a man or a woman — "Kd.", "ELB" — a subject pronoun left
    // behind may as well be her: "Kd. meldet sich … bei Fr. Lindner …; sie lässt sich dort beraten")
    // (not a subject whose clause says what only a thing does, with a thing of that gender named before it and no
    // person: "… und werde sie vorlegen, sobald sie vorliegt")
    const thing = subject && !doer && SUBORDINATOR.test(toks[k - 1]?.lower ?? '') && thingOnlyClause(toks, k, clauseEndIndex(toks, k)) &&
      otherCandidate(toks, 0, k, gender, true) && !otherCandidate(toks, 0, k, gender, false);
    if (subject && !thing && (gender === clientGender || (clientGender === null && clientNamed))) return t;
    // (stricter where the client is known to be a man, in a later sentence with no man of his family, no child and no
    // thing of that gender named before it — only staff, offices or roles, whom it would now have to mean: a subject "er"
    // with its verb at the end, "ihn", "ihm" — "…. Dieser stellt ihn … vor, sobald er den Staplerschein hat", "… um eine
    // Bescheinigung. Der Schichtleiter hat ihm gesagt, …"; not "… meinen Sohn … . Die Erzieherin holt ihn ab", "… einen
    // Wochenplan. Ich hänge ihn … auf")
    // (a thing counts for "ihn"/"ihm" only: a subject "er" of a thing says what the thing does, which `thing` has read)
    const object = /^(?:ihn|ihm)$/.test(t.lower);
    if (clientGender === 'm' && ((t.lower === 'er' && singularClauseEnd(toks, k) && !thing) || object) && laterSentence(toks, k) &&
      !toks.slice(0, k).some((x) => isWord(x) && (isKin(x.lower) || /^(?:mann|freund|junge)$/.test(x.lower) ||
        (object && isCapitalised(x) && genderOf(x.text) === 'm' && !isPersonNoun(x.text))))) return t;
    // things count too (an object "ihn" is the "Antrag" just named; "er" of a thing mostly says how it is), and
    // "sein" may belong to a neuter noun ("das Kind … seine Schulsachen") — but not for the doer of a passive ("wurde
    // von ihm gestellt": a person), nor for an owner ("ihr Profil": a person or an office, not "die Region")
    const possessive = /^(?:ihr|sein)/.test(t.lower) && !doer;
    // "ihn"/"ihm" is never the subject of its own clause (that would be "sich"): "Dr. A. stellt mir … aus und überweist
    // ihn …" is not the doctor. The same in an "um … zu" clause: "Der Dienst bietet mir Gespräche an, um ihn zu
    // stabilisieren" — the subject does not count
    const ownSubject = /^(?:ihn|ihm)$/.test(t.lower) && (inUmZu(toks, k) || subjectsClause(toks, k)) ? subjectSpan(toks, k) : undefined;
    // (a husband or a child is a person's, not an office's: "… bei der Familienkasse …; die Unterlagen bringt ihr Mann mit")
    const family = possessive && isWord(toks[k + 1]) && (isKin(toks[k + 1]!.lower) || /^(?:mann|frau)$/.test(toks[k + 1]!.lower));
    // ("ihm" is a person, never a thing just named: "…; der Betreuer hilft ihm beim Ausfüllen")
    if (doer || family ? otherPerson(toks, 0, k, gender, [0, 0]) : otherCandidate(toks, 0, k, gender, !possessive && t.lower !== 'ihm', ownSubject)) continue;
    if (/^sein/.test(t.lower) && toks.slice(0, k).some((x) => isWord(x) && isCapitalised(x) && NEUTER_OWNER.test(x.lower) && genderOf(x.text) === 'n')) continue;
    return t;
  }
  return null;
}

const PERSON_PLACEHOLDER = /\[\s*(?:(?:vor|nach|familien)?-?name|kund|herr|frau|teilnehmer|leistungsberechtigte|elb)[^\]]{0,30}\]/iu;

// ("Herrn"/"Hr." and "Fr." as "Herr"/"Frau": one person however the case worker wrote the title)
const plainName = (n: string): string => n.replace(/^(?:Herrn|Hr\.)\s/, 'Herr ').replace(/^Fr\.\s/, 'Frau ');

/**
 * Two people either of whom could be the client, and the entry does not say which: two named the way case workers
 * anonymise clients ("Frau M. begleitet Frau S. …" — staff and providers are named in full, "Frau Lindner"), or two of
 * one family ("Hr. Kaya sen. hilft Hr. Kaya jun. …", "Frau Yilmaz begleitet Herrn Yilmaz …").
 */
export function twoPossibleClients(text: string, persons: readonly NamedPerson[]): boolean {
  const names = persons.map((p) => plainName(text.slice(p.start, p.end)));
  const initials = new Set(names.filter((n) => /\s\p{Lu}\.$/u.test(n)));
  if (initials.size >= 2) return true;
  // the same surname for two people: told apart by title or by "sen."/"jun." after it
  const who = (k: number) => `${names[k]} ${/^\s*(?:sen|jun)\./.exec(text.slice(persons[k]!.end))?.[0].trim() ?? ''}`;
  const surname = (n: string) => n.split(/\s+/).pop();
  return persons.some((_, i) => persons.some((__, k) => k > i && surname(names[i]!) === surname(names[k]!) && who(i) !== who(k)));
}

/**
 * The client still named in the third person after the rewrite ("Meine Schwiegermutter holt die Kinder ab, weil Fr. Kaur
 * … arbeitet", "… steht d. Kunden zur Verfügung u. begleitet mich …"): half done.
 */
export function clientStillNamed(fixed: string, clientNames: readonly string[]): boolean {
  const names = new Set(clientNames.map(plainName));
  const toks = tokenize(fixed);
  const persons = namedPersons(toks).map((p) => plainName(fixed.slice(p.start, p.end)));
  if (persons.some((n) => names.has(n))) return true;
  // a template's placeholder for a person ("[Name] hat am 09.01. einen Termin", "[Kunde/in]"): most likely the client,
  // left in the third person — or someone else; either way not a sentence to apply
  if (PERSON_PLACEHOLDER.test(fixed)) return true;
  // "der junge Mann", "die junge Frau": how a plan for a young client speaks of her next to "ich" ("Täglich Jobbörse
  // checken; bei Rückfragen meldet sich der junge Mann bei …")
  if (YOUNG_CLIENT.test(fixed)) return true;
  // a name cut to its initial ("Frau S.", "Hr. K."): how case workers write the client, staff and providers are named in
  // full — beside "ich" it is the client left in the third person
  if (persons.some((n) => /\s\p{Lu}\.$/u.test(n))) return true;
  return clientNouns(toks).some((r) => r.type === 'noun' && !r.weak);
}

/**
 * The client and someone else together, then "ihnen" ("begleitet mich und meinen Ehemann …, Termine … bei ihnen zu
 * Hause"): "ihnen" were the two of them, now "uns" — or others; the rewrite cannot tell.
 */
export function pluralLeftWithClient(fixed: string): boolean {
  const together = /(?<![\p{L}])(?:ich|mich|mir) (?:und|sowie) (?:mein|meine[mnrs]?)(?![\p{L}])/iu.exec(fixed);
  return !!together && /(?<![\p{L}])ihnen(?![\p{L}])/u.test(fixed.slice(together.index));
}

const HE = /^(?:er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines)$/;
/**
 * Every "er"/"ihn"/"ihm"/"sein" of the original left as it was, where the client is a man or not said to be a woman, and
 * one of them has no one else before it it could mean — a man, or a thing for "er" and "ihn" ("Mir fehlen noch die
 * Zeugnisse aus dem Iran; diese schickt seine Schwester nach"): it meant the client, and now means someone else.
 */
export function heKeptEverywhere(before: string, fixed: string, gender: 'm' | 'f' | null): boolean {
  if (gender === 'f') return false;
  // ("sein" as the verb is no one's: "… als Lehrerin tätig sein.", "… erreichbar sein muss")
  const verbSein = (toks: Token[], k: number) => toks[k]!.text === 'sein' && (!isWord(toks[k + 1]) || MODALS[toks[k + 1]!.lower] !== undefined || /^(?:wird|werde|würde)$/.test(toks[k + 1]!.lower));
  const count = (text: string) => tokenize(text).filter((t, k, all) => t.kind === 'word' && HE.test(t.text) && !verbSein(all, k)).length;
  const n = count(before);
  if (!n || count(fixed) !== n) return false;
  // each may mean a man named before it, or a thing for "er"/"ihn"/"ihm" ("… den Antrag aus und gebe ihn … ab")
  // ("ihm", or "ihn" after a verb done to people — "informiert ihn", "lädt ihn … ein" — is a person, not a thing)
  const toks = tokenize(fixed);
  const thing = (k: number) => toks[k]!.text !== 'ihm' && !ACCUSATIVE_OBJECT.test(toks[k - 1]?.lower ?? '');
  return toks.some((t, k) => t.kind === 'word' && HE.test(t.text) && !verbSein(toks, k) && !(/^sein/.test(t.text) ? otherPerson(toks, 0, k, 'm', [0, 0]) : otherCandidate(toks, 0, k, 'm', thing(k))));
}

/**
 * An "er"/"ihn"/"ihm" kept in the sentence after one where the client speaks ("Ich werde … an den Reha-Berater
 * übergeleitet; Termin … wird ihm schriftlich mitgeteilt"), where the client is a man or not said to be a woman, with
 * no one of its own sentence before it and no "ich" in it (then it cannot be her: "… lasse ich ihn prüfen"): it most
 * likely went on with the client, who is "ich" now — or meant the man named before. The rewrite cannot tell.
 */
export function heAfterClient(fixed: string, gender: 'm' | 'f' | null): boolean {
  if (gender === 'f') return false;
  const toks = tokenize(fixed);
  let s0 = 0;
  let before: 'speaks' | 'spokenOf' | false = false;
  for (let k = 0; k <= toks.length; k++) {
    if (k < toks.length && !sentenceEnd(toks, k)) continue;
    const sentence = toks.slice(s0, k);
    const speaks = sentence.some((t) => isWord(t) && t.lower === 'ich');
    // (or one that says "mich"/"mein …" of her: "Das JC übernimmt … meinen Staplerschein. Frau Winter stellt ihm …" —
    // then a man named anywhere before may be meant: "… meines Sohnes; sie holt ihn …")
    const spokenOf = !speaks && sentence.some((t) => isWord(t) && /^(?:mich|mir|mein\p{L}*)$/u.test(t.lower));
    if (before && !speaks && !spokenOf) {
      for (let j = s0; j < k; j++) {
        const t = toks[j]!;
        if (!isWord(t) || !/^(?:er|ihn|ihm)$/.test(t.lower) || (t.text !== t.lower && j !== s0)) continue;
        // (a thing may be "er"/"ihn" — "Der Termin … wird ihm mitgeteilt": "ihm" is a person)
        // (a relative in the genitive counts too: "meines Sohnes", "meines Vaters")
        const relative = toks.slice(0, j).some((x) => isWord(x) && isCapitalised(x) && isKin(x.lower.replace(/e?s$/, '')));
        if (before === 'speaks' ? !otherCandidate(toks, s0, j, 'm', t.lower !== 'ihm') : !otherPerson(toks, 0, j, 'm', [0, 0]) && !relative) return true;
      }
    }
    before = speaks ? 'speaks' : spokenOf ? 'spokenOf' : false;
    s0 = k + 1;
  }
  return false;
}

// "…, den dieser beim ÄD einreicht": a relative clause whose subject is a demonstrative for someone named before — the
// client, now "ich" — half done ("… reiche diese ein" is the papers: not this)
const DEMONSTRATIVE = /,\s*(?:den|die|das|dem|der|denen)\s+(?:dieser|diese)\s+(?!\p{Lu})/u;

// a demonstrative as the subject of a clause of its own ("…, sofern diese einverstanden ist", "…, ob dieser …")
const DEMONSTRATIVE_SUBJECT = /^(?:sofern|wenn|falls|ob|dass|weil|da|sobald|solange|bevor|nachdem|damit|indem|bis|während|und|oder|aber)$/;

/**
 * A demonstrative that means the client, kept in the rewrite: the nearest noun before it in the original is the client
 * ("… das Profil der Kundin vor, sofern diese einverstanden ist" → "… mein Profil vor, sofern diese …" — no one is
 * "diese" now). Where a thing stands nearer, it is the thing ("… den Bescheid ein, sobald dieser vorliegt").
 */
export function demonstrativeForClient(text: string, fixed: string): boolean {
  const toks = tokenize(text);
  const clients = [...clientNouns(toks), ...namedPersons(toks)];
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || !/^(?:dieser|diese)$/.test(t.text) || !DEMONSTRATIVE_SUBJECT.test(toks[k - 1]?.lower ?? '') || isCapitalised(toks[k + 1] ?? t)) continue;
    if (!new RegExp(`(?<![\\p{L}])${toks[k - 1]!.text}\\s+${t.text}(?![\\p{L}])`, 'u').test(fixed)) continue;
    for (let j = k - 2; j >= 0; j--) {
      const w = toks[j]!;
      const client = clients.some((c) => j >= c.from && j < c.to);
      if (client) return true;
      const opensSentence = j === 0 || (toks[j - 1]!.text === '.' && dotEndsSentence(toks, j - 1));
      if (isWord(w) && isCapitalised(w) && !isFunctionWord(w) && !opensSentence) break;
    }
  }
  return false;
}

/** A part of an entry as the rule found it: where it stands, its fix if any, the client's names in it. */
export interface RewrittenPart {
  start: number;
  end: number;
  fix?: { text: string };
  clientNames?: readonly string[];
}

/** The client's gender as the rewritten parts of the original name her ("Frau T.", "die Kundin", "er"), or null. */
function clientGenderIn(text: string, hits: readonly RewrittenPart[]): 'm' | 'f' | null {
  for (const h of hits) {
    if (!h.fix) continue;
    const toks = tokenize(text.slice(h.start, h.end));
    const noun = clientNouns(toks).find((r) => r.gender);
    if (noun) return noun.gender;
    const name = namedPersons(toks).find((p) => p.gender && (h.clientNames ?? []).some((n) => sameName(n, text.slice(h.start + p.start, h.start + p.end))));
    if (name) return name.gender;
    // a pronoun: "er"; "sie" with a verb in the singular ("Sie gibt …"; the formal "Sie geben" says no gender)
    const words = toks.filter((t) => t.kind === 'word');
    if (words[0]?.lower === 'er') return 'm';
    if (words[0]?.lower === 'sie' && /t$/.test(words[1]?.lower ?? '')) return 'f';
  }
  // a man's object pronoun the rewrite made "mich"/"mir" ("… unterstützt ihn …" → "… unterstützt mich …")
  for (const h of hits) {
    if (!h.fix) continue;
    const was = tokenize(text.slice(h.start, h.end)).filter((t) => isWord(t) && /^(?:ihn|ihm)$/.test(t.text)).length;
    const now = tokenize(h.fix.text).filter((t) => isWord(t) && /^(?:ihn|ihm)$/.test(t.text)).length;
    if (now < was) return 'm';
  }
  return null;
}

/**
 * Is the rewrite of `text` into `fixed` half done or a guess, by any of the checks above? `parts`: the entry's findings;
 * `clientNamed`: the original had the client as a subject in the third person; `persons`: the people the original names.
 */
export function halfDone(text: string, fixed: string, parts: readonly RewrittenPart[], clientNamed: boolean, persons: readonly NamedPerson[]): boolean {
  const gender = clientGenderIn(text, parts);
  const names = parts.flatMap((h) => h.clientNames ?? []);
  return !!leftoverClientPronoun(fixed, gender, clientNamed) || heLeftInClause(fixed, gender) || parentOfKin(fixed) || clientStillNamed(fixed, names) || heKeptEverywhere(text, fixed, gender) ||
    heAfterClient(fixed, gender) || twoPossibleClients(text, persons) || pluralLeftWithClient(fixed) || nameLeftForPronoun(text, fixed, names) ||
    nameTagForPronoun(text, fixed, names) || caseWorkerSpeaks(text) || DEMONSTRATIVE.test(fixed) || demonstrativeForClient(text, fixed) || thirdAfterIch(fixed) || weLeftBeside(text, fixed);
}

/**
 * The job centre's "wir" made "Das Jobcenter" in one part while another keeps "wir"/"uns" ("Das Jobcenter prüft meinen
 * Antrag; sofern bewilligt, zahlen wir …"): now "wir" reads as someone else — half done.
 */
function weLeftBeside(text: string, fixed: string): boolean {
  // (a quick look at the text first: most rewrites have no "wir" left)
  if (!WE_LEFT.test(fixed)) return false;
  const count = (t: string) => (t.match(/(?<![\p{L}])Jobcenter(?![\p{L}])/gu) ?? []).length;
  return count(fixed) > count(text) && tokenize(fixed).some(isWe);
}
const WE_LEFT = /(?<![\p{L}])(?:wir|uns|unser\p{L}*)(?![\p{L}])/iu;

/**
 * A pronoun made "ich" where the original had no other word for the client, and a name of its gender in brackets of its
 * own after something that is no place or office ("Er/Sie erlangt die Fahrerlaubnis … bis 31.10.2027 (Herr Ahmadi)"):
 * the client's name tagged on, left in the third person — or someone else's; not after an office, where it is its
 * contact ("Sie meldet sich beim Träger (Frau Aydin)").
 */
function nameTagForPronoun(before: string, fixed: string, clientNames: readonly string[]): boolean {
  if (clientNames.length || !/\((?:Herr|Frau|Hr\.|Fr\.)\s/.test(fixed)) return false;
  const was = tokenize(before);
  if (clientNouns(was).length) return false;
  const pronoun = was.find((t) => isWord(t) && /^(?:er|sie)$/.test(t.lower) && t.text !== 'Sie');
  const he = was.some((t) => isWord(t) && t.text === 'Er');
  const g = pronoun ? (pronoun.lower === 'er' ? 'm' : 'f') : he ? 'm' : null;
  if (!g) return false;
  const now = tokenize(fixed);
  return namedPersons(now).some((p) => p.gender === g && now[p.from - 1]?.text === '(' && now[p.to]?.text === ')' &&
    !(isWord(now[p.from - 2]) && isCapitalised(now[p.from - 2]!)));
}

const HERS = /^(?:ihr|ihre[mnrs]?)$/;
/**
 * A pronoun of the client made "ich"/"mich"/"mein" where the original had no other word for the client, and a person of
 * that gender named before it is still there ("Herr Osman wird … bei der Suche nach einem AG unterstützt, der ihn …
 * beschäftigen darf" → "… der mich …"): that person was the client, now in two persons at once.
 */
export function nameLeftForPronoun(before: string, fixed: string, clientNames: readonly string[]): boolean {
  const was = tokenize(before);
  if (clientNames.length || clientNouns(was).length) return false;
  const count = (toks: Token[], re: RegExp) => toks.filter((t) => isWord(t) && t.text === t.lower && re.test(t.lower)).length;
  const now = tokenize(fixed);
  return (['m', 'f'] as const).some((g) => {
    const re = g === 'm' ? HE : HERS;
    if (count(was, re) <= count(now, re)) return false;
    const first = was.findIndex((t) => isWord(t) && t.text === t.lower && re.test(t.lower));
    // (the subject of the pronoun's own clause is not the one it means: "Sein Bewährungshelfer Herr Fink unterstützt ihn")
    const [s0, s1] = subjectsClause(was, first) ? subjectSpan(was, first) : [0, 0];
    if (namedPersons(was).some((p) => p.gender === g && p.from < first && !(p.from >= s0 && p.from < s1) && fixed.includes(before.slice(p.start, p.end)))) return true;
    // a first name before it, not a relative's ("Die Mutter von Justin begleitet ihn" — not "ihr Sohn Minh"), kept
    return was.some((t, k) => k < first && isWord(t) && isCapitalised(t) && tagsOf(t.lower).includes(g === 'm' ? 'MaleName' : 'FemaleName') &&
      !(isWord(was[k - 1]) && isCapitalised(was[k - 1]!)) && now.some((x) => x.text === t.text));
  });
}

// What the job centre does for a client: propose a job, offer, hand out, assign, grant ("Ich habe Hr. W. die Stelle … vorgeschlagen").
const OFFICE_ACT = /^(?:vorgeschlagen|vorschlagen|schlage|angeboten|anbieten|biete|ausgehändigt|aushändigen|händige|zugewiesen|zuweisen|weise|bewilligt|bewilligen|bewillige|gewährt|gewähren|gewähre|ausgestellt|ausstellen|stelle)$/;
/**
 * The case worker speaking as "ich": an "ich" that proposes, offers or grants something to a person named without a
 * preposition ("Ich habe Hr. Wolff die Stelle … vorgeschlagen (VV vom 12.05.); Bewerbung bis 20.05."). Then the "ich"
 * of a rewrite would be read as hers — no fix in the entry.
 */
export function caseWorkerSpeaks(text: string): boolean {
  const toks = tokenize(text);
  if (!toks.some((t) => isWord(t) && t.lower === 'ich') || !toks.some((t) => isWord(t) && OFFICE_ACT.test(t.lower))) return false;
  const ich = toks.findIndex((t) => isWord(t) && t.lower === 'ich');
  return namedPersons(toks).some((p) => p.from > ich && isWord(toks[p.from - 1]) && toks[p.from - 1]!.lower !== 'und' && !tagsOf(toks[p.from - 1]!.lower).includes('Preposition'));
}

/**
 * "Ich ziehe … um und ist ab dann … erreichbar": after "ich", an "und"/"oder" with "ist", "hat", "wird" or "sind" in the same
 * sentence, or a comma with a plural verb ("…, sollen aber …") — a second verb of hers left in the third person (not a modal: "kann" is hers as well). One pass over the
 * tokens.
 */
function thirdAfterIch(fixed: string): boolean {
  const toks = tokenize(fixed);
  let ich = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // (a full stop ends the sentence only before a capital: "in die Gartenstr. 14, …", "zum 01.07. in …" go on)
    if (/^[;!?]$/.test(t.text) || (t.text === '.' && isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!))) ich = false;
    else if (isWord(t) && t.lower === 'ich') ich = true;
    else if (ich && isWord(t) && /^(?:und|oder)$/.test(t.lower) && isWord(toks[k + 1]) && /^(?:ist|hat|wird|sind)$/.test(toks[k + 1]!.text)) return true;
    // (or the formal "Sie"'s plural after a comma, with no subject of its own: "Ich darf …, sollen aber …")
    else if (ich && t.text === ',' && isWord(toks[k + 1]) && /^(?:sind|haben|werden|sollen|müssen|können|dürfen|wollen)$/.test(toks[k + 1]!.text) &&
      isWord(toks[k + 2]) && /^(?:aber|jedoch|dann|außerdem|zudem|auch|zusätzlich|ebenfalls|trotzdem|dabei)$/.test(toks[k + 2]!.text)) return true;
  }
  return false;
}

/**
 * A man's "ihm"/"ihn" left in a part of the rewrite (up to a semicolon) where no man it could mean stands but its
 * clause's own subject (which "ihm"/"ihn" never is), and for "ihn" no thing of his gender either, where the client is a
 * man or of no gender said: it meant the client ("…; die Schwester, Fr. Kowalski, hilft ihm …", "…; der Sohn bringt ihn
 * … hin"). ("… schreibe meinen Lebenslauf und schicke ihn …": the thing.)
 */
export function heLeftInClause(fixed: string, gender: 'm' | 'f' | null): boolean {
  if (gender === 'f' || !/(?<![\p{L}])(?:ihm|ihn)(?![\p{L}])/u.test(fixed)) return false;
  const toks = tokenize(fixed);
  const breaks = toks.flatMap((t, k) => (/^[,;:–()]$/.test(t.text) || (t.text === '.' && sentenceEnd(toks, k)) ? [k] : []));
  const clauseOf = (k: number): [number, number] => {
    const from = (breaks.filter((b) => b < k).at(-1) ?? -1) + 1;
    return [from, breaks.find((b) => b > k) ?? toks.length];
  };
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || !/^(?:ihm|ihn)$/.test(t.text)) continue;
    const [from, to] = clauseOf(k);
    // (only once the client speaks as "ich" before it)
    if (!toks.slice(0, k).some((x) => isWord(x) && /^(?:ich|mich|mir|mein\p{L}*)$/u.test(x.lower))) continue;
    // (its own clause's subject is no "ihm"/"ihn"; any other man in its part may be him — an office is none)
    const own = new Set(Array.from({ length: Math.max(0, afterSubject(toks, from) - from) }, (_, i) => from + i));
    // (back to the part's start: a semicolon, or the entry's)
    let pf = from;
    while (pf > 0 && toks[pf - 1]!.text !== ';') pf--;
    // ("ihn" may be a thing of his gender named in its part: "… meinen Lebenslauf … und schicke ihn …")
    if (otherCandidate(toks, pf, to, 'm', t.text === 'ihn', undefined, true, own)) continue;
    return true;
  }
  return false;
}

// a parent or a child named with "the", whom a relative of the client's acts on: the client herself, or one of hers
const RELATION = /^(?:mutter|vater|tochter|sohn)$/;
/**
 * Beside "ich", one of the family acting on "die Mutter"/"den Vater"/"den Sohn" in a part left as written ("Tochter Aylin
 * (16) begleitet die Mutter zum Termin …; ich bringe …"): that mother may be the client — now she reads as another.
 */
export function parentOfKin(fixed: string): boolean {
  const toks = tokenize(fixed);
  if (!toks.some((t) => isWord(t) && /^(?:ich|mich|mir)$/.test(t.lower))) return false;
  return toks.some((t, k) => isWord(t) && isCapitalised(t) && RELATION.test(t.lower) && /^(?:die|der|den|dem)$/.test(toks[k - 1]?.lower ?? '') &&
    toks.slice(Math.max(0, k - 8), k - 1).some((x, j, a) => isWord(x) && isCapitalised(x) && isKin(x.lower) && !/^(?:mein\p{L}*|dein\p{L}*)$/u.test(a[j - 1]?.lower ?? '')));
}
