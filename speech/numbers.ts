/**
 * German numbers and dates as words, for the ear: cardinals ("einundzwanzig"), ordinals with their ending
 * ("dritten"), years ("neunzehnhundertachtundneunzig"), digit by digit ("null fünf sechs eins"), written numbers with
 * German separators, and dates ("fünfzehnten April zweitausendsechsundzwanzig"). Pure: no DOM, no browser API.
 */
const ONES = [
  'null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn',
  'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn',
];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** 1–99; `final` says whether the number ends here ("eins") or a word follows inside the compound ("ein"). */
function under100(n: number, final: boolean): string {
  if (n < 20) return n === 1 ? (final ? 'eins' : 'ein') : ONES[n]!;
  const one = n % 10, ten = TENS[Math.floor(n / 10)]!;
  return one ? (one === 1 ? 'ein' : ONES[one]!) + 'und' + ten : ten;
}
function under1000(n: number, final: boolean): string {
  const h = Math.floor(n / 100), r = n % 100;
  return (h ? (h === 1 ? 'ein' : ONES[h]!) + 'hundert' : '') + (r ? under100(r, final) : '');
}

/** German cardinal number as one word: 0 → "null", 21 → "einundzwanzig", 2026 → "zweitausendsechsundzwanzig". */
export function cardinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return digitWords(String(n));
  if (n === 0) return 'null';
  if (n >= 1e9) return digitWords(String(n));
  const parts: string[] = [];
  const mio = Math.floor(n / 1e6), rest = n % 1e6;
  if (mio) parts.push(mio === 1 ? 'eine Million' : `${under1000(mio, false)} Millionen`);
  if (rest) {
    const th = Math.floor(rest / 1000), r = rest % 1000;
    parts.push((th ? (th === 1 ? 'ein' : under1000(th, false)) + 'tausend' : '') + (r ? under1000(r, true) : ''));
  }
  return parts.join(' ');
}

export type OrdinalEnding = 'e' | 'en' | 'er' | 'es' | 'em';

/** German ordinal with its ending: (3, 'en') → "dritten", (20, 'er') → "zwanzigster", (101, 'e') → "einhunderterste". */
export function ordinal(n: number, ending: OrdinalEnding = 'e'): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e9) return cardinal(n);
  const r = n % 100, head = n - r;
  const headWords = head ? cardinal(head) : '';
  let stem: string;
  if (n === 0) stem = 'nullt';
  else if (r === 0) stem = headWords + 'st';
  else if (r < 20) stem = headWords + (r === 1 ? 'erst' : r === 3 ? 'dritt' : r === 7 ? 'siebt' : r === 8 ? 'acht' : ONES[r] + 't');
  else stem = headWords + under100(r, false) + 'st';
  return stem + ending;
}

/** A year as Germans say it: 1998 → "neunzehnhundertachtundneunzig", 2026 → "zweitausendsechsundzwanzig". */
export function yearWords(y: number): string {
  if (y >= 1100 && y <= 1999) {
    const r = y % 100;
    return under100(Math.floor(y / 100), false) + 'hundert' + (r ? under100(r, true) : '');
  }
  return cardinal(y);
}

/** Digit by digit, for telephone numbers and numbers with a leading zero: "0561" → "null fünf sechs eins". */
export function digitWords(s: string): string {
  return [...s].filter((c) => c >= '0' && c <= '9').map((c) => ONES[Number(c)]!).join(' ');
}

/** A written number with German separators: "1.200" → 1200, "12,5" → "zwölf Komma fünf". */
export function numberWords(s: string): string {
  const [int, dec] = s.split(',');
  const i = Number(int!.replace(/\./g, ''));
  const head = int!.length > 1 && int!.startsWith('0') && !int!.includes('.') ? digitWords(int!) : cardinal(i);
  return dec && /^\d+$/.test(dec) ? `${head} Komma ${digitWords(dec)}` : head;
}

export const MONTH_NAMES = [
  '', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];

/** A date in words: (15, 4, 2026, 'en') → "fünfzehnten April zweitausendsechsundzwanzig". */
export function dateWords(day: number, month: number, year?: number, ending: OrdinalEnding = 'en'): string {
  return `${ordinal(day, ending)} ${MONTH_NAMES[month]}` + (year === undefined ? '' : ` ${yearWords(year)}`);
}
