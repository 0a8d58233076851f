/**
 * A passive whose doer is the client, named behind "von"/"vom"/"durch": "Die Unterlagen werden von Herrn S. bis
 * 10.04.2026 eingereicht." → "Ich reiche die Unterlagen bis 10.04.2026 ein."; "Vom Kunden werden wöchentlich
 * 2 Bewerbungen versandt." → "Ich versende wöchentlich 2 Bewerbungen."
 *
 * Only the plain case: one clause, "wird"/"werden" (or "wurde"/"wurden", made the perfect: "Ich habe … gestellt") and the participle at its end, the thing done put first or after the
 * finite verb. The thing done becomes the object: a masculine article takes the accusative ("Der Antrag" → "den
 * Antrag", "wird von Kd. ein Termin … vereinbart" → "einen Termin"); a singular without article, an owner that is not
 * sure, a second clause or a participle whose verb the inflector cannot name gives the finding without a fix. Before
 * the finite verb may stand the thing done, the doer, an empty "Es" ("Es werden von Ihnen … geschrieben") or a time
 * or place ("Bis 15.05. wird von Kd. …" → "Bis 15.05. vereinbare ich …"); the client addressed as "Sie" is a doer too
 * ("von Ihnen"). A passive with no doer named is not read here: under "Was
 * sonst noch wichtig ist" it is often someone else's doing ("Die Miete wird direkt überwiesen").
 */
