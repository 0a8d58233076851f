/**
 * Her own papers and things with "mein" once a sentence is hers: "Ich bringe den Unterhaltstitel sowie die
 * Kontoauszüge mit" → "… meine Kontoauszüge mit", "Ich reiche die Lohnabrechnungen ein" → "meine Lohnabrechnungen".
 * A definite article before a noun of hers (nouns.ts, isOwnThing) becomes her possessive in the same case — only
 * where the entry names nobody else who could own it (a name, a relative, another person) and nobody is named as its
 * owner after it ("die Lohnabrechnungen beider Partner"). "der" only before a feminine or plural noun ("meiner"); "das"
 * only right before its noun ("das aktuelle Zeugnis" would need "mein aktuelles").
 */
import { genderOf, isOwnThing, surelyPlural } from '../nouns';
import { namedPersons } from '../people';
import { isCapitalised, tokenize, type Token } from '../tokens';
import { isPersonNoun, ownedByOther } from './antecedents';
import { applyEdits, ICH_WORD, isWord, upperFirst, type Edit } from './common';
import { isKin } from './possessives';

const DETERMINER = /^(?:mein|dein|sein|ihr|unser|euer|kein|ein|dies|jed|welch|all)\p{L}*$/u;
const MINE: Record<string, string> = { die: 'meine', den: 'meinen', dem: 'meinem', des: 'meines', das: 'mein' };

/** `others`: the tokens of the entry's other sentences, where a relative or another person may be named. */
export function ownThings(text: string, others: readonly Token[]): string {
  if (!ICH_WORD.test(text)) return text;
  // (what she is yet to gain or needs is not hers yet: "Ich erwerbe die erforderlichen Deutschkenntnisse", "benötige … die
  // Grundqualifikation"); nor what she is yet to build ("Ich möchte eine regelmäßige Tagesstruktur aufbauen")
  if (/(?<![\p{L}])(?:erwerb|erlang|erhalt|erhält|bekomm|benötig|brauch|aufbau|aufzubau|schaff)/iu.test(text)) return text;
  const toks = tokenize(text);
  const someone = (t: Token) => isWord(t) && isCapitalised(t) && (isKin(t.lower) || isPersonNoun(t.text));
  if (namedPersons(toks).length || toks.some(someone) || others.some(someone)) return text;
  const edits: Edit[] = [];
  for (let k = 0; k < toks.length; k++) {
    const det = toks[k]!;
    // (not a relative pronoun after its comma: "…, die meinen Einschränkungen entspricht")
    if (!isWord(det) || !/^(?:die|den|dem|des|das|der)$/.test(det.lower) || toks[k - 1]?.text === ',') continue;
    let n = k + 1;
    while (isWord(toks[n]) && toks[n]!.text === toks[n]!.lower && /(?:e|en)$/.test(toks[n]!.lower) && !DETERMINER.test(toks[n]!.lower)) n++;
    const noun = toks[n];
    if (!isWord(noun) || !isCapitalised(noun) || !isOwnThing(noun.text) || isKin(noun.lower) || ownedByOther(toks, n + 1)) continue;
    // (a genitive after it may name its owner, or make "mein" twice: "das Einkommen des Ehemannes", "die
    // Lohnabrechnungen meines Nebenjobs")
    let a = n + 1;
    while (toks[a] && (toks[a]!.kind === 'num' || /^[–/-]$/.test(toks[a]!.text))) a++;
    const after = toks[a];
    if (isWord(after) && /^(?:des|der|eines|einer|meines|meiner|seines|seiner|ihres|ihrer)$/.test(after.lower)) continue;
    let mine: string | undefined = MINE[det.lower];
    if (det.lower === 'das' && n > k + 1) continue;
    if (det.lower === 'der') mine = genderOf(noun.text) === 'f' || surelyPlural(noun.text) ? 'meiner' : undefined;
    if (!mine) continue;
    edits.push({ start: det.start, end: det.end, text: det.text[0] === 'D' ? upperFirst(mine) : mine });
  }
  return edits.length ? applyEdits(text, 0, edits) : text;
}
