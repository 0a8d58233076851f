/**
 * Time expressions in German plan text: dates, time frames, rhythms, and vague times.
 *
 * chrono-node's German parser resolves full dates ("bis zum 15. April", "am 3. Mai 2026", weekdays,
 * "in 14 Tagen"); the project's own patterns cover what it misses or gets wrong (GERMAN-NLP notes):
 * "15.03." without a year, "Ende März", "Mitte April", "KW 14", "innerhalb von zwei Wochen",
 * rhythms ("jede Woche", "alle zwei Wochen", "monatlich") and vague words ("zeitnah").
 * Amounts such as "bis 50 Euro" or "bis zu 260 Euro" are not times.
 */
import { de as chronoDe } from 'chrono-node';
import { MONTHS } from './months';

export type TimeKind = 'date' | 'frame' | 'rhythm' | 'clock' | 'anchor' | 'vague';

export interface TimeExpr {
  start: number;
  end: number;
  text: string;
  kind: TimeKind;
  /** The latest day the expression points to (UTC midnight), where it points to a day or month. */
  date?: Date;
  /** The earliest day it may mean ("ab Oktober" → 1 October, "Ende Oktober" → 21 October); `date` when it names one day. */
  earliest?: Date;
  /** True when the year was written out (only those dates can lie before the plan's date). */
  yearGiven?: boolean;
  /** The date is a start or a past fact ("seit dem 1.2.", "vom 3.3. bis"), not a deadline. */
  past?: boolean;
}

const MONTH_RE = '(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan\\.?|feb\\.?|mär\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|okt\\.?|nov\\.?|dez\\.?)';
const NUMBER_WORDS: Record<string, number> = {
  ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, vierzehn: 14, zwanzig: 20, dreißig: 30,
};
const NUM = '(\\d{1,3}|ein(?:e[mnrs]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig|dreißig)';
const UNIT = '(tag(?:e[ns]?)?|werktag(?:e[ns]?)?|arbeitstag(?:e[ns]?)?|woche[n]?|monat(?:e[ns]?|s)?|jahr(?:e[ns]?)?)';
const WEEKDAY = '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)';

interface Pattern { re: RegExp; kind: TimeKind; resolve?: (m: RegExpExecArray, ref: Date) => { date?: Date; yearGiven?: boolean } | null }

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const lastDayOfMonth = (y: number, m: number): Date => new Date(Date.UTC(y, m, 0));
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const num = (s: string): number => NUMBER_WORDS[s.toLocaleLowerCase('de')] ?? Number(s);

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = day(y, m, d);
  return dt.getUTCMonth() === m - 1;
}

/** A day written without a year means the next such day on or after the plan's date. */
function forwardYear(ref: Date, m: number, d: number): number {
  const y = ref.getUTCFullYear();
  return day(y, m, d).getTime() < ref.getTime() ? y + 1 : y;
}
function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}
function monthEnd(ref: Date, month: number, yearText: string | undefined, which: string): Date {
  const y = yearText ? expandYear(yearText) : forwardYear(ref, month, which === 'anfang' ? 1 : 28);
  if (which === 'anfang') return day(y, month, 10);
  if (which === 'mitte') return day(y, month, 20);
  return lastDayOfMonth(y, month);
}
function monthStart(ref: Date, month: number, yearText: string | undefined, which: string): Date {
  const y = monthEnd(ref, month, yearText, which).getUTCFullYear();
  return day(y, month, which === 'mitte' ? 11 : which === 'ende' ? 21 : 1);
}
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = day(year, 1, 4);
  const dow = (jan4.getUTCDay() + 6) % 7;
  return addDays(jan4, (week - 1) * 7 - dow);
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rx = (s: string) => new RegExp(B + s + E, 'giu');

