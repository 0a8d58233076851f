/**
 * A passive whose doer is the client, named behind "von"/"vom"/"durch": "Die Unterlagen werden von Herrn S. bis
 * 10.04.2026 eingereicht." → "Ich reiche die Unterlagen bis 10.04.2026 ein."; "Vom Kunden werden wöchentlich
 * 2 Bewerbungen versandt." → "Ich versende wöchentlich 2 Bewerbungen."
 *
 * Only the plain case: one clause, "wird"/"werden" and the participle at its end, the thing done put first or after the
 * finite verb. The thing done becomes the object: a masculine article takes the accusative ("Der Antrag" → "den
 * Antrag"); a singular without article, an owner that is not sure, a second clause or a participle whose verb the
 * inflector cannot name gives the finding without a fix. A passive with no doer named is not read here: under "Was
 * sonst noch wichtig ist" it is often someone else's doing ("Die Miete wird direkt überwiesen").
 */
import { firstPersonOf, infinitiveOfParticiple, tagsOf } from '../language';
import { splitSeparable } from '../lexicon';
import { looksPlural } from '../nouns';
import { clientNouns, namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { finish, isPreposition, isWord, lastWordIndex } from './common';
import { POSSESSIVE, toMine } from './possessives';

export interface PassiveRewrite { fix: string | null; names: string[] }

const AGENT_PREP = /^(?:von|vom|durch)$/;
const EXPECTED = /^(?:erwartet|verlangt|gefordert|gewünscht|erwünscht|erbeten|empfohlen|vorausgesetzt|angenommen|eingeschätzt|bewertet|beurteilt)$/;
// masculine nominative determiners and their accusative
const MASC_NOM: Record<string, string> = { der: 'den', ein: 'einen', kein: 'keinen', dieser: 'diesen', jeder: 'jeden' };

/** The client as the doer of a passive, or null when the sentence is no such passive. */
export function clientPassive(s: Sentence): PassiveRewrite | null {
  const toks = s.tokens;
  const last = lastWordIndex(toks);
  const f = toks.findIndex((t) => t.kind === 'word' && /^(?:wird|werden)$/.test(t.lower));
  if (f < 0 || last <= f + 1) return null;
  const agent = agentAt(s, f);
  if (!agent) return null;
  const unsure: PassiveRewrite = { fix: null, names: agent.names };
  const participle = toks[last]!;
  // "von der Kundin wird … erwartet": she is who it is expected of, not who does it
  if (EXPECTED.test(participle.lower)) return unsure;
  const inf = infinitiveOfParticiple(participle.lower);
  // two participles of hers joined by "und", the thing done put first ("Die Unterlagen werden von Frau A. überarbeitet
  // und beim JC eingereicht" → "Ich überarbeite die Unterlagen und reiche sie beim JC ein")
  const two = inf ? twoParticiples(s, f, last, agent) : null;
  if (two !== undefined) return two === null ? unsure : { fix: two, names: agent.names };
  // one clause only: nothing after the finite verb joined or set off ("… bearbeitet und das Ergebnis wird …"), but for
  // a bracket's own commas ("die Nachweise (Zeitungszustellung, ca. 230 € mtl.)")
  const inBracket = bracketed(toks);
  if (!inf || toks.some((t, k) => k > f && k < last && !inBracket[k] && (/^[,;:–]$/.test(t.text) || /^(?:und|oder|sowie|dass|ob|damit)$/.test(t.lower)))) return unsure;
  if (toks.some((t, k) => k !== f && k < last && t.kind === 'word' && /^(?:wird|werden|wurde|wurden|ist|sind|soll|sollen|muss|müssen|kann|können)$/.test(t.lower))) return unsure;
  const [particle, base] = splitSeparable(inf);
  const first = firstPersonOf(base);
  if (!first) return unsure;

  const text = (from: number, to: number): string => spanText(s, from, to);
  // the thing done after the finite verb is in the nominative; a masculine determiner there would need its
  // accusative, which the words between do not show surely ("wird von Kd. ein Termin … vereinbart") — no fix
  if (toks.some((t, k) => k > f && k < last && t.kind === 'word' && t.lower in MASC_NOM && !isPreposition(toks[k - 1]))) return unsure;
  // the agent opens the sentence ("Vom Kunden werden … versandt") or stands after the finite verb, where it is left out
  let object = '';
  let middle = text(f + 1, last);
  if (agent.from > 0) {
    const subject = accusative(toks.slice(0, f), text(0, f));
    if (subject === null) return unsure;
    object = subject;
    middle = [text(f + 1, agent.from), text(agent.to, last)].filter(Boolean).join(' ');
  }
  const endPunct = endPunctAfter(s, last);
  const body = ['Ich', first, object, own(middle), particle].filter(Boolean).join(' ');
  return { fix: finish(body, endPunct), names: agent.names };
}

/** The text of tokens [from, to) as written; '' when empty. */
const spanText = (s: Sentence, from: number, to: number): string => (from < to ? s.text.slice(s.tokens[from]!.start - s.start, s.tokens[to - 1]!.end - s.start) : '');
/** What follows the last word (its full stop, a bracket …), or "." where nothing does. */
const endPunctAfter = (s: Sentence, last: number): string => (s.tokens.length - 1 > last ? s.text.slice(s.tokens[last]!.end - s.start).trimStart() : '.');

/** For each token: is it inside brackets? */
function bracketed(toks: Token[]): boolean[] {
  let depth = 0;
  return toks.map((t) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') { depth = Math.max(0, depth - 1); return true; }
    return depth > 0;
  });
}

