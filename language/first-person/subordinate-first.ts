/**
 * A clause about the client put first, the main clause after it: "Wenn Herr Ivanov einen Vermittlungsvorschlag
 * erhält, bewirbt er sich innerhalb von 3 Werktagen." → "Wenn ich einen Vermittlungsvorschlag erhalte, bewerbe ich
 * mich innerhalb von 3 Werktagen." The client is named as the subject of the first clause, and the main clause
 * continues her with "er"/"sie" right after its verb.
 *
 * Rewritten only when every part is sure: the first clause names nobody else of her gender and holds no pronoun,
 * possessive or "sich" of its own (which would need its own case), its last word is a finite verb the inflector
 * can put in the first person, and the main clause is a sentence about her that third-person.ts can rewrite.
 * Otherwise the finding comes without a fix.
 */
import { clientNouns, namedPersons } from '../people';
import type { Sentence, Token } from '../tokens';
import { isVerbInfinitive } from '../language';
import { otherCandidate } from './antecedents';
import { applyEdits, conjugateFirst, conjugateVerbFinal, FORMAL_WORD, isLower, isWord, looksFinite, SHORT_CLIENT, type Edit } from './common';
import { toMine } from './possessives';
import { rewriteThirdPerson } from './third-person';

// Subordinators that can open a sentence about what the client does or what happens to her.
const OPENER = /^(?:wenn|sobald|nachdem|damit|falls|weil|da|bevor|solange|sofern|sowie)$/;
// Words in the first clause that would have to change too, each in its own case: no fix then.
const OWN_WORDS = /^(?:er|sie|ihn|ihm|ihr|ihre[mnrs]?|sein|seine[mnrs]?|sich)$/;

/** Null when the sentence is not of this kind; else the rewrite (null when unsure) and the client's name as written. */
export function subordinateFirst(s: Sentence): { fix: string | null; names: string[]; issue: 'name' | 'client-noun' | 'formal' } | null {
  const toks = s.tokens;
  // (or a condition put first with "sollte": "Sollte Herr K. … eine Stelle finden, kann er …" — its infinitive stays)
  const conditional = isWord(toks[0]) && /^Sollten?$/.test(toks[0].text);
  if (!isWord(toks[0]) || !(OPENER.test(toks[0].lower) || conditional)) return null;
  let comma = -1;
  for (let k = 1, depth = 0; k < toks.length; k++) {
    const t = toks[k]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (t === ',' && depth === 0) { comma = k; break; }
  }
  if (comma < 3) return null;
  if (toks[1]!.text === 'Sie') return formalFirst(s, comma, conditional);
  if (conditional && toks[0]!.text !== 'Sollte') return null;
  // the client as the first clause's subject: a name, "der Kunde" / "die Kundin", or "Kd." / "Kdin."
  const person = namedPersons(toks).find((p) => p.from === 1);
  const noun = person ? null : clientNouns(toks).find((r) => r.type === 'noun' && r.from === 1 && (/^(?:der|die)$/.test(toks[1]!.lower) || (r.to <= 3 && SHORT_CLIENT.test(toks[1]!.lower))));
  const mention = person ?? noun;
  if (!mention || mention.to >= comma) return null;
  const verb = toks[comma + 1], pronoun = toks[comma + 2];
  if (!isWord(verb) || !looksFinite(verb) || !isWord(pronoun) || !/^(?:er|sie)$/.test(pronoun.text)) return null;
  const issue = person ? 'name' : 'client-noun';
  const names = person ? [s.text.slice(person.start - s.start, person.end - s.start)] : [];
  const gender = pronoun.text === 'er' ? 'm' : 'f';
  const unsure = { fix: null, names, issue } as const;
  if (mention.gender && mention.gender !== gender) return unsure;
  // nobody else of her gender in the first clause, and nothing there that would need its own case
  if (otherCandidate(toks, 1, comma, gender, false, [mention.from, mention.to])) return unsure;
  if (toks.slice(mention.to, comma).some((t) => isWord(t) && OWN_WORDS.test(t.lower))) return unsure;
  const finalVerb = conditional ? conditionalInfinitive(toks[comma - 1]) : conjugateVerbFinal(toks[comma - 1]!);
  if (!finalVerb) return unsure;
  // the main clause: verb, then "er"/"sie" — the client, inverted after the clause put first
  const mainToks = toks.slice(comma + 1);
  const main: Sentence = { start: mainToks[0]!.start, end: s.end, text: s.text.slice(mainToks[0]!.start - s.start), tokens: mainToks };
  const rewritten = rewriteThirdPerson(main, { from: 1, to: 2, verb: 0, inverted: true, ref: { gender, type: 'pronoun' }, formal: false });
  if (!rewritten || !/^\p{Ll}/u.test(verb.text)) return unsure;
  const edits: Edit[] = [
    { start: toks[mention.from]!.start, end: toks[mention.to - 1]!.end, text: 'ich' },
    { start: toks[comma - 1]!.start, end: toks[comma - 1]!.end, text: finalVerb },
    { start: main.start, end: s.end, text: rewritten[0]!.toLocaleLowerCase('de') + rewritten.slice(1) },
  ];
  return { fix: applyEdits(s.text, s.start, edits), names, issue };
}


