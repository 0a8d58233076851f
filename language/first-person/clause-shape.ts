/**
 * The shape of clauses around a word: whether a subordinate or relative clause opens before it, whether a list of verbs
 * goes on after it, whether a "sich" or an "ihr" stands in a clause of its own (used by third-person.ts).
 */
import { tagsOf } from '../language';
import { isOfficeWord } from '../lexicon';
import { otherCandidate } from './antecedents';
import { isCapitalised, type Token } from '../tokens';
import { clauseEndIndex, clauseStartBefore, isFunctionWord, isLower, isWord, LINKING_ADVERB, looksFinite, SUBORDINATOR } from './common';

const RELATIVE = /^(?:der|die|das|den|dem|deren|dessen|denen|welche[mnrs]?)$/;
const RELATIVE_ADVERB = /^(?:wo(?:r?)(?:für|mit|zu|bei|durch|nach|auf|an|aus|in|über|um|von)|weshalb|weswegen|wieso|warum|wodurch)$/;

/** Does a subordinate or relative clause open right before token k ("…, weil sie", "…, bei der sie", "…, die sie")? */
export function opensClause(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (!isWord(prev)) return false;
  if (SUBORDINATOR.test(prev.lower)) return true;
  // a relative adverb after a comma: "…, wofür sie den MSA braucht", "…, weshalb er …"
  if (RELATIVE_ADVERB.test(prev.lower)) return toks[k - 2]?.text === ',';
  if (!RELATIVE.test(prev.lower)) return false;
  const before = toks[k - 2], before2 = toks[k - 3];
  return before?.text === ',' || (isWord(before) && tagsOf(before.lower).includes('Preposition') && before2?.text === ',');
}

/**
 * Does the part of a sentence from token k on go on with verbs of the clause before it — no subject of its own, no
 * word that opens a clause, a plural verb at its end ("…, umziehen oder ins Krankenhaus müssen")?
 */
export function verbListGoesOn(toks: Token[], k: number): boolean {
  const first = toks[k];
  // (its first word may be a noun or "Ihre …": "…, Ihre Mietschulden abbauen und …")
  if (!isWord(first) || SUBORDINATOR.test(first.lower) || /^(?:und|oder|aber|sondern|denn|bitte)$/.test(first.lower)) return false;
  let last: Token | undefined;
  // (up to its own end: a comma, or the "und" that joins the next: "…, Ihre Mietschulden abbauen und Ihr Sohn …")
  for (let j = k; j < toks.length && !/^[,;:.!?]$/.test(toks[j]!.text) && !(j > k && /^(?:und|oder|sowie)$/.test(toks[j]!.lower)); j++) {
    if (!isWord(toks[j])) continue;
    if (/^(?:ich|sie|er|es|wir)$/i.test(toks[j]!.text) || toks[j]!.text === 'ihr') return false;
    last = toks[j];
  }
  return !!last && isLower(last) && /(?:en|ern|eln)$/.test(last.lower);
}

/**
 * Does the "sich" at k stand in a subordinate clause, after the main verb at `verb`, with no subject pronoun between
 * its opening word and it ("…, wenn sich die Beschwerden …" — not "…, weil sie sich …")?
 */
export function ownSubjectClause(toks: Token[], verb: number, k: number): boolean {
  for (let j = k - 1; j > verb; j--) {
    const w = toks[j]!;
    if (isWord(w) && /^(?:er|sie|ich|es|wir)$/i.test(w.text)) return false;
    if (isWord(w) && SUBORDINATOR.test(w.lower) && toks[j - 1]?.text === ',') return true;
    // a main clause of its own after the comma, an adverb first and its verb right before "sich" ("…, sonst verzögert
    // sich ihr Antrag"): the subject comes after the "sich"
    if (w.text === ',' && j + 3 === k && isWord(toks[j + 1]) && LINKING_ADVERB.test(toks[j + 1]!.lower) && looksFinite(toks[j + 2]!)) return true;
    if (/^[;:]$/.test(w.text)) return false;
  }
  return false;
}

/**
 * Is the bare "ihr" at k a possessive before a phrase that ends in its noun ("ob ihr in Syrien erworbener Abschluss …"):
 * an adjective with a strong ending and a noun after it, before the clause ends?
 */
export function ownsPhraseAhead(toks: Token[], k: number): boolean {
  const end = clauseEndIndex(toks, k);
  for (let i = k + 1; i < end; i++) {
    const a = toks[i]!, n = toks[i + 1];
    if (isWord(a) && isLower(a) && !isFunctionWord(a) && /(?:er|es)$/.test(a.lower) && isWord(n) && isCapitalised(n)) return true;
  }
  return false;
}

