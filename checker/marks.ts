/**
 * Findings in place: an entry's text cut into pieces at every finding's start and end, each piece with the findings
 * that cover it, and each finding's tag placed right after the last piece it covers (a finding without a span, at
 * the end of the entry). For views that mark the words of a finding in the text (presentation mode). Pure.
 */
import { SECTION_KEYS, type Finding } from '../core/plan';

export interface MarkedPiece {
  text: string;
  /** Numbers of the findings (in `stepOrder`) that cover this piece. */
  covers: number[];
  /** Numbers of the findings whose tag comes right after this piece. */
  tagsAfter: number[];
}

export interface MarkSpan {
  n: number;
  start: number;
  end: number;
}

/** Cuts `text` at the spans' edges. Spans that do not fit the text get their tag at the end, unmarked. */
export function markPieces(text: string, spans: readonly MarkSpan[]): MarkedPiece[] {
  const fits = (s: MarkSpan) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
  const marked = spans.filter(fits);
  const cuts = [...new Set([0, text.length, ...marked.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: MarkedPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!, to = cuts[i + 1]!;
    pieces.push({
      text: text.slice(from, to),
      covers: marked.filter((s) => s.start <= from && s.end >= to).map((s) => s.n),
      tagsAfter: marked.filter((s) => s.end === to).map((s) => s.n),
    });
  }
  if (pieces.length === 0) pieces.push({ text, covers: [], tagsAfter: [] });
  const rest = spans.filter((s) => !fits(s)).map((s) => s.n);
  pieces[pieces.length - 1]!.tagsAfter.push(...rest);
  return pieces;
}

const SECTION_ORDER = new Map<string, number>(SECTION_KEYS.map((k, i) => [k, i]));

/**
 * The order to step through a plan's findings: those about the whole plan first, then heading by heading, entry by
 * entry, in the order their tags stand in the text (by where the marked words end, so the numbers read left to
 * right).
 */
export function stepOrder(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => (f.section === null ? -1 : (SECTION_ORDER.get(f.section) ?? SECTION_KEYS.length));
  return [...findings].sort((a, b) => rank(a) - rank(b) || (a.entry ?? -1) - (b.entry ?? -1) || a.end - b.end || a.start - b.start);
}

/** The findings of one entry as spans numbered in step order. */
export function entrySpans(ordered: readonly Finding[], section: string, entry: number): MarkSpan[] {
  return ordered.flatMap((f, n) => (f.section === section && f.entry === entry ? [{ n, start: f.start, end: f.end }] : []));
}
