/**
 * A step named by its count alone, as notes write the client's applications: "2 Bewerbungen pro Woche", "Mind. 2
 * Initiativbewerbungen/Woche bei Pflegediensten" → "Ich schreibe mind. 2 Initiativbewerbungen/Woche bei Pflegediensten."
 * Only a count of applications: what else a count names ("3 Termine", "20 Std.") says nothing of what she does with it.
 * One note only: a second after a comma, semicolon or colon ("…, Nachweis bis zum 5.") would need its own verb.
 */
import type { Sentence } from '../tokens';
import { finish, isWord, lowerFirst } from './common';

// how often or how many, before the count ("wöchentl.", "mind.", "jeweils")
const BEFORE_COUNT = /^(?:wöchentl|wöchentlich|monatl|monatlich|mind|mindestens|jeweils|insgesamt|ca|je|täglich|tgl)$/;
// the applications: "Bewerbungen", "Initiativbewerbungen", "Bew."
const APPLICATIONS = /^(?:\p{L}*bewerbung(?:en)?|bew)$/u;

export function countedApplications(s: Sentence): string | null {
  const toks = s.tokens;
  let k = 0;
  while (isWord(toks[k]) && BEFORE_COUNT.test(toks[k]!.lower)) k += toks[k + 1]?.text === '.' ? 2 : 1;
  const count = toks[k];
  if (!count || !/^\d{1,2}$/.test(count.text)) return null;
  k++;
  // (one adjective before them at most: "2 schriftliche Bewerbungen")
  if (isWord(toks[k]) && toks[k]!.text === toks[k]!.lower && /e$/.test(toks[k]!.lower)) k++;
  const noun = toks[k];
  if (!isWord(noun) || !APPLICATIONS.test(noun.lower) || (noun.lower === 'bew' && toks[k + 1]?.text !== '.')) return null;
  // one note: no second one after a comma, a semicolon, a colon or a dash
  if (toks.some((t, j) => j > k && t.kind === 'punct' && /^[,;:–—]$/.test(t.text))) return null;
  const last = toks[toks.length - 1]!;
  const punct = last.kind === 'punct' && /^[.!]$/.test(last.text) ? '.' : '';
  const body = s.text.slice(0, punct ? last.start - s.start : undefined).trimEnd();
  return finish(`Ich schreibe ${k > 0 && isWord(toks[0]) && BEFORE_COUNT.test(toks[0]!.lower) ? lowerFirst(body) : body}`, punct);
}