// the pronoun for the thing done, by the determiner that opens it
const PRONOUN_FOR: Record<string, string> = { die: 'sie', das: 'es', der: 'ihn', diese: 'sie', alle: 'sie', meine: 'sie', seine: 'sie', ihre: 'sie' };

/**
 * "X wird von Kd. P1 und … P2": undefined where the sentence is not so; null where it is but no rewrite is sure (the
 * second part has a subject of its own: "… geprüft und das Ergebnis … besprochen"); else the rewrite.
 */
function twoParticiples(s: Sentence, f: number, last: number, agent: { from: number; to: number }): string | null | undefined {
  const toks = s.tokens;
  const joints = toks.flatMap((t, k) => (k > f && k < last && isWord(t) && t.lower === 'und' ? [k] : []));
  if (joints.length !== 1 || toks.some((t, k) => k > f && k < last && (/^[,;:–()]$/.test(t.text) || /^(?:oder|sowie|dass|ob|damit)$/.test(t.lower)))) return undefined;
  const und = joints[0]!;
  const p1 = toks[und - 1]!;
  const inf1 = isWord(p1) && p1.text === p1.lower ? infinitiveOfParticiple(p1.lower) : null;
  if (!inf1) return undefined;
  const inf2 = infinitiveOfParticiple(toks[last]!.lower)!;
  // (the thing done put first, the doer after the finite verb, in the first part)
  if (agent.from <= f || agent.to > und - 1) return null;
  const pronoun = PRONOUN_FOR[toks[0]!.lower];
  // (a determiner in the second part outside a preposition's phrase opens a subject of its own)
  if (!pronoun || toks.some((t, k) => k > und && k < last && isWord(t) && /^(?:der|die|das|ein|eine|einen|den|dem)$/.test(t.lower) && !isPreposition(toks[k - 1]))) return null;
  const subject = accusative(toks.slice(0, f), s.text.slice(0, toks[f - 1]!.end - s.start));
  const [part1, base1] = splitSeparable(inf1);
  const [part2, base2] = splitSeparable(inf2);
  const first1 = firstPersonOf(base1), first2 = firstPersonOf(base2);
  if (!subject || !first1 || !first2) return null;
  const text = (from: number, to: number): string => spanText(s, from, to);
  const middle1 = [text(f + 1, agent.from), text(agent.to, und - 1)].filter(Boolean).join(' ');
  const endPunct = endPunctAfter(s, last);
  const body = ['Ich', first1, subject, own(middle1), part1, 'und', first2, pronoun, own(text(und + 1, last)), part2].filter(Boolean).join(' ');
  return finish(body, endPunct);
}

/** "von Frau Kühn", "vom Kunden", "durch Kdin.", before or after the finite verb at `f`; the tokens [from, to) and the names. */
function agentAt(s: Sentence, f: number): { from: number; to: number; names: string[] } | null {
  const toks = s.tokens;
  const nouns = clientNouns(toks);
  const persons = namedPersons(toks);
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || !AGENT_PREP.test(t.lower) || (k > 0 && k < f)) continue;
    const noun = nouns.find((r) => r.type === 'noun' && r.from === k + 1);
    if (noun) return { from: k, to: noun.to, names: [] };
    const name = persons.find((p) => p.from === k + 1);
    if (name) return { from: k, to: name.to, names: [s.text.slice(name.start - s.start, name.end - s.start)] };
  }
  return null;
}

/** The client's things in her own sentence: "seine"/"ihre" → "meine". */
function own(text: string): string {
  return text.replace(/(?<![\p{L}])(?:sein|ihr)(?:e|en|em|er|es)?(?![\p{L}])/gu, (w) => toMine(w));
}

/**
 * The thing done, put first as the passive's subject (`np`, written as `source`), as the active sentence's object:
 * "Der Antrag auf Wohngeld" → "den Antrag auf Wohngeld", "Die fehlenden Kontoauszüge" → "die fehlenden Kontoauszüge".
 * Null when unsure.
 */
function accusative(np: Token[], source: string): string | null {
  const words = np.filter((t) => t.kind !== 'punct');
  const head = words[0];
  // (something else put first — "Bis 15.05. wird …" — is no subject to turn into the object)
  if (!head || np[0] !== head || isPreposition(head) || tagsOf(head.lower).includes('Adverb')) return null;
  const lower = head.lower;
  if (POSSESSIVE.test(lower)) {
    // "Seine Unterlagen werden …" (plural) is sure; "Sein Antrag"/"Ihr Attest" would need the noun's gender
    return /e$/.test(lower) && looksPlural(words[1]?.text ?? '') ? toMine(head.text) + source.slice(head.text.length) : null;
  }
  if (lower in MASC_NOM) {
    // the masculine article and the adjectives after it ("Der fehlende Nachweis" → "den fehlenden Nachweis")
    let out = MASC_NOM[lower]!;
    let k = 1;
    for (; k < words.length && !isCapitalised(words[k]!); k++) out += ' ' + (/e$/.test(words[k]!.lower) ? words[k]!.text + 'n' : words[k]!.text);
    if (k === words.length) return null;
    return out + source.slice(words[k - 1]!.end - head.start);
  }
  if (/^(?:die|das|eine|diese|alle)$/.test(lower)) return lower + source.slice(head.text.length);
  // no article: a plural only ("Kontoauszüge der letzten 3 Monate werden …"); a singular would need one
  return isCapitalised(head) && looksPlural(head.text) ? source : null;
}
