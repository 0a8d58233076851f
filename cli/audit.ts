/**
 * `klarplan audit DIR [--out OUTDIR]`: reads every plan under DIR (recursively; `*.json` one plan per file,
 * `*.jsonl` one plan per line, streamed), runs the audit (audit/audit.ts) and writes the report.
 * Without --out the Markdown report goes to stdout; with --out, bericht.md, kategorien.csv, plaene.csv and
 * diagramm.svg go into OUTDIR. A file or line that is not a valid plan is named on stderr and in the report,
 * and skipped. Exit 0 when the audit ran, 2 on usage errors.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { Audit, type AuditSource, type AuditSummary } from '../audit/audit';
import { loadLanguage, parsePlan, type CheckOptions } from '../checker/checker';
import { formatCategoriesCsv, formatPlansCsv } from '../audit/csv';
import { deInt, sourceLabel } from '../audit/format';
import { formatMarkdown } from '../audit/markdown';
import { formatChartSvg } from '../audit/svg';

export const AUDIT_USAGE = `  npm run --silent klarplan -- audit ORDNER [--out ZIELORDNER]  wertet alle Pläne im Ordner aus (*.json, *.jsonl)`;

export const OUTPUT_FILES = { report: 'bericht.md', categories: 'kategorien.csv', plans: 'plaene.csv', chart: 'diagramm.svg' } as const;

/** Plan files under dir, depth first, sorted by name; folders starting with a dot (.git) are left out. */
async function* planFiles(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) yield* planFiles(path);
    } else if (e.isFile() && /\.jsonl?$/i.test(e.name)) yield path;
  }
}

export interface AuditRunOptions {
  check?: CheckOptions;
  /** Called once per skipped file or line. */
  onSkip?: (source: AuditSource, reason: string) => void;
}

/** Reads every plan under dir into an audit. dir must exist. */
export async function auditFolder(dir: string, options: AuditRunOptions = {}): Promise<AuditSummary> {
  await loadLanguage();
  const audit = new Audit(options.check);
  const skip = (source: AuditSource, message: string) => {
    const reason = message.replace(/\s+/g, ' ').trim(); // one line: V8's JSON errors quote the text with its line breaks
    audit.skip(source, reason);
    options.onSkip?.(source, reason);
  };
  const take = (raw: unknown, source: AuditSource) => {
    const parsed = parsePlan(raw);
    if (!parsed.ok) return skip(source, parsed.error);
    try {
      audit.add(parsed.plan, source);
    } catch (e) {
      skip(source, `Fehler beim Prüfen (error while checking): ${(e as Error).message}`);
    }
  };
  const parse = (text: string, source: AuditSource) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return skip(source, `kein gültiges JSON (not valid JSON): ${(e as Error).message}`);
    }
    take(raw, source);
  };

  for await (const path of planFiles(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    if (/\.json$/i.test(path)) {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        skip({ file }, `lässt sich nicht lesen (cannot read): ${(e as Error).message}`);
        continue;
      }
      parse(text.replace(/^\uFEFF/, ''), { file });
      continue;
    }
    // JSONL, streamed line by line
    try {
      const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
      let line = 0;
      for await (const text of rl) {
        line++;
        const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
        if (t.trim()) parse(t, { file, line });
      }
    } catch (e) {
      skip({ file }, `lässt sich nicht lesen (cannot read): ${(e as Error).message}`);
    }
  }
  return audit.summary();
}

function usageError(message: string): number {
  process.stderr.write(`Klarplan: ${message}\nVerwendung (usage):\n${AUDIT_USAGE}\n`);
  return 2;
}

/** The `audit` subcommand; returns the exit status. */
export async function auditCommand(args: string[]): Promise<number> {
  let out: string | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out') {
      out = args[++i];
      if (out === undefined || out.startsWith('--')) return usageError('Nach --out fehlt der Zielordner (missing output folder).');
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a.startsWith('--')) return usageError(`Unbekannte Angabe (unknown option): ${a}`);
    else dirs.push(a);
  }
  if (dirs.length !== 1) return usageError(dirs.length ? `Bitte nur einen Ordner angeben (one folder only): ${dirs.join(' ')}` : 'Welcher Ordner? (missing folder)');
  const dir = dirs[0]!;
  const info = await stat(dir).catch(() => null);
  if (!info) return usageError(`Den Ordner ${dir} gibt es nicht (folder not found).`);
  if (!info.isDirectory()) return usageError(`${dir} ist kein Ordner (not a folder).`);

  const summary = await auditFolder(dir, {
    onSkip: (source, reason) => process.stderr.write(`Klarplan: nicht gelesen (skipped): ${sourceLabel(source)}: ${reason}\n`),
  });

  if (out === undefined) {
    process.stdout.write(formatMarkdown(summary, { folder: dir }));
    return 0;
  }
  const files: Array<[string, string]> = [
    [OUTPUT_FILES.report, formatMarkdown(summary, { folder: dir, chart: OUTPUT_FILES.chart })],
    [OUTPUT_FILES.categories, formatCategoriesCsv(summary)],
    [OUTPUT_FILES.plans, formatPlansCsv(summary)],
    [OUTPUT_FILES.chart, formatChartSvg(summary)],
  ];
  try {
    await mkdir(out, { recursive: true });
    for (const [name, text] of files) await writeFile(join(out, name), text, 'utf8');
  } catch (e) {
    process.stderr.write(`Klarplan: In den Zielordner ${out} lässt sich nicht schreiben (cannot write): ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(
    `Klarplan-Auswertung: ${deInt(summary.plans)} ${summary.plans === 1 ? 'Plan' : 'Pläne'} ausgewertet` +
      `${summary.skipped.length ? `, ${deInt(summary.skipped.length)} nicht gelesen` : ''}.\n` +
      `Geschrieben: ${files.map(([name]) => join(out, name)).join(', ')}\n`,
  );
  return 0;
}
