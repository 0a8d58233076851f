/**
 * Tables and grids as a person reads them: the row a field sits in, its cells, and the header text of each
 * column. Works for HTML tables (`thead`, a first row of `th`, `headers` attributes, `colspan`) and for ARIA
 * grids made of divs (`role=table|grid|treegrid`, `row`, `cell|gridcell`, `columnheader`, `rowheader`).
 */
import { labelText, rootOf } from './dom';

const ARIA_CELL = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

export interface TableRow {
  row: Element;
  /** The row's cells, left to right. */
  cells: Element[];
  /** The header text of a cell's column ('' when the table has no header row). */
  columnHeader(cell: Element): string;
  /** The cell (of this row) that holds the node, or null. */
  cellOf(node: Node): Element | null;
  /** Header cells of the row itself (`th` in a body row, `role=rowheader`). */
  rowHeaders(): Element[];
}

function isHtmlRow(el: Element): boolean {
  return el.localName === 'tr';
}

function htmlCells(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.localName === 'td' || c.localName === 'th');
}

function ariaCells(row: Element): Element[] {
  const out: Element[] = [];
  const visit = (parent: Element) => {
    for (const c of Array.from(parent.children)) {
      const role = c.getAttribute('role');
      if (role && ARIA_CELL.has(role)) out.push(c);
      else if (role !== 'row' && !c.hasAttribute('role')) visit(c); // wrappers between row and cells
    }
  };
  visit(row);
  return out;
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

/** Column start index of each cell, colspan counted. */
function columnStarts(cells: Element[]): number[] {
  const starts: number[] = [];
  let col = 0;
  for (const c of cells) {
    starts.push(col);
    col += span(c);
  }
  return starts;
}

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
}

/**
 * The header row of a column: the table's `thead`, else the nearest row of header cells only above the
 * field's row (a layout table may hold several sections, each under its own header row).
 */
function headerRowOfHtmlTable(table: Element, own: Element): Element | null {
  const thead = Array.from(table.children).find((c) => c.localName === 'thead');
  if (thead && !thead.contains(own)) {
    const rows = Array.from(thead.children).filter((r) => r.localName === 'tr');
    if (rows.length) return rows[rows.length - 1]!;
  }
  let header: Element | null = null;
  for (const r of rowsOf(table)) {
    if (r === own) break;
    const cells = htmlCells(r);
    if (cells.length > 0 && (cells.every((c) => c.localName === 'th') || boldRow(r, cells))) header = r;
  }
  return header ?? (thead ? null : detachedHeaderRow(table, own));
}

/**
 * Grids with a fixed header (Element UI's el-table, DataTables with scrolling, PrimeFaces' scrollable data
 * table …) draw the header cells in a table of their own just before the body's table (each in a wrapper
 * div). That table holds header rows only (`th` cells or a `thead`, no controls) and has as many columns as the
 * body (one more for a scrollbar gutter). Its last row heads the columns.
 */
function detachedHeaderRow(table: Element, own: Element): Element | null {
  const width = (r: Element) => htmlCells(r).reduce((n, c) => n + span(c), 0);
  const columns = width(own);
  let node: Element | null = table;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const prev: Element | null = node.previousElementSibling;
    if (!prev) continue;
    const tables = prev.localName === 'table' ? [prev] : Array.from(prev.querySelectorAll('table'));
    const head = tables[tables.length - 1];
    if (!head || head.contains(table)) return null;
    if (head.querySelector('input, select, textarea, [contenteditable]')) return null;
    const rows = rowsOf(head);
    const headerOnly = rows.every((r) => !!r.closest('thead') || htmlCells(r).every((c) => c.localName === 'th'));
    const last = rows[rows.length - 1];
    // as many columns as the body (a scrollbar gutter may add one)
    return last && headerOnly && width(last) >= columns && width(last) <= columns + 1 ? last : null;
  }
  return null;
}

/** A legacy header row: plain cells whose text is all bold (`<td><b>Verantwortlich</b></td>`), no controls. */
function boldRow(row: Element, cells: Element[]): boolean {
  if (row.querySelector('input, select, textarea, [contenteditable]')) return false;
  let texts = 0;
  for (const c of cells) {
    const text = labelText(c);
    if (!text) continue;
    const bold = Array.from(c.querySelectorAll('b, strong, label')).map((b) => labelText(b)).join(' ');
    if (bold.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) return false;
    texts++;
  }
  return texts >= 2;
}

function headerRowOfAriaTable(table: Element, own: Element): Element | null {
  let header: Element | null = null;
  for (const row of Array.from(table.querySelectorAll('[role=row]'))) {
    if (row === own) break;
    const cells = ariaCells(row);
    if (cells.length && cells.every((c) => c.getAttribute('role') === 'columnheader')) header = row;
  }
  return header;
}

/** The table row (or ARIA row) a node sits in, with its cells and column headers; null outside tables. */
export function tableRowOf(node: Element): TableRow | null {
  const row = node.closest('tr, [role=row]');
  if (!row) return null;
  const html = isHtmlRow(row);
  const table = html ? row.closest('table') : row.closest('[role=table], [role=grid], [role=treegrid]');
  const cells = html ? htmlCells(row) : ariaCells(row);
  if (cells.length === 0) return null;
  const starts = columnStarts(cells);
  let headerCells: Element[] | null = null;
  let headerStarts: number[] = [];
  const headers = () => {
    if (headerCells) return headerCells;
    const hr = table ? (html ? headerRowOfHtmlTable(table, row) : headerRowOfAriaTable(table, row)) : null;
    headerCells = hr ? (html ? htmlCells(hr) : ariaCells(hr)) : [];
    headerStarts = columnStarts(headerCells);
    return headerCells;
  };
  return {
    row,
    cells,
    cellOf(n: Node) {
      for (const c of cells) if (c === n || c.contains(n)) return c;
      return null;
    },
    columnHeader(cell: Element) {
      // explicit headers="id id"
      const ids = cell.getAttribute('headers');
      if (ids) {
        const root = rootOf(cell);
        const texts = ids
          .split(/\s+/)
          .map((id) => root.getElementById?.(id) ?? cell.ownerDocument.getElementById(id))
          .filter((e): e is HTMLElement => !!e)
          .map((e) => labelText(e, { includeHidden: true }));
        const t = texts.join(' ').trim();
        if (t) return t;
      }
      const i = cells.indexOf(cell);
      if (i < 0) return '';
      const col = starts[i]!;
      const hs = headers();
      for (let k = 0; k < hs.length; k++) {
        const from = headerStarts[k]!;
        if (col >= from && col < from + span(hs[k]!)) return hs[k] === cell ? '' : labelText(hs[k]!);
      }
      return '';
    },
    rowHeaders() {
      return cells.filter((c) => {
        if (html) return c.localName === 'th';
        return c.getAttribute('role') === 'rowheader';
      });
    },
  };
}
