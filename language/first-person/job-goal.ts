/**
 * A goal named by the job alone, as notes write it under "Mein Ziel ist": "Beschäftigung als Busfahrer bei den
 * Stadtwerken" → "Ich möchte eine Beschäftigung als Busfahrer bei den Stadtwerken finden."; "Dauerhafte,
 * existenzsichernde Vollzeitbeschäftigung im erlernten Beruf (Koch)" → "Ich möchte eine dauerhafte, existenzsichernde
 * Vollzeitbeschäftigung im erlernten Beruf (Koch) finden."
 *
 * Only in the goal headings; only a post, an employment or a job's activity whose gender is known, its adjectives in
 * the nominative before it ("-e" feminine, "-er" masculine, "-es" neuter); after it only its attributes, and a clause
 * after a comma ("…, sobald …", "…, um … zu …"), which stays after the verb. Not where anyone is named or pointed to
 * ("für Frau P.", "ihre Kinder"), a second thing is joined ("… und Führerschein"), or the job is one made, not found
 * ("selbstständige Tätigkeit"). Anything else: no fix.
 */
import { genderOf, INDEFINITE, looksPlural } from '../nouns';
import { clientNouns, namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { isPastSingular } from '../language';
import { finish, isPreposition, isWord, looksFinite, SUBORDINATOR } from './common';

const JOB = /(?:stelle|beschäftigung|tätigkeit|anstellung|job|arbeitsplatz)$/;
// a job one makes for oneself, or no job at all, is not found
const NOT_FOUND = /^(?:selbstständig|selbständig|freiberuflich|eigen|gewerblich|ehemalig|bisherig|frühere?)/;
const PERSON = /^(?:er|sie|ihn|ihm|ihr|ihre[mnrs]?|sein|seine[mnrs]?|ihnen|deren|dessen)$/;
// the adjective's nominative ending by gender, and its ending after "eine"/"einen"/"ein" in the accusative
const NOM_ENDING = { f: 'e', m: 'er', n: 'es' } as const;
const ACC_ENDING = { f: 'e', m: 'en', n: 'es' } as const;

export function jobGoal(s: Sentence): string | null {
  const toks = s.tokens;
  if (namedPersons(toks).length || clientNouns(toks).length) return null;
  if (toks.some((t) => isWord(t) && PERSON.test(t.lower))) return null;
  // (one in lower case goes on from the heading: "Mein Ziel ist" + "eine unbefristete Vollzeitstelle …")
  if (!isWord(toks[0]) || !isCapitalised(toks[0])) return null;
  let k = 0;
  // an article the note wrote ("Eine stundenweise Beschäftigung …")
  if (/^(?:eine|ein)$/.test(toks[0].lower)) k = 1;
  const adjectives: Token[] = [];
  for (; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ',' && adjectives.length) continue;
    if (!isWord(t) || (isCapitalised(t) && !(k === 0 && /(?:e|er|es)$/.test(t.lower) && (isWord(toks[k + 1]) || toks[k + 1]?.text === ',')))) break;
    if (k === 0 && JOB.test(t.lower)) break;
    adjectives.push(t);
  }
  // (a comma only between adjectives)
  if (toks[k - 1]?.text === ',') return null;
  const noun = toks[k];
  if (!isWord(noun) || !isCapitalised(noun) || !JOB.test(noun.lower) || looksPlural(noun.text)) return null;
  const g = genderOf(noun.text);
  if (!g || adjectives.some((a) => NOT_FOUND.test(a.lower))) return null;
  if (adjectives.some((a) => !a.lower.endsWith(NOM_ENDING[g]) || (g === 'f' && /(?:er|es|en)$/.test(a.lower)))) return null;
  // the rest: its attributes, then at most a clause after a comma
  // (up to the end, but for its full stop: a bracket at the end is the job's, "… im erlernten Beruf (Koch)")
  let end = toks.length;
  while (end > k + 1 && /^[.!]$/.test(toks[end - 1]!.text)) end--;
  let clause = -1, depth = 0;
  for (let j = k + 1; j < end; j++) {
    const t = toks[j]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth) continue;
    else if (t.text === ',') {
      if (!isWord(toks[j + 1]) || !(SUBORDINATOR.test(toks[j + 1]!.lower) || toks[j + 1]!.lower === 'um')) return null;
      clause = j;
      break;
    } else if (/^[;:–—]$/.test(t.text)) return null;
    else if (isWord(t) && /^(?:und|oder|sowie|bzw)$/.test(t.lower) && !isPreposition(toks[j + 1])) return null;
    // (no verb of its own before a clause: a fragment, not a sentence)
    // ("im erlernten Beruf": a participle before its noun is an adjective)
    else if ((looksFinite(t) || isPastSingular(t.lower)) && !(isWord(toks[j + 1]) && isCapitalised(toks[j + 1]!))) return null;
  }
  const upTo = clause >= 0 ? clause : end;
  // the adjectives as written, with their commas, in the accusative ("Dauerhafte, existenzsichernde" → "dauerhafte,
  // existenzsichernde"; "Fester" → "festen")
  const from = adjectives[0] ?? noun;
  let phrase = s.text.slice(from.start - s.start, toks[upTo - 1]!.end - s.start);
  for (let i = adjectives.length - 1; i >= 0; i--) {
    const a = adjectives[i]!;
    phrase = phrase.slice(0, a.start - from.start) + a.lower.slice(0, -NOM_ENDING[g].length) + ACC_ENDING[g] + phrase.slice(a.end - from.start);
  }
  const tail = clause >= 0 ? s.text.slice(toks[clause]!.start - s.start, toks[end - 1]!.end - s.start) : '';
  const endPunct = s.text.slice(toks[end - 1]!.end - s.start).trim();
  return finish(`Ich möchte ${INDEFINITE[g]} ${phrase} finden${tail}`, endPunct || '.');
}
