/**
 * Before/after, row by row: the entries of two versions of a plan lined up under each heading (alike entries
 * side by side, by shared content words), and the words that changed within a pair of entries (jsdiff's
 * `diffWordsWithSpace`, which keeps every space, so both texts stay exactly as written). A view helper of the
 * before/after view (components/BeforeAfter.tsx); it runs no rule and keeps no text anywhere.
 */
import { diffWordsWithSpace } from 'diff';
import { entryDue, entryText, SECTION_KEYS, type Plan, type SectionKey } from '../core/plan';

export interface Segment {
  text: string;
  /** Removed (on the before side) or added (on the after side). */
  changed: boolean;
}

export interface RowSide {
  /** The entry's index in its section (the checker's `entry`). */
  index: number;
  text: string;
  due?: string;
  segments: Segment[];
  /** The "bis wann" date differs from the other side's (or the other side has none). */
  dueChanged: boolean;
}

/**
 * `same`: identical; `changed`: the same entry reworded (word-level marks); `replaced`: an entry in the same place
 * that shares too few words to be called the same (marked whole); `removed` / `added`: only on one side.
 */
export type RowKind = 'same' | 'changed' | 'replaced' | 'removed' | 'added';

export interface AlignedRow {
  section: SectionKey;
  kind: RowKind;
  before?: RowSide;
  after?: RowSide;
}

/** Content words, cut to their first four letters so "Prüfung" and "prüft" count as the same word. */
function stems(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 || /\d/.test(w)).map((w) => w.slice(0, 4)),
  );
}

/**
 * How alike two entries are: the share of the shorter entry's content words that the other one has too (so a
 * bare "Suchtberatung" and "Die Suchtberatung der Caritas, bei Fragen zum Kurs." are the same entry).
 */
export function likeness(a: string, b: string): number {
  const x = stems(a), y = stems(b);
  if (x.size === 0 || y.size === 0) return a.trim() === b.trim() ? 1 : 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return common / Math.min(x.size, y.size);
}

/** Two entries at least this alike are the same entry, reworded. */
export const SAME_ENTRY = 0.5;

/** The words that changed between two texts: removed ones on the before side, added ones on the after side. */
export function wordDiff(before: string, after: string): { before: Segment[]; after: Segment[] } {
  const parts = diffWordsWithSpace(before, after);
  return {
    before: joined(parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed }))),
    after: joined(parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added }))),
  };
}

/** A space between two changed words belongs to the change ("jeden Monat" is one mark); neighbours of a kind merge. */
function joined(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  segments.forEach((s, i) => {
    const changed = s.changed || (/^\s+$/.test(s.text) && segments[i - 1]?.changed === true && segments[i + 1]?.changed === true);
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += s.text;
    else out.push({ text: s.text, changed });
  });
  return out;
}

interface Item {
  index: number;
  text: string;
  due?: string;
}

function items(plan: Plan, key: SectionKey): Item[] {
  return (plan.sections[key] ?? [])
    .map((e, index) => {
      const due = entryDue(e);
      return due === undefined ? { index, text: entryText(e) } : { index, text: entryText(e), due };
    })
    .filter((e) => e.text.trim() !== '');
}

const whole = (text: string, changed: boolean): Segment[] => [{ text, changed }];

function side(item: Item, segments: Segment[], other?: Item): RowSide {
  const s: RowSide = { index: item.index, text: item.text, segments, dueChanged: item.due !== undefined && item.due !== other?.due };
  if (item.due !== undefined) s.due = item.due;
  return s;
}

function pairRow(section: SectionKey, b: Item, a: Item): AlignedRow {
  if (b.text === a.text) return { section, kind: 'same', before: side(b, whole(b.text, false), a), after: side(a, whole(a.text, false), b) };
  if (likeness(b.text, a.text) >= SAME_ENTRY) {
    const d = wordDiff(b.text, a.text);
    return { section, kind: 'changed', before: side(b, d.before, a), after: side(a, d.after, b) };
  }
  return { section, kind: 'replaced', before: side(b, whole(b.text, true), a), after: side(a, whole(a.text, true), b) };
}

/**
 * The pairs (i, j) of alike entries that line up best: in order, and with the highest sum of likeness (a small
 * alignment table; a plain longest-common-subsequence diff only knows alike or not and can pick the wrong partner).
 */
function bestMatches(before: Item[], after: Item[]): Array<[number, number]> {
  const n = before.length, m = after.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const like = (i: number, j: number) => likeness(before[i]!.text, after[j]!.text);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const l = like(i - 1, j - 1);
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, l >= SAME_ENTRY ? score[i - 1]![j - 1]! + l : -Infinity);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (score[i]![j] === score[i - 1]![j]) i--;
    else if (score[i]![j] === score[i]![j - 1]) j--;
    else {
      pairs.unshift([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs;
}

/** One section's entries lined up: alike entries side by side in order, the rest paired by place or alone. */
export function alignSection(section: SectionKey, beforeItems: Item[], afterItems: Item[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let i = 0, j = 0;
  const gap = (toI: number, toJ: number) => {
    const bs = beforeItems.slice(i, toI), as = afterItems.slice(j, toJ);
    for (let k = 0; k < Math.max(bs.length, as.length); k++) {
      const b = bs[k], a = as[k];
      if (b && a) rows.push(pairRow(section, b, a));
      else if (b) rows.push({ section, kind: 'removed', before: side(b, whole(b.text, true)) });
      else if (a) rows.push({ section, kind: 'added', after: side(a, whole(a.text, true)) });
    }
    i = toI;
    j = toJ;
  };
  for (const [bi, aj] of bestMatches(beforeItems, afterItems)) {
    gap(bi, aj);
    rows.push(pairRow(section, beforeItems[bi]!, afterItems[aj]!));
    i = bi + 1;
    j = aj + 1;
  }
  gap(beforeItems.length, afterItems.length);
  return rows;
}

/** Both versions lined up, heading by heading, in plan order. */
export function alignPlans(before: Plan, after: Plan): AlignedRow[] {
  return SECTION_KEYS.flatMap((key) => alignSection(key, items(before, key), items(after, key)));
}
