/**
 * Spoken text in sentence-sized chunks. Chrome stops some voices after about 15 seconds of one utterance, and
 * a long utterance cannot be paused or repeated in parts; so a point is spoken sentence by sentence, and a
 * sentence longer than about 30 words is split further at ; : , – (then before a conjunction, then between
 * words) — never inside a word. Pure.
 */
import { splitSentences } from '../language/tokens';

export const MAX_WORDS = 30;

/** Fewer words per chunk at slower speeds, so one chunk stays well under Chrome's ~15 s limit. */
export function maxWordsForRate(rate: number): number {
  const r = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return Math.max(12, Math.min(MAX_WORDS, Math.round(MAX_WORDS * r)));
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const CONJUNCTIONS = /^(?:und|oder|aber|sondern|weil|dass|damit|wenn|falls|sobald|bevor|nachdem|sowie|denn|obwohl|während|um)$/i;

/** Splits a text for speaking; each chunk has at most `maxWords` words (a single longer word stays whole). */
export function chunkForSpeech(text: string, maxWords: number = MAX_WORDS): string[] {
  const max = Math.max(1, Math.floor(maxWords));
  const out: string[] = [];
  for (const sentence of splitSentences(text)) {
    const t = sentence.text.trim();
    if (!t) continue;
    if (words(t).length <= max) out.push(t);
    else out.push(...splitLong(t, max));
  }
  // splitSentences drops nothing but whitespace; text that has no tokens at all (only symbols) is kept as it is
  if (!out.length && text.trim()) out.push(...splitLong(text.trim(), max));
  return out;
}

/** A long sentence: clauses at ; : , – —, packed greedily; a clause still too long is split before a conjunction or between words. */
function splitLong(sentence: string, max: number): string[] {
  const clauses = sentence.split(/(?<=[;:,–—])\s+|\s+(?=[–—]\s)/).filter((c) => c.trim());
  const pieces: string[] = [];
  for (const c of clauses) {
    if (words(c).length <= max) pieces.push(c.trim());
    else pieces.push(...splitWords(words(c), max));
  }
  const out: string[] = [];
  let cur: string[] = [];
  for (const p of pieces) {
    const w = words(p);
    if (cur.length && cur.length + w.length > max) {
      out.push(cur.join(' '));
      cur = [];
    }
    cur.push(...w);
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

function splitWords(ws: string[], max: number): string[] {
  const out: string[] = [];
  let rest = ws;
  while (rest.length > max) {
    // the last conjunction in the second half of the window, so both parts are of a useful size
    let cut = max;
    for (let i = max; i >= Math.ceil(max / 2); i--) {
      if (CONJUNCTIONS.test(rest[i]!.replace(/[^\p{L}]/gu, ''))) { cut = i; break; }
    }
    out.push(rest.slice(0, cut).join(' '));
    rest = rest.slice(cut);
  }
  if (rest.length) out.push(rest.join(' '));
  return out;
}
