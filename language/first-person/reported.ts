/**
 * What the client said, reported by the case worker in the subjunctive: "Kundin gibt an, sie wolle langfristig wieder in
 * der Pflege arbeiten, …", "Hr. Demir gab an, er sei seit 14.12. arbeitsunfähig erkrankt". In her own voice the report
 * is her sentence: "Ich will langfristig wieder in der Pflege arbeiten, …" — the frame says only that she said it.
 *
 * Only where the frame is the client and the verb of saying alone (nothing else in it that would be lost: no date, no
 * "telefonisch"), and the reported clause opens with "er"/"sie" of her gender and its verb in the subjunctive; that
 * clause is read on as "Er ist …"/"Sie will …", the indicative. Null otherwise.
 */
import { infinitiveOfParticiple, thirdPersonOf } from '../language';
import { clientNouns, namedPersons } from '../people';
import { tokenize, type Sentence, type Token } from '../tokens';
import { isWord, upperFirst } from './common';

/** The verbs of saying, present and past (their particle, "an"/"mit", after them): "gibt an", "teilte mit", "sagt". */
export const SAYS = /^(?:gibt|gab|teilt|teilte|berichtet|berichtete|erklärt|erklärte|sagt|sagte|äußert|äußerte|schildert|schilderte|betont|betonte|meint|meinte)$/;
const PARTICLE = /^(?:an|mit)$/;
// the subjunctive of the verbs a report most often has, and its indicative
const SUBJUNCTIVE: Record<string, string> = { sei: 'ist', habe: 'hat', wolle: 'will', könne: 'kann', müsse: 'muss', dürfe: 'darf', solle: 'soll', werde: 'wird', möchte: 'möchte' };

export function reportedSpeech(s: Sentence): { rest: Sentence; names: string[]; subject: readonly [number, number] } | null {
  const toks = s.tokens;
  const person = namedPersons(toks).find((p) => p.from === 0);
  const noun = person ? undefined : clientNouns(toks).find((r) => r.from === 0 && r.type === 'noun');
  const subject = person ?? noun;
  if (!subject) return null;
  let k = subject.to;
  if (!isWord(toks[k]) || !SAYS.test(toks[k]!.lower)) return null;
  k++;
  if (isWord(toks[k]) && PARTICLE.test(toks[k]!.lower)) k++;
  if (toks[k]?.text !== ',') return null;
  const pronoun = toks[k + 1], verb = toks[k + 2];
  if (!isWord(pronoun) || !/^(?:er|sie)$/.test(pronoun.text) || !isWord(verb)) return null;
  if (subject.gender && subject.gender !== (pronoun.text === 'er' ? 'm' : 'f')) return null;
  // the subjunctive: one of those, or a regular one in "-e" whose indicative is another form ("arbeite" → "arbeitet")
  const indicative = SUBJUNCTIVE[verb.lower] ?? (/[^e]e$/.test(verb.lower) ? thirdPersonOf(`${verb.lower}n`) : null);
  if (!indicative || indicative === verb.lower) return null;
  const said = `${upperFirst(pronoun.text)} ${indicative}${s.text.slice(verb.end - s.start)}`;
  // (a second verb of the report in the subjunctive too: "…, sie habe sich beworben und wolle …" → "… und will …")
  const text = readIndicative(tokenize(said, s.start), said, s.start, -1, null);
  const rest = { start: s.start, end: s.start + text.length, text, tokens: tokenize(text, s.start) };
  return { rest, names: person ? [s.text.slice(person.start - s.start, person.end - s.start)] : [], subject: [subject.from, subject.to] };
}

// (words in "-e" that only look like a verb's: "bitte", an article — "Herrn P. eine Umschulung …" is no "einen")
const NOT_A_VERB = /^(?:bitte|die|sie|wie|eine|keine|meine|deine|seine|ihre|unsere|alle|diese|jene|welche|solche|gerne|heute|ohne|weise|gegebene)$/;
/** Could the lower-case word be a regular subjunctive of "er"/"sie" ("befürchte", "arbeite")? */
const mayBeSubjunctive = (lower: string): boolean => /[^e]e$/.test(lower) && !NOT_A_VERB.test(lower);

/** The indicative of a subjunctive "er"/"sie" form ("sei" → "ist", "befürchte" → "befürchtet"), or null. */
function indicativeOf(lower: string, regular: boolean): string | null {
  const irregular = SUBJUNCTIVE[lower];
  if (irregular) return irregular === lower ? null : irregular;
  if (!regular || !mayBeSubjunctive(lower)) return null;
  const third = thirdPersonOf(`${lower}n`);
  return third && third !== lower ? third : null;
}

/**
 * A report in the subjunctive without its frame: the client opens the sentence, her verb in the subjunctive ("Herr Bauer
 * sei motiviert, …", "Die Kundin befürchte, …", "Er solle sich …"). Read on in the indicative — the verb after her, a
 * "sei"/"habe"/"könne" … further on where no "ich" stands before it, and a regular one right after "er"/"sie" — so the
 * sentence is rewritten as any other ("Ich bin motiviert, …"). Null where it is not so.
 */
export function subjunctiveReport(s: Sentence): Sentence | null {
  const toks = s.tokens;
  // (only her mention at the start and the verb after it matter: the first words are enough to find them, and with no
  // word there that may be a subjunctive nothing is looked up — this runs on every sentence)
  const head = toks.slice(0, 10);
  if (!head.some((t, k) => k > 0 && isWord(t) && t.text === t.lower && (SUBJUNCTIVE[t.lower] !== undefined || mayBeSubjunctive(t.lower)))) return null;
  const person = namedPersons(head).find((p) => p.from === 0);
  const noun = person ? undefined : clientNouns(head).find((r) => r.from === 0 && r.type === 'noun');
  // (her name in the nominative: "Herrn …" is no subject)
  const to = person && /^(?:herrn|hrn)$/.test(toks[person.from]!.lower) ? -1 : person?.to ?? noun?.to ?? (isWord(toks[0]) && /^(?:Er|Sie)$/.test(toks[0]!.text) ? 1 : -1);
  if (to < 0 || !isWord(toks[to]) || toks[to]!.text !== toks[to]!.lower) return null;
  const first = indicativeOf(toks[to]!.lower, true);
  if (!first) return null;
  const text = readIndicative(toks, s.text, s.start, to, first);
  if (text === s.text) return null;
  return { start: s.start, end: s.start + text.length, text, tokens: tokenize(text, s.start) };
}

/**
 * The text with a report's subjunctive read as the indicative: token `at` as `first`; a "sei"/"habe"/"könne" … where no
 * "ich" stands before it, and a regular one right after "er"/"sie".
 */
function readIndicative(toks: readonly Token[], text: string, start: number, at: number, first: string | null): string {
  let out = '';
  let pos = start;
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || t.text !== t.lower) continue;
    const prev = toks[k - 1]?.lower ?? '';
    // (a passive's "würden" after its participle stands for the subjunctive too: "…, wenn die Mietschulden nicht beglichen
    // würden" → "… beglichen werden")
    const passive = t.lower === 'würden' && isWord(toks[k - 1]) && !!infinitiveOfParticiple(prev) ? 'werden' : null;
    const ind = k === at ? first : prev === 'ich' ? null : passive ?? indicativeOf(t.lower, /^(?:er|sie)$/.test(prev));
    if (!ind) continue;
    out += text.slice(pos - start, t.start - start) + ind;
    pos = t.end;
  }
  return out + text.slice(pos - start);
}
