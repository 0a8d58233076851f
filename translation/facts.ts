/**
 * Facts never go to the translator. Before a point is translated, every fact the checker's fact guard knows
 * (checker/checker.ts `keepsFacts`: every number written with digits — dates, times, amounts, references — and
 * every named person, language/people.ts) is cut out and replaced by a numbered placeholder "[1]", "[2]" …; the
 * translator sees only the words around them. Afterwards each placeholder is put back with its fact.
 *
 * Kinds, as language/time.ts and language/people.ts find them:
 * - name: "Frau Lindner", "Herrn Dr. Schäfer", "Herr A.", "Anna Lindner", "Frau Müller-Lüdenscheidt";
 * - date: a day with a month name ("15. April 2026") — put back as digits ("15.04.2026"), exactly the same day and
 *   readable in any script; a date in digits ("30.04.2026", "30.04.", "2026-04-30") stays as written;
 * - time: "10:30" (the word "Uhr" around it is translated);
 * - amount: a number with its currency ("50 Euro", "120,50 €", "€ 50", "1.200 EUR");
 * - number: every other digit sequence ("3 Bewerbungen", "KW 14", "2-3", "0561/123456", "Az. 123/45").
 * Time words without digits ("Ende März", "jeden Montag") are translated like any other word: kept in German they
 * would mean nothing to the client, and the German text above the translation is the binding one.
 *
 * Putting back is checked: every placeholder exactly once, no digit the translator made up, and the language-free
 * part of the checker's fact guard on the result (every number and name as written; not its German-only checks of
 * institutions and who says "ich", which a translation rightly changes: "Fahrschule" becomes "driving school"). Anything else is `unsafe`, and the point is shown without a translation. Placeholder
 * digits in another script ("[١]", Arabic-Indic) are read as the same number. Pure.
 */
import { FACT_RE, keepsNumbersAndNames } from '../checker/checker';
import { monthNumber } from '../language/months';
import { namedPersons } from '../language/people';
import { tokenize } from '../language/tokens';

export type FactKind = 'name' | 'date' | 'time' | 'amount' | 'number';

export interface Fact {
  kind: FactKind;
  /** Where it stands in the original text. */
  start: number;
  end: number;
  /** As it is written there. */
  text: string;
  /** As it is put back (the same fact; a month name as digits). */
  restored: string;
}

export interface Protected {
  /** The text with every fact replaced by its placeholder: what the translator gets. */
  masked: string;
  /** The facts, in order; fact i has the placeholder `[i + 1]`. */
  facts: Fact[];
}

export type Segment = { kind: 'text'; text: string } | { kind: 'fact'; fact: FactKind; text: string };

export type Restored =
  | { ok: true; segments: Segment[]; plain: string }
  | { ok: false; reason: 'missing' | 'repeated' | 'invented' | 'changed' };

const placeholder = (i: number) => `[${i + 1}]`;

const MONTH_DATE = /(?<![\p{L}\p{N}])(\d{1,2})\.?\s*(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan\.|feb\.|mär\.|apr\.|jun\.|jul\.|aug\.|sept?\.|okt\.|nov\.|dez\.)(?:\s+((?:19|20)\d{2})(?![\p{N}/.,:-]))?(?![\p{L}\p{N}])/giu;
const AMOUNT = /(?<![\p{L}\p{N}.,:/-])(?:€\s?\d[\d.]*(?:,\d+)?(?:,-)?|\d[\d.]*(?:,\d+)?(?:,-)?\s?(?:€|euro(?![\p{L}])|eur(?![\p{L}])|cent(?![\p{L}])))/giu;
const NUMERIC_DATE = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}-\d{2}-\d{2})$/;
/** "15.03." (with its closing dot), "30.04.2026", "3.3.26" as written. */
const DAY_MONTH = /(?<![\p{N}.])\d{1,2}\.\d{1,2}\.(?:\d{4}(?!\p{N})|\d{2}(?!\p{N}))?/gu;
const CLOCK = /^\d{1,2}:\d{2}$/;

