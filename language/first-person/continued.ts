/**
 * A part that goes on about the client after one with her as its subject, by pronoun only: "Hr. Ibrahimović ist Vater
 * einer 1-jährigen Tochter; eine Ausbildung in Teilzeit wäre für ihn daher sinnvoll." → "…; eine Ausbildung in Teilzeit
 * wäre für mich daher sinnvoll."; "…; vorher beendet seine Frau ihre Elternzeit, damit er die Umschulung machen kann." →
 * "…; vorher beendet meine Frau ihre Elternzeit, damit ich die Umschulung machen kann."
 *
 * Only in her own headings, only her gender's words, and each only where nobody else it could mean is named before it
 * (in the part, or besides her in the parts before): an object "ihn"/"ihm" or a dative "ihr" becomes "mich"/"mir", her
 * "sein …"/"ihr …" before its noun "mein …", and "er"/"sie" as a subject "ich" with its verb — right after it, right
 * before it, or at the end of its clause. A "sich" in the part, a plural "sie", or a verb that cannot be put in her
 * person: unsure, no fix.
 */
import { isThirdPersonPresent, MODALS } from '../language';
import { clientNouns, namedPersons, sameName } from '../people';
import { genderOf } from '../nouns';
import type { Sentence, Token } from '../tokens';
import { isPersonNoun, otherCandidate } from './antecedents';
import { moreVerbsInClause } from './clause-shape';
import { applyEdits, clauseEndIndex, clauseStartBefore, conjugateFirst, conjugateVerbFinal, isPreposition, isWord, looksFinite, PREP_CASE, SUBORDINATOR, type Edit } from './common';
import { ownsNext, toMine } from './possessives';
import { singularVerb } from './residual';
import { FRONTED } from './subject';
import { rewriteThirdPerson } from './third-person';

const HIS = { m: /^(?:er|ihn|ihm|sein|seine[mnrs]?)$/, f: /^(?:sie|ihr|ihre[mnrs]?)$/ } as const;
// the relative pronouns that open a clause whose verb stands at its end ("…, den er … erwerben will")
const RELATIVE = /^(?:der|die|das|den|dem|deren|dessen)$/;
// an object put first by its article, before the verb and its subject ("den", "ihren", "dem")
const OBJECT_FIRST = /^(?:den|einen|ihren|seinen|meinen|dem|einem|ihrem|seinem|meinem|diesen|diesem)$/;

/**
 * Edits that make the client's pronouns in `s` her own words; [] when it has none of her gender; null when one is
 * unsure. `before`: the parts before it, each with the span of the client's mention as its subject.
 */
export function continuedPronouns(s: Sentence, gender: 'm' | 'f', before: ReadonlyArray<{ tokens: Token[]; client?: readonly [number, number] }>): Edit[] | null {
  const toks = s.tokens;
  const words = HIS[gender];
  if (!toks.some((t, k) => isWord(t) && (t.text === t.lower || k === 0) && words.test(t.lower))) return [];
  // (the client named by a noun or her name in the part right before, not addressed as "Sie")
  const last = before[before.length - 1];
  const namedBefore = !!last?.client && last.tokens.slice(last.client[0], last.client[1]).some((x) => isWord(x) && /^(?:frau|fr|kundin|klientin|teilnehmerin)$/.test(x.lower));
  // someone else of her gender besides her in the parts before ("… mit seinem Bruder; er …"): unsure
  // (what she is, after "ist"/"wird", is not someone else: "Hr. I. ist Vater einer Tochter")
  if (before.some((p) => otherCandidate(p.tokens, 0, p.tokens.length, gender, false, p.client ? [p.client[0], p.client[1]] : undefined, false, predicates(p.tokens)))) return null;
  if (toks.some((t) => isWord(t) && t.lower === 'sich')) return null;
  const edits: Edit[] = [];
  const done = new Set<number>();
  for (const [k, t] of toks.entries()) {
    // (her possessive may open the part: "Seine Frau hilft ihm …" — "Ihr …" there only where she was named, not "Sie")
    const opening = k === 0 && ownsNext(t, toks[1]) && (gender === 'm' ? /^Sein/ : /^Ihr/).test(t.text) && (gender === 'm' || namedBefore);
    if (!isWord(t) || (t.text !== t.lower && !opening) || !words.test(t.lower) || done.has(k)) continue;
    const prev = toks[k - 1], next = toks[k + 1];
    const owner = /^(?:sein|ihr)/.test(t.lower) && ownsNext(t, next, prev);
    // (what she owns may be a thing's own, named before: "… einen Arbeitsvertrag unterschrieben; sein Beginn …" — not
    // a person: "Seine Frau hilft ihm …")
    if ((opening || owner) && thingMayOwn(toks, k, gender, before)) return null;
    if (opening) { edits.push({ start: t.start, end: t.end, text: toMine(t.text, true) }); continue; }
    const dative = t.lower === 'ihm' || (t.lower === 'ihr' && !owner);
    // (a thing of her gender before it may be meant too, but for a dative, which is a person: "eine Arbeitsaufnahme ist ihr
    // … nicht zumutbar")
    if (otherCandidate(toks, 0, k, gender, !dative)) return null;
    if (owner) { edits.push({ start: t.start, end: t.end, text: toMine(t.lower) }); continue; }
    if (dative) { edits.push({ start: t.start, end: t.end, text: 'mir' }); continue; }
    if (t.lower === 'ihn' || (t.lower === 'sie' && isWord(prev) && PREP_CASE[prev.lower] === 'mich')) { edits.push({ start: t.start, end: t.end, text: 'mich' }); continue; }
    // "er"/"sie" as the subject: its verb right after it, right before it, or at the end of its clause
    const verb = subjectVerb(toks, k);
    if (!verb) return null;
    edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: toks[verb.at]!.start, end: toks[verb.at]!.end, text: verb.text });
    done.add(verb.at);
  }
  return edits;
}

