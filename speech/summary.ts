/**
 * The summary at the end of a read-aloud round: when the round took place, every point under its heading with
 * its status and how that status came about (speech/marks.ts), and the open points worded for the plan —
 * "Offen: … – Klärung bis <date> mit <person>" (seed 000: "Klärung bis Datum X, danach Entscheidung"), with the
 * date the case worker picked (two weeks proposed) and the person. Whether the person is one the checker accepts
 * is asked through `checkClarification` (components/ReadAloud.tsx passes checker/clarification.ts), so this
 * layer stays free of the rules. Pure.
 */
import { germanDate } from '../language/time';
import { clockTime, countsLine, markHistory, markStatus, STATUS_LABELS, freshMark, type OpenDetails, type PointStatus } from './marks';
import { counts, type RoundState } from './round';
import type { PointItem } from './script';
import type { SectionKey } from '../core/plan';

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Easter Sunday (Gregorian, anonymous algorithm), UTC midnight. */
function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(y, month, day);
}

/** Public holidays in all of Germany (state holidays differ; the date is only a suggestion). */
export function isNationalHoliday(d: Date): boolean {
  const y = d.getUTCFullYear(), md = `${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
  if (['1-1', '5-1', '10-3', '12-25', '12-26'].includes(md)) return true;
  const e = easter(y).getTime();
  return [-2, 1, 39, 50].some((k) => e + k * 86_400_000 === d.getTime());
}

/**
 * Suggested "Klärung bis" date: two weeks after `today`, moved to the next working day (Monday to Friday,
 * not a nationwide public holiday). `today` is read by its UTC calendar day (see language/time.ts `planDay`).
 */
export function clarifyBy(today: Date): Date {
  let d = addDays(utcDay(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()), 14);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || isNationalHoliday(d)) d = addDays(d, 1);
  return d;
}

/** The local calendar day of a moment, as UTC midnight (the form the date helpers use). */
export function localDay(at: Date): Date {
  return utcDay(at.getFullYear(), at.getMonth() + 1, at.getDate());
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const fromIso = (iso: string) => iso.split('-').reverse().join('.');
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The proposed "Klärung bis" date for a round on this day (YYYY-MM-DD). */
export function proposedClarifyBy(now: Date): string {
  return isoDay(clarifyBy(localDay(now)));
}

/** The clause that names who clears an open point: "Klärung bis 04.12.2026 mit Frau Lindner". */
export function clarificationClause(by: string, person: string): string {
  // "mit Herrn Nowak": the dative of the honorific
  const who = person.replace(/\s+/g, ' ').trim().replace(/^Herr\b(?!n)/, 'Herrn');
  return `Klärung bis ${fromIso(by)}${who ? ` mit ${who}` : ''}`;
}

/** "Offen: <point> – Klärung bis <date> mit <person>" (without a person: "… – Klärung bis <date>"). */
export function openPointWording(point: PointItem | string, by: string, person = ''): string {
  const text = typeof point === 'string' ? point : point.empty ? `${point.heading} (noch kein Eintrag)` : point.text;
  const what = text.replace(/\s+/g, ' ').trim().replace(/[.!;,:\s]+$/, '');
  return `Offen: ${what} – ${clarificationClause(by, person)}`;
}

/** What the checker says about an open point's clarification clause (null: nothing to say). */
export interface ClarificationFlag {
  title: string;
  message: string;
}
export type CheckClarification = (clause: string) => ClarificationFlag | null;

export interface SummaryRow {
  point: PointItem;
  status: PointStatus;
  /** "bestätigt", "Änderung gewünscht" … */
  label: string;
  /** How it came about: "„Passt so“ um 10:07", "vorgelesen, ohne Antwort" … */
  history: string;
  /** For open points: the date and person, the wording for the plan and what the checker says about it. */
  open?: OpenDetails & { wording: string; flag: ClarificationFlag | null };
}

/** When the round took place: "am 20.11.2026, 10:02–10:19 Uhr" (from its start to its end, or to `now`). */
export function roundTimeText(state: RoundState, now: Date): string {
  const start = new Date(state.startedAt ?? now.getTime());
  const end = new Date(state.endedAt ?? now.getTime());
  const from = clockTime(start.getTime()), to = clockTime(end.getTime());
  return `am ${germanDate(localDay(start))}, ${from === to ? from : `${from}–${to}`} Uhr`;
}

export function summaryRows(state: RoundState, now: Date, checkClarification?: CheckClarification): SummaryRow[] {
  const proposed = proposedClarifyBy(new Date(state.startedAt ?? now.getTime()));
  return state.points.map((point, i) => {
    const m = state.marks[i] ?? freshMark();
    const status = markStatus(m, point.text);
    const row: SummaryRow = { point, status, label: STATUS_LABELS[status], history: markHistory(m, point.text) };
    if (status === 'offen') {
      const by = m.open?.by && ISO_DAY.test(m.open.by) ? m.open.by : proposed;
      const person = m.open?.person.trim() ?? '';
      row.open = { by, person, wording: openPointWording(point, by, person), flag: checkClarification?.(clarificationClause(by, person)) ?? null };
    }
    return row;
  });
}

/** The first line of the summary. */
export function summaryTitle(state: RoundState, now: Date): string {
  return `Kooperationsplan – Punkt für Punkt vorgelesen ${roundTimeText(state, now)}`;
}

/** What the statuses mean, for the reader of the case file. */
export const STATUS_LEGEND =
  'Ein Punkt ist nur „bestätigt“, wenn die Kundin oder der Kunde nach dem Vorlesen „Passt so“ gesagt hat; ohne Antwort bleibt er „nicht besprochen“.';

/**
 * The round as plain text for the case file or for printing: every point under its heading with its status and
 * how it came about, the counts, and the suggested wording for open points (with the checker's note where the
 * person is missing).
 */
export function summaryText(state: RoundState, now: Date, checkClarification?: CheckClarification): string {
  const rows = summaryRows(state, now, checkClarification);
  const out: string[] = [summaryTitle(state, now), countsLine(counts(state)), STATUS_LEGEND];
  let section: SectionKey | null = null;
  for (const r of rows) {
    if (r.point.section !== section) {
      section = r.point.section;
      out.push('', r.point.heading);
    }
    const p = r.point;
    const text = p.empty ? '(noch kein Eintrag)' : p.text.replace(/\s+/g, ' ').trim();
    const due = p.due ? ` (bis ${fromIso(p.due)})` : '';
    out.push(`${p.empty ? '–' : `${p.number}.`} ${text}${due} – ${r.label} (${r.history})`);
  }
  const open = rows.filter((r) => r.open);
  if (open.length) {
    out.push('', 'Offene Punkte (Vorschlag für den Plan):');
    for (const r of open) {
      out.push(r.open!.wording);
      if (r.open!.flag) out.push(`  Hinweis – ${r.open!.flag.title}: ${r.open!.flag.message}`);
    }
  }
  return out.join('\n');
}
