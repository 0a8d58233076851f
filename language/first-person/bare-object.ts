/**
 * A note's bare object after her verb takes its article once the note is her sentence: "Kd. strebt Ausbildung zur
 * Pflegefachfrau an" → "Ich strebe eine Ausbildung zur Pflegefachfrau an". Only what one seeks, starts or takes up
 * (COUNT_OBJECT: a training, a job, a placement) after a verb of seeking or starting: it is a new one, "eine". After
 * any other verb ("kündigt Stelle", her own) the noun is left bare, and verify.ts finds it: no fix.
 */
import { COUNT_OBJECT, genderOf, INDEFINITE, isMassNoun, looksPlural } from '../nouns';
import { isCapitalised, tokenize } from '../tokens';
import { isWord } from './common';

// her verb, first person: "strebe … an", "suche", "beginne", "nehme … auf"
const SEEK = /^(?:strebe|suche|beginne|mache|absolviere|finde|plane|brauche|benötige|nehme)$/;

export function bareObjectArticle(fix: string): string {
  const toks = tokenize(fix);
  const [ich, verb, noun, next] = toks;
  if (ich?.text !== 'Ich' || !isWord(verb) || !SEEK.test(verb.text) || !isWord(noun) || !isCapitalised(noun) || !COUNT_OBJECT.test(noun.lower)) return fix;
  // ("nehme" only as "nehme … auf": "Ich nehme Tätigkeit als Fahrer auf")
  if (verb.text === 'nehme' && !/(?<![\p{L}])auf[.!]?\s*$/u.test(fix)) return fix;
  // (a name or a title after it names it: "Ausbildung Pflegefachfrau", "Stelle 4711")
  if (next && (next.kind === 'num' || (isWord(next) && isCapitalised(next)))) return fix;
  const g = genderOf(noun.text);
  if (!g || looksPlural(noun.text) || isMassNoun(noun.text)) return fix;
  return `${fix.slice(0, noun.start)}${INDEFINITE[g]} ${fix.slice(noun.start)}`;
}
