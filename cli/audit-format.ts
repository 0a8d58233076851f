/**
 * The audit's outputs as text: the German Markdown report (tables in the style of the IAB report 2/2026),
 * two CSV files and an accessible SVG bar chart. Pure string building; cli/audit.ts writes the files.
 */
import type { AuditSource, AuditSummary, BandCounts, Quartiles, SideStats } from '../lib/audit';
import { READABILITY_BANDS, READABILITY_HELP } from '../lib/plan-readability';
import { SECTION_HEADINGS, SEVERITY_LABELS } from '../lib/plan';

// ---------- numbers, German style ----------

/** 10000 → "10.000". */
export function deInt(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
/** 0.125 → "12,5 %". */
export function dePercent(share: number): string {
  return `${(share * 100).toFixed(1).replace('.', ',')} %`;
}
const de1 = (n: number) => n.toFixed(1).replace('.', ',');
const countShare = (k: number, of: number) => (of ? `${deInt(k)} (${dePercent(k / of)})` : deInt(k));

export function sourceLabel(s: AuditSource): string {
  return s.line === undefined ? s.file : `${s.file}, Zeile ${s.line}`;
}

// ---------- Markdown ----------

/** A table cell: no line breaks, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
function table(head: string[], align: Array<'l' | 'r'>, rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** The report lists at most this many skipped files or lines; stderr names every one. */
export const MAX_SKIPPED_ROWS = 200;

export interface MarkdownOptions {
  /** The folder as the user named it. */
  folder: string;
  /** File name of the chart, when one was written beside the report. */
  chart?: string;
}

export function formatMarkdown(s: AuditSummary, opts: MarkdownOptions): string {
  const L: string[] = [];
  const n = s.plans;
  const jc = s.jobcenter, st = s.schritte;
  const r = s.readability;

  L.push('# Klarplan – Auswertung der Kooperationspläne', '');
  L.push(`Ordner: \`${opts.folder.replace(/`/g, "'")}\``, '');
  L.push('## Das Wichtigste in Kürze', '');
  L.push(`- Ausgewertet: ${deInt(n)} ${n === 1 ? 'Plan' : 'Pläne'}.${s.skipped.length ? ` Nicht gelesen: ${deInt(s.skipped.length)} (siehe unten).` : ''}`);
  if (n) {
    L.push(`- ${deInt(s.plansWithFindings)} von ${deInt(n)} ${n === 1 ? 'Plan' : 'Plänen'} (${dePercent(s.plansWithFindings / n)}) ${s.plansWithFindings === 1 ? 'hat' : 'haben'} mindestens einen Hinweis.`);
    const top = s.categories.filter((c) => c.plans > 0).slice(0, 3);
    if (top.length) L.push(`- Am häufigsten: ${top.map((c) => `${c.title} (${dePercent(c.share)})`).join(', ')}.`);
    if (jc.entries || st.entries) {
      L.push(
        `- Zusagen des Jobcenters: ${jc.entries ? `${dePercent(jc.withTime / jc.entries)} mit Termin, ${dePercent(jc.withPerson / jc.entries)} mit einer Person mit Namen` : 'keine'}. ` +
          `Eigene Schritte: ${st.entries ? `${dePercent(st.withTime / st.entries)} mit Termin` : 'keine'}.`,
      );
    }
    if (r.fleschAmstad && r.wiener) {
      L.push(`- Lesbarkeit (Median): Flesch-Amstad ${de1(r.fleschAmstad.median)} von 100, Wiener Sachtextformel ${de1(r.wiener.median)}.`);
    }
  }
  L.push('');

  // Table 1: findings per category
  L.push('## Tabelle 1: Hinweise nach Art', '', 'Anzahl der Pläne mit dem jeweiligen Hinweis', '');
  L.push(
    ...table(
      ['Hinweis', 'Kennung', 'Gewicht', 'Pläne mit diesem Hinweis', 'Anteil'],
      ['l', 'l', 'l', 'r', 'r'],
      s.categories.map((c) => [c.title, `\`${c.id}\``, c.severity ? SEVERITY_LABELS[c.severity] : '–', deInt(c.plans), n ? dePercent(c.share) : '–']),
    ),
  );
  L.push(
    '',
    `Anmerkung: Ausgewertete Pläne = ${deInt(n)}; Pläne mit mindestens einem Hinweis = ${deInt(s.plansWithFindings)}; ` +
      `Pläne ohne Hinweis = ${deInt(n - s.plansWithFindings)}. Ein Plan kann mehrere Hinweise haben; die Summe ist daher größer als die Zahl der Pläne.`,
    '',
    'Quelle: Eigene Auswertung mit Klarplan.',
    '',
  );

  // Table 2: dates and named persons
  const sideRows = (x: SideStats) => [
    countShare(x.plansWithEntries, n),
    deInt(x.entries),
    countShare(x.withTime, x.entries),
    countShare(x.withPerson, x.entries),
  ];
  const a = sideRows(jc), b = sideRows(st);
  const labels = ['Pläne mit Einträgen', 'Einträge insgesamt', 'davon mit Termin', 'davon mit namentlich genannter Person'];
  L.push('## Tabelle 2: Termine und Personen', '', 'Anzahl der Einträge mit Termin und mit einer namentlich genannten Person', '');
  L.push(
    ...table(
      ['', `Zusagen des Jobcenters („${SECTION_HEADINGS.jobcenter}“)`, `Eigene Schritte („${SECTION_HEADINGS.schritte}“)`],
      ['l', 'r', 'r'],
      labels.map((l, i) => [l, a[i]!, b[i]!]),
    ),
  );
  L.push(
    '',
    'Anmerkung: Termin = ein Datum, eine Frist, ein Zeitraum, ein Rhythmus („jede Woche“) oder ein Datum in der Spalte „bis wann“; ' +
      '„zeitnah“ oder „bald“ zählen nicht. Person mit Namen = z. B. „Frau Lindner“; „das Jobcenter“ oder „meine Ansprechpartnerin“ zählen nicht. ' +
      'Bei den eigenen Schritten zählen Schritte, die eine Person mit Namen nennen, an die sich die Kundin oder der Kunde wendet. ' +
      'Anteile beziehen sich auf die Einträge, bei „Pläne mit Einträgen“ auf alle Pläne.',
    '',
    'Quelle: Eigene Auswertung mit Klarplan.',
    '',
  );

  // Table 3: readability quartiles
  const q = (x: Quartiles | null, k: keyof Quartiles) => (x ? de1(x[k]) : '–');
  L.push('## Tabelle 3: Lesbarkeit der Pläne', '', 'Werte des ganzen Plans (alle sechs Abschnitte zusammen)', '');
  L.push(
    ...table(
      ['', 'Flesch-Amstad (0–100, höher = leichter)', 'Wiener Sachtextformel (4–15, niedriger = leichter)'],
      ['l', 'r', 'r'],
      ([['Kleinster Wert', 'min'], ['1. Quartil', 'q1'], ['Median', 'median'], ['3. Quartil', 'q3'], ['Größter Wert', 'max']] as const).map(([label, k]) => [
        label,
        q(r.fleschAmstad, k),
        q(r.wiener, k),
      ]),
    ),
  );
  L.push(
    '',
    `Anmerkung: Pläne mit Wert = ${deInt(r.scored)}; Pläne mit zu wenig Text = ${deInt(r.unscored)}. ` +
      'Ein Viertel der Pläne liegt unter dem 1. Quartil, die Hälfte unter dem Median, drei Viertel unter dem 3. Quartil.',
    '',
  );

  // Table 4: bands
  const bandCell = (c: BandCounts, band: (typeof READABILITY_BANDS)[number]) => countShare(c[band], r.scored);
  L.push('## Tabelle 4: Lesbarkeit nach Stufen', '', 'Anzahl der Pläne je Stufe', '');
  L.push(
    ...table(
      ['Stufe', 'nach Flesch-Amstad', 'nach Wiener Sachtextformel', 'beide zusammen (die strengere Stufe)'],
      ['l', 'r', 'r', 'r'],
      [
        ...READABILITY_BANDS.map((band) => [band, bandCell(r.bands.fleschAmstad, band), bandCell(r.bands.wiener, band), bandCell(r.bands.overall, band)]),
        ['zu wenig Text', deInt(r.unscored), deInt(r.unscored), deInt(r.unscored)],
      ],
    ),
  );
  L.push('', `Anmerkung: ${READABILITY_HELP.fleschAmstad} ${READABILITY_HELP.wiener} ${READABILITY_HELP.limits} Anteile beziehen sich auf die Pläne mit Wert.`, '');
  L.push('Quelle: Eigene Auswertung mit Klarplan.', '');

  if (opts.chart) {
    L.push('## Diagramm', '', `![Anteil der Pläne je Hinweis und Anteil der Einträge mit Termin und Person](${opts.chart})`, '');
  }

  L.push('## Nicht gelesen', '');
  if (!s.skipped.length) L.push('Alle Dateien und Zeilen wurden gelesen.');
  else {
    L.push(`${deInt(s.skipped.length)} ${s.skipped.length === 1 ? 'Datei oder Zeile wurde' : 'Dateien oder Zeilen wurden'} übersprungen. Alle anderen Pläne sind oben mitgezählt.`, '');
    const shown = s.skipped.slice(0, MAX_SKIPPED_ROWS);
    L.push(...table(['Datei', 'Zeile', 'Grund'], ['l', 'r', 'l'], shown.map((k) => [k.source.file, k.source.line === undefined ? '–' : String(k.source.line), k.reason])));
    if (s.skipped.length > shown.length) L.push('', `… und ${deInt(s.skipped.length - shown.length)} weitere. Die Fehlerausgabe (stderr) nennt alle.`);
  }
  return L.join('\n') + '\n';
}