// What a contract, a course or a measure has as much as a person: its start, end, length, place, costs, content.
const THINGS_OWN = /^(?:beginn|start|anfang|ende|abschluss|dauer|laufzeit|umfang|ablauf|inhalt|inhalte|ort|standort|adresse|kosten|ergebnis|zeiten|arbeitszeiten|frist|höhe|träger|leitung|bedingungen|voraussetzungen)$/;

/**
 * Could a thing named before the possessive at k (in this part or the parts before, outside her mention) own what it
 * names — a noun of the possessive's gender ("sein": masculine or neuter, "ihr": feminine), where what it names is what
 * things have too ("… einen Arbeitsvertrag unterschrieben; sein Beginn …")?
 */
function thingMayOwn(toks: Token[], k: number, gender: 'm' | 'f', before: ReadonlyArray<{ tokens: Token[]; client?: readonly [number, number] }>): boolean {
  const owned = toks.slice(k + 1, k + 4).find((x) => isWord(x) && /^\p{Lu}/u.test(x.text));
  if (!owned || !THINGS_OWN.test(owned.lower)) return false;
  const parts = [...before, { tokens: toks.slice(0, k) }];
  return parts.some((p) => p.tokens.some((x, j) => {
    // (not what she is or works as: "sucht Stellen als Fachkraft")
    if (!isWord(x) || !/^\p{Lu}/u.test(x.text) || j === 0 || (p.client && j >= p.client[0] && j < p.client[1]) || p.tokens[j - 1]?.lower === 'als' || isPersonNoun(x.text)) return false;
    const g = genderOf(x.text);
    return gender === 'm' ? g === 'm' || g === 'n' : g === 'f';
  }));
}

/** The nouns said of the subject after "ist", "wird", "bleibt" (with "ein …" before them): "ist Vater", "wird eine Köchin". */
function predicates(toks: Token[]): Set<number> {
  const out = new Set<number>();
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || !/^(?:ist|war|wird|wurde|bleibt)$/.test(t.lower)) continue;
    const at = isWord(toks[k + 1]) && /^(?:ein|eine)$/.test(toks[k + 1]!.lower) ? k + 2 : k + 1;
    if (isWord(toks[at]) && /^\p{Lu}/u.test(toks[at]!.text)) out.add(at);
  }
  return out;
}

