/**
 * The case worker's own "ich" beside the client in the third person: "Kd. meldet sich bis 25.01. bei mir", "Kd. bekommt
 * von mir eine Liste", "Ich melde mich bei Kd., sobald …", "Ich (Fr. Krüger, AV) prüfe … für Kd.", "… vor (hatte ich per
 * Mail angefordert)", and "Sie …" with "ich" in the same entry ("Sie möchten sich neu orientieren. … prüfe ich …").
 * Made hers, the rewrite would merge two people into one "ich" ("Ich melde mich bei mir"); the entry gets no fix.
 *
 * A first-person word is hers — written in her voice beside a note about her ("Ich möchte …, Kd. spart dafür …") — where
 * it stands in a part (up to a comma, semicolon, "und", "oder") whose subject is "ich" (first, or right after its verb),
 * outside brackets, and no mention of her in the third person stands in that same part. Anything else, in a sentence that
 * also speaks of her in the third person, is the case worker's.
 */
import { clientNouns, namedPersons, sameName } from '../people';
import { dotEndsSentence, tokenize, type Token } from '../tokens';
import { isWord, looksFinite } from './common';

const FIRST = /^(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines)$/;
const BREAK = /^(?:,|;|:|und|oder|sowie|aber|sondern|–|-)$/;
const FORMAL = /^(?:Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$/;
/** A first-person word as written: lower case, or "Ich"/"Mein…" where a sentence opens. */
const firstPerson = (t: Token | undefined): boolean => isWord(t) && FIRST.test(t.lower) && (t.text === t.lower || t.text === 'Ich' || /^Mein/.test(t.text));

/** Does the original `text` have the case worker speaking as "ich" beside the client (`names`: hers, as the fix dropped them)? */
export function caseWorkerFirstPerson(text: string, names: readonly string[]): boolean {
  const toks = tokenize(text);
  if (!toks.some(firstPerson)) return false;
  if (formal(toks)) return true;
  const mentions = new Set<number>();
  for (const r of clientNouns(toks)) if (r.type === 'noun') for (let k = r.from; k < r.to; k++) mentions.add(k);
  for (const p of namedPersons(toks)) {
    if (names.some((n) => sameName(text.slice(p.start, p.end), n))) for (let k = p.from; k < p.to; k++) mentions.add(k);
  }
  if (!mentions.size) return false;
  let from = 0;
  for (let k = 0; k <= toks.length; k++) {
    const end = k === toks.length || /^[!?\n]$/.test(toks[k]!.text) || (toks[k]!.text === '.' && dotEndsSentence(toks, k));
    if (!end) continue;
    if (sentenceHasCaseWorker(toks, from, k, mentions)) return true;
    from = k + 1;
  }
  return false;
}

/** The formal address outside quotes ("Ihnen", "Ihr …" inside a sentence, "Sie" after its first word). */
function formal(toks: Token[]): boolean {
  let quoted = false;
  for (const [k, t] of toks.entries()) {
    // („ opens a quote, “ closes it, " does either)
    if (t.text === '„') quoted = true;
    else if (t.text === '“') quoted = false;
    else if (t.text === '"') quoted = !quoted;
    if (quoted || !isWord(t)) continue;
    const start = k === 0 || /^[.!?:\n]$/.test(toks[k - 1]!.text);
    if ((FORMAL.test(t.text) && !start) || t.text === 'Ihnen' || (t.text === 'Sie' && !start)) return true;
    if (t.text === 'Sie' && start && isWord(toks[k + 1]) && /en$/.test(toks[k + 1]!.lower) && looksFinite(toks[k + 1]!)) return true;
  }
  return false;
}

function sentenceHasCaseWorker(toks: Token[], from: number, to: number, mentions: ReadonlySet<number>): boolean {
  const idx = Array.from({ length: to - from }, (_, i) => from + i);
  if (!idx.some((k) => mentions.has(k))) return false;
  // the parts of the sentence, brackets marked
  let depth = 0;
  let partStart = from;
  const partOf = new Map<number, number>();
  const inBracket = new Set<number>();
  for (const k of idx) {
    const t = toks[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) inBracket.add(k);
    if (depth === 0 && BREAK.test(t.lower)) partStart = k + 1;
    partOf.set(k, partStart);
  }
  const outsideMention = idx.some((k) => mentions.has(k) && !inBracket.has(k));
  for (const k of idx) {
    const t = toks[k]!;
    if (!firstPerson(t)) continue;
    if (inBracket.has(k)) { if (outsideMention) return true; continue; }
    const part = idx.filter((j) => partOf.get(j) === partOf.get(k) && !inBracket.has(j));
    if (part.some((j) => mentions.has(j))) return true;
    if (!ichSubject(toks, part)) return true;
  }
  return false;
}

/** Is "ich" the subject of the part: its first word, or right after its verb ("perspektivisch möchte ich …")? */
function ichSubject(toks: Token[], part: number[]): boolean {
  const words = part.filter((j) => isWord(toks[j]));
  const at = words.findIndex((j) => toks[j]!.lower === 'ich');
  if (at === 0) return true;
  if (at < 1) return false;
  const verb = toks[words[at - 1]!]!;
  return verb.text === verb.lower && looksFinite(verb);
}
