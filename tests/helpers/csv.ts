/** A strict CSV reader for the tests of the audit's CSV files. */
/** RFC 4180 parser (with `sep` as the separator, a leading BOM dropped): rows of fields; throws on a stray quote. */
export function parseCsv(input: string, sep = ';'): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; if (i < text.length && sep !== text[i] && !/[\r\n]/.test(text[i]!)) throw new Error(`text after closing quote at ${i}`); continue; }
      field += c; i++; continue;
    }
    if (c === '"') { if (field) throw new Error(`quote inside unquoted field at ${i}`); quoted = true; i++; continue; }
    if (c === sep) { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
