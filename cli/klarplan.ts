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
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkPlan, loadLanguage, parsePlan } from '../checker/checker';
import { formatReport } from '../checker/report';
import { EXAMPLE_PLAN } from '../examples/example-plan';
import { AUDIT_USAGE, auditCommand } from './audit';

const USAGE = `Verwendung (usage):
  npm run --silent klarplan -- check --jsonl < plaene.jsonl     ein Plan pro Zeile → ein Ergebnis pro Zeile
  npm run --silent klarplan -- check PLAN.json [--json]         Bericht nach den sechs Überschriften
  npm run --silent klarplan -- check --example [--json]         prüft den eingebauten Beispielplan
${AUDIT_USAGE}
Exit (ein Plan): 0 keine Hinweise, 1 Hinweise gefunden, 2 ungültige Eingabe. Mit --jsonl: 0, Fehler stehen je Zeile im Ergebnis.
Exit (audit): 0 Auswertung gelaufen (auch wenn Dateien übersprungen wurden), 2 falscher Aufruf.`;

async function checkJsonl(): Promise<number> {
  await loadLanguage();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  const out: string[] = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      out.push(JSON.stringify({ id: null, error: `Zeile ${lineNo}: kein gültiges JSON (not valid JSON): ${(e as Error).message}` }) + '\n');
      continue;
    }
    const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : null;
    const parsed = parsePlan(raw);
    if (!parsed.ok) {
      out.push(JSON.stringify({ id, error: `Zeile ${lineNo}: ${parsed.error}` }) + '\n');
      continue;
    }
    const result = checkPlan(parsed.plan);
    out.push(JSON.stringify(result) + '\n');
    if (out.length >= 64) flush();
  }
  flush();
  return 0;
}

async function checkFile(file: string | null, asJson: boolean): Promise<number> {
  let raw: unknown;
  if (file === null) raw = EXAMPLE_PLAN;
  else {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      process.stderr.write(`Klarplan: ${file} lässt sich nicht lesen (cannot read): ${(e as Error).message}\n`);
      return 2;
    }
  }
  const parsed = parsePlan(raw);
  if (!parsed.ok) {
    process.stderr.write(`Klarplan: ${file ?? 'Beispielplan'}: ${parsed.error}\n`);
    return 2;
  }
  await loadLanguage();
  const result = checkPlan(parsed.plan);
  process.stdout.write(asJson ? JSON.stringify(result, null, 2) + '\n' : formatReport(parsed.plan, result));
  return result.findings.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'audit') return auditCommand(rest);
  if (cmd !== 'check') {
    process.stderr.write(USAGE + '\n');
    return cmd === undefined || cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--jsonl', '--json', '--example'].includes(f));
  if (unknown.length || files.length > 1 || (flags.has('--jsonl') && (files.length || flags.has('--example')))) {
    process.stderr.write(`Unbekannte oder widersprüchliche Angaben: ${[...unknown, ...files.slice(1)].join(' ') || rest.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  if (flags.has('--jsonl')) return checkJsonl();
  if (flags.has('--example')) return checkFile(null, flags.has('--json'));
  if (!files.length) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  return checkFile(files[0]!, flags.has('--json'));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`Klarplan: interner Fehler (internal error): ${e.message}\n`);
    process.exit(2);
  },
);