// ---------- CSV (RFC 4180: comma-separated, fields with comma, quote or line break in double quotes) ----------

export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  // A text cell that starts like a formula (=, +, -, @, tab, CR) gets a leading ' so a spreadsheet shows it as
  // text instead of running it (plan ids and file names come from the exported data).
  const s = typeof v === 'number' ? String(Math.round(v * 10) / 10) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvLine = (fields: Array<string | number | null | undefined>) => fields.map(csvField).join(',') + '\r\n';

export function formatCategoriesCsv(s: AuditSummary): string {
  let out = csvLine(['kategorie', 'titel', 'gewicht', 'plaene', 'anteil_prozent']);
  for (const c of s.categories) out += csvLine([c.id, c.title, c.severity ? SEVERITY_LABELS[c.severity] : '', c.plans, c.share * 100]);
  return out;
}

export function formatPlansCsv(s: AuditSummary): string {
  const cats = s.categories.map((c) => c.id);
  const parts: string[] = [
    csvLine([
      'datei', 'zeile', 'id', 'datum', 'hinweise', ...cats,
      'schritte', 'schritte_mit_termin', 'schritte_mit_person', 'zusagen', 'zusagen_mit_termin', 'zusagen_mit_person',
      'flesch_amstad', 'wiener_sachtextformel', 'lesbarkeit',
    ]),
  ];
  for (const r of s.rows) {
    const b = r.balance;
    parts.push(
      csvLine([
        r.source.file, r.source.line, r.id === null ? null : String(r.id), r.date, r.findings, ...cats.map((c) => r.categories[c] ?? 0),
        b.client.entries, b.client.withTime, b.client.withPerson, b.jobcenter.entries, b.jobcenter.withTime, b.jobcenter.withPerson,
        r.readability?.fleschAmstad, r.readability?.wiener, r.readability?.band ?? 'zu wenig Text',
      ]),
    );
  }
  return parts.join('');
}

