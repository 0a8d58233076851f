/**
 * Step rows: case-management software keeps the plan's steps as table rows — the step's text, who is
 * responsible ("Verantwortlich", "Wer", "Zuständig": a select, a text, radio buttons) and until when
 * ("bis wann", "Termin", "Frist": a date input or a German date). The row's owner decides the section
 * (fields/sections.ts `sectionOfOwner`), and its date is the due date of the step's entries.
 */
import { monthNumber } from '../language/months';
import type { SectionKey } from '../core/plan';
import { collapseSpace, editableAttr, isEditingHost, labelText } from './dom';
import { ownLabels } from './labels';
import { normaliseLabel, sectionOfOwner } from './sections';
import { tableRowOf, type TableRow } from './table';
import type { PageOwner } from './types';

export interface StepRow {
  /** A table row / `role=row`, or a group of elements that holds the step's text, owner and date (a repeated `div`). */
  kind: 'table' | 'group';
  row: Element;
  /** Who the row names as responsible; `section` is null when the owner maps to no heading ("Bitte wählen"). */
  owner: { text: string; section: SectionKey | null; el: Element } | null;
  /** The row's date as YYYY-MM-DD. */
  due: { date: string; el: Element } | null;
  /** What the field itself is in the row: the step's text, or the row's owner or date column. */
  role: 'text' | 'owner' | 'due';
}

// Column headers, normalised (fields/sections.ts), of at most four words: "Verantwortlich", "Wer?",
// "Bis wann?", "Termin", "Erledigen bis". A longer header ("Was tue ich bis wann?") names the text column.
const OWNER_COLUMN = /^(?:wer|verantwortlich\w*|zuständig\w*|durch wen|von wem|akteur\w*|ausführende?r?|umsetzung durch)\b/;
const DUE_COLUMN = /^(?:bis wann|bis|wann|termin\w*|frist\w*|datum|fällig\w*|zeitpunkt|zeitraum|erledigung\w*|erledigen bis|erledigt bis|zu erledigen bis)\b/;

const isOwnerHeader = (h: string) => h.split(' ').length <= 4 && OWNER_COLUMN.test(h);
const isDueHeader = (h: string) => h.split(' ').length <= 4 && DUE_COLUMN.test(h);

function isRealDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as shown in a form — "2026-12-15" (date input), "15.12.2026", "15.12.26", "31. Oktober 2026",
 * "31. Okt. 2026" — as YYYY-MM-DD, or null.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDay(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  m = /(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.])/.exec(` ${t}`);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return isRealDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  for (const w of ` ${t}`.matchAll(/(?:^|[^\p{L}\d.])(\d{1,2})\.?\s*(\p{L}{3,9})\.?\s+(\d{4})(?!\d)/gu)) {
    const d = Number(w[1]);
    const mo = monthNumber(w[2]!);
    const y = Number(w[3]);
    if (mo) return isRealDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  return null;
}

/** The text a person sees for a control or cell: a select's chosen option, an input's value, a checked radio's label, else the text. */
export function shownValue(el: Element): string {
  const tag = el.localName;
  if (tag === 'select') {
    const s = el as HTMLSelectElement;
    const o = s.selectedIndex >= 0 ? s.options[s.selectedIndex] : null;
    return o ? collapseSpace(o.textContent ?? '') : '';
  }
  if (tag === 'input' || tag === 'textarea') {
    const i = el as HTMLInputElement;
    if (i.type === 'radio' || i.type === 'checkbox') return '';
    return collapseSpace(i.value);
  }
  const inner = el.querySelector('select, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea');
  if (inner) return shownValue(inner);
  const radio = el.querySelector('input[type=radio]:checked') as HTMLInputElement | null;
  if (radio) return radioLabel(radio);
  const opt = el.querySelector('[role=option][aria-selected=true], [role=combobox]');
  if (opt) return labelText(opt, { includeHidden: true }) || collapseSpace(opt.getAttribute('aria-label') ?? '');
  return labelText(el);
}