import { firstPersonOf, infinitiveOfParticiple, tagsOf } from '../language';
import { splitSeparable } from '../lexicon';
import { genderOf, looksPlural } from '../nouns';
import { clientNouns, namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { finish, isPreposition, isWord, lastWordIndex, SUBORDINATOR } from './common';
import { POSSESSIVE, toMine } from './possessives';

export interface PassiveRewrite { fix: string | null; names: string[]; formal: boolean }

const AGENT_PREP = /^(?:von|vom|durch)$/;
const EXPECTED = /^(?:erwartet|verlangt|gefordert|gewünscht|erwünscht|erbeten|empfohlen|vorausgesetzt|angenommen|eingeschätzt|bewertet|beurteilt)$/;
// masculine nominative determiners and their accusative
const MASC_NOM: Record<string, string> = { der: 'den', ein: 'einen', kein: 'keinen', dieser: 'diesen', jeder: 'jeden' };
// the passive's subject, by its determiner: a pronoun for it in a second part
const PRONOUN_OF_DET: Record<string, string> = { die: 'sie', eine: 'sie', keine: 'sie', diese: 'sie', alle: 'sie', meine: 'sie', seine: 'sie', ihre: 'sie', das: 'es', dieses: 'es' };

/**
 * What stands before the finite verb: the thing done ("Die Unterlagen werden …"), the doer ("Von Frau A. werden …"), an
 * empty "Es", or a time or place ("Bis 15.05. wird …"); null for anything else (a clause, a bracket).
 */
type Front = 'subject' | 'agent' | 'empty' | 'adverbial';

/** The client as the doer of a passive, or null when the sentence is no such passive. */
export function clientPassive(s: Sentence): PassiveRewrite | null {
  const toks = s.tokens;
  const last = lastWordIndex(toks);
  const f = toks.findIndex((t) => t.kind === 'word' && /^(?:wird|werden|wurde|wurden)$/.test(t.lower));
  if (f < 0 || last <= f + 1) return null;
  // (in the past, "Der Sprachkurs wurde vom Kunden … abgebrochen": what she did, in the perfect of the active, whose
  // auxiliary is "haben" for any verb that has a passive — "Ich habe den Sprachkurs … abgebrochen")
  const past = /^wurden?$/.test(toks[f]!.lower);
  const agent = agentAt(s, f);
  if (!agent) return null;
  const found: PassiveRewrite = { fix: null, names: agent.names, formal: agent.formal };
  // (in the past, where the perfect is not sure, the sentence is read as the others are: "… wurde von mir … eingelegt")
  const unsure = past ? null : found;
  const participle = toks[last]!;
  // "von der Kundin wird … erwartet": she is who it is expected of, not who does it
  if (EXPECTED.test(participle.lower)) return unsure;
  // (addressed as "Sie", any other "Sie"/"Ihnen" in it is unsure; beside a named doer, an "Ihr…" is someone else's)
  if (toks.some((t, k) => k > 0 && (k < agent.from || k >= agent.to) && (agent.formal ? /^(?:Sie|Ihnen)$/.test(t.text) : /^(?:Sie|Ihnen|Ihr\p{L}*)$/u.test(t.text)))) return unsure;
  const opening = frontOf(s, f, agent);
  if (!opening) return unsure;
  const { front, object } = opening;
  // the thing done after the finite verb is in the nominative: a masculine one takes the accusative
  const repl = front === 'subject' ? new Map<number, string>() : subjectAfter(toks, f, last, agent);
  if (!repl) return unsure;
  // (in the past the participle stays as written: any lower-case one will do, "abgebrochen" as "gestellt")
  const inf = infinitiveOfParticiple(participle.lower) ?? (past && participle.text === participle.lower && /(?:t|en)$/.test(participle.lower) ? participle.lower : null);
  // two participles of hers joined by "und" ("Die Unterlagen werden von Frau A. überarbeitet und beim JC eingereicht" →
  // "Ich überarbeite die Unterlagen und reiche sie beim JC ein")
  const aside = setOff(toks);
  const two = !inf ? null : past ? undefined : twoParticiples(s, f, last, agent, opening, repl, aside);
  if (two !== undefined) return two === null ? unsure : { ...found, fix: two };
  // one clause only: nothing after the finite verb joined or set off ("… bearbeitet und das Ergebnis wird …"), but for
  // a bracket's own commas ("die Nachweise (Zeitungszustellung, ca. 230 € mtl.)") and a time's ("am 14.12., 9:30 Uhr,")
  if (!inf || toks.some((t, k) => k > f && k < last && !aside[k] && (/^[,;:–]$/.test(t.text) || /^(?:und|oder|sowie|dass|ob|damit)$/.test(t.lower)))) return unsure;
  if (toks.some((t, k) => k !== f && k < last && t.kind === 'word' && /^(?:wird|werden|wurde|wurden|ist|sind|soll|sollen|muss|müssen|kann|können)$/.test(t.lower))) return unsure;
  const [particle, base] = past ? [null, 'haben'] : splitSeparable(inf);
  const first = firstPersonOf(base);
  if (!first) return unsure;

  // the thing done after the finite verb is in the nominative; a masculine determiner there would need its
  // accusative, which the words between do not show surely ("wird von Kd. ein Termin … vereinbart") — no fix
  if (front === 'subject' && toks.some((t, k) => k > f && k < last && t.kind === 'word' && t.lower in MASC_NOM && !isPreposition(toks[k - 1]))) return unsure;
  const middle = withoutAgent(s, f + 1, last, agent, repl);
  const lead = front === 'adverbial' ? [spanText(s, 0, f), first, 'ich'] : ['Ich', first];
  const body = [...lead, object, own(middle, agent.formal), past ? participle.text : particle].filter(Boolean).join(' ');
  return { ...found, fix: finish(body, endPunctAfter(s, last)) };
}

/** What stands before the finite verb, and for the thing done put first its accusative ("" for the others). */
function frontOf(s: Sentence, f: number, agent: { from: number; to: number }): { front: Front; object: string } | null {
  const toks = s.tokens;
  if (agent.from === 0) return agent.to === f ? { front: 'agent', object: '' } : null;
  if (f === 1 && toks[0]!.lower === 'es') return { front: 'empty', object: '' };
  const head = toks[0]!;
  // a time or place, one phrase: "Bis 15.05.", "Ab sofort", "Monatlich" (no clause, no bracket, no second verb)
  // ("bis" as a time, not the conjunction: "Bis 15.05.", "Bis Ende April")
  const time = head.lower === 'bis' && (toks[1]?.kind === 'num' || /^(?:ende|anfang|mitte|zum|zur|spätestens|kw)$/.test(toks[1]?.lower ?? ''));
  // (an adjective alone before the verb is an adverb: "Monatlich werden …", "Zukünftig wird …")
  const adverb = tagsOf(head.lower).includes('Adverb') || (f === 1 && /(?:lich|ig|weise|mals|tags|ens)$/.test(head.lower));
  if ((isPreposition(head) || adverb) && (time || !SUBORDINATOR.test(head.lower)) &&
    !toks.slice(0, f).some((t) => /^[,;:()–]$/.test(t.text))) return { front: 'adverbial', object: '' };
  const object = accusative(toks.slice(0, f), spanText(s, 0, f));
  return object === null ? null : { front: 'subject', object };
}

/**
 * The thing done, standing after the finite verb (the doer or a time put first): its masculine nominative determiner
 * and adjectives as accusative ("ein Termin" → "einen Termin", "der neue Antrag" → "den neuen Antrag"), as
 * replacements by token. Null where that is unsure: a masculine determiner whose noun is not known as masculine (it may
 * be a genitive: "der Beratungsstelle"), or more than one.
 */
function subjectAfter(toks: Token[], f: number, last: number, agent: { from: number; to: number }): Map<number, string> | null {
  const repl = new Map<number, string>();
  const masc = toks.flatMap((t, k) => (k > f && k < last && (k < agent.from || k >= agent.to) && isWord(t) && t.lower in MASC_NOM && !isPreposition(toks[k - 1]) ? [k] : []));
  if (masc.length > 1) return null;
  if (!masc.length) return repl;
  const d = masc[0]!;
  let k = d + 1;
  const adjectives: number[] = [];
  for (; k < last && isWord(toks[k]) && !isCapitalised(toks[k]!); k++) adjectives.push(k);
  const noun = toks[k];
  if (!isWord(noun) || !isCapitalised(noun)) return null;
  const g = genderOf(noun.text);
  // "ein Attest", "kein Nachweis": neuter is the same in both cases
  if (g === 'n' && /^(?:ein|kein)$/.test(toks[d]!.lower)) return repl;
  if (g !== 'm' || adjectives.some((a) => !/e$/.test(toks[a]!.lower))) return null;
  repl.set(d, MASC_NOM[toks[d]!.lower]!);
  for (const a of adjectives) repl.set(a, toks[a]!.text + 'n');
  return repl;
}

/** The text of tokens [from, to) as written; '' when empty. */
const spanText = (s: Sentence, from: number, to: number): string => (from < to ? s.text.slice(s.tokens[from]!.start - s.start, s.tokens[to - 1]!.end - s.start) : '');
/** The text of tokens [from, to), with some tokens replaced. */
function spanWith(s: Sentence, from: number, to: number, repl: Map<number, string>): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    if (k > from) out += s.text.slice(s.tokens[k - 1]!.end - s.start, t.start - s.start);
    out += repl.get(k) ?? t.text;
  }
  return out;
}
/** The text of tokens [from, to) with the doer left out where it stands, and some tokens replaced. */
const withoutAgent = (s: Sentence, from: number, to: number, agent: { from: number; to: number }, repl: Map<number, string>): string =>
  agent.from >= from && agent.to <= to ? [spanWith(s, from, agent.from, repl), spanWith(s, agent.to, to, repl)].filter(Boolean).join(' ') : spanWith(s, from, to, repl);