/**
 * Does the subordinate clause of the subject at k, ending in its verb at `end`, have more verbs of that subject — after
 * a comma ("…, wenn Sie eine Arbeit aufnehmen, umziehen oder …") or before the last, joined by "und" ("…, wo Sie wohnen
 * und arbeiten", "…, dass Sie keinen Führerschein besitzen und auf den Bus angewiesen sind")? Each would need its own
 * form: the rewrite is unsure.
 */
export function moreVerbsInClause(toks: Token[], k: number, end: number): boolean {
  if (toks[end + 1]?.text === ',' && verbListGoesOn(toks, end + 2)) return true;
  for (let j = k + 1; j < end; j++) {
    const t = toks[j]!, next = toks[j + 1];
    if (isWord(t) && isLower(t) && !isFunctionWord(t) && /(?:en|ern|eln)$/.test(t.lower) && next && /^(?:und|oder|sowie|bzw|,)$/.test(next.lower)) return true;
  }
  return false;
}

/** The subordinator that opens the clause of the word at k, right after the last comma before it ("…, wenn sich der Vorschuss ändert oder wegfällt"); -1 if none. */
export function subordinatorOf(toks: Token[], k: number): number {
  const from = clauseStartBefore(toks, k);
  return from > 0 && isWord(toks[from]) && SUBORDINATOR.test(toks[from]!.lower) ? from : -1;
}

/** Is token k in a relative clause whose pronoun opens it after a comma ("…, die sich … lässt")? */
export function inRelativeClause(toks: Token[], k: number): boolean {
  for (let j = k - 1; j > 0; j--) {
    if (toks[j]!.text !== ',') continue;
    const pron = toks[j + 1], after = toks[j + 2];
    return isWord(pron) && /^(?:der|die|das|welche[rs]?)$/.test(pron.lower) && isWord(after) && after.text === after.lower;
  }
  return false;
}

/**
 * The client named right after a relative pronoun that opens its clause, as its subject ("…, bei der der Kunde nicht
 * schwer heben muss", "…, die Frau K. mit dem Bus erreicht"): after a comma, alone or behind a preposition.
 */
export function relativeAhead(toks: Token[], from: number): boolean {
  const pron = toks[from - 1];
  // (a pronoun, not an article: the word after it is in lower case — "…, die er …", "…, bei der der Kunde …")
  if (!isWord(pron) || !/^(?:der|die|das|dem|den|denen|deren|dessen)$/.test(pron.lower) || !isWord(toks[from]) || !isLower(toks[from]!)) return false;
  const before = toks[from - 2];
  // (or a second relative clause after "und": "…, bei der … und die er … erreichen kann")
  const opens = (t: Token | undefined) => t?.text === ',' || (isWord(t) && /^(?:und|oder)$/.test(t.lower));
  return opens(before) || (isWord(before) && tagsOf(before.lower).includes('Preposition') && opens(toks[from - 3]));
}

/** "sich" between a subordinator and the client named after it ("…, dass sich Hr. Mensah … vorstellt"). */
export function sichAhead(toks: Token[], from: number): boolean {
  return toks[from - 1]?.lower === 'sich' && isWord(toks[from - 2]) && SUBORDINATOR.test(toks[from - 2]!.lower);
}


// Who else may act in a clause of their own, besides the offices.
const ACTING = /^(?:arbeitgeber|ag|firma|betrieb|schule|kita|ärztin|arzt|dienst|pflegedienst)$/;

/**
 * Does the part after the "und"/"oder" at `join` (up to its verb at `end`) have a subject of its own, so that its verb
 * is not the one before the join's again? ("…, ob Herr D. … zur Verfügung steht oder ob ein Antrag … gestellt werden
 * muss", "…, dass Kd. den Antrag stellt und der Träger die Kosten übernimmt"): a clause of its own, a pronoun, a person
 * or an office, or "der"/"ein" right after the join, which may open a man's or a thing's nominative.
 */
export function ownSubjectAfterJoin(toks: Token[], join: number, end: number): boolean {
  const first = toks[join + 1];
  if (!isWord(first) || SUBORDINATOR.test(first.lower) || /^(?:der|ein|kein)$/.test(first.lower)) return true;
  for (let k = join + 1; k < end; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    if (/^(?:er|sie|es|man|wir|ihr)$/.test(t.lower) || t.text === 'Sie' || isOfficeWord(t.text) || ACTING.test(t.lower)) return true;
  }
  return otherCandidate(toks, join + 1, end, 'm', false) || otherCandidate(toks, join + 1, end, 'f', false);
}
