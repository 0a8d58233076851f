/**
 * Klarplan on the command line.
 *
 *   klarplan check --jsonl < plans.jsonl > results.jsonl   one plan per line in, one result per line out
 *   klarplan check PLAN.json [--json]                      a readable German report (or the result as JSON)
 *   klarplan check --example                               the built-in example plan
 *   klarplan audit DIR [--out OUTDIR]                      report over every plan in a folder (cli/audit.ts)
 *
 * Exit status for a single plan: 0 no findings, 1 findings, 2 bad input. With --jsonl the status is 0 once
 * every line has its result (a bad line gets an `error` result and the run goes on), 2 if the run itself fails.
 */
import { checkPlan, loadLanguage, parsePlan } from '../checker/checker';
import { formatReport } from '../checker/report';
import { EXAMPLE_PLAN } from '../examples/example-plan';
import { AUDIT_USAGE, auditCommand } from './audit';
import { MAX_PLAN_BYTES, readLineBatches, readPlanFile, StdoutClosed, writeErr, writeOut } from './io';

const USAGE = `Verwendung (usage):
  npm run --silent klarplan -- check --jsonl < plaene.jsonl     ein Plan pro Zeile → ein Ergebnis pro Zeile
  npm run --silent klarplan -- check PLAN.json [--json]         Bericht nach den sechs Überschriften
  npm run --silent klarplan -- check --example [--json]         prüft den eingebauten Beispielplan
${AUDIT_USAGE}
Exit (ein Plan): 0 keine Hinweise, 1 Hinweise gefunden, 2 ungültige Eingabe. Mit --jsonl: 0, Fehler stehen je Zeile im Ergebnis.
Exit (audit): 0 Auswertung gelaufen (auch wenn Dateien übersprungen wurden), 2 falscher Aufruf.`;

/** The id of a parsed line, for its error result. */
const idOf = (raw: unknown) => (raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : null);

async function checkJsonl(): Promise<number> {
  await loadLanguage();
  // one write per chunk of input: fast for big files, and a line typed by hand gets its answer at once
  for await (const batch of readLineBatches(process.stdin, MAX_PLAN_BYTES)) {
    let out = '';
    const answer = (o: unknown) => { out += JSON.stringify(o) + '\n'; };
    for (const line of batch) {
      if (line.error !== undefined) {
        answer({ id: null, error: `Zeile ${line.no}: ${line.error}` });
        continue;
      }
      if (!line.text.trim()) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line.text);
      } catch (e) {
        answer({ id: null, error: `Zeile ${line.no}: kein gültiges JSON (not valid JSON): ${(e as Error).message}` });
        continue;
      }
      const parsed = parsePlan(raw);
      answer(parsed.ok ? checkPlan(parsed.plan) : { id: idOf(raw), error: `Zeile ${line.no}: ${parsed.error}` });
    }
    await writeOut(out);
  }
  return 0;
}

async function checkFile(file: string | null, asJson: boolean): Promise<number> {
  let raw: unknown;
  if (file === null) raw = EXAMPLE_PLAN;
  else {
    const read = await readPlanFile(file, MAX_PLAN_BYTES);
    if ('error' in read) {
      writeErr(`Klarplan: ${file}: ${read.error}\n`);
      return 2;
    }
    try {
      raw = JSON.parse(read.text);
    } catch (e) {
      writeErr(`Klarplan: ${file}: kein gültiges JSON (not valid JSON): ${(e as Error).message}\n`);
      return 2;
    }
  }
  const parsed = parsePlan(raw);
  if (!parsed.ok) {
    writeErr(`Klarplan: ${file ?? 'Beispielplan'}: ${parsed.error}\n`);
    return 2;
  }
  await loadLanguage();
  const result = checkPlan(parsed.plan);
  await writeOut(asJson ? JSON.stringify(result, null, 2) + '\n' : formatReport(parsed.plan, result));
  return result.findings.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'audit') return auditCommand(rest);
  if (cmd !== 'check') {
    writeErr(USAGE + '\n');
    return cmd === undefined || cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--jsonl', '--json', '--example'].includes(f));
  if (unknown.length || files.length > 1 || (flags.has('--jsonl') && (files.length || flags.has('--example')))) {
    writeErr(`Unbekannte oder widersprüchliche Angaben: ${[...unknown, ...files.slice(1)].join(' ') || rest.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  if (flags.has('--jsonl')) return checkJsonl();
  if (flags.has('--example')) return checkFile(null, flags.has('--json'));
  if (!files.length) {
    writeErr(USAGE + '\n');
    return 2;
  }
  return checkFile(files[0]!, flags.has('--json'));
}

// process.exitCode, never process.exit(): whatever is still queued for a slow pipe reader gets written first.
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: Error) => {
    if (e instanceof StdoutClosed) { process.exitCode = 0; return; } // the reader stopped reading (| head): nothing is lost for it
    writeErr(`Klarplan: interner Fehler (internal error): ${e.message}\n`);
    process.exitCode = 2;
  },
);