/** What follows the last word (its full stop, a bracket …), or "." where nothing does. */
const endPunctAfter = (s: Sentence, last: number): string => (s.tokens.length - 1 > last ? s.text.slice(s.tokens[last]!.end - s.start).trimStart() : '.');

/**
 * For each token: is it set off from the clause — inside brackets, or a comma around a time after a date ("am
 * 14.12.2026, 9:30 Uhr, …")?
 */
function setOff(toks: Token[]): boolean[] {
  let depth = 0;
  const out = toks.map((t) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') { depth = Math.max(0, depth - 1); return true; }
    return depth > 0;
  });
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.text !== ',' || toks[k + 1]?.kind !== 'num') continue;
    const uhr = toks.findIndex((t, j) => j > k && j <= k + 4 && t.lower === 'uhr');
    if (uhr < 0) continue;
    out[k] = true;
    if (toks[uhr + 1]?.text === ',') out[uhr + 1] = true;
  }
  return out;
}

/**
 * "X wird von Kd. P1 und … P2": undefined where the sentence is not so; null where it is but no rewrite is sure (the
 * second part has a subject of its own: "… geprüft und das Ergebnis … besprochen"); else the rewrite.
 */
function twoParticiples(s: Sentence, f: number, last: number, agent: { from: number; to: number; formal: boolean }, { front, object }: { front: Front; object: string }, repl: Map<number, string>, aside: boolean[]): string | null | undefined {
  const toks = s.tokens;
  const joints = toks.flatMap((t, k) => (k > f && k < last && isWord(t) && t.lower === 'und' ? [k] : []));
  if (joints.length !== 1 || toks.some((t, k) => k > f && k < last && !aside[k] && (/^[,;:–()]$/.test(t.text) || /^(?:oder|sowie|dass|ob|damit)$/.test(t.lower)))) return undefined;
  const und = joints[0]!;
  const p1 = toks[und - 1]!;
  const inf1 = isWord(p1) && p1.text === p1.lower ? infinitiveOfParticiple(p1.lower) : null;
  if (!inf1) return undefined;
  const inf2 = infinitiveOfParticiple(toks[last]!.lower)!;
  // (the doer in the first part, or put first)
  if (agent.from > f ? agent.to > und - 1 : front !== 'agent') return null;
  const pronoun = front === 'subject' ? PRONOUN_FOR[toks[0]!.lower] : subjectPronoun(toks, f, und - 1, agent, repl);
  // (a determiner in the second part outside a preposition's phrase opens a subject of its own)
  if (!pronoun || toks.some((t, k) => k > und && k < last && isWord(t) && /^(?:der|die|das|ein|eine|einen|den|dem)$/.test(t.lower) && !isPreposition(toks[k - 1]))) return null;
  const [part1, base1] = splitSeparable(inf1);
  const [part2, base2] = splitSeparable(inf2);
  const first1 = firstPersonOf(base1), first2 = firstPersonOf(base2);
  if (!first1 || !first2) return null;
  const middle1 = withoutAgent(s, f + 1, und - 1, agent, repl);
  const lead = front === 'adverbial' ? [spanText(s, 0, f), first1, 'ich'] : ['Ich', first1];
  const body = [...lead, object, own(middle1, agent.formal), part1, 'und', first2, pronoun, own(spanText(s, und + 1, last), agent.formal), part2].filter(Boolean).join(' ');
  return finish(body, endPunctAfter(s, last));
}

