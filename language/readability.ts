/**
 * German readability: syllables, Flesch-Amstad and the first Wiener Sachtextformel.
 * No npm package computes these for German (they use English syllables; see GERMAN-NLP notes), and the
 * formulas are a few lines. Syllables are counted as vowel groups, with German diphthongs as one.
 */
import { splitSentences, tokenize, type Token } from './tokens';

const VOWEL_GROUP = /(?:äu|eu|ei|ai|au|ie|ey|ay|[aeiouyäöü])+/giu;

const SYLLABLES = new Map<string, number>();

/** Syllables of a word (remembered: plans repeat their words, and an audit counts millions of them). */
export function syllables(word: string): number {
  let n = SYLLABLES.get(word);
  if (n === undefined) {
    if (SYLLABLES.size >= 50_000) SYLLABLES.clear();
    SYLLABLES.set(word, (n = countSyllables(word)));
  }
  return n;
}

function countSyllables(word: string): number {
  const w = word.toLocaleLowerCase('de').replace(/[^\p{L}]/gu, '');
  if (!w) return 0;
  let n = 0;
  VOWEL_GROUP.lastIndex = 0;
  for (let m = VOWEL_GROUP.exec(w); m; m = VOWEL_GROUP.exec(w)) {
    // "ie" at the end of a loan word ("Familie", "Linie") is two syllables: i-e
    const g = m[0];
    n += g.length > 2 && !/^(?:äu|eu|ei|ai|au|ie)$/.test(g) ? Math.ceil(g.length / 2) : 1;
  }
  return Math.max(1, n);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Amstad reading ease: 0 (very hard) … 100 (very easy). */
  fleschAmstad: number;
  /** First Wiener Sachtextformel: school grade 4 (easy) … 15 (very hard). */
  wiener: number;
}

/** Readability of a text; `tokens` when the caller has them already (they must be `tokenize(text)`). */
export function readability(text: string, tokens: Token[] = tokenize(text)): Readability | null {
  const sents = splitSentences(text, tokens).map((s) => s.tokens.filter((t: Token) => t.kind === 'word'));
  const nonEmpty = sents.filter((s) => s.length > 0);
  const ws = nonEmpty.flat();
  if (!ws.length) return null;
  const syl = ws.map((w) => syllables(w.text));
  const totalSyl = syl.reduce((x, y) => x + y, 0);
  const asl = ws.length / nonEmpty.length;
  const asw = totalSyl / ws.length;
  const ms = (100 * syl.filter((s) => s >= 3).length) / ws.length;
  const iw = (100 * ws.filter((w) => w.text.length > 6).length) / ws.length;
  const es = (100 * syl.filter((s) => s === 1).length) / ws.length;
  return {
    sentences: nonEmpty.length,
    words: ws.length,
    syllables: totalSyl,
    fleschAmstad: Math.max(0, Math.min(100, 180 - asl - 58.5 * asw)),
    wiener: 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875,
  };
}