/** The verb of the subject "er"/"sie" at k and its form for "ich"; null when unsure. */
function subjectVerb(toks: Token[], k: number): { at: number; text: string } | null {
  const t = toks[k]!, prev = toks[k - 1], next = toks[k + 1];
  // ("sie" with a verb in the singular: "sie möchte", not "sie möchten")
  const singular = (v: Token) => t.lower === 'er' || singularVerb(v);
  // at the end of a clause opened by a conjunction or a relative pronoun ("…, damit er … kann", "…, den er … will")
  if (isWord(prev) && (SUBORDINATOR.test(prev.lower) || RELATIVE.test(prev.lower))) {
    const end = clauseEndIndex(toks, k);
    const v = toks[end];
    if (end <= k || !isWord(v) || !singular(v) || moreVerbsInClause(toks, k, end)) return null;
    const f = conjugateVerbFinal(v);
    return f ? { at: end, text: f } : null;
  }
  // right after it ("…, sie möchte …"), or right before it ("… ist er …"), with no second verb after "und"
  // (an auxiliary or modal before it is the finite one, what follows its participle: "… wurde er informiert")
  const aux = isWord(prev) && /^(?:ist|hat|wird|wurde|war|hatte|kann|muss|soll|will|darf|möchte|konnte|musste|sollte|wollte)$/.test(prev.lower);
  const v = aux ? k - 1 : isWord(next) && looksFinite(next) ? k + 1 : isWord(prev) && looksFinite(prev) ? k - 1 : -1;
  if (v < 0 || !singular(toks[v]!)) return null;
  // (after its verb "sie" is the subject only where what stands first is no subject of its own: "ihren Minijob kündigt
  // sie", "vorher ruft sie an" — not "Er erwartet sie")
  if (v === k - 1 && t.lower === 'sie') {
    const first = toks[clauseStartBefore(toks, v)];
    if (!isWord(first) || !(FRONTED.test(first.lower) || OBJECT_FIRST.test(first.lower) || isPreposition(first))) return null;
  }
  const end = clauseEndIndex(toks, k);
  if (toks.slice(k + 1, end + 1).some((x, j) => isWord(x) && /^(?:und|oder)$/.test(x.lower) && isWord(toks[k + 2 + j]) && looksFinite(toks[k + 2 + j]!))) return null;
  const f = conjugateFirst(toks[v]!.lower, false);
  return f ? { at: v, text: f } : null;
}

/**
 * In someone else's heading, a part after one that named the client ("Fr. Wójcik erhält vom JC einen AVGS …; die
 * Kinderbetreuungskosten … werden ihr erstattet"): her words in it made hers, as continuedPronouns does; her gender and
 * her mention from the parts before (by the names found there, or "die Kundin"). Null when it cannot be said.
 */
export function continuedInOthers(s: Sentence, before: readonly Sentence[], names: readonly string[]): string | null {
  let gender: 'm' | 'f' | null = null;
  const spans = before.map((p) => {
    const person = namedPersons(p.tokens).find((x) => x.gender && names.some((n) => sameName(p.text.slice(x.start - p.start, x.end - p.start), n)));
    const noun = person ? null : clientNouns(p.tokens).find((r) => r.gender && r.type === 'noun');
    const m = person ?? noun;
    if (m?.gender) gender ??= m.gender;
    return { tokens: p.tokens, client: m ? ([m.from, m.to] as const) : undefined };
  });
  if (!gender || !spans.some((x) => x.client)) return null;
  const edits = continuedPronouns(s, gender, spans);
  return edits?.length ? applyEdits(s.text, s.start, edits) : null;
}

/**
 * The client's mention opening a clause of its own after a comma or "und", her verb right after it: that clause
 * rewritten with "ich" as its subject, up to its end (the next comma or semicolon); null when it is not so, or unsure.
 */
export function ownClause(s: Sentence, r: { from: number; to: number; gender: 'm' | 'f' | null }): Edit | null {
  const toks = s.tokens;
  const before = toks[r.from - 1], v = toks[r.to];
  // (a verb the lexicon knows in the third person, not a word that only ends like one: "Kd. damit ab sofort verfügbar")
  if (!before || !/^(?:,|und|sowie|\+)$/.test(before.lower) || !isWord(v) || v.text !== v.lower || !(isThirdPersonPresent(v.lower) || MODALS[v.lower] || /^(?:ist|hat)$/.test(v.lower))) return null;
  let end = r.to;
  for (let depth = 0; end < toks.length; end++) {
    const t = toks[end]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (!depth && /^[,;]$/.test(t)) break;
  }
  const part = toks.slice(r.from, end);
  const sub: Sentence = { start: part[0]!.start, end: part[part.length - 1]!.end, text: s.text.slice(part[0]!.start - s.start, part[part.length - 1]!.end - s.start), tokens: part };
  const rw = rewriteThirdPerson(sub, { from: 0, to: r.to - r.from, verb: r.to - r.from, inverted: false, ref: { gender: r.gender, type: 'pronoun' }, formal: false });
  if (!rw || !rw.startsWith('Ich ')) return null;
  const text = /[.!?]$/.test(sub.text) ? rw : rw.replace(/\.$/, '');
  return { start: sub.start, end: sub.end, text: 'ich' + text.slice(3) };
}
