/**
 * What a fragment carries along, so that its rewrite neither swallows nor breaks it: items after a spaced dash
 * ("Teilnahme am Bewerbercenter – dort 2x wöchentlich Bewerbungen schreiben"), each rewritten on its own; a bracket at
 * the end ("… ab 01.06.2026 (20 Std./Woche)"), which stays after the verb; an "um … zu" clause at the end ("…, um
 * mich im Alltag besser verständigen zu können"), whose "sich" is the client's ("mich").
 */
import { isVerbInfinitive } from '../language';
import { tokenize, type Sentence, type Token } from '../tokens';
import { isLower, isWord, lastWordIndex, looksFinite, lowerFirst, zuInfinitive } from './common';
import { ownsNext, POSSESSIVE, toMine } from './possessives';

const slice = (s: Sentence, toks: Token[]): Sentence => {
  const start = toks[0]!.start, end = toks[toks.length - 1]!.end;
  return { start, end, text: s.text.slice(start - s.start, end - s.start), tokens: toks };
};

/** The items of a sentence split at spaced dashes, or null when there is none. */
export function dashItems(s: Sentence): Sentence[] | null {
  const toks = s.tokens;
  const cuts: number[] = [];
  // (not inside brackets or quotes: "an der Maßnahme „Perspektive 50plus – Gesund in Arbeit“")
  let depth = 0;
  for (const [k, t] of toks.entries()) {
    if (/^[(„“"]$/.test(t.text)) depth += t.text === '(' || t.text === '„' || (t.text === '"' && depth === 0) ? 1 : -1;
    else if (t.text === ')') depth--;
    if (t.kind !== 'punct' || !/^[–—-]$/.test(t.text) || k === 0 || k === toks.length - 1 || depth > 0) continue;
    const before = s.text[t.start - s.start - 1] ?? '', after = s.text[t.end - s.start] ?? '';
    if (/\s/.test(before) && /\s/.test(after)) cuts.push(k);
  }
  if (!cuts.length) return null;
  const items: Sentence[] = [];
  let from = 0;
  for (const k of [...cuts, toks.length]) {
    const part = toks.slice(from, k);
    if (!part.some((t) => t.kind === 'word')) return null;
    items.push(slice(s, part));
    from = k + 1;
  }
  return items;
}

/** Joins rewritten items with the sentence's own dashes; a later item starts in lower case ("– ich schreibe dort …"). */
export function joinItems(s: Sentence, items: Sentence[], texts: string[]): string {
  let out = '';
  for (const [i, it] of items.entries()) {
    let t = texts[i]!;
    if (i < items.length - 1) t = t.replace(/[.!]+$/, '');
    if (i > 0 && /^(?:Ich|Mein\p{L}*|Mir|Mich)(?![\p{L}])/u.test(t)) t = lowerFirst(t);
    out += t;
    if (i < items.length - 1) out += s.text.slice(it.end - s.start, items[i + 1]!.start - s.start);
  }
  return out;
}

export interface Tail {
  /** The rewritten core with the tail after it, and the sentence's end. */
  attach(coreFix: string): string;
}

/**
 * Runs `fn` on the sentence without a bracket or "um … zu" clause at its end, with that tail to attach to a fix;
 * without such a tail on the whole sentence. A tail that speaks of the client in the third person ("…, damit er …")
 * cannot stay as it is: then there is no fix.
 */
export function withTail<R extends { fix?: { start: number; end: number; text: string } } | null>(s: Sentence, fn: (core: Sentence, tail: Tail | null) => R): R {
  const toks = s.tokens;
  const last = lastWordIndex(toks);
  let cut = -1;
  let clause = false;
  // "… (20 Std./Woche)." — a bracket that closes the sentence
  const close = toks.findLastIndex((t) => t.text === ')');
  if (close > last || (close >= 0 && toks.slice(close + 1).every((t) => t.kind === 'punct'))) {
    const open = toks.findLastIndex((t, k) => k < close && t.text === '(');
    if (open > 0 && !toks.slice(open + 1, close).some((t) => t.text === '(')) cut = open;
  }
  // "…, um mich … zu verständigen" — an infinitive clause that closes the sentence
  if (cut < 0 && zuInfinitive(toks, last)) {
    const k = toks.findIndex((t, i) => i > 0 && t.text === ',' && isWord(toks[i + 1]) && /^(?:um|ohne|statt|anstatt)$/.test(toks[i + 1]!.lower));
    if (k > 0) { cut = k; clause = true; }
  }
  if (cut <= 0) return fn(s, null);
  const core = slice(s, toks.slice(0, cut));
  let tailText = s.text.slice(core.end - s.start);
  let unsure = false;
  if (clause) {
    // the clause's subject is the client's: "sich" → "mich", "seine"/"ihre" → "meine"; "er"/"sie" could be anyone
    let out = '';
    let pos = core.end;
    for (let k = cut; k < toks.length; k++) {
      const t = toks[k]!;
      let rep: string | null = null;
      if (t.lower === 'sich') rep = 'mich';
      else if (POSSESSIVE.test(t.lower) && ownsNext(t, toks[k + 1], toks[k - 1])) rep = toMine(t.text, false);
      else if (POSSESSIVE.test(t.lower)) unsure = true;
      else if (/^(?:er|sie|ihn|ihm)$/.test(t.lower)) unsure = true;
      if (rep === null) continue;
      out += s.text.slice(pos - s.start, t.start - s.start) + rep;
      pos = t.end;
    }
    tailText = out + s.text.slice(pos - s.start);
  } else if (toks.slice(cut).some((t) => /^(?:er|sie|sein\p{L}*|ihr\p{L}*|kunde|kundin|kunden)$/u.test(t.lower))) unsure = true;
  const ends = /[.!?;:]\s*$/.test(tailText);
  const tail: Tail = {
    attach: (coreFix) => coreFix.replace(/[.!]+$/, '') + tailText.replace(/\s+$/, '') + (ends ? '' : '.'),
  };
  const r = fn(core, unsure ? null : tail);
  if (!r) return r;
  // the finding covers the whole sentence; a fix without its tail would drop it
  const whole = { ...r, start: s.start, end: s.end } as R & object;
  if (unsure || !r.fix) { const { fix: _drop, ...rest } = whole as { fix?: unknown }; return rest as R; }
  return { ...whole, fix: { start: s.start, end: s.end, text: r.fix.text } } as R;
}

// the words that open what a step is made of, or when it is due ("– mind. 3 an Betriebe im Handwerk", "– bis 18.12.")
const SPEC_OPENER = /^(?:mind|mindestens|max|maximal|ca|je|jeweils|davon|insgesamt|bis|ab|spätestens|frühestens|am|per|pro)$/;
/**
 * A later item that only says how much, how or by when, with no verb and nobody in it ("– mind. 3 an Betriebe im
 * Handwerk", "– bis 18.12.26"): it stays as it is after the rewritten step.
 */
export function specification(it: Sentence, isVerb: (t: Token) => boolean, aboutSomeone: (it: Sentence) => boolean): boolean {
  const first = it.tokens.find((t) => t.kind !== 'punct');
  if (!first || !(first.kind === 'num' || (isWord(first) && SPEC_OPENER.test(first.lower)))) return false;
  return !it.tokens.some((t) => isWord(t) && t.text === t.lower && isVerb(t)) && !aboutSomeone(it);
}

// the words of a date after "bis"/"ab"/"am" ("bis Ende Januar", "bis zum nächsten Termin", "ab KW 3")
const DATE_WORD = /^(?:zum|zur|dem|den|der|um|ende|anfang|mitte|spätestens|kw|kalenderwoche|uhr|nächsten|termin|monatsende|jahresende|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|frühjahr|sommer|herbst|winter)$/;
/**
 * A note whose date stands after its infinitive ("Bewerbungen schreiben bis 15.01.2027", "Lebenslauf mitbringen bis
 * zum nächsten Termin"), the same sentence with the date before it; null when it is not so.
 */
export function dateAfterInfinitive(s: Sentence): Sentence | null {
  const toks = s.tokens;
  let end = toks.length;
  while (end > 0 && /^[.!]$/.test(toks[end - 1]!.text)) end--;
  const j = toks.findIndex((t, k) => k > 1 && k < end - 1 && isWord(t) && /^(?:bis|ab|am|spätestens)$/.test(t.lower));
  const inf = toks[j - 1];
  if (j < 0 || !isWord(inf) || !isLower(inf) || !isVerbInfinitive(inf.lower) || toks[j - 2]?.lower === 'zu' || inf.end === toks[j]!.start) return null;
  const dateWord = (t: Token) => t.kind === 'num' || /^[./:–-]$/.test(t.text) || (isWord(t) && DATE_WORD.test(t.lower));
  let dateEnd = j + 1;
  while (dateEnd < end && dateWord(toks[dateEnd]!)) dateEnd++;
  const date = toks.slice(j + 1, dateEnd);
  if (!date.some((t) => t.kind === 'num' || (isWord(t) && /^(?:termin|monatsende|jahresende)$|ber$|ar$|^(?:märz|april|mai|juni|juli|august)$/.test(t.lower)))) return null;
  // (a place or a recipient after the date, "… bis 15.01.2027 bei Fa. Nordlog und DHL", with no verb and no clause of
  // its own: the infinitive goes after it)
  const rest = toks.slice(dateEnd, end);
  if (rest.length && (!isWord(rest[0]) || !/^(?:bei|beim|an|am|im|in|für|über|mit|auf|per|als)$/.test(rest[0].lower) ||
    rest.some((t) => /^[,;:–(]$/.test(t.text) || (isWord(t) && isLower(t) && (isVerbInfinitive(t.lower) || looksFinite(t)))))) return null;
  const at = (x: number) => x - s.start;
  const text = s.text.slice(0, at(inf.start)) + s.text.slice(at(toks[j]!.start), at(toks[end - 1]!.end)) + ' ' + inf.text + s.text.slice(at(toks[end - 1]!.end));
  return { start: s.start, end: s.start + text.length, text, tokens: tokenize(text, s.start) };
}
