/**
 * The panel's cards: one card per plan entry with its findings (most important first), the tags that say what is
 * missing, one proposed sentence, and the findings that another finding on the same entry makes moot (a word of
 * jargon inside a sentence that should be deleted) left out. Plain data, no DOM: the panel renders it.
 */
import { SECTION_HEADINGS, SECTION_KEYS, entryText, type Finding, type Plan, type SectionKey, type Severity } from '../core/plan';
import { ruleById } from './rules-info';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What is missing or wrong, in two or three words ("Termin fehlt · Person fehlt · Handlung unklar"). */
const PANEL_TAGS: Record<string, string> = {
  'missing-deadline': 'Termin fehlt',
  'missing-counterpart': 'Person fehlt',
  'vague-commitment': 'Handlung unklar',
  'counterpart-role-only': 'Name fehlt',
  'vague-deadline': 'Zeitpunkt unklar',
  'deadline-out-of-range': 'Datum prüfen',
  'impossible-date': 'Datum gibt es nicht',
  'impossible-plan-date': 'Plandatum gibt es nicht',
  'legal-threat': 'Drohung streichen',
  'not-first-person': 'Nicht in Ich-Form',
  jargon: 'Amtskürzel',
  'official-word': 'Amtswort',
  'hard-to-read': 'Schwer zu lesen',
  'unspecific-own-effort': 'Anzahl fehlt',
  'open-issue-as-duty': 'Offenes Thema',
  'own-step-without-date': 'Termin fehlt',
  'missing-goal': 'Ziel fehlt',
  imbalance: 'Ungleichgewicht',
};

/** The short tag of a finding's rule, for the card. */
export function panelTag(category: string): string {
  return PANEL_TAGS[category] ?? ruleById(category)?.tag ?? category;
}

/** Rules whose finding says the whole sentence should go: other, lesser findings inside that sentence are moot. */
const SENTENCE_GOES = new Set(['legal-threat']);

/** The sentence of `text` around [start, end): from the last sentence end before it to the next one after it. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?;]\s+|\n+/g)) from = m.index + m[0].length;
  const rest = /[.!?;](?=\s|$)|\n/.exec(text.slice(end));
  const to = rest ? end + rest.index + (rest[0] === '\n' ? 0 : 1) : text.length;
  return { start: from, end: to };
}

/** A finding as the card shows it. */
export interface CardFinding {
  finding: Finding;
  tag: string;
  /** The words the finding points at, when it points at part of the entry. */
  excerpt?: string;
  /** The rule's full message is shown only the first time the rule appears in the panel; after that the tag. */
  full: boolean;
  /** Session key of "Ignorieren" (a hash of the entry's text and the rule: never the text itself). */
  key: string;
}

/** The one change a card proposes: a rewrite of the entry, or deleting a sentence. */
export interface Proposal {
  start: number;
  end: number;
  text: string;
  /** The entry as it reads after the change ('' when the entry would be empty). */
  result: string;
  kind: 'rewrite' | 'delete';
  /** The finding the proposal answers. */
  finding: Finding;
}

export interface Card {
  /** "jobcenter:2", or "plan:imbalance:0" for a finding about the whole plan. */
  id: string;
  section: SectionKey | null;
  entry: number | null;
  /** The entry's whole text ('' for the whole plan). */
  text: string;
  severity: Severity;
  findings: CardFinding[];
  /** Findings on this entry left out because another finding covers them (the sentence should go). */
  subsumed: Finding[];
  proposal?: Proposal;
}

export interface CardGroup {
  key: SectionKey | 'plan';
  heading: string;
  cards: Card[];
}

/** A short, stable, non-reversible hash (53-bit, cyrb53) as hex: what "Ignorieren" keeps. */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** The key under which "Ignorieren" hides a finding: its entry's text and its rule, hashed. */
export function dismissKey(text: string, category: string): string {
  return hash53(`${category}\u0000${text}`);
}

/** The entry's text cut to about `max` characters at a word boundary, with "…". */
export function shortText(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}

const byRank = (a: Finding, b: Finding) => RANK[a.severity] - RANK[b.severity] || a.start - b.start || a.end - b.end;

function proposalOf(text: string, shown: Finding[]): Proposal | undefined {
  for (const f of shown) {
    if (SENTENCE_GOES.has(f.category)) {
      const s = sentenceAround(text, f.start, f.end);
      const end = text.slice(s.end).match(/^\s*/)![0].length + s.end;
      // a sentence at the end takes the space before it along
      const start = end === text.length ? s.start - (text.slice(0, s.start).match(/\s*$/)![0].length) : s.start;
      const result = (text.slice(0, start) + text.slice(end)).trim();
      return { start, end, text: '', result, kind: 'delete', finding: f };
    }
    if (f.fix) {
      return { ...f.fix, result: text.slice(0, f.fix.start) + f.fix.text + text.slice(f.fix.end), kind: 'rewrite', finding: f };
    }
  }
  return undefined;
}

