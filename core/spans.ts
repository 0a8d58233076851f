import type { EntryAnalysis } from './analysis';
import type { Hit } from './rule';

/** The entry's text without leading and trailing white space, as a hit. */
export function entrySpan(a: EntryAnalysis, message?: string): Hit {
  const start = a.text.length - a.text.trimStart().length;
  const end = a.text.trimEnd().length;
  return message === undefined ? { start, end: Math.max(start, end) } : { start, end: Math.max(start, end), message };
}
