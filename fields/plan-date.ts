/**
 * The plan's own date as the page shows it: "Datum: 02.03.2026" in a header, "erstellt am 2.3.26" in a read-only
 * field, "Gültig von 2. März 2026 bis 1. September 2026", "Laufzeit 15.01.2026 bis 14.07.2026", a date input
 * labelled "Datum des Plans". Without it every date of the plan is judged against today.
 *
 * Two steps: `pageLines` turns the page into lines of text as a person reads them (cells of a row, a label and
 * its field's value, a `dt` and its `dd` on one line, separated by " ¦ "), `planDateOfLines` is pure text → date.
 * Plan text itself (textareas, rich editors) is never read here: "Mein Ausweis ist gültig bis …" in an entry is
 * no date of the plan.
 */
import { UI_ATTR, collapseSpace, editableAttr, isElement, isText } from './dom';
import { parseDate } from './rows';
import type { PagePlanDate } from './types';

// ---- text → date (pure) ---------------------------------------------------------------------------------

const MONTH = '(?:jan(?:uar)?|feb(?:ruar)?|mär(?:z)?|mrz|apr(?:il)?|mai|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)';
/** A German date as forms write it: 02.03.2026, 2.3.26, 2. März 2026, 2. Mär. 2026, and a date input's 2026-03-02. */
const DATE = `(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})(?![\\d.])|\\d{1,2}\\.\\s?${MONTH}\\.?\\s+\\d{4})`;
/** What may stand between a label and its value: a colon, the cell separator, "am", "vom", "ab", "von", "seit". */
const GAP = '(?:\\s*[:¦])*\\s*';
const SEP = '(?:\\s*¦)*\\s*(?:bis(?: zum| einschließlich)?|–|—|-)(?:\\s*¦)*\\s*';

const RANGE_WORD = '(?:gültig(?:keit)?|geltungs(?:dauer|zeitraum)|laufzeit|planungszeitraum|zeitraum|gilt)';
/** Start and end: "Gültig von … bis …", "Laufzeit: … – …", "Zeitraum ¦ … bis …". */
const RANGE = new RegExp(`\\b${RANGE_WORD}${GAP}(?:(?:ab|von|vom|seit)\\s+(?:dem\\s+)?)?${GAP}${DATE}${SEP}${DATE}`, 'iu');
/** The day the plan was made, in order of how surely it names the plan (rank = index). */
const STARTS: RegExp[] = [
  new RegExp(`\\b(?:datum des (?:kooperations)?plans|plandatum|(?:kooperations)?plan vom|datum der (?:vereinbarung|fortschreibung|erstellung)|fortgeschrieben am)${GAP}${DATE}`, 'iu'),
  new RegExp(`\\b(?:${RANGE_WORD}\\s*(?:ab|von|vom|seit)|erstellt|angelegt|vereinbart|abgeschlossen|beginn(?: der laufzeit)?)(?:\\s+(?:am|vom))?${GAP}${DATE}`, 'iu'),
  // the bare "Datum" at the start of a cell or line (not "Geburtsdatum", not "Datum der Reise")
  new RegExp(`(?:^|¦)\\s*datum${GAP}${DATE}`, 'iu'),
];
/** The plan's own end without its start: "gültig bis", "Laufzeit bis", "läuft bis", "Ende der Laufzeit". */
const END = new RegExp(`\\b(?:${RANGE_WORD}\\s+bis|läuft bis|ende der laufzeit|laufzeitende|endet am|befristet bis)${GAP}${DATE}`, 'iu');

const day = (text: string): string | null => parseDate(text.replace(/\s+/g, ' '));

const source = (line: string) => collapseSpace(line.replace(/\s*¦\s*/g, ' ')).slice(0, 200);

/**
 * The plan's date (and end) from lines of page text, or null when none names one. A range ("Gültig von … bis …")
 * wins, then the plan's own date labels, then a bare "Datum"; the first line of the best kind decides. An end
 * before the start is dropped.
 */
export function planDateOfLines(lines: readonly string[]): PagePlanDate | null {
  let best: { rank: number; date: string; end?: string; source: string } | null = null;
  let end: { date: string; source: string } | null = null;
  for (const line of lines) {
    if (!/\d/.test(line)) continue;
    const r = RANGE.exec(line);
    if (r) {
      const a = day(r[1]!);
      const b = day(r[2]!);
      if (a && (!best || best.rank > 0)) best = { rank: 0, date: a, ...(b && b > a ? { end: b } : {}), source: source(r[0]) };
      if (a) continue;
    }
    for (let i = 0; i < STARTS.length; i++) {
      if (best && best.rank <= i + 1) break;
      const m = STARTS[i]!.exec(line);
      const a = m ? day(m[1]!) : null;
      if (m && a) {
        best = { rank: i + 1, date: a, source: source(m[0]) };
        break;
      }
    }
    if (!end) {
      const e = END.exec(line);
      const b = e ? day(e[1]!) : null;
      if (e && b) end = { date: b, source: source(e[0]) };
    }
  }
  if (!best) return null;
  const out: PagePlanDate = { date: best.date, source: best.source };
  if (best.end) out.end = best.end;
  else if (end && end.date > best.date) {
    out.end = end.date;
    out.source = `${best.source} · ${end.source}`.slice(0, 500);
  }
  return out;
}