const PATTERNS: Pattern[] = [
  // 13.03.2026, 13.3.26, 13.03.  (a day and month written with numbers)
  {
    re: rx('(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2}))?'),
    kind: 'date',
    resolve: (m, ref) => {
      const d = Number(m[1]), mo = Number(m[2]);
      const y = m[3] ? expandYear(m[3]) : forwardYear(ref, mo, d);
      return validDay(y, mo, d) ? { date: day(y, mo, d), yearGiven: !!m[3] } : null;
    },
  },
  // 2026-03-15
  {
    re: rx('(\\d{4})-(\\d{2})-(\\d{2})'),
    kind: 'date',
    resolve: (m) => {
      const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
      return validDay(y, mo, d) ? { date: day(y, mo, d), yearGiven: true } : null;
    },
  },
  // 15. April 2026, 3. Mai, 1 Juni
  {
    re: rx('(\\d{1,2})\\.?\\s*' + MONTH_RE + '(?:\\s+(\\d{4}))?'),
    kind: 'date',
    resolve: (m, ref) => {
      const d = Number(m[1]), mo = MONTHS[m[2]!.toLocaleLowerCase('de').replace('.', '')]!;
      const y = m[3] ? Number(m[3]) : forwardYear(ref, mo, d);
      return validDay(y, mo, d) ? { date: day(y, mo, d), yearGiven: !!m[3] } : null;
    },
  },
  // Anfang/Mitte/Ende April (2026), bis April, im Mai, Ende des Monats April
  {
    re: rx('(?:(anfang|mitte|ende)\\s+(?:des\\s+monats\\s+)?|(?:bis\\s+(?:zum\\s+)?|im\\s+(?:laufe\\s+des\\s+)?|ab\\s+|zum\\s+)(?:monat\\s+)?)' + MONTH_RE + '(?:\\s+(\\d{4}))?'),
    kind: 'frame',
    resolve: (m, ref) => {
      const key = m[2]!.toLocaleLowerCase('de').replace('.', '');
      const mo = MONTHS[key];
      if (!mo) return null;
      const which = (m[1] ?? (/^ab|^im/i.test(m[0]) ? 'anfang-ganz' : 'ende-ganz')).toLocaleLowerCase('de');
      // "bis April", "im April", "ab April": the whole month; "Anfang/Mitte/Ende April": its part
      const whole = which.endsWith('-ganz');
      const part = whole ? 'ende' : which;
      return {
        date: monthEnd(ref, mo, m[3], part),
        earliest: whole ? monthStart(ref, mo, m[3], 'anfang') : monthStart(ref, mo, m[3], part),
        yearGiven: !!m[3],
      };
    },
  },
  // KW 14, Kalenderwoche 14, in der 14. KW
  {
    re: rx('(?:(?:kw|kalenderwoche)\\s*(\\d{1,2})|(\\d{1,2})\\.\\s*(?:kw|kalenderwoche))(?:\\s*/?\\s*(\\d{4}))?'),
    kind: 'frame',
    resolve: (m, ref) => {
      const w = Number(m[1] ?? m[2]);
      if (w < 1 || w > 53) return null;
      let y = m[3] ? Number(m[3]) : ref.getUTCFullYear();
      let monday = isoWeekMonday(y, w);
      if (!m[3] && addDays(monday, 6).getTime() < ref.getTime()) monday = isoWeekMonday(++y, w);
      return { date: addDays(monday, 6), earliest: monday, yearGiven: !!m[3] };
    },
  },
  // innerhalb von zwei Wochen, binnen 10 Tagen, in drei Wochen, in 14 Tagen, nach zwei Wochen, spätestens in einem Monat
  {
    re: rx('(?:innerhalb(?:\\s+von)?|binnen|in|nach|spätestens\\s+in|im\\s+laufe\\s+(?:von|der\\s+nächsten))\\s+(?:den\\s+nächsten\\s+|der\\s+nächsten\\s+)?' + NUM + '\\s+' + UNIT),
    kind: 'frame',
    resolve: (m, ref) => {
      const n = num(m[1]!);
      const u = m[2]!.toLocaleLowerCase('de');
      const days = u.startsWith('woche') ? 7 * n : u.startsWith('monat') ? 31 * n : u.startsWith('jahr') ? 365 * n : u.includes('werk') || u.includes('arbeit') ? Math.ceil(n * 1.4) : n;
      return { date: addDays(ref, days) };
    },
  },
  // zwei Wochen nach dem Gespräch, spätestens 10 Tage vor Kursbeginn
  { re: rx('(?:spätestens\\s+)?' + NUM + '\\s+' + UNIT + '\\s+(?:nach|vor)(?=\\s)'), kind: 'frame' },
  // innerhalb einer Woche, binnen eines Monats
  { re: rx('(?:innerhalb|binnen)\\s+(?:einer|eines|der\\s+nächsten)\\s+(woche|monats|wochen|tage)'), kind: 'frame' },
  // Ende/Anfang/Mitte der Woche / des Monats / nächster Woche, Monatsende, diese Woche, nächste Woche
  {
    re: rx('(?:(?:bis\\s+)?(?:zum\\s+)?(?:anfang|mitte|ende)\\s+(?:der|des|dieser|diese[sn]?|nächster|nächste[sn]?|kommender|kommende[sn]?)\\s+(?:woche|monats|jahres)|(?:bis\\s+)?(?:zum\\s+)?(?:monatsende|wochenende|monatsanfang|monatsmitte|jahresende)|(?:diese|nächste|kommende|übernächste)[nrs]?\\s+(?:woche|monat)|im\\s+(?:nächsten|kommenden)\\s+monat)'),
    kind: 'frame',
  },
  // heute, morgen, übermorgen, sofort, ab sofort, noch heute
  { re: rx('(?:(?:bis\\s+)?(?:noch\\s+)?heute|(?:bis\\s+)?(?:über)?morgen|(?:ab\\s+)?sofort)'), kind: 'frame' },
  // jede Woche, jeden Monat, jeden Freitag, alle zwei Wochen, alle 14 Tage, einmal pro Woche, zweimal im Monat
  {
    re: rx('(?:jede[nrs]?\\s+(?:(?:erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|letzte[nrs]?)\\s+)?(?:woche|monat|tag|werktag|' + WEEKDAY + '|morgen|vormittag|nachmittag)|alle\\s+' + NUM + '\\s+' + UNIT + '|' + NUM + '(?:\\s*-?\\s*mal|mal)\\s+(?:pro|je|in\\s+der|im|die|den|am)\\s+(?:woche|monat|tag)|(?:pro|je)\\s+(?:woche|monat|tag|werktag)|wöchentlich|monatlich|täglich|werktäglich|zweiwöchentlich|(?:vierzehn|14)\\s*-?\\s*tägig|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s|vierteljährlich|quartalsweise)'),
    kind: 'rhythm',
  },
  // zum 1. des Monats, am 15. jedes Monats, zum Ersten eines jeden Monats, zum Monatsersten, jeweils zum 1.: a day each month
  {
    re: rx('(?:(?:jeweils\\s+)?(?:bis\\s+)?(?:zum|am)\\s+(?:\\d{1,2}\\.|ersten|letzten|fünfzehnten)\\s+(?:des|eines|jedes)\\s+(?:jeden\\s+|jeweiligen\\s+)?monats|(?:jeweils\\s+|jeden\\s+)?(?:zum\\s+|am\\s+)?monats(?:ersten|letzten)|jeweils\\s+(?:zum|am)\\s+\\d{1,2}\\.(?!\\s*\\d))'),
    kind: 'rhythm',
  },
  // (bis/am/nächsten) Freitag
  {
    re: rx('(?:(?:bis|am|ab|zum|spätestens)\\s+(?:(?:nächsten|kommenden|diesen)\\s+)?|(?:nächsten|kommenden|diesen)\\s+)' + WEEKDAY),
    kind: 'date',
    resolve: (m, ref) => {
      const names = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
      let target = names.indexOf(m[1]!.toLocaleLowerCase('de'));
      if (target < 0) target = 6; // sonnabend
      const diff = (target - ref.getUTCDay() + 7) % 7 || 7;
      return { date: addDays(ref, diff) };
    },
  },
  // 10 Uhr, 9:30 Uhr
  { re: rx('\\d{1,2}(?:[:.]\\d{2})?\\s*uhr'), kind: 'clock' },
  // bis zum Beginn des Kurses, vor Kursbeginn, beim nächsten Termin, im nächsten Gespräch
  {
    re: rx('(?:(?:bis|vor|zum|ab|nach|mit)\\s+(?:dem\\s+|zum\\s+)?(?:beginn|start|ende|abschluss|antritt)\\s+(?:des|der|meine[sr]|von)\\s+[\\p{L}-]+|(?:bis|vor|zum|ab|nach|mit)\\s+(?:dem\\s+)?(?:kurs|maßnahme|ausbildungs|arbeits|praktikums)(?:beginn|start|ende|antritt)|(?:beim|im|zum|bis\\s+zum|vor\\s+dem)\\s+(?:nächsten|kommenden|folgenden)\\s+(?:termin|beratungstermin|gespräch|beratungsgespräch|treffen)|(?:nach|vor|während|bis\\s+zu[mr]?)\\s+(?:de[mnrs]|meine[mnrs]?|ihre[mnrs]?|seine[mnrs]?)\\s+(?:\\p{L}+\\s+)?(?:\\p{L}*(?:praktikum|kurs|kurses|lehrgang|lehrgangs|maßnahme|training|trainings|gespräch|gesprächs|termin|termins|untersuchung|begutachtung|prüfung|probearbeit|seminar|seminars|coaching|umzug|umzugs|entlassung|reha|therapie|operation|geburt|mutterschutz|mutterschutzes|elternzeit|sommerferien|ferien|urlaub|urlaubs)))'),
    kind: 'anchor',
  },
];