function radioLabel(radio: HTMLInputElement): string {
  const wrap = radio.closest('label');
  if (wrap) return labelText(wrap);
  if (radio.id) {
    const l = Array.from(radio.ownerDocument.querySelectorAll('label[for]')).find((x) => x.getAttribute('for') === radio.id);
    if (l) return labelText(l);
  }
  return collapseSpace(radio.value);
}

function ownerOf(tr: TableRow, fieldCell: Element | null): StepRow['owner'] {
  // 1. the column headed "Verantwortlich" / "Wer" / "Zuständig"
  for (const c of tr.cells) {
    if (c === fieldCell) continue;
    if (isOwnerHeader(normaliseLabel(tr.columnHeader(c)))) {
      const text = shownValue(c);
      return { text, section: sectionOfOwner(text), el: c };
    }
  }
  // 2. a select (or checked radio) in the row that names an owner
  for (const c of tr.cells) {
    if (c === fieldCell) continue;
    for (const s of Array.from(c.querySelectorAll('select, input[type=radio]:checked'))) {
      const text = s.localName === 'select' ? shownValue(s) : radioLabel(s as HTMLInputElement);
      const section = sectionOfOwner(text);
      if (section) return { text, section, el: c };
    }
  }
  // 3. a short plain cell that names an owner ("Jobcenter")
  for (const c of tr.cells) {
    if (c === fieldCell || c.querySelector('input, select, textarea, [contenteditable]')) continue;
    const text = labelText(c);
    if (text && text.length <= 30) {
      const section = sectionOfOwner(text);
      if (section) return { text, section, el: c };
    }
  }
  return null;
}

function dueOf(tr: TableRow, fieldCell: Element | null): StepRow['due'] {
  // 1. a date input
  for (const c of tr.cells) {
    if (c === fieldCell) continue;
    const input = c.querySelector('input[type=date], input[type=datetime-local]') as HTMLInputElement | null;
    if (input) {
      const date = parseDate(input.value);
      return date ? { date, el: c } : null;
    }
  }
  // 2. the column headed "bis wann" / "Termin" / "Frist"
  for (const c of tr.cells) {
    if (c === fieldCell) continue;
    if (isDueHeader(normaliseLabel(tr.columnHeader(c)))) {
      const date = parseDate(shownValue(c));
      if (date) return { date, el: c };
    }
  }
  // 3. a cell that holds nothing but a date
  for (const c of tr.cells) {
    if (c === fieldCell) continue;
    const v = shownValue(c);
    if (v && v.length <= 12) {
      const date = parseDate(v);
      if (date) return { date, el: c };
    }
  }
  return null;
}

// ---- rows without a table: a repeated group (div) with the step's text, an owner select and a date ----

const isOwnerLabel = (texts: string[]) => texts.some((t) => isOwnerHeader(normaliseLabel(t)));
const isDueLabel = (texts: string[]) => texts.some((t) => isDueHeader(normaliseLabel(t)));

function isTextField(el: Element): boolean {
  if (el.localName === 'textarea') return true;
  if (el.localName === 'input') return (el as HTMLInputElement).type === 'text';
  return editableAttr(el) === true && isEditingHost(el);
}

/** A text input that is a row's owner or date (labelled so, or holding a date). */
function isRowControl(el: Element): boolean {
  if (el.localName !== 'input') return false;
  const labels = ownLabels(el);
  return isOwnerLabel(labels) || isDueLabel(labels) || parseDate((el as HTMLInputElement).value) !== null;
}

function ownerInGroup(group: Element, field: Element): StepRow['owner'] {
  for (const c of Array.from(group.querySelectorAll('select, input'))) {
    if (c === field || field.contains(c)) continue;
    const type = (c as HTMLInputElement).type;
    if (c.localName === 'select') {
      const text = shownValue(c);
      const labels = ownLabels(c);
      if (isOwnerLabel(labels)) return { text, section: sectionOfOwner(text), el: c };
      if (labels.length === 0 && sectionOfOwner(text)) return { text, section: sectionOfOwner(text), el: c };
    } else if (type === 'radio' && (c as HTMLInputElement).checked) {
      const set = c.closest('fieldset, [role=radiogroup], [role=group]');
      const setName = set ? [...ownLabels(set), labelText(set.querySelector('legend') ?? set)].slice(0, 2) : [];
      const text = radioLabel(c as HTMLInputElement);
      if (isOwnerLabel(setName) || sectionOfOwner(text)) return { text, section: sectionOfOwner(text), el: c };
    } else if (type === 'text' && isOwnerLabel(ownLabels(c))) {
      const text = shownValue(c);
      return { text, section: sectionOfOwner(text), el: c };
    }
  }
  return null;
}