// ---- the page as lines of text --------------------------------------------------------------------------

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'svg', 'iframe', 'object', 'button', 'option']);
/** Elements that hold a line of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dl', 'div', 'fieldset', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br',
]);
/** Elements whose text is one cell of a line: a row's cells, a definition's term and description, a label. */
const CELL = new Set(['td', 'th', 'dt', 'dd', 'label']);

/** What one reading may visit at most (nodes): the plan's region, and each element around it (a header, a meta block). */
const MAX_NODES = 20_000;
const MAX_NODES_AROUND = 600;
const MAX_VALUE = 40;

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute(UI_ATTR)) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The document as a person reads it, line by line: text, and the values of short single-line inputs (a date
 * field, a read-only "erstellt am"), cells joined by " ¦ ". Parts hidden in the markup (`hidden`, `aria-hidden`,
 * inline display:none: an old plan in a closed history tab), plan text and Klarplan's own UI are left out.
 */
export function pageLines(doc: Document, around?: PlanBounds): string[] {
  const lines: string[] = [];
  let cur = '';
  let budget = 0;
  const flush = () => {
    const t = collapseSpace(cur).replace(/^(?:¦\s*)+|(?:\s*¦)+$/g, '');
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c && budget > 0; c = c.nextSibling) {
      budget--;
      if (isText(c)) {
        cur += c.data;
        continue;
      }
      if (!isElement(c)) continue;
      const tag = c.localName;
      if (SKIP.has(tag) || hiddenByMarkup(c) || editableAttr(c) === true) continue;
      if (tag === 'input') {
        const i = c as HTMLInputElement;
        const type = (c.getAttribute('type') ?? 'text').toLowerCase();
        if ((type === 'text' || type === 'date' || type === 'search') && i.value && i.value.length <= MAX_VALUE) cur += ` ¦ ${i.value} `;
        continue;
      }
      if (tag === 'img') {
        cur += ` ${c.getAttribute('alt') ?? ''} `;
        continue;
      }
      const block = BLOCK.has(tag);
      const cell = CELL.has(tag);
      if (block) flush();
      else if (cell) cur += ' ¦ ';
      walk(c);
      if (block) flush();
      else if (cell) cur += ' ¦ ';
    }
  };
  const { roots, region } = around ? rootsAround(doc, around) : { roots: doc.body ? [doc.body] : [], region: doc.body };
  for (const root of roots) {
    flush();
    budget = root === region ? MAX_NODES : MAX_NODES_AROUND;
    walk(root);
  }
  flush();
  return lines;
}

/** The first and the last field of the plan in the page: where its date is looked for. */
export interface PlanBounds {
  first: Element;
  last: Element;
}

const SIBLINGS_BEFORE = 3;
const SIBLINGS_AFTER = 1;

/**
 * What to read on a long page: the element that holds the plan's fields, and at every level above it the few
 * elements just before it (the form's header, a meta block, the heading row) and the one just after (a footer
 * "Laufzeit …"), in page order — not the whole case file with its thousands of other fields.
 */
function rootsAround(doc: Document, { first, last }: PlanBounds): { roots: Element[]; region: Element | null } {
  const whole = { roots: doc.body ? [doc.body] : [], region: doc.body };
  if (first.ownerDocument !== doc || last.ownerDocument !== doc || !doc.body) return whole;
  let region: Element | null = first;
  while (region && !region.contains(last)) region = region.parentElement;
  if (!region || region === doc.documentElement) return whole;
  const before: Element[][] = [];
  const after: Element[] = [];
  for (let e: Element = region; e.parentElement && e !== doc.body; e = e.parentElement) {
    const b: Element[] = [];
    for (let s = e.previousElementSibling; s && b.length < SIBLINGS_BEFORE; s = s.previousElementSibling) b.unshift(s);
    before.unshift(b);
    for (let s = e.nextElementSibling, k = 0; s && k < SIBLINGS_AFTER; s = s.nextElementSibling, k++) after.push(s);
  }
  return { roots: [...before.flat(), region, ...after], region };
}

/** The plan's date as the page shows it, or null; `around`: the plan's first and last field (reads only near them). */
export function planDateOf(doc: Document, around?: PlanBounds): PagePlanDate | null {
  return planDateOfLines(pageLines(doc, around));
}
