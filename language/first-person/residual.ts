/**
 * Is a rewrite only half done? After an entry's sentences were rewritten as "Ich …", a "er", "ihn", "ihm" or a
 * singular "sie" that still stands in the rewritten entry, with no one else of its gender named before it, can only
 * mean the client: "Ich melde mich beim Träger. Er bringt den Lebenslauf mit." would have the client speak of
 * himself in two persons ("er" = the client who just became "ich"), or — read as written — someone else bring the
 * papers. Either way the sentence a case worker would apply is wrong; the rule then offers no fix for the entry.
 *
 * Read on the rewritten text: the client's own mention is "ich" there, so every person still named is someone else.
 *
 * Stricter for a subject: when the original said who the client is ("Frau T.", "die Kundin", "er") and a later clause
 * still has a subject pronoun of the client's gender ("…; sie braucht einen Dolmetscher"), that pronoun continued the
 * client or meant another woman named in between — the original does not say which. The rewrite would decide it
 * ("Ich wohne mit meiner Schwiegermutter …; sie braucht …" now reads as the mother-in-law), so it is not offered,
 * even where someone else of that gender is named.
 */
import { MODALS } from '../language';
import { genderOf } from '../nouns';
import { isCapitalised, tokenize, type Token } from '../tokens';
import { otherCandidate } from './antecedents';
import { isWord, looksFinite, SUBORDINATOR } from './common';

const MALE = /^(?:er|ihn|ihm|seine|seinen|seinem|seiner|seines)$/;
// The finite verbs of "sie" in the singular that do not end in -t ("sie kann", "sie muss", "sie hat" ends in -t).
const SINGULAR_IRREGULAR = /^(?:kann|muss|will|soll|darf|mag|möchte|weiß|ist|war|hatte|wurde|wird|sollte|konnte|musste|durfte|wollte|würde|könnte|müsste|dürfte)$/;

/** Is the finite verb at token t, next to a "sie", in the singular ("sie bringt", "kann sie") — not "sie bringen"? */
function singularVerb(t: Token | undefined): boolean {
  if (!isWord(t) || !looksFinite(t)) return false;
  if (SINGULAR_IRREGULAR.test(t.lower) || MODALS[t.lower] !== undefined) return true;
  return /t$/.test(t.lower);
}

/** Is the pronoun at k the subject of a subordinate clause that ends in a verb in the singular ("…, dass sie selbst Termine vereinbaren kann")? */
function singularClauseEnd(toks: Token[], k: number): boolean {
  if (!isWord(toks[k - 1]) || !SUBORDINATOR.test(toks[k - 1]!.lower)) return false;
  let last: Token | undefined;
  for (let j = k + 1; j < toks.length && !/^[,.;:!?]$/.test(toks[j]!.text); j++) if (isWord(toks[j])) last = toks[j];
  return !!last && last !== toks[k + 1] && singularVerb(last);
}

/** Does the clause of token k end in a plural verb ("damit sie anerkannt werden", "…, ob sie passen")? */
function pluralClauseEnd(toks: Token[], k: number): boolean {
  let last: Token | undefined;
  for (let j = k + 1; j < toks.length && !/^[,.;:!?]$/.test(toks[j]!.text); j++) if (isWord(toks[j])) last = toks[j];
  return !!last && last !== toks[k + 1] && /^(?:werden|sind|haben|können|müssen|sollen|dürfen|wollen|waren|wurden|hatten)$/.test(last.lower);
}

/**
 * The first pronoun in `text` that can only mean the client, or that may mean her as a subject of the client's gender
 * (`clientGender`, as the original named her; null when it did not), as described above; null when there is none.
 */
export function leftoverClientPronoun(text: string, clientGender: 'm' | 'f' | null = null): Token | null {
  const toks = tokenize(text);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    let gender: 'm' | 'f' | null = null;
    // lower case, or capitalised where a sentence starts ("… im BIZ. Er nimmt …")
    const sentenceStart = k === 0 || /^[.!?:;]$/.test(toks[k - 1]?.text ?? '');
    // (a bare "sein" only before its noun: "Sein Vermieter …" — not the verb "… zu sein")
    const male = MALE.test(t.lower) || (t.lower === 'sein' && isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!));
    if ((t.text === t.lower || sentenceStart && t.text === t.lower[0]!.toUpperCase() + t.lower.slice(1)) && male) gender = 'm';
    // "sie" as a subject in the singular; lower case, so never the formal "Sie" (an object "sie" may be things)
    else if ((t.text === 'sie' || sentenceStart && k > 0 && t.text === 'Sie') && (singularVerb(toks[k + 1]) || singularVerb(toks[k - 1]) || singularClauseEnd(toks, k)) && !pluralClauseEnd(toks, k)) gender = 'f';
    // a lower-case "ihre …" before its noun, with no woman or thing before it it could belong to ("Ich bin
    // alleinerziehend; ihre beiden Söhne …"): the client's, left behind
    else if (/^ihr(?:e[mnrs]?)?$/.test(t.text) && isWord(toks[k + 1]) && (isCapitalised(toks[k + 1]!) || /(?:e|en|er|es|em)$/.test(toks[k + 1]!.lower))) gender = 'f';
    if (!gender) continue;
    const subject = t.lower === 'sie' || (t.lower === 'er' && (singularVerb(toks[k + 1]) || singularVerb(toks[k - 1])));
    if (subject && gender === clientGender) return t;
    // things count too (an object "ihn" is the "Antrag" just named; "er" of a thing mostly says how it is), and
    // "sein" may belong to a neuter noun ("das Kind … seine Schulsachen")
    if (otherCandidate(toks, 0, k, gender, true)) continue;
    if (/^sein/.test(t.lower) && toks.slice(0, k).some((x) => isWord(x) && isCapitalised(x) && genderOf(x.text) === 'n')) continue;
    return t;
  }
  return null;
}