/** Every fact in the text, in order, none overlapping (names first, then dates with a month name, amounts, numbers). */
export function findFacts(text: string): Fact[] {
  const found: Fact[] = [];
  const free = (s: number, e: number) => found.every((f) => e <= f.start || s >= f.end);
  const add = (kind: FactKind, start: number, end: number, restored?: string) => {
    if (start < end && free(start, end)) found.push({ kind, start, end, text: text.slice(start, end), restored: restored ?? text.slice(start, end) });
  };
  for (const p of namedPersons(tokenize(text))) add('name', p.start, p.end);
  for (const m of text.matchAll(MONTH_DATE)) {
    const month = monthNumber(m[2]!);
    if (!month) continue;
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    add('date', m.index!, m.index! + m[0].length, `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${m[3] ?? ''}`);
  }
  for (const m of text.matchAll(DAY_MONTH)) add('date', m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(AMOUNT)) add('amount', m.index!, m.index! + m[0].replace(/\s+$/, '').length);
  for (const m of text.matchAll(new RegExp(FACT_RE.source, 'g'))) {
    add(NUMERIC_DATE.test(m[0]) ? 'date' : CLOCK.test(m[0]) ? 'time' : 'number', m.index!, m.index! + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text as the translator gets it: every fact replaced by its placeholder. */
export function protectFacts(text: string): Protected {
  const facts = findFacts(text);
  let masked = '';
  let at = 0;
  facts.forEach((f, i) => {
    masked += text.slice(at, f.start) + placeholder(i);
    at = f.end;
  });
  return { masked: masked + text.slice(at), facts };
}

/** Decimal digits of any script as 0–9 (the translator may write "[١]" for "[1]"); NaN for anything else. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040, 0xff10];
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  for (const z of ZEROS) if (cp >= z && cp <= z + 9) return cp - z;
  return Number.NaN;
}
const toNumber = (digits: string) => [...digits].reduce((n, d) => n * 10 + digitValue(d), 0);

const PLACEHOLDER = /\[\s*(\p{Nd}+)\s*\]/gu;
/** Bidi isolation (FSI … PDI), so a fact written left to right stays whole inside right-to-left text. */
export const isolate = (s: string) => `\u2068${s}\u2069`;

/**
 * Puts the facts back into the translator's output. Not ok when a placeholder is missing or repeated, when a digit
 * appears that was not in a placeholder (the translator made up a number), or when a number or name of the original
 * is missing from the result (checker/checker.ts `keepsNumbersAndNames`).
 */
export function restoreFacts(original: string, translated: string, facts: readonly Fact[]): Restored {
  const seen = new Array<number>(facts.length).fill(0);
  const segments: Segment[] = [];
  let at = 0;
  for (const m of translated.matchAll(PLACEHOLDER)) {
    const i = toNumber(m[1]!) - 1;
    if (!Number.isInteger(i) || i < 0 || i >= facts.length) return { ok: false, reason: 'invented' };
    seen[i]!++;
    if (m.index! > at) segments.push({ kind: 'text', text: translated.slice(at, m.index!) });
    segments.push({ kind: 'fact', fact: facts[i]!.kind, text: facts[i]!.restored });
    at = m.index! + m[0].length;
  }
  if (at < translated.length) segments.push({ kind: 'text', text: translated.slice(at) });
  if (seen.some((n) => n === 0)) return { ok: false, reason: 'missing' };
  if (seen.some((n) => n > 1)) return { ok: false, reason: 'repeated' };
  if (segments.some((s) => s.kind === 'text' && /\p{Nd}/u.test(s.text))) return { ok: false, reason: 'invented' };
  const plain = segments.map((s) => s.text).join('');
  if (!keepsNumbersAndNames(original, plain)) return { ok: false, reason: 'changed' };
  return { ok: true, segments, plain };
}
