/**
 * German month names and their abbreviations, for everything that reads a date: the checker's time patterns
 * (time.ts), the read-aloud mode (speech/ear.ts) and the date cells of step rows in a form (fields/rows.ts).
 * No dependencies, so the content script can use it without the checker's date library.
 */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, mär: 3, maerz: 3, mrz: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
};

/** A German month name or its abbreviation ("März", "Okt.", "Jänner") as 1–12, else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLocaleLowerCase('de').replace(/\.$/, '')] ?? null;
}