export interface CardOptions {
  /** Keys (dismissKey) of findings the user chose to ignore in this session. */
  dismissed?: ReadonlySet<string>;
}

/**
 * The findings as cards, grouped: the six headings in plan order (only those with cards), findings about the whole
 * plan last (first when one of them is an error). Within a heading the most important card first, then plan order; within a card the most
 * important finding first. The first finding of each rule carries its full message, later ones only their tag.
 */
export function buildCards(plan: Plan, findings: readonly Finding[], options: CardOptions = {}): CardGroup[] {
  const dismissed = options.dismissed ?? new Set<string>();
  const bySlot = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.section === null || f.entry === null ? `plan:${f.category}:${f.start}` : `${f.section}:${f.entry}`;
    bySlot.set(id, [...(bySlot.get(id) ?? []), f]);
  }
  const cards: Card[] = [];
  for (const [id, list] of bySlot) {
    const first = list[0]!;
    const entry = first.section !== null && first.entry !== null ? plan.sections[first.section]?.[first.entry] : undefined;
    const text = entry === undefined ? '' : entryText(entry);
    const sorted = [...list].sort(byRank);
    // A sentence that should go makes lesser findings inside it moot.
    const goes = sorted.filter((f) => SENTENCE_GOES.has(f.category)).map((f) => ({ f, s: sentenceAround(text, f.start, f.end) }));
    const subsumed = sorted.filter((f) => goes.some((g) => g.f !== f && RANK[f.severity] > RANK[g.f.severity] && f.start >= g.s.start && f.end <= g.s.end));
    const kept = sorted.filter((f) => !subsumed.includes(f));
    const shown = kept.filter((f) => !dismissed.has(dismissKey(text, f.category)));
    if (shown.length === 0) continue;
    const proposal = proposalOf(text, shown);
    cards.push({
      id,
      section: first.section,
      entry: first.entry,
      text,
      severity: shown[0]!.severity,
      findings: shown.map((f) => {
        const excerpt = f.end > f.start && f.end <= text.length && f.end - f.start < text.length ? text.slice(f.start, f.end) : undefined;
        return { finding: f, tag: panelTag(f.category), full: false, key: dismissKey(text, f.category), ...(excerpt !== undefined ? { excerpt } : {}) };
      }),
      subsumed,
      ...(proposal ? { proposal } : {}),
    });
  }
  const order = (c: Card) => RANK[c.severity] * 1e6 + (c.entry ?? 0);
  const groups: CardGroup[] = [];
  for (const key of SECTION_KEYS) {
    const list = cards.filter((c) => c.section === key).sort((a, b) => order(a) - order(b));
    if (list.length) groups.push({ key, heading: SECTION_HEADINGS[key], cards: list });
  }
  // Findings about the whole plan: first when one is an error (no goal), else last (the balance line on top says it).
  const plans = cards.filter((c) => c.section === null).sort((a, b) => order(a) - order(b));
  if (plans.length) {
    const whole: CardGroup = { key: 'plan', heading: 'Plan insgesamt', cards: plans };
    if (plans[0]!.severity === 'error') groups.unshift(whole);
    else groups.push(whole);
  }
  // The full message the first time a rule appears, in the order the panel shows the cards.
  const seen = new Set<string>();
  for (const g of groups)
    for (const c of g.cards)
      for (const cf of c.findings) {
        cf.full = !seen.has(cf.finding.category);
        seen.add(cf.finding.category);
      }
  return groups;
}

/** The findings the cards show (not subsumed, not ignored): what the counts and the markers count. */
export function shownFindings(groups: readonly CardGroup[]): Finding[] {
  return groups.flatMap((g) => g.cards.flatMap((c) => c.findings.map((cf) => cf.finding)));
}

/**
 * The card of the entry at `start` in field `fieldId` (a marker click in the page): among the cards whose entry
 * stands in that field, the one with the last offset at or before `start` — else the field's first card.
 */
export function cardAt(
  groups: readonly CardGroup[],
  locate: (section: SectionKey, entry: number) => { fieldId: string; offset: number } | undefined,
  fieldId: string,
  start: number,
): Card | undefined {
  let best: { card: Card; offset: number } | undefined;
  let first: { card: Card; offset: number } | undefined;
  for (const g of groups)
    for (const card of g.cards) {
      if (card.section === null || card.entry === null) continue;
      const loc = locate(card.section, card.entry);
      if (!loc || loc.fieldId !== fieldId) continue;
      if (!first || loc.offset < first.offset) first = { card, offset: loc.offset };
      if (loc.offset <= start && (!best || loc.offset > best.offset)) best = { card, offset: loc.offset };
    }
  return (best ?? first)?.card;
}