// ---------- SVG ----------

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A horizontal bar chart: the share of plans with each kind of finding, and the share of entries with a date
 * and a named person. Hand-written SVG with <title> and <desc>, text labels, a generic font, no scripts.
 */
export function formatChartSvg(s: AuditSummary): string {
  const jc = s.jobcenter, st = s.schritte;
  const groups: Array<{ heading: string; bars: Array<{ label: string; share: number; value: string }> }> = [
    {
      heading: `Hinweise: Anteil der Pläne (${deInt(s.plans)} ${s.plans === 1 ? 'Plan' : 'Pläne'})`,
      bars: s.categories.map((c) => ({ label: c.title, share: c.share, value: `${dePercent(c.share)} (${deInt(c.plans)})` })),
    },
    {
      heading: 'Termine und Personen: Anteil der Einträge',
      bars: [
        ['Zusagen des Jobcenters mit Termin', jc.withTime, jc.entries],
        ['Zusagen des Jobcenters mit namentlich genannter Person', jc.withPerson, jc.entries],
        ['Eigene Schritte mit Termin', st.withTime, st.entries],
        ['Eigene Schritte mit namentlich genannter Person', st.withPerson, st.entries],
      ].map(([label, k, of]) => {
        const share = (of as number) ? (k as number) / (of as number) : 0;
        return { label: label as string, share, value: `${dePercent(share)} (${deInt(k as number)} von ${deInt(of as number)})` };
      }),
    },
  ];

  const W = 860, labelW = 380, barW = 240, rowH = 24, barH = 16, top = 48;
  const parts: string[] = [];
  let y = top;
  for (const g of groups) {
    y += 8;
    parts.push(`<text x="8" y="${y + 12}" font-weight="bold">${xml(g.heading)}</text>`);
    y += rowH;
    for (const b of g.bars) {
      const w = Math.max(0, Math.min(1, b.share)) * barW;
      parts.push(
        `<g><text x="${labelW - 8}" y="${y + 13}" text-anchor="end">${xml(b.label)}</text>` +
          `<rect x="${labelW}" y="${y + 1}" width="${barW}" height="${barH}" fill="#eef1f4"/>` +
          `<rect x="${labelW}" y="${y + 1}" width="${w.toFixed(1)}" height="${barH}" fill="#1f5f8b"/>` +
          `<text x="${labelW + barW + 8}" y="${y + 13}">${xml(b.value)}</text></g>`,
      );
      y += rowH;
    }
  }
  const H = y + 16;
  const desc = groups.map((g) => `${g.heading}: ${g.bars.map((b) => `${b.label} ${b.value}`).join('; ')}.`).join(' ');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="titel beschreibung" font-family="sans-serif" font-size="13" lang="de">\n` +
    `<title id="titel">Klarplan – Auswertung der Kooperationspläne</title>\n` +
    `<desc id="beschreibung">${xml(desc)}</desc>\n` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>\n` +
    `<text x="8" y="24" font-size="16" font-weight="bold" fill="#000000">Klarplan – Auswertung der Kooperationspläne</text>\n` +
    `<g fill="#000000">\n${parts.join('\n')}\n</g>\n` +
    `</svg>\n`
  );
}
