/**
 * The client and one of her own people as the subject together: "Frau Mahmoud und ihr Ehemann melden sich gemeinsam
 * beim Integrationskurs an." → "Mein Ehemann und ich melden uns gemeinsam beim Integrationskurs an." The verb stays as
 * it is (the first person plural is the third's in every German verb), "sich" becomes "uns" (in either case), the
 * other person comes first, as German puts it politely. "Sie und Ihr Mann …" (the client addressed) the same.
 *
 * Rewritten only when every part is sure: the other person is hers (her possessive: "ihr …" of a woman, "sein …" of a
 * man), the verb after them is in the plural, and the sentence holds no pronoun or possessive that would mean the two
 * of them or one of them ("bringen ihre Zeugnisse mit": "unsere" or "meine"?). Otherwise the finding comes without a
 * fix. The client's own words are its subject, so that a later sentence may go on with her alone ("…; sie bringt die
 * Teilnahmebestätigung mit" → "…; ich bringe …" where "sie" can mean no one else).
 */
import { clientNouns, namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { applyEdits, isLower, isWord, looksFinite, type Edit } from './common';
import { rewriteThirdPerson } from './third-person';

// Words that would mean the two of them, one of them or someone else: each needs a choice the sentence does not make.
const PRONOUN = /^(?:er|sie|es|ihn|ihm|ihnen|ihr|ihre[mnrs]?|sein|seine[mnrs]?|deren|dessen|ich|mich|mir|mein\p{L}*|wir|uns|unser\p{L}*)$/u;
const PLURAL_VERB = /(?:en|ern|eln)$|^(?:sind|waren)$/;

export function together(s: Sentence): { fix: string | null; names: string[]; issue: 'name' | 'client-noun' | 'formal'; subject?: [number, number] } | null {
  const toks = s.tokens;
  const client = clientAtStart(toks);
  if (!client) return null;
  const and = toks[client.to], poss = toks[client.to + 1];
  if (!isWord(and) || and.lower !== 'und' || !isWord(poss)) return null;
  const possessive = client.formal ? /^Ihr(?:e[mnrs]?)?$/.test(poss.text) : isLower(poss) && /^(?:sein|ihr)(?:e[mnrs]?)?$/.test(poss.text);
  if (!possessive) return null;
  const owner = poss.lower.startsWith('sein') ? 'm' : 'f';
  const names = client.name ? [s.text.slice(client.name[0] - s.start, client.name[1] - s.start)] : [];
  const unsure = { fix: null, names, issue: client.issue };
  if (!client.formal && client.gender && client.gender !== owner) return null;
  // the other person: her possessive, adjectives, nouns and names, a bracket — up to the verb
  let v = client.to + 2, depth = 0, head: Token | null = null;
  // (the other person's name after the word for them: "seine Partnerin Fr. Wiśniewska")
  const names2 = namedPersons(toks);
  for (; v < toks.length; v++) {
    const t = toks[v]!;
    const named = head && !depth ? names2.find((p) => p.from === v) : undefined;
    if (named) { v = named.to - 1; continue; }
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth) continue;
    else if (isWord(t) && isCapitalised(t)) head ??= t;
    else if (isWord(t) && isLower(t) && /(?:e|en|er|es|em)$/.test(t.lower) && !head) continue;
    else break;
  }
  const verb = toks[v];
  if (depth || !head || !isWord(verb) || !isLower(verb) || !looksFinite(verb) && !PLURAL_VERB.test(verb.lower)) return unsure;
  if (!PLURAL_VERB.test(verb.lower)) return unsure;
  const edits: Edit[] = [
    { start: toks[0]!.start, end: poss.start, text: '' },
    { start: poss.start, end: poss.end, text: 'M' + poss.lower.replace(/^(?:sein|ihr)/, 'ein') },
    { start: toks[v - 1]!.end, end: toks[v - 1]!.end, text: ' und ich' },
  ];
  // the rest of the sentence (a later one may go on with the client alone: "…; sie bringt …" — `subject` tells it)
  for (let k = v + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    if (t.lower === 'sich') edits.push({ start: t.start, end: t.end, text: 'uns' });
    else if (PRONOUN.test(t.lower) || /^(?:Sie|Ihnen|Ihr\p{L}*)$/u.test(t.text)) return unsure;
  }
  return { fix: applyEdits(s.text, s.start, edits), names, issue: client.issue, subject: [0, client.to] };
}

/** The client at the sentence's start: named, as "die Kundin"/"der Kunde"/"Kd.", or addressed as "Sie". */
function clientAtStart(toks: Token[]): { to: number; gender: 'm' | 'f' | null; formal: boolean; name: [number, number] | null; issue: 'name' | 'client-noun' | 'formal' } | null {
  const t0 = toks[0];
  if (!isWord(t0)) return null;
  if (t0.text === 'Sie') return { to: 1, gender: null, formal: true, name: null, issue: 'formal' };
  const person = namedPersons(toks).find((p) => p.from === 0);
  if (person) return { to: person.to, gender: person.gender, formal: false, name: [person.start, person.end], issue: 'name' };
  const noun = clientNouns(toks).find((r) => r.type === 'noun' && r.from === 0 && !r.weak);
  return noun ? { to: noun.to, gender: noun.gender, formal: false, name: null, issue: 'client-noun' } : null;
}
