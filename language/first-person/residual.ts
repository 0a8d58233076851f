/**
 * Is a rewrite only half done? After an entry's sentences were rewritten as "Ich …", a "er", "ihn", "ihm" or a
 * singular "sie" that still stands in the rewritten entry, with no one else of its gender named before it, can only
 * mean the client: "Ich melde mich beim Träger. Er bringt den Lebenslauf mit." would have the client speak of
 * himself in two persons ("er" = the client who just became "ich"), or — read as written — someone else bring the
 * papers. Either way the sentence a case worker would apply is wrong; the rule then offers no fix for the entry.
 *
 * Read on the rewritten text: the client's own mention is "ich" there, so every person still named is someone else.
 */
import { MODALS } from '../language';
import { genderOf } from '../nouns';
import { isCapitalised, tokenize, type Token } from '../tokens';
import { otherCandidate } from './antecedents';
import { isWord, looksFinite } from './common';

const MALE = /^(?:er|ihn|ihm|seine|seinen|seinem|seiner|seines)$/;
// The finite verbs of "sie" in the singular that do not end in -t ("sie kann", "sie muss", "sie hat" ends in -t).
const SINGULAR_IRREGULAR = /^(?:kann|muss|will|soll|darf|mag|möchte|weiß|ist|war|hatte|wurde|wird|sollte|konnte|musste|durfte|wollte|würde|könnte|müsste|dürfte)$/;

/** Is the finite verb at token t, next to a "sie", in the singular ("sie bringt", "kann sie") — not "sie bringen"? */
function singularVerb(t: Token | undefined): boolean {
  if (!isWord(t) || !looksFinite(t)) return false;
  if (SINGULAR_IRREGULAR.test(t.lower) || MODALS[t.lower] !== undefined) return true;
  return /t$/.test(t.lower);
}

/** The first pronoun in `text` that can only mean the client (as described above), or null. */
export function leftoverClientPronoun(text: string): Token | null {
  const toks = tokenize(text);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    let gender: 'm' | 'f' | null = null;
    if (t.text === t.lower && MALE.test(t.lower)) gender = 'm';
    // "sie" as a subject in the singular; lower case, so never the formal "Sie" (an object "sie" may be things)
    else if (t.text === 'sie' && (singularVerb(toks[k + 1]) || singularVerb(toks[k - 1]))) gender = 'f';
    if (!gender) continue;
    // things count too (an object "ihn" is the "Antrag" just named; "er" of a thing mostly says how it is), and
    // "sein" may belong to a neuter noun ("das Kind … seine Schulsachen")
    if (otherCandidate(toks, 0, k, gender, true)) continue;
    if (/^sein/.test(t.lower) && toks.slice(0, k).some((x) => isWord(x) && isCapitalised(x) && genderOf(x.text) === 'n')) continue;
    return t;
  }
  return null;
}
