/**
 * Noun style → verb: a verbless sentence that starts with a nominalisation ("Teilnahme an einem Deutschkurs.")
 * becomes "Ich nehme an einem Deutschkurs teil." (in the goal headings "Ich möchte … teilnehmen"); its genitive or
 * "von" phrase becomes the object; "durch" + someone who acts becomes "… lassen". A second nominalisation, an
 * unknown gender or an unsure agent give no fix.
 */
import { firstPersonOf } from '../language';
import { splitSeparable } from '../lexicon';
import { isNominalisation, verbOfNominal } from '../nouns';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { agentPhrase } from './agent';
import { DATIVE_REFLEXIVE, isLower, isWord, lastWordIndex, type Voice } from './common';
import { dativeBareObject, GEN_DET, genitiveToAccusative, startsBareNounPhrase, vonPhraseObject } from './noun-phrases';

export const ADVERB_FROM_ADJ = /^(\p{L}+(?:ig|lich|isch|bar|sam|los|voll|haft|iv|ell|al|mäßig))(?:e|en|er|es|em)$/u;

/** Rewrites a verbless sentence that starts with a nominalisation ("Teilnahme an einem Deutschkurs."). */
export function rewriteNounStyle(s: Sentence, voice: Voice): string | null {
  const toks = s.tokens;
  let i = 0;
  let adverb: string | null = null;
  if (isWord(toks[0]) && isWord(toks[1]) && !isNominalisation(toks[0].text) && isNominalisation(toks[1].text)) {
    const m = ADVERB_FROM_ADJ.exec(toks[0].lower);
    if (!m) return null;
    adverb = m[1]!;
    i = 1;
  }
  const noun = toks[i];
  if (!isWord(noun)) return null;
  const verb = verbOfNominal(noun.text);
  if (!verb) return null;
  const [particle, base] = splitSeparable(verb.inf);
  const first = firstPersonOf(base);
  if (!first) return null;
  let j = i + 1;
  let object: string | null = verb.object ?? null;
  const genitive = genitiveToAccusative(toks, j);
  const gen = genitive ?? vonPhraseObject(toks, j);
  if (gen) {
    object = object ? `${object} ${gen.text}` : gen.text;
    j = gen.next;
    // "des Mietvertrags und der Abrechnung", "von Bescheinigungen und Befundberichten": every coordinated part
    // becomes an object in the same way, or there is no fix
    let viaVon = !genitive;
    while (/^(und|sowie|oder)$/.test(toks[j]?.lower ?? '') && isWord(toks[j + 1])) {
      const next = toks[j + 1]!;
      let more: { text: string; next: number } | null;
      if (GEN_DET[next.lower]) { more = genitiveToAccusative(toks, j + 1); viaVon = false; }
      else if (next.lower === 'von') { more = vonPhraseObject(toks, j + 1); viaVon = true; }
      else if (startsBareNounPhrase(toks, j + 1)) {
        // the preposition or case of the part before goes on: "von X und Y" (dative); a bare genitive is unsure
        if (!viaVon) return null;
        more = dativeBareObject(toks, j + 1);
      } else break;
      if (!more) return null;
      object += ` ${toks[j]!.lower} ${more.text}`;
      j = more.next;
    }
  } else if (isWord(toks[j]) && GEN_DET[toks[j]!.lower] && !/^(der)$/.test(toks[j]!.lower)) {
    return null; // a genitive we cannot turn into an object
  } else if (toks[j]?.lower === 'der' && isWord(toks[j + 1])) {
    return null;
  } else if (toks[j]?.lower === 'von' && !verb.reflexive && !verb.object) {
    return null; // "Vorlage von …" names the object; one we cannot turn into an accusative leaves no sure fix
  }
  // "Teilnahme am Kurs und Vorlage der Bescheinigung", "… und rechtzeitige Absage": a second nominalisation would
  // need its own verb — no sure fix
  for (let k = j; k < toks.length; k++) {
    if (!/^(und|oder|sowie)$/.test(toks[k]!.lower)) continue;
    const a = toks[k + 1], b = toks[k + 2];
    // a nominalisation with a verb of its own (not a noun in a list: "hinsichtlich Sprache, Mobilität und Kinderbetreuung")
    const nominal = (t: Token | undefined) => isWord(t) && isCapitalised(t) && ((isNominalisation(t.text) && !!verbOfNominal(t.text)) || /(?:absage|zusage|anfrage|nachfrage|rückfrage)$/.test(t.lower));
    // an adjective in -e/-es after "und" opens a new noun phrase in the nominative ("und rechtzeitige Absage"),
    // not the rest of a prepositional phrase ("an Kursen und neuen Workshops")
    if (nominal(a) || (isWord(a) && isLower(a) && (nominal(b) || (/(?:e|es)$/.test(a.lower) && isWord(b) && isCapitalised(b))))) return null;
  }
  // "Feststellung der Leistungsfähigkeit durch den ÄD": someone else does it — "feststellen lassen", or no fix
  const agent = agentPhrase(toks, j);
  // (with the agent, the thing done must be named: "Begutachtung durch den ÄD" may be done to the client or not)
  if (agent === 'unsure' || (agent === 'agent' && (verb.object || (!object && !verb.reflexive)))) return null;
  const last = lastWordIndex(toks);
  const restStart = toks[j] && j <= last ? toks[j]!.start : null;
  const rest = restStart !== null ? s.text.slice(restStart - s.start, toks[last]!.end - s.start) : '';
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start) : '.';
  const refl = verb.reflexive ? (DATIVE_REFLEXIVE.has(verb.inf) ? 'mir' : 'mich') : null;
  const parts = agent === 'agent'
    ? voice === 'wish'
      ? ['Ich möchte', refl, object, adverb, rest, verb.inf, 'lassen']
      : ['Ich lasse', refl, object, adverb, rest, verb.inf]
    : voice === 'wish'
      ? ['Ich möchte', refl, object, adverb, rest, verb.inf]
      : ['Ich', first, refl, object, adverb, rest, particle];
  return parts.filter((p) => p).join(' ') + (endPunct.trim() ? endPunct.trimStart() : '.');
}
