/**
 * An example plan moved in time: its date becomes another day (the demo form: today) and every date in it —
 * "bis wann" dates and the dates written in the text — moves by the same number of days, so the plan reads
 * the same whenever it is opened: the weak plan keeps its findings, the good plans stay without date warnings.
 * Pure; no DOM. Written dates keep their form: "03.12.2026", "3. Dezember 2026", "15.12." and months with a
 * year ("Ende November 2026": the month that the middle of the old month moves into).
 */
import { SECTION_KEYS, type Entry, type Plan } from '../core/plan';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DAY_MS = 86_400_000;

const parseIso = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** A day as YYYY-MM-DD in local time (the demo's "today"). */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIso(to) - parseIso(from)) / DAY_MS);
}

const MONTH_ALT = MONTHS.join('|');
// One pass over the text, longest forms first: "3. Mai 2027", "03.12.2026" / "03.12.26", "15.12.", "November 2026".
const DATE_RE = new RegExp(
  `(?<![\\p{L}\\d.])(?:(\\d{1,2})\\.\\s?(${MONTH_ALT})\\s(\\d{4})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?!\\d)|(${MONTH_ALT})\\s(\\d{4}))(?![\\p{L}\\d])`,
  'gu',
);

/** The dates written in a text, moved by `days`; `anchor` (YYYY-MM-DD, the plan's date) gives a day without year its year. */
export function shiftText(text: string, days: number, anchor: string): string {
  if (!days) return text;
  const move = (t: number) => new Date(t + days * DAY_MS);
  return text.replace(DATE_RE, (whole, d1, mName1, y1, d2, m2, y2, mName3, y3) => {
    if (d1) {
      const m = MONTHS.indexOf(mName1 as string);
      const t = move(Date.UTC(Number(y1), m, Number(d1)));
      return `${t.getUTCDate()}.${whole.includes('. ') ? ' ' : ''}${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    }
    if (d2) {
      const day = Number(d2);
      const month = Number(m2) - 1;
      if (month < 0 || month > 11 || day < 1 || day > 31) return whole;
      const padded = (d2 as string).length === 2;
      const fmt = (n: number) => (padded ? pad(n) : String(n));
      const fmtM = (n: number) => ((m2 as string).length === 2 ? pad(n) : String(n));
      if (y2 === undefined) {
        // No year: the next such day from the plan's date on, as the checker reads it.
        const a = parseIso(anchor);
        const ay = new Date(a).getUTCFullYear();
        let t = Date.UTC(ay, month, day);
        if (t < a) t = Date.UTC(ay + 1, month, day);
        const n = move(t);
        return `${fmt(n.getUTCDate())}.${fmtM(n.getUTCMonth() + 1)}.`;
      }
      const year = (y2 as string).length === 2 ? 2000 + Number(y2) : Number(y2);
      const n = move(Date.UTC(year, month, day));
      const y = (y2 as string).length === 2 ? pad(n.getUTCFullYear() % 100) : String(n.getUTCFullYear());
      return `${fmt(n.getUTCDate())}.${fmtM(n.getUTCMonth() + 1)}.${y}`;
    }
    const m = MONTHS.indexOf(mName3 as string);
    const n = move(Date.UTC(Number(y3), m, 15));
    return `${MONTHS[n.getUTCMonth()]} ${n.getUTCFullYear()}`;
  });
}

function shiftEntry(e: Entry, days: number, anchor: string): Entry {
  if (typeof e === 'string') return shiftText(e, days, anchor);
  return { ...e, text: shiftText(e.text, days, anchor), ...(e.due ? { due: iso(parseIso(e.due) + days * DAY_MS) } : {}) };
}

/** The plan with `to` as its date and every date in it moved along; a plan without a date is returned as it is. */
export function shiftPlan(plan: Plan, to: string): Plan {
  if (!plan.date || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return plan;
  const days = daysBetween(plan.date, to);
  const anchor = plan.date;
  const sections = Object.fromEntries(
    SECTION_KEYS.filter((k) => plan.sections[k] !== undefined).map((k) => [k, plan.sections[k]!.map((e) => shiftEntry(e, days, anchor))]),
  ) as Plan['sections'];
  return { ...plan, date: to, sections };
}
