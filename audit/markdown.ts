/** The audit as a German Markdown report: tables in the style of the IAB report 2/2026. */
import { MAX_SKIPPED_ROWS, type AuditSummary, type BandCounts, type Quartiles, type SideStats } from './audit';
import { READABILITY_BANDS, READABILITY_HELP } from '../checker/readability';
import { SECTION_HEADINGS, SEVERITY_LABELS } from '../core/plan';
import { countShare, de1, deInt, dePercent } from './format';

/*
 * Everything that comes from the input (the folder, file names, the reasons a source was skipped, which quote
 * the input) is shown as text: file names in code spans, reasons with every Markdown character escaped and
 * links broken up. No raw HTML, image or link syntax from the input reaches the report.
 */

/** A table cell: no line breaks. Pipes are escaped where the text is made (mdText, mdCode), as nothing of ours has one. */
function cell(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ');
}

/** Text from the input as inline Markdown text: every character Markdown gives a meaning to, escaped. */
export function mdText(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>!|#&~]/g, '\\$&')
    .replace(/:\/\//g, '\\://') // no autolink from "https://…"
    .replace(/(?<![\p{L}\p{N}])(www)\./giu, '$1\\.'); // nor from "www.…"
}

/** Text from the input as a code span (shown verbatim, never rendered); `inTable` for a table cell. */
export function mdCode(s: string, inTable = false): string {
  // in a table a backslash before a pipe would end the code span: then the text is escaped instead
  if (inTable && /\\\|/.test(s)) return mdText(s);
  const t = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(t) || !t ? ' ' : '';
  const span = `${fence}${pad}${t}${pad}${fence}`;
  return inTable ? span.replace(/\|/g, '\\|') : span;
}

function table(head: string[], align: Array<'l' | 'r'>, rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

export { MAX_SKIPPED_ROWS };

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
  L.push(`Ordner: ${mdCode(opts.folder)}`, '');
  L.push('## Das Wichtigste in Kürze', '');
  L.push(`- Ausgewertet: ${deInt(n)} ${n === 1 ? 'Plan' : 'Pläne'}.${s.skippedCount ? ` Nicht gelesen: ${deInt(s.skippedCount)} (siehe unten).` : ''}`);
  if (n) {
    L.push(`- ${deInt(s.plansWithFindings)} von ${deInt(n)} ${n === 1 ? 'Plan' : 'Plänen'} (${dePercent(s.plansWithFindings / n)}) ${s.plansWithFindings === 1 ? 'hat' : 'haben'} mindestens einen Hinweis.`);
    const top = s.categories.filter((c) => c.plans > 0).slice(0, 3);
    if (top.length) L.push(`- Am häufigsten: ${top.map((c) => `${mdText(c.title)} (${dePercent(c.share)})`).join(', ')}.`);
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
      s.categories.map((c) => [mdText(c.title), mdCode(c.id, true), c.severity ? SEVERITY_LABELS[c.severity] : '–', deInt(c.plans), n ? dePercent(c.share) : '–']),
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
  if (!s.skippedCount) L.push('Alle Dateien und Zeilen wurden gelesen.');
  else {
    L.push(`${deInt(s.skippedCount)} ${s.skippedCount === 1 ? 'Datei oder Zeile wurde' : 'Dateien oder Zeilen wurden'} übersprungen. Alle anderen Pläne sind oben mitgezählt.`, '');
    const shown = s.skipped.slice(0, MAX_SKIPPED_ROWS);
    L.push(...table(['Datei', 'Zeile', 'Grund'], ['l', 'r', 'l'], shown.map((k) => [mdCode(k.source.file, true), k.source.line === undefined ? '–' : String(k.source.line), mdText(k.reason)])));
    if (s.skippedCount > shown.length) L.push('', `… und ${deInt(s.skippedCount - shown.length)} weitere. Die Fehlerausgabe (stderr) nennt alle.`);
  }
  return L.join('\n') + '\n';
}