function dueInGroup(group: Element, field: Element): StepRow['due'] {
  for (const c of Array.from(group.querySelectorAll('input'))) {
    if (c === field) continue;
    const type = c.type;
    if (type !== 'date' && type !== 'datetime-local' && type !== 'text') continue;
    const labels = ownLabels(c);
    if (type === 'text' ? !isDueLabel(labels) : labels.length > 0 && !isDueLabel(labels)) continue; // "Geburtsdatum" is no due date
    const date = parseDate(c.value);
    if (date) return { date, el: c };
  }
  return null;
}

/**
 * The smallest group around the field (up to four levels up) that holds an owner control and no other text
 * field: a step "row" built of divs.
 */
function groupRowOf(field: Element): StepRow | null {
  let group = field.parentElement;
  for (let depth = 0; group && depth < 4; depth++, group = group.parentElement) {
    const tag = group.localName;
    if (tag === 'body' || tag === 'html' || tag === 'main') return null;
    const others = Array.from(group.querySelectorAll('textarea, input, [contenteditable]')).filter(
      (e) => e !== field && !field.contains(e) && !e.contains(field) && isTextField(e) && !isRowControl(e),
    );
    if (others.length) return null; // the group holds another step: no longer one row
    const owner = ownerInGroup(group, field);
    if (owner) return { kind: 'group', row: group, owner, due: dueInGroup(group, field), role: 'text' };
  }
  return null;
}

/**
 * The step row a field sits in — a table row, `role=row`, or a group of divs with an owner control — with
 * its owner and date; null outside rows.
 */
export function stepRowOf(field: Element): StepRow | null {
  const tr = tableRowOf(field);
  if (tr && tr.cells.length >= 2) {
    const cell = tr.cellOf(field);
    const header = cell ? normaliseLabel(tr.columnHeader(cell)) : '';
    const role: StepRow['role'] = isOwnerHeader(header) ? 'owner' : isDueHeader(header) ? 'due' : 'text';
    const owner = ownerOf(tr, cell);
    if (owner || role !== 'text') return { kind: 'table', row: tr.row, owner, due: dueOf(tr, cell), role };
    // a layout table around a group: look inside the cell
    const inner = cell ? groupRowOf(field) : null;
    if (inner && cell && cell.contains(inner.row)) return inner;
    return { kind: 'table', row: tr.row, owner, due: dueOf(tr, cell), role };
  }
  return groupRowOf(field);
}

// ---- the owner as the checker reads it -------------------------------------------------------------------

const PARTY: Record<string, PageOwner['party']> = { jobcenter: 'jobcenter', schritte: 'client', dritte: 'others' };

// "Frau Lindner", "Herr Dr. Aydın", "Fr. Krüger", "Hr. Schäfer-Ost": a title and a capitalised name.
const PERSON = /(?:^|[^\p{L}])((?:Frau|Herrn?|Fr\.|Hr\.)\s+(?:(?:Dr|Prof)\.\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * A step row's owner cell as the checker reads it: the party it names and a person named there
 * ("Jobcenter (Frau Lindner)" → jobcenter, "Frau Lindner"; "Ich" → client; "Träger XY" → others).
 */
export function pageOwner(text: string, section: SectionKey | null): PageOwner | null {
  const t = collapseSpace(text);
  if (!t) return null;
  const party = (section && PARTY[section]) ?? 'unknown';
  const person = PERSON.exec(t)?.[1]?.replace(/\s+/g, ' ');
  return { party, ...(person ? { person } : {}), text: t.slice(0, 500) };
}
