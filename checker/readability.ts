/**
 * How readable a plan is, per section and as a whole: Flesch-Amstad and the first Wiener Sachtextformel
 * (computed by language/readability.ts), each with a band (leicht / mittel / schwer) and a plain German
 * sentence saying what the number means. Pure TypeScript: no DOM, no browser API, no language data needed.
 */
import type { PlanAnalysis } from '../core/analysis';
import { readability } from '../language/readability';
import type { Token } from '../language/tokens';
import { entryText, SECTION_KEYS, type Plan, type SectionKey } from '../core/plan';

export type ReadabilityBand = 'leicht' | 'mittel' | 'schwer';
export const READABILITY_BANDS: readonly ReadabilityBand[] = ['leicht', 'mittel', 'schwer'];

/** Below this many words the formulas say little; the section gets no score. */
export const MIN_WORDS = 10;

/**
 * Band limits. Flesch-Amstad (Amstad 1978): 70 and more reads "mittelleicht" or easier, under 50 "schwer".
 * Wiener Sachtextformel (Bamberger/Vanecek 1984): about the school grade; under 8 easy, 12 and more hard.
 */
export const FLESCH_EASY = 70;
export const FLESCH_HARD = 50;
export const WIENER_EASY = 8;
export const WIENER_HARD = 12;

export function fleschBand(value: number): ReadabilityBand {
  return value >= FLESCH_EASY ? 'leicht' : value >= FLESCH_HARD ? 'mittel' : 'schwer';
}
export function wienerBand(value: number): ReadabilityBand {
  return value < WIENER_EASY ? 'leicht' : value < WIENER_HARD ? 'mittel' : 'schwer';
}
/** The harder of two bands: a text counts as easy only when both measures say so. */
export function harderBand(a: ReadabilityBand, b: ReadabilityBand): ReadabilityBand {
  return READABILITY_BANDS[Math.max(READABILITY_BANDS.indexOf(a), READABILITY_BANDS.indexOf(b))]!;
}

/** What the two measures mean, for a legend or a report. */
export const READABILITY_HELP = {
  fleschAmstad: `Flesch-Amstad: 0 bis 100 Punkte. Je höher der Wert, desto leichter ist der Text zu lesen. Ab ${FLESCH_EASY} gilt er als leicht, unter ${FLESCH_HARD} als schwer.`,
  wiener: `Wiener Sachtextformel: ungefähr die Schulklasse (4 bis 15), ab der man den Text gut versteht. Je niedriger, desto leichter. Unter ${WIENER_EASY} gilt er als leicht, ab ${WIENER_HARD} als schwer.`,
  limits: 'Beide Formeln zählen nur Satzlängen, Wortlängen und Silben. Sie sagen nicht, ob der Inhalt klar und konkret ist.',
} as const;

export interface ReadabilityScore {
  words: number;
  sentences: number;
  /** 0 (very hard) … 100 (very easy). */
  fleschAmstad: number;
  /** About the school grade, 4 (easy) … 15 (very hard); kept inside that range, as Flesch-Amstad is kept in 0 … 100. */
  wiener: number;
  bands: { fleschAmstad: ReadabilityBand; wiener: ReadabilityBand };
  /** The harder of the two bands. */
  band: ReadabilityBand;
  /** One plain German sentence per measure. */
  explanation: { fleschAmstad: string; wiener: string };
}

/** A score, or null with the reason why there is none. */
export type ReadabilityResult = { score: ReadabilityScore; reason?: undefined } | { score: null; reason: string };

export interface PlanReadability {
  sections: Record<SectionKey, ReadabilityResult>;
  plan: ReadabilityResult;
}

const de1 = (n: number) => n.toFixed(1).replace('.', ',');

function explain(fa: number, w: number, bands: ReadabilityScore['bands']) {
  return {
    fleschAmstad: `Flesch-Amstad ${Math.round(fa)} von 100: ${bands.fleschAmstad}. Je höher der Wert, desto leichter ist der Text zu lesen.`,
    wiener: `Wiener Sachtextformel ${de1(w)}: ${bands.wiener}. Das entspricht etwa der Schulklasse, ab der man den Text gut versteht; je niedriger, desto leichter.`,
  };
}

/** Readability of a piece of text; null with a reason when there are fewer than MIN_WORDS words. */
export function textReadability(text: string, tokens?: Token[]): ReadabilityResult {
  const r = readability(text, tokens);
  if (!r) return { score: null, reason: 'Kein Text.' };
  if (r.words < MIN_WORDS) {
    return { score: null, reason: `Zu wenig Text (${r.words} ${r.words === 1 ? 'Wort' : 'Wörter'}). Die Formeln sagen erst ab ${MIN_WORDS} Wörtern etwas aus.` };
  }
  // The formula leaves its scale for very short or very long words; a school grade under 4 or over 15 means nothing.
  const wiener = Math.max(4, Math.min(15, r.wiener));
  const bands = { fleschAmstad: fleschBand(r.fleschAmstad), wiener: wienerBand(wiener) };
  return {
    score: {
      words: r.words,
      sentences: r.sentences,
      fleschAmstad: r.fleschAmstad,
      wiener,
      bands,
      band: harderBand(bands.fleschAmstad, bands.wiener),
      explanation: explain(r.fleschAmstad, wiener, bands),
    },
  };
}

// Entries are joined by line breaks: the sentence splitter ends a sentence there, so an entry without a
// full stop ("Übernahme der Bewerbungskosten") does not run into the next one.
function sectionText(plan: Plan, key: SectionKey): string {
  return (plan.sections[key] ?? []).map(entryText).filter((t) => t.trim()).join('\n');
}

/** Readability of the whole plan (all six sections together). */
export function wholePlanReadability(plan: Plan): ReadabilityResult {
  return textReadability(SECTION_KEYS.map((k) => sectionText(plan, k)).filter(Boolean).join('\n'));
}

/**
 * The same as `wholePlanReadability`, from a plan the checker has analysed: the entries' tokens are reused (a token
 * never spans a line break, so the joined text's tokens are the entries' tokens, shifted) instead of tokenising
 * the whole plan again. For the audit, which needs both.
 */
export function wholePlanReadabilityOf(pa: PlanAnalysis): ReadabilityResult {
  const parts: string[] = [];
  const tokens: Token[] = [];
  let offset = 0;
  for (const key of SECTION_KEYS) {
    for (const a of pa.entries[key]) {
      if (a.isBlank) continue;
      if (parts.length) offset++; // the '\n' between entries
      parts.push(a.text);
      for (const t of a.tokens) tokens.push(offset ? { ...t, start: t.start + offset, end: t.end + offset } : t);
      offset += a.text.length;
    }
  }
  return textReadability(parts.join('\n'), tokens);
}

/** Readability per section and for the whole plan. */
export function planReadability(plan: Plan): PlanReadability {
  const sections = {} as Record<SectionKey, ReadabilityResult>;
  for (const key of SECTION_KEYS) sections[key] = textReadability(sectionText(plan, key));
  return { sections, plan: wholePlanReadability(plan) };
}