// Times that cannot be checked (contract: vague-deadline; seed 000: date the job centre's steps).
const VAGUE_RE = rx(
  '(?:zeitnah|zeitnahe[nmrs]?|baldmöglichst|baldigst|schnellstmöglich|schnellstens|demnächst|bald|in\\s+kürze|in\\s+nächster\\s+zeit|bei\\s+gelegenheit|zu\\s+gegebener\\s+zeit|so\\s+(?:bald|schnell)\\s+wie\\s+möglich|sobald\\s+wie\\s+möglich|möglichst\\s+(?:bald|schnell|zeitnah)|irgendwann|gelegentlich|nach\\s+und\\s+nach|im\\s+laufe\\s+der\\s+zeit|mittelfristig|langfristig|kurzfristig|zu\\s+einem\\s+späteren\\s+zeitpunkt|später|umgehend|in\\s+den\\s+(?:nächsten|kommenden)\\s+(?:tagen|wochen|monaten)|in\\s+nächster\\s+zukunft)',
);

// "Rechtzeitig"/"frühzeitig": in time for what? Checkable only when the entry says for what — an anchor right after
// ("rechtzeitig vor Kursbeginn", "rechtzeitig bis zum …"), another time in the entry, or an appointment it cancels or
// reports on ("rechtzeitige Absage", "sagt den Termin rechtzeitig ab").
const RELATIVE_RE = rx('(?:rechtzeitig|frühzeitig)(?:e[mnrs]?)?');
const RELATIVE_ANCHOR_AFTER = /^\s+(?:vor|bis|zu[mr]?)(?![\p{L}])/iu;
const CANCELS_APPOINTMENT = /(?<![\p{L}])(?:absag\p{L}*|ab(?:zu)?sagen|sagt?e?\s+(?:\S+\s+){0,6}?ab(?![\p{L}])|abmeld\p{L}*|krankmeld\p{L}*|entschuldig\p{L}*|termin\p{L}*)/iu;

