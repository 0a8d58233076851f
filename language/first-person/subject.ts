/**
 * Who a sentence is about, when it is the client as its subject: "Der Kunde meldet sich …", "Frau K. hat …", "Bis zum
 * 10.04. meldet sich die Kundin …", the client addressed as "Sie" ("Sie melden sich …", "Bitte reichen Sie … ein",
 * "Morgen schicken Sie …"). third-person.ts rewrites what is found here.
 */
import { isThirdPersonPresent, isVerbInfinitive, MODALS, tagsOf } from '../language';
import { SEPARABLE_PREFIXES } from '../lexicon';
import { surelyPlural } from '../nouns';
import { clientNouns, namedPersons, type ClientRef } from '../people';
import type { Sentence, Token } from '../tokens';
import { clauseEndIndex, clientSpeaks, FORMAL_WORD, isWord, looksFinite, looksInfinitive, SHORT_CLIENT, SUBORDINATOR, verbClauseEnd, type Voice } from './common';

export interface Subject {
  from: number; to: number; verb: number; inverted: boolean;
  ref: ClientRef | { gender: 'm' | 'f' | null; type: 'name' | 'pronoun'; text?: string };
  formal: boolean;
  /** "Bitte reichen Sie … ein": the formal imperative, verb first ("Ich reiche … ein"); `bitte`: the sentence opens with "Bitte". */
  imperative?: { bitte: boolean };
}

// Words that can stand before the verb instead of the subject ("Bis zum 10.04. meldet sich die Kundin …").
export const FRONTED = /^(dort|dabei|erst|wegen|aufgrund|trotz|dank|infolge|während|laut|lt|dann|danach|anschließend|zuerst|zunächst|außerdem|zusätzlich|morgen|heute|ab|bis|am|im|in|nach|vor|seit|bei|beim|zum|zur|mit|ab|jede[nmrs]?|spätestens|gleichzeitig|parallel|deshalb|daher|dafür|dazu|hierfür|seitdem|seither|inzwischen|mittlerweile|derzeit|aktuell|momentan|zurzeit|bisher|weiterhin|nun|jetzt|später|vorher|zudem|deswegen|darum|trotzdem|künftig|zukünftig|sofort|umgehend)$/;