/**
 * The same with the client addressed: "Wenn Sie arbeitsunfähig sind, reichen Sie … ein." → "Wenn ich arbeitsunfähig
 * bin, reiche ich … ein." The first clause's verb at its end in the plural of "Sie", its "Ihr …" the client's; no other
 * pronoun or "sich" there, and the main clause goes on with its verb and "Sie".
 */
function formalFirst(s: Sentence, comma: number, conditional: boolean): { fix: string | null; names: string[]; issue: 'formal' } {
  const toks = s.tokens;
  const unsure = { fix: null, names: [] as string[], issue: 'formal' as const };
  // ("Sollten Sie …" → "Sollte ich …")
  if (conditional && toks[0]!.text !== 'Sollten') return unsure;
  const verb = toks[comma + 1], sie = toks[comma + 2];
  if (!isWord(verb) || !isLower(verb) || sie?.text !== 'Sie') return unsure;
  const edits: Edit[] = [{ start: toks[1]!.start, end: toks[1]!.end, text: 'ich' }];
  for (let k = 2; k < comma - 1; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    if (/^Ihr(?:e[mnrs]?)?$/.test(t.text)) edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
    else if (OWN_WORDS.test(t.lower) || FORMAL_WORD.test(t.text)) return unsure;
  }
  const last = toks[comma - 1]!;
  const finalVerb = conditional ? conditionalInfinitive(last) : isLower(last) && (/(?:en|ern|eln)$/.test(last.lower) || last.lower === 'sind') ? conjugateFirst(last.lower, true) : null;
  if (!finalVerb) return unsure;
  edits.push({ start: last.start, end: last.end, text: finalVerb });
  if (conditional) edits.push({ start: toks[0]!.start, end: toks[0]!.end, text: 'Sollte' });
  const mainToks = toks.slice(comma + 1);
  const main: Sentence = { start: mainToks[0]!.start, end: s.end, text: s.text.slice(mainToks[0]!.start - s.start), tokens: mainToks };
  const rewritten = rewriteThirdPerson(main, { from: 1, to: 2, verb: 0, inverted: true, ref: { gender: null, type: 'pronoun' }, formal: true });
  if (!rewritten) return unsure;
  edits.push({ start: main.start, end: s.end, text: rewritten[0]!.toLocaleLowerCase('de') + rewritten.slice(1) });
  return { fix: applyEdits(s.text, s.start, edits), names: [], issue: 'formal' };
}

/** The infinitive that ends a condition put first with "sollte" ("… eine Stelle finden,"), as it stands; null if it is none. */
function conditionalInfinitive(t: Token | undefined): string | null {
  return isWord(t) && isLower(t) && isVerbInfinitive(t.lower) ? t.text : null;
}
