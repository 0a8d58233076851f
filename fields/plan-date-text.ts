/**
 * The plan's own date from lines of the page's text (fields/plan-date.ts collects them in the page): pure text →
 * date, run in the panel when a plan arrives (entrypoints/sidepanel/App.tsx), so the page agent carries none
 * of the date grammar. A range ("Gültig von … bis …") wins, then the plan's own date labels ("Datum des Plans",
 * "erstellt am"), then a bare "Datum"; an end of its own ("gültig bis") is added where the start has none.
 */
import { MONTHS } from '../language/months';
import { collapseSpace } from './dom';
import { parseDate } from './rows';
import type { PagePlan, PagePlanDate } from './types';

// the month names and abbreviations language/months.ts knows, longest first
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
/** A German date as forms write it: 02.03.2026, 2.3.26, 2. März 2026, 2. Mär. 2026, and a date input's 2026-03-02. */
const DATE = `(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})(?!\\d|\\.\\d)|\\d{1,2}\\.\\s?${MONTH}\\.?\\s+\\d{4})`;
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

/**
 * The plan as the panel uses it: the plan's date read from the page's date lines (none without fields), the lines
 * themselves dropped.
 */
export function withPlanDate(plan: PagePlan): PagePlan {
  const { dateLines: lines, planDate: _fromPage, ...rest } = plan;
  const planDate = lines?.length && plan.fields.length ? planDateOfLines(lines) : null;
  return planDate ? { ...rest, planDate } : rest;
}