export function findSubject(s: Sentence, voice: Voice, fp: boolean): Subject | null {
  const toks = s.tokens;
  // Only a nominative can be the subject: "der Kunde", "die Kundin", "Kunde" — not "dem/den/des Kunden".
  const nouns = clientNouns(toks).filter((c) => {
    const first = toks[c.from]!.lower;
    const article = /^(der|die|dem|den|des|eine?[mnrs]?)$/.test(first);
    // "der Kundin", "der Kunden": dative or genitive, never the subject
    if (first === 'der' && /(?:in|innen|en)$/.test(toks[c.to - 1]!.lower) && !/^(?:der)$/.test(toks[c.to - 1]!.lower)) return false;
    // (a short form of either gender is a woman's dative where a passive has a subject of its own: "Der ELB wird bei Bedarf
    // ein Termin … vermittelt")
    if (first === 'der' && !c.gender && /^(?:wird|werden)$/.test(toks[c.to]?.lower ?? '') && toks.slice(c.to + 1, clauseEndIndex(toks, c.to) + 1).some((t) => isWord(t) && /^(?:ein|eine)$/.test(t.lower))) return false;
    if (c.weak && fp) return false;
    // (a short form right after the verb or its "sich", something else put first: "Ab August kann Kdin. … arbeiten",
    // "Danach meldet sich Kd. …")
    const refl = toks[c.from - 1]?.lower === 'sich' ? 1 : 0;
    return article ? /^(der|die)$/.test(first) : c.from === 0 || first === 'elb' || (SHORT_CLIENT.test(first) && c.from > 1 + refl && isFinitePrev(toks, c.from - refl));
  });
  const client = clientSpeaks(voice);
  // the formal imperative: "Bitte reichen Sie Ihre Unterlagen ein." — the client addressed, verb first
  if (client && !fp) {
    const i0 = toks[0]?.lower === 'bitte' ? 1 : 0;
    const v = toks[i0], sie = toks[i0 + 1];
    // (not a condition put first: "Kommen Sie … nicht nach, kann das Jobcenter …")
    const condition = toks.some((t, k) => t.text === ',' && isWord(toks[k + 1]) && looksFinite(toks[k + 1]!) && !SUBORDINATOR.test(toks[k + 1]!.lower));
    // (not "Sie und Ihr Ehemann": two who act — "Ich reiche und mein Ehemann … ein" had been the fix)
    if (isWord(v) && sie?.text === 'Sie' && !/^(?:und|sowie|oder)$/.test(toks[i0 + 2]?.lower ?? '') && !condition && /(?:en|ern|eln)$/.test(v.lower) && !MODALS[v.lower] && (looksInfinitive({ ...v, text: v.lower }) || looksFinite({ ...v, text: v.lower }) || pluralWithParticle(toks, i0))) {
      return { from: i0 + 1, to: i0 + 2, verb: i0, inverted: true, ref: { gender: null, type: 'pronoun' }, formal: true, imperative: { bitte: i0 === 1 } };
    }
  }
  const candidates: Array<{ from: number; to: number; ref: Subject['ref'] }> = nouns.map((n) => ({ from: n.from, to: n.to, ref: n }));
  if (client && !fp) {
    for (const p of namedPersons(toks)) candidates.push({ from: p.from, to: p.to, ref: { gender: p.gender, type: 'name', text: s.text.slice(p.start - s.start, p.end - s.start) } });
    toks.forEach((t, k) => {
      if (t.lower === 'er' || t.lower === 'sie') candidates.push({ from: k, to: k + 1, ref: { gender: t.lower === 'er' ? 'm' : 'f', type: 'pronoun' } });
    });
  }
  candidates.sort((a, b) => a.from - b.from);
  // a clause of its own put first, about someone or something else ("Sobald die Pflege … sichergestellt ist, kann Herr
  // Wolff …"): the main clause's verb comes right after its comma, the client after the verb
  const clause = clientFirstAfterClause(toks);
  // (not a label with its colon: "weiterhin: Herr S. ruft Frau B. an" — the name after it is the subject)
  const fronted = clause > 0 || (isWord(toks[0]) && toks[1]?.text !== ':' && (FRONTED.test(toks[0].lower) || tagsOf(toks[0].lower).includes('Preposition')));
  for (const c of candidates) {
    if (clause > 0 && c.from !== clause + 2 && c.from !== clause + 3) continue;
    // a name with a bracket after it names someone by their office ("Bis Freitag bestätigt Frau Lindner (IFK) …"):
    // no subject of the client's (so too at the start, where the bracket stands before the verb)
    if (c.ref.type === 'name' && toks[c.to]?.text === '(') continue;
    // an object put first that cannot be the subject ("Fehlzeiten meldet sie …", "Den Lebenslauf schickt die Kundin …"):
    // the client right after the verb is the subject
    if (c.from > 1 && !fronted && client && !fp && objectFirst(toks, c.from - 1 - (toks[c.from - 1]?.lower === 'sich' ? 1 : 0))) {
      const refl = toks[c.from - 1]?.lower === 'sich' ? 1 : 0;
      if (isFinitePrev(toks, c.from - refl) && toks[c.from]!.text !== 'Sie') return { from: c.from - refl, to: c.to, verb: c.from - refl - 1, inverted: true, ref: c.ref, formal: false };
    }
    if (c.from === 0) {
      const v = toks[c.to];
      if (isWord(v) && (looksFinite(v) || (toks[0]!.text === 'Sie' && (looksInfinitive(v) || pluralWithParticle(toks, c.to))))) {
        // "Sie melden sich" (formal address, plural verb) vs "Sie meldet sich" (she)
        // (with a modal, "Sie möchten" may be "they"; a capital "Ihr"/"Ihnen" later in the sentence says it is the client)
        const addressed = toks.some((x, j) => j > 1 && x.text !== 'Sie' && FORMAL_WORD.test(x.text));
        const formal = c.ref.type === 'pronoun' && toks[0]!.text === 'Sie' && /(?:en|ern|eln)$|^sind$/.test(v.lower) && (!MODALS[v.lower] || addressed);
        return { from: c.from, to: c.to, verb: c.to, inverted: false, ref: c.ref, formal };
      }
    } else if (fronted) {
      // "Morgen schicken Sie …", "Bei Krankheit melden Sie sich …": a capital "Sie" after the verb is the client
      // addressed, whatever the verb is
      const v = toks[c.from - 1];
      if (client && !fp && toks[c.from]!.text === 'Sie' && c.from >= 2 && isWord(v) && /(?:en|ern|eln)$|^sind$/.test(v.lower) && (looksFinite(v) || looksInfinitive({ ...v, text: v.lower }))) {
        return { from: c.from, to: c.to, verb: c.from - 1, inverted: true, ref: c.ref, formal: true };
      }
      // "… meldet die Kundin sich …" or "… meldet sich die Kundin …"
      const refl = toks[c.from - 1]?.lower === 'sich' ? 1 : 0;
      // (not after a verb that has a person named right before it: that one is its subject — "…: Herr S. ruft Frau B. an")
      // (a name after a preposition is none: "Lt. Bewährungshelferin Fr. A. muss Kd. …")
      if (namedPersons(toks).some((p) => p.to === c.from - refl - 1 && (p.from === 0 || toks[p.from - 1]?.text === ':'))) continue;
      if (isFinitePrev(toks, c.from - refl)) return { from: c.from - refl, to: c.to, verb: c.from - refl - 1, inverted: true, ref: c.ref, formal: false };
    }
  }
  return null;
}
/**
 * The comma after a subordinate clause that opens the sentence and names nobody and holds no pronoun, possessive or
 * "sich" (each would need its own case): -1 where the sentence does not open so.
 */