// Dates that state a fact or a start, not a deadline.
const PAST_BEFORE = /(?:seit|geboren|geb\.|vom|von|zuletzt|bereits\s+am|war|wurde|hatte|habe\s+am|hat\s+am)\s*(?:de[mn]\s+)?(?:am\s+)?$/iu;

const CHRONO_HINT = /januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag/iu;

const cache = new Map<string, TimeExpr[]>();

/** All time expressions in a text, earliest first, without overlaps (the longer one wins). */
export function findTimes(text: string, ref: Date): TimeExpr[] {
  const key = ref.getTime() + '|' + text;
  const hit = cache.get(key);
  if (hit) return hit;
  const found: TimeExpr[] = [];
  const quick = /\d|uhr|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|woche|monat|tag|täglich|heute|morgen|sofort|jede|alle|innerhalb|binnen|kw|kalender|anfang|mitte|ende|beginn|start|nächst|bald|zeitnah|demnächst|gelegenheit|kürze|möglich|irgendwann|später|umgehend|fristig|laufe|abschluss|termin|gespräch|nach|vor|während/iu;
  const mayHaveTimes = quick.test(text);
  for (const p of mayHaveTimes ? PATTERNS : []) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const r = p.resolve ? p.resolve(m, ref) : {};
      if (r === null) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: p.kind, ...r });
    }
  }
  // chrono-node for what its German parser knows well; our own patterns win where both match.
  // chrono-node is the slowest part of a check; it only runs where a month or weekday is named, which is
  // where it adds to the patterns above (numeric dates, frames and rhythms are theirs).
  if (mayHaveTimes && CHRONO_HINT.test(text)) {
    for (const r of chronoDe.parse(text, ref, { forwardDate: true })) {
      const start = r.index, end = r.index + r.text.length;
      if (!/\d/.test(r.text) || /^\d{1,2}(?:[.:]\d{2})?$/.test(r.text.trim())) continue; // bare numbers are amounts, not times
      if (/\b(uhr)\b/i.test(r.text)) continue;
      const d = r.start.date();
      found.push({
        start, end, text: r.text, kind: 'date', date: day(d.getFullYear(), d.getMonth() + 1, d.getDate()),
        yearGiven: r.start.isCertain('year'),
      });
    }
  }
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'vague' });
  }
  if (!found.some((t) => t.kind !== 'vague') && /zeitig/iu.test(text) && !CANCELS_APPOINTMENT.test(text)) {
    RELATIVE_RE.lastIndex = 0;
    for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
      if (RELATIVE_ANCHOR_AFTER.test(text.slice(m.index + m[0].length))) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'vague' });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TimeExpr[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) {
      if (t.end - t.start > last.end - last.start) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  for (const t of out) if (t.date && PAST_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) t.past = true;
  remember(key, out);
  return out;
}