// the pronoun for the thing done, by the determiner that opens it, put first
const PRONOUN_FOR: Record<string, string> = { ...PRONOUN_OF_DET, der: 'ihn' };

/**
 * The pronoun for the thing done standing after the finite verb, in the first part [f+1, end): "werden" makes it plural
 * ("sie"); with "wird" its determiner says ("die" → "sie", "das" → "es", a masculine one → "ihn"). Null when unsure.
 */
function subjectPronoun(toks: Token[], f: number, end: number, agent: { from: number; to: number }, repl: Map<number, string>): string | null {
  if (toks[f]!.lower === 'werden') return 'sie';
  const d = toks.findIndex((t, k) => k > f && k < end && (k < agent.from || k >= agent.to) && isWord(t) && !isPreposition(toks[k - 1]) && (t.lower in PRONOUN_OF_DET || t.lower in MASC_NOM));
  if (d < 0) return null;
  if (repl.has(d)) return 'ihn';
  const det = toks[d]!.lower;
  if (det in PRONOUN_OF_DET) return PRONOUN_OF_DET[det]!;
  // "ein Attest" → "es" (a masculine one was given its accusative above)
  return /^(?:ein|kein)$/.test(det) ? 'es' : null;
}

/**
 * "von Frau Kühn", "vom Kunden", "durch Kdin.", "von Ihnen", before or after the finite verb at `f`; the tokens [from,
 * to), the names, and whether she is addressed as "Sie".
 */
function agentAt(s: Sentence, f: number): { from: number; to: number; names: string[]; formal: boolean } | null {
  const toks = s.tokens;
  const nouns = clientNouns(toks);
  const persons = namedPersons(toks);
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || !AGENT_PREP.test(t.lower) || (k > 0 && k < f)) continue;
    const noun = nouns.find((r) => r.type === 'noun' && r.from === k + 1);
    if (noun) return { from: k, to: noun.to, names: [], formal: false };
    const name = persons.find((p) => p.from === k + 1);
    if (name) return { from: k, to: name.to, names: [s.text.slice(name.start - s.start, name.end - s.start)], formal: false };
    if ((t.lower === 'von' && toks[k + 1]?.text === 'Ihnen') || (t.lower === 'durch' && toks[k + 1]?.text === 'Sie')) return { from: k, to: k + 2, names: [], formal: true };
  }
  return null;
}

/** The client's things in her own sentence: "seine"/"ihre" → "meine" ("Ihre" where she is addressed as "Sie"). */
function own(text: string, formal: boolean): string {
  return text.replace(formal ? /(?<![\p{L}])Ihr(?:e|en|em|er|es)?(?![\p{L}])/gu : /(?<![\p{L}])(?:sein|ihr)(?:e|en|em|er|es)?(?![\p{L}])/gu, (w) => toMine(w));
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
  // (a person put first is who it is done to, not a thing: "Er wird von Frau K. begleitet" — who is who is unsure)
  if (/^(?:er|sie|es|wir|ihr|ich|du|man)$/.test(head.lower)) return null;
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
