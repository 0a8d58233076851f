/**
 * Where the page shows the plan's own date: "Datum: 02.03.2026" in a header, "erstellt am 2.3.26" in a read-only
 * field, "Gültig von 2. März 2026 bis 1. September 2026", "Laufzeit 15.01.2026 bis 14.07.2026", a date input
 * labelled "Datum des Plans". Without it every date of the plan is judged against today.
 *
 * Two steps: `pageLines` (here, in the page agent) turns the page around the plan into lines of text as a person
 * reads them (cells of a row, a label and its field's value, a `dt` and its `dd` on one line, separated by " ¦ "),
 * and `dateLines` keeps those that hold a date; the panel reads the plan's date from them (plan-date-text.ts, pure).
 * Plan text itself (textareas, rich editors) is never read here: "Mein Ausweis ist gültig bis …" in an entry is
 * no date of the plan.
 */
import { UI_ATTR, collapseSpace, editableAttr, isElement, isText } from './dom';

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

/**
 * At most this many lines of page text go to the panel for the plan's date, each at most this long (the message
 * limits, messages/limits.ts `PAGE_LIMITS.dateLines`/`dateLine`, are the same; tests/page-messages.test.ts holds them).
 */
export const MAX_DATE_LINES = 200;
export const MAX_DATE_LINE = 300;
/** Something shaped like a date in any of the forms plan-date-text.ts reads (a superset: it decides). */
const DATE_SHAPE = /\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?(?:\d{1,2}\.|\p{L})/u;

/**
 * The lines of page text around the plan (`around`: its first and last field; else the whole page) that hold
 * something shaped like a date, in page order: what the panel reads the plan's date from. A long line is cut
 * around its first date ("… " marks the cut, so it is no line start).
 */
export function dateLines(doc: Document, around?: PlanBounds): string[] {
  const out: string[] = [];
  for (const line of pageLines(doc, around)) {
    const m = DATE_SHAPE.exec(line);
    if (!m) continue;
    if (line.length <= MAX_DATE_LINE) out.push(line);
    else {
      const from = Math.max(0, m.index - 120);
      out.push((from ? '… ' : '') + line.slice(from, from + MAX_DATE_LINE - 2));
    }
    if (out.length === MAX_DATE_LINES) break;
  }
  return out;
}