function remember(key: string, v: TimeExpr[]): void {
  if (cache.size > 2000) cache.clear();
  cache.set(key, v);
}

/** A YYYY-MM-DD day as UTC midnight, or null when the calendar has no such day (2026-02-30, 2026-13-01). */
export function realDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return validDay(y, mo, d) ? day(y, mo, d) : null;
}

/** Parses the plan's date (YYYY-MM-DD) or today, as UTC midnight; a day the calendar does not have counts as no date. */
export function planDay(iso?: string, now: Date = new Date()): Date {
  const given = iso ? realDay(iso) : null;
  return given ?? day(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A date written in the text that the calendar does not have. */
export interface ImpossibleDate {
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  /** Only when written out. */
  year?: number;
}

const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/**
 * Why a day, month and (optional) year are no date, in German ("der Februar 2026 hat nur 28 Tage"). Without a
 * year February has 29 days (it may be a leap year).
 */
export function whyNoDay(d: number, m: number, y?: number): string {
  if (m < 1 || m > 12) return 'die Monate gehen von 1 bis 12';
  const name = MONTH_NAMES[m - 1]!;
  const days = y === undefined && m === 2 ? 29 : lastDayOfMonth(y ?? 2000, m).getUTCDate();
  if (d < 1) return 'ein Monat beginnt mit dem 1.';
  return `der ${name}${y === undefined ? '' : ` ${y}`} hat nur ${days} Tage`;
}

// 30.02.2026, 31.4., 2026-02-30, 30. Februar (2026): written like a date, but the calendar has no such day.
const NUMERIC_DAY = rx('(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2}))?');
const ISO_DAY = rx('(\\d{4})-(\\d{2})-(\\d{2})');
const NAMED_DAY = rx('(\\d{1,2})\\.\\s*' + MONTH_RE + '(?:\\s+(\\d{4}))?');

/**
 * Dates in a text that do not exist. With a four-digit year every impossible day counts (also "15.13.2026",
 * "00.00.2026"); without one, or with two digits, only a day 1–31 in a month 1–12 that is too long for that month
 * ("31.04.", "30.02.26"), so that section numbers and amounts are not taken for dates. "29.02." without a year is
 * a real day in a leap year and not reported.
 */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  if (!/\d/.test(text)) return [];
  const out: ImpossibleDate[] = [];
  const add = (m: RegExpExecArray, d: number, mo: number, y: number | undefined, yearText: string | undefined) => {
    const fourDigits = yearText !== undefined && yearText.length === 4;
    const plausible = d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
    if (!fourDigits && !plausible) return;
    const ok = y === undefined ? plausible && d <= (mo === 2 ? 29 : lastDayOfMonth(2001, mo).getUTCDate()) : validDay(y, mo, d);
    if (!ok) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], day: d, month: mo, ...(y === undefined ? {} : { year: y }) });
  };
  for (const re of [NUMERIC_DAY, ISO_DAY, NAMED_DAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === ISO_DAY) add(m, Number(m[3]), Number(m[2]), Number(m[1]), m[1]);
      else if (re === NUMERIC_DAY) add(m, Number(m[1]), Number(m[2]), m[3] ? expandYear(m[3]) : undefined, m[3]);
      else add(m, Number(m[1]), MONTHS[m[2]!.toLocaleLowerCase('de').replace('.', '')]!, m[3] ? Number(m[3]) : undefined, m[3]);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((t, i) => i === 0 || t.start >= out[i - 1]!.end);
}

/** The last day a plan dated `ref` runs: six months on (Weisung 4.3). */
export function planEnd(ref: Date): Date {
  const y = ref.getUTCFullYear(), m = ref.getUTCMonth(), d = ref.getUTCDate();
  const end = new Date(Date.UTC(y, m + 6, d));
  // 31 August + 6 months → 28/29 February, not 3 March
  if (end.getUTCDate() !== d) return new Date(Date.UTC(y, m + 7, 0));
  return end;
}

export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function germanDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}