function clientFirstAfterClause(toks: Token[]): number {
  // (or a condition put first with "sollte": "Sollte der Arbeitgeber Nachtschichten verlangen, informiert Hr. M. …")
  if (!isWord(toks[0]) || !(/^(?:wenn|sobald|nachdem|falls|weil|da|bevor|solange|sofern|während)$/.test(toks[0].lower) || /^Sollten?$/.test(toks[0].text))) return -1;
  let depth = 0;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (!depth && /^[;:–]$/.test(t.text)) return -1;
    else if (!depth && t.text === ',') {
      const head = toks.slice(0, k);
      if (k < 3 || namedPersons(head).length || clientNouns(head).length) return -1;
      if (head.some((x) => isWord(x) && (OWN_WORDS.test(x.lower) || FORMAL_WORD.test(x.text)))) return -1;
      const v = toks[k + 1];
      return isWord(v) && v.text === v.lower && looksFinite(v) ? k : -1;
    }
  }
  return -1;
}
/**
 * A verb in "-en" the lexicon knows only with its particle at the clause's end ("Bitte teilen Sie … mit, falls …",
 * "Sie teilen … mit": "mitteilen").
 */
function pluralWithParticle(toks: Token[], k: number): boolean {
  const v = toks[k];
  const last = toks[verbClauseEnd(toks, k)];
  return isWord(v) && /en$/.test(v.lower) && isWord(last) && SEPARABLE_PREFIXES.includes(last.lower) && isVerbInfinitive(last.lower + v.lower);
}
const OWN_WORDS = /^(?:ich|er|sie|wir|ihn|ihm|ihr|ihre[mnrs]?|sein|seine[mnrs]?|sich|mein|meine[mnrs]?|mich|mir)$/;

function isFinitePrev(toks: Token[], k: number): boolean {
  const v = toks[k - 1];
  if (!(k >= 2 && isWord(v) && looksFinite(v))) return false;
  if (isThirdPersonPresent(v.lower) || !!MODALS[v.lower] || v.lower === 'ist' || v.lower === 'hat') return true;
  // a verb the lexicon knows only with its particle at the clause's end ("teilt … mit": "mitteilen")
  const last = toks[verbClauseEnd(toks, k - 1)];
  return /[^s]t$/.test(v.lower) && isWord(last) && SEPARABLE_PREFIXES.includes(last.lower) && isVerbInfinitive(last.lower + v.lower.replace(/e?t$/, 'en'));
}

/**
 * Do the words before the finite verb at `verb` form an object that cannot be the subject: a plural before a verb in
 * the singular ("Fehlzeiten meldet …", "Die Lohnabrechnungen legt …", "Änderungen beim Einkommen teilt …") or an
 * accusative ("Den Lebenslauf schickt …")? One phrase, with a prepositional phrase or brackets after it at most.
 */
function objectFirst(toks: Token[], verb: number): boolean {
  if (verb < 1) return false;
  let k = 0;
  const det = toks[0]!.lower;
  const accusative = /^(?:den|einen)$/.test(det);
  if (accusative || /^(?:die|alle|diese|keine)$/.test(det)) k = 1;
  while (k < verb && isWord(toks[k]) && toks[k]!.text === toks[k]!.lower) k++;
  const noun = toks[k];
  if (!isWord(noun) || noun.text === noun.lower || (!accusative && !surelyPlural(noun.text))) return false;
  if (namedPersons(toks.slice(0, verb)).length || clientNouns(toks.slice(0, verb)).length) return false;
  // what follows up to the verb: a prepositional phrase or brackets, no comma, no verb of its own
  let depth = 0;
  for (let j = k + 1; j < verb; j++) {
    const t = toks[j]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (!depth && (/^[,;:–-]$/.test(t.text) || (isWord(t) && (looksFinite(t) || SUBORDINATOR.test(t.lower))))) return false;
  }
  const prep = toks[k + 1];
  return depth === 0 && (k + 1 === verb || (isWord(prep) && tagsOf(prep.lower).includes('Preposition')) || prep?.text === '(');
}
