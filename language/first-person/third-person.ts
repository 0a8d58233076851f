/**
 * Third person → first person for a sentence whose subject is the client ("Der Kunde meldet sich …", "Frau K. hat
 * … vorzulegen", "Bis zum 10.04. meldet sich die Kundin …"): the verb in the first person with its particle, the
 * reflexive in its case, the client's possessives as "mein …", coordinated verbs, and the client again in a
 * subordinate clause ("…, weil sie ihre Kinder abholt" → "…, weil ich meine Kinder abhole"). Unsure references
 * (another man who could be "er", "ihr" as a pronoun) give no fix.
 */
import { firstPersonOf, infinitiveOfParticiple, infinitiveOfThird, isInfinitive, isThirdPersonPresent, isVerbInfinitive, MODALS, tagsOf } from '../language';
import { INSEPARABLE_STARTS, SEPARABLE_PREFIXES } from '../lexicon';
import { clientNouns, namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import {
  applyEdits, clauseEndIndex, clauseStartBefore, conjugateFirst, conjugateVerbFinal, dativeReflexive, dativeParticipleInfinitive, deleteToken, isFunctionWord, isLower, isWord,
  conjunctEnd, isModal, lastWordIndex, LINKING_ADVERB, looksInfinitive, reflexiveHasObject, REFLEXIVE_WITHOUT_OBJECT, verbClauseEnd, looksFinite, PREP_CASE, PRONOUN_ACC, SUBORDINATOR, zuInfinitive, type Edit,
} from './common';
import { otherCandidate, pronounGenderFrom, stativeClause, thingOnlyClause, youngChildrenFor } from './antecedents';
import { moreVerbsInClause, opensClause, ownsPhraseAhead, ownSubjectClause, inRelativeClause, subordinatorOf } from './clause-shape';
import { accusativeGender, nounPhraseStart } from './noun-phrases';
import { experiencer, experiencerOfThing, recipientOfPassive } from './object-case';
import { ownsNext, POSSESSIVE, toMine } from './possessives';
import type { Subject } from './subject';

export type { Subject } from './subject';

/**
 * Two zu-infinitives joined after "hat": "… seinen Lebenslauf zu aktualisieren und bei Herrn Yıldız einzureichen".
 * Null when there is only one; undefined when there are more than two or the second verb's object is unsure. The
 * second verb takes the first one's object as a pronoun unless it has an accusative object of its own ("einen Termin").
 */
function coordinatedZu(toks: Token[], from: number, zu: { from: number; particle: string | null; base: string }): { first: { particle: string | null; base: string; from: number }; end: number; joint: Token; pronoun: string | null } | null | undefined {
  const found: number[] = [];
  for (let k = from; k < zu.from; k++) if (/^(und|oder|sowie|,)$/.test(toks[k + 1]?.lower ?? '') && zuInfinitive(toks, k)) found.push(k);
  if (!found.length) return null;
  if (found.length > 1) return undefined;
  const end = found[0]!;
  const first = zuInfinitive(toks, end)!;
  const mid1 = toks.slice(from, first.from);
  const mid2 = toks.slice(end + 2, zu.from);
  // (a second verb that is reflexive without an object of its own shares none: "sich … zu informieren und sich mind. 2x
  // pro Monat zu bewerben"; any other reflexive might need the first one's object as well)
  if (mid2.some((t) => t.lower === 'sich')) return REFLEXIVE_WITHOUT_OBJECT.test((zu.particle ?? '') + zu.base) ? { first, end, joint: toks[end + 1]!, pronoun: null } : undefined;
  const own = nounPhraseStart(mid2);
  if (mid1.some((t) => t.lower === 'sich') && own < 0) return undefined;
  if (own >= 0) {
    // the second verb's own accusative object ("und einen Termin zu vereinbaren", "und die Nachweise … vorzulegen": a
    // zu-infinitive has no subject, so what is no dative is its object); a form that may be a dative ("der", "dem",
    // "ihrer") may be whom the first one's object goes to
    return /^(?:einen|den|keinen|meinen|seinen|ihren|die|das|ein|eine|kein|keine|meine|seine|ihre|alle)$/.test(mid2[own]!.lower) ? { first, end, joint: toks[end + 1]!, pronoun: null } : undefined;
  }
  const np = nounPhraseStart(mid1);
  const g = np >= 0 ? accusativeGender(mid1, np) : null;
  if (!g) return undefined;
  return { first, end, joint: toks[end + 1]!, pronoun: PRONOUN_ACC[g] };
}

/** The infinitive that decides a reflexive's case: the finite verb's, with a trailing particle attached. */
function infForReflexive(toks: Token[], verb: Token, last: number): string {
  const inf = infinitiveOfThird(verb.lower) ?? verb.lower;
  const lastTok = toks[last]!;
  if (lastTok === verb || !isLower(lastTok)) return inf;
  // the perfect: "hat sich … vorgenommen"
  const participle = dativeParticipleInfinitive(lastTok.lower);
  if (participle) return participle;
  if (isInfinitive(lastTok.lower)) return lastTok.lower; // modal + infinitive: "will sich … bewerben"; "lässt sich … bescheinigen"
  if (SEPARABLE_PREFIXES.includes(lastTok.lower)) return lastTok.lower + inf; // particle: "sieht sich … an"
  return inf;
}

/**
 * "sich vorstellen" as imagining takes the dative ("kann sich vorstellen, … zu arbeiten" → "kann mir vorstellen"; "kann
 * sich eine Arbeit als … vorstellen"); introducing oneself takes the accusative ("stellt sich beim Träger vor").
 * Imagining: a zu-infinitive or "dass" clause after it, or an object of its own before it.
 */
function imagines(toks: Token[], k: number, inf: string): boolean {
  if (inf !== 'vorstellen') return false;
  let j = k + 1;
  while (j < toks.length && !(isWord(toks[j]) && /^(?:vorstellen|vor)$/.test(toks[j]!.lower))) j++;
  if (j >= toks.length) return false;
  for (let i = k + 1; i < j; i++) {
    if (isWord(toks[i]) && /^(?:eine?n?|etwas|das|diese[ns]?)$/.test(toks[i]!.lower) && !tagsOf(toks[i - 1]!.lower).includes('Preposition')) return true;
  }
  if (toks[j + 1]?.text !== ',') return false;
  if (toks[j + 2]?.lower === 'dass') return true;
  // ("zu" on its own, or inside a particle verb: "…, wieder als Bürokauffrau einzusteigen")
  for (let i = j + 2; i < toks.length && !/^[,;.]$/.test(toks[i]!.text); i++) {
    if (toks[i]!.lower === 'zu' && isWord(toks[i + 1]) && !isCapitalised(toks[i + 1]!)) return true;
    if (/^[,;.]$/.test(toks[i + 1]?.text ?? '.') && zuInfinitive(toks, i)) return true;
  }
  return false;
}

/**
 * The verb that decides the case of the reflexive at k: the finite verb of its own conjunct ("… geht zum Arzt und
 * lässt sich bescheinigen" → "lassen … bescheinigen"; "… liest die Anzeigen und bewirbt sich" → "bewerben"), with
 * the particle or infinitive that ends that conjunct.
 */
function reflexiveInfinitive(toks: Token[], k: number, mainVerb: number, mainInf: string): string {
  let from = k;
  while (from > 0 && !/^(?:und|oder|aber|sowie|,|;|–)$/.test(toks[from - 1]!.lower)) from--;
  if (from <= mainVerb) return mainInf;
  // a subordinate clause has its verb at its end ("…, indem er sich schriftlich bewirbt" → "bewerben"; "…, weil er sich
  // … anmelden muss" → "anmelden")
  if (isWord(toks[from]) && SUBORDINATOR.test(toks[from]!.lower)) {
    const end = clauseEndIndex(toks, k);
    const last = toks[end]!;
    if (end <= k || !isWord(last) || !isLower(last)) return mainInf;
    const before = toks[end - 1];
    if (MODALS[last.lower] && isWord(before) && isInfinitive(before.lower)) return before.lower;
    // the perfect: "…, sobald er sich … verschafft hat" → "verschaffen"
    if (/^(?:hat|ist)$/.test(last.lower) && isWord(before) && isLower(before)) return dativeParticipleInfinitive(before.lower) ?? infinitiveOfParticiple(before.lower) ?? mainInf;
    return infinitiveOfThird(last.lower) ?? last.lower;
  }
  let v = -1;
  for (let i = from; i < k; i++) if (isWord(toks[i]) && looksFinite(toks[i]!)) { v = i; break; }
  // the formal "Sie" with a second verb, in the plural like an infinitive: "… teil und melden sich … ab"
  if (v < 0 && isWord(toks[from]) && isLower(toks[from]!) && isInfinitive(toks[from]!.lower)) v = from;
  // a zu-infinitive's clause after a comma, its verb at its end before a bracket ("…, sich … persönlich vorzustellen
  // (Termin: 13.01.)" → "vorstellen", not the main verb's "sein")
  if (v < 0 && toks[from - 1]?.text === ',') {
    // (its own part: up to "und" or a bracket — "…, sich … vorzustellen und den Termin … wahrzunehmen": "vorstellen")
    let e = conjunctEnd(toks, k);
    const open = toks.findIndex((t, j) => j > k && j <= e && t.text === '(');
    if (open > 0) e = open - 1;
    const zu = zuInfinitive(toks, e);
    if (zu) return (zu.particle ?? '') + zu.base;
  }
  if (v < 0) return mainInf;
  return infForReflexive(toks, toks[v]!, conjunctEnd(toks, k));
}

// "wird gebeten, … zu": a duty put politely; the client does it ("Ich reiche … ein").
const ASKED = /^(?:gebeten|aufgefordert|angehalten)$/;
/**
 * The gender of a client named without one ("Kd.", "eLb", "die eLb") as the sentence's later "er"/"sie" and
 * "sein"/"ihr" tell it: only where all of them agree ("Kd. möchte wechseln, weil er …"); null otherwise. Whether the
 * pronoun means her or someone else named before it is decided where it is rewritten.
 */
function genderByPronouns(toks: Token[], subj: Subject): 'm' | 'f' | null {
  return subj.ref.type !== 'noun' || subj.formal ? null : pronounGenderFrom(toks, subj.to);
}

/** Third person → first person for a sentence whose subject is the client. */
export function rewriteThirdPerson(s: Sentence, subj: Subject): string | null {
  const toks = s.tokens;
  const verb = toks[subj.verb]!;
  const edits: Edit[] = [];
  const last = lastWordIndex(toks);
  // a list of steps after a colon that ends in an infinitive ("eLb soll Tagesstruktur aufbauen: tgl. 8 Uhr aufstehen,
  // Termine einhalten") would stay notes beside her sentence: no sure fix
  const colon = toks.findIndex((t, k) => k > subj.verb && t.text === ':');
  if (colon > 0 && looksInfinitive(toks[last]) && !toks.slice(colon + 1).some((t) => isWord(t) && looksFinite(t))) return null;
  const gender = subj.ref.gender ?? genderByPronouns(toks, subj);
  // "wird gebeten, bis 18.05. ihre Zeugnisse einzureichen": the duty itself, without the request
  const asked = verb.lower === 'wird' && !subj.inverted && isWord(toks[subj.verb + 1]) && ASKED.test(toks[subj.verb + 1]!.lower) && toks[subj.verb + 2]?.text === ',' ? subj.verb + 2 : -1;
  // "hat … vorzulegen" → "lege … vor" — only where the zu-infinitive ends the clause of "hat": in "hat das Ziel, … zu
  // arbeiten" or "hat vor, … zu machen" the infinitive belongs to a clause of its own, and "hat" stays ("habe").
  const zuClause = asked >= 0 || clauseEndIndex(toks, Math.max(subj.verb, subj.to - 1)) >= last;
  const zu = ((verb.lower === 'hat' || verb.lower === 'haben') && zuClause) || asked >= 0 ? zuInfinitive(toks, last) : null;
  if (asked >= 0 && (!zu || toks.slice(asked + 1, last).some((t) => t.text === ','))) return null;
  // "hat seinen Lebenslauf zu aktualisieren und bei Herrn Yıldız einzureichen": the first verb takes the verb's place,
  // the second the object as a pronoun ("… aktualisiere meinen Lebenslauf und reiche ihn bei Herrn Yıldız ein")
  const coord = zu ? coordinatedZu(toks, Math.max(subj.verb, subj.to - 1, asked) + 1, zu) : null;
  if (zu && coord === undefined) return null;
  let finite: string | null;
  let infForRefl = '';
  if (asked >= 0) edits.push({ start: toks[subj.verb]!.end, end: toks[asked]!.end, text: '' });
  if (coord && zu) {
    finite = firstPersonOf(coord.first.base);
    const second = firstPersonOf(zu.base);
    if (!finite || !second) return null;
    const zuTok = toks[coord.end]!;
    if (coord.first.particle) edits.push({ start: zuTok.start, end: zuTok.end, text: coord.first.particle });
    else { edits.push(deleteToken(s, zuTok)); edits.push(deleteToken(s, toks[coord.first.from]!)); }
    edits.push({ start: coord.joint.start, end: coord.joint.end, text: [coord.joint.lower === 'sowie' ? 'und' : coord.joint.text, second, coord.pronoun].filter(Boolean).join(' ') });
    if (zu.particle) edits.push({ start: toks[last]!.start, end: toks[last]!.end, text: zu.particle });
    else { edits.push(deleteToken(s, toks[last]!)); edits.push(deleteToken(s, toks[zu.from]!)); }
  } else if (zu) {
    finite = firstPersonOf(zu.base);
    infForRefl = (zu.particle ?? '') + zu.base;
    if (zu.particle) edits.push({ start: toks[last]!.start, end: toks[last]!.end, text: zu.particle });
    else { edits.push(deleteToken(s, toks[last]!)); edits.push(deleteToken(s, toks[zu.from]!)); }
  } else {
    // (a plural passive keeps its verb: "Frau N. werden die Kosten … erstattet" → "Mir werden …")
    finite = conjugateFirst(verb.lower, subj.formal) ?? (/^(?:werden|wurden)$/.test(verb.lower) && recipientOfPassive(toks, subj.verb) ? verb.lower : null);
    infForRefl = infinitiveOfThird(verb.lower) ?? verb.lower;
  }
  if (!finite) return null;
  // (put first, the adjective leaves the client's case to guess: "Wichtig ist Frau A., dass …")
  if (subj.inverted && experiencer(toks, subj.verb, subj.verb - 1)) return null;
  if (subj.imperative) {
    // "Bitte reichen Sie Ihre Unterlagen ein." → "Ich reiche meine Unterlagen ein."
    if (subj.imperative.bitte) edits.push({ start: toks[0]!.start, end: verb.start, text: '' });
    edits.push({ start: verb.start, end: verb.end, text: `Ich ${finite}` });
    edits.push(deleteToken(s, toks[subj.from]!));
  } else if (subj.inverted && (/^(?:herrn|hrn)$/.test(toks[subj.from]!.lower) || experiencerOfThing(toks, subj.verb))) {
    // "Wegen … ist Herrn R. eine Arbeit … zumutbar": "Herrn" is never the subject — the dative of what something is to her
    // ("… ist mir eine Arbeit … zumutbar", the verb stays); with any other verb its case is unsure
    if (!experiencerOfThing(toks, subj.verb)) return null;
    edits.push({ start: toks[subj.from]!.start, end: toks[subj.to - 1]!.end, text: 'mir' });
  } else if (subj.inverted) {
    edits.push({ start: verb.start, end: verb.end, text: finite });
    const reflFirst = toks[subj.from]!.lower === 'sich';
    // (its case by the verb's own conjunct, and an accusative object there: "lässt sich Kd. … eine AU ausstellen u. reicht
    // …" → "lasse ich mir …")
    const own = verbClauseEnd(toks, subj.verb);
    const refl = reflFirst ? ' ' + (dativeReflexive(infForReflexive(toks, verb, own)) || reflexiveHasObject(toks, subj.to - 1, own) ? 'mir' : 'mich') : '';
    edits.push({ start: toks[subj.from]!.start, end: toks[subj.to - 1]!.end, text: 'ich' + refl });
  } else if (experiencer(toks, subj.verb) || experiencerOfThing(toks, subj.verb) || /^(?:herrn|hrn)$/.test(toks[subj.from]!.lower) || recipientOfPassive(toks, subj.verb)) {
    // "Frau A. ist wichtig, eine Arbeit zu finden" says what matters to her: "Mir ist wichtig, …" (the verb stays);
    // "Herrn" is never the subject ("Herrn A. wird ein AVGS ausgestellt" → "Mir wird …")
    edits.push({ start: toks[subj.from]!.start, end: toks[subj.to - 1]!.end, text: 'Mir' });
  } else {
    edits.push({ start: toks[subj.from]!.start, end: toks[subj.to - 1]!.end, text: 'Ich' });
    edits.push({ start: verb.start, end: verb.end, text: finite });
  }
  // A trailing particle or infinitive decides the reflexive case: "sieht sich … an" → ansehen → "mir" — the one that
  // ends the verb's own conjunct ("besorgt sich einen Ausweis und meldet sich … an": "besorgen", not "anbesorgen")
  if (!zu) infForRefl = infForReflexive(toks, verb, verbClauseEnd(toks, subj.verb));
  const femaleSubject = gender === 'f' || subj.formal;
  const maleSubject = gender === 'm' || gender === null;
  const handled = new Set<number>();
  for (let k = 0; k < toks.length; k++) {
    if (k >= subj.from && k < subj.to) continue;
    const t = toks[k]!;
    if (t.kind !== 'word' || k === subj.verb) continue;
    if (asked >= 0 && k > subj.verb && k <= asked) continue;
    // a clause read as someone else's, or a thing's ("…, ob er ihn bei sich aufnimmt": the brother): its "sich" is its
    // subject's; a possessive in it may be either's — unsure
    if (handled.has(k) && (t.lower === 'sich' || POSSESSIVE.test(t.lower))) {
      if (t.lower === 'sich') continue;
      return null;
    }
    // the request to the client addressed formally is no part of her own sentence: "Sie melden sich bitte …" → "Ich melde mich …"
    if (subj.formal && t.lower === 'bitte' && k > subj.verb) {
      // (with the comma before it where it ends the sentence: "… mitteilen, bitte." → "… mitteile.")
      const last = toks[k - 1]?.text === ',' && (!toks[k + 1] || /^[.!]$/.test(toks[k + 1]!.text));
      edits.push(last ? { start: toks[k - 1]!.start, end: t.end, text: '' } : deleteToken(s, t));
      continue;
    }
    // a "sich" of a clause with a subject of its own ("…, wenn sich die Beschwerden verschlechtern", "…, weil sich sonst
    // seine Leistungen ändern") is that subject's: it stays — unless the client may be that subject
    if (t.lower === 'sich' && k > subj.verb && ownSubjectClause(toks, subj.verb, k)) {
      if (clientNouns(toks.slice(k)).length || namedPersons(toks).some((p) => p.from > k)) return null;
      continue;
    }
    // "sich" after a preposition is its object, in the preposition's case: "für sich und ihre Kinder" → "für mich"
    // (not "um sich … zu …", the infinitive's conjunction)
    if (t.lower === 'sich' && isWord(toks[k - 1]) && toks[k - 1]!.lower !== 'um' && PREP_CASE[toks[k - 1]!.lower]) {
      edits.push({ start: t.start, end: t.end, text: PREP_CASE[toks[k - 1]!.lower]! });
      continue;
    }
    // ("…, die sich mit … vereinbaren lässt": a relative clause's "sich" is its own subject's — the job's, not hers)
    if (t.lower === 'sich' && inRelativeClause(toks, k)) continue;
    if (t.lower === 'sich') {
      // each reflexive takes the case of its own verb: "… liest die Anzeigen und bewirbt sich" → "bewerbe mich"
      // its own part of the clause: up to "und", a comma or the end ("kann sich … anmelden und am Kurs teilnehmen":
      // "anmelden" decides, not "teilnehmen")
      const own = conjunctEnd(toks, k);
      const mainInf = reflexiveInfinitive(toks, k, subj.verb, infForRefl);
      // (with two zu-infinitives, the one of its own half: "sich … zu informieren und sich … zu bewerben")
      const inf = coord && zu ? (k < coord.end ? (coord.first.particle ?? '') + coord.first.base : (zu.particle ?? '') + zu.base)
        : mainInf === infForRefl && !zu && k > subj.verb ? infForReflexive(toks, verb, own) : mainInf;
      // ("erklärt sich (aber) bereit, … abzumelden": the accusative, whatever the zu-clause holds)
      const ready = toks.slice(k + 1).find((x) => !/^(?:aber|auch|jedoch|dennoch|trotzdem|nun|schon|grundsätzlich|ausdrücklich|gerne?)$/.test(x.lower))?.lower === 'bereit';
      edits.push({ start: t.start, end: t.end, text: !ready && (dativeReflexive(inf) || imagines(toks, k, inf) || reflexiveHasObject(toks, k, own)) ? 'mir' : 'mich' });
      continue;
    }
    if (POSSESSIVE.test(t.lower)) {
      const isSein = t.lower.startsWith('sein');
      const next = toks[k + 1];
      // a bare "ihr" before no noun, or after "mit", is the pronoun ("…, was ihr gefallen hat", "prüft mit ihr …"): hers
      // or another woman's — unsure (before a title see below)
      // (the dative pronoun of a woman client opening a clause, with no other woman named before it: "…, die ihr von der
      // Kantine angeboten wurde" → "die mir …"; not "bespricht mit ihr …", who may be anyone)
      if (t.lower === 'ihr' && femaleSubject && !subj.formal && k > subj.to && opensClause(toks, k) && !ownsNext(t, next, toks[k - 1]) && !(isWord(next) && (isCapitalised(next) || next.lower === 'und')) &&
        !otherCandidate(toks, subj.to, k, 'f', false, [subj.from, subj.to], true) && !namedPersons(toks).some((p) => p.from > k) && !ownsPhraseAhead(toks, k)) {
        edits.push({ start: t.start, end: t.end, text: 'mir' });
        continue;
      }
      // (where the client is a man, the dative "ihr" is a woman named before, never him: "… bei Fr. Schneider und
      // vereinbart mit ihr einen Termin")
      if (t.lower === 'ihr' && !ownsNext(t, next, toks[k - 1]) && gender === 'm' && !subj.formal && otherCandidate(toks, subj.to, k, 'f', false, [subj.from, subj.to], true)) continue;
      if (t.lower === 'ihr' && !ownsNext(t, next, toks[k - 1]) && !(isWord(next) && /^(?:herr|herrn|frau|hr|fr|dr)$/.test(next.lower))) return null;
      // (before a person's title it is the dative pronoun: "die ihr Herr Kowalski mitgegeben hat")
      // (an inflected one before a phrase that ends in its noun too: "seine an Demenz erkrankte Ehefrau", "ihre seit
      // 2019 volljährige Tochter")
      const inflected = /^(?:sein|ihr)(?:e|en|em|er|es)$/.test(t.lower) && isWord(next) && (tagsOf(next.lower).includes('Preposition') || /^(?:seit|vor|bereits|schon|noch)$/.test(next.lower));
      // (a number before the noun too: "ihre zwei Kinder", "seine 3 Kinder", "Ihrer fünf Kinder")
      const counted = /^(?:sein|ihr)(?:e|en|em|er)$/.test(t.lower) && ((isWord(next) && /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)$/.test(next.lower)) || next?.kind === 'num') && isWord(toks[k + 2]) && isCapitalised(toks[k + 2]!);
      const possessiveUse = counted || (isWord(next) && (inflected || isCapitalised(next) || /(?:e|en|er|es|em)$/.test(next.lower)) && !(t.lower === 'ihr' && /^(?:herr|herrn|frau|hr|fr|dr)$/.test(next.lower)));
      // "sein" as the infinitive that ends a clause ("…, um flexibler zu sein", "muss pünktlich sein") stays as it
      // is; as a verb elsewhere: unsure
      if (t.lower === 'sein' && !possessiveUse) {
        if (toks[k - 1]?.lower === 'zu' || !isWord(next)) continue;
        return null;
      }
      if (!possessiveUse) return null; // "ihr" as a pronoun: unsure who is meant
      // formal "Ihre" is the client's; lower-case "ihre" with a formal subject is someone else's: unsure
      if (subj.formal && t.text !== 'Ihr' && !t.text.startsWith('Ihr') && !isSein) return null;
      if ((isSein && maleSubject && !subj.formal) || (!isSein && (femaleSubject || gender === null))) {
        edits.push({ start: t.start, end: t.end, text: toMine(t.text, t.start === s.start) });
        continue;
      }
      return null;
    }
    if (handled.has(k)) continue;
    // the client addressed formally as an object, in a clause of someone else's too: "…, die Ihnen Freude macht" → "…,
    // die mir Freude macht" (the reflexive of "Sie" is "sich", so "Ihnen" is never the subject itself)
    if (subj.formal && t.text === 'Ihnen' && k > 0) {
      edits.push({ start: t.start, end: t.end, text: 'mir' });
      continue;
    }
    const prev = toks[k - 1];
    // the formal "Sie" again as a subordinate clause's subject: "…, sobald Sie eine Zusage haben" → "…, sobald ich eine
    // Zusage habe" (the verb at the clause's end)
    if (subj.formal && t.text === 'Sie' && k > subj.to && prev && opensClause(toks, k)) {
      const end = clauseEndIndex(toks, k);
      const v = toks[end]!;
      const f = end > k && isLower(v) && (/(?:en|ern|eln)$/.test(v.lower) || v.lower === 'sind') ? conjugateFirst(v.lower, true) : null;
      if (!f) return null;
      // more verbs of the same clause after a comma ("…, wenn Sie eine Arbeit aufnehmen, umziehen oder ins Krankenhaus
      // müssen"): each would need its own form — unsure
      // (or before it: "…, wo Sie wohnen und arbeiten")
      if (moreVerbsInClause(toks, k, end)) return null;
      edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f });
      handled.add(end);
      continue;
    }
    // the formal "Sie" again after its verb in a new main clause: "…, dafür brauchen Sie den Führerschein" → "…, dafür
    // brauche ich …" (a comma, a linking adverb, the verb in the plural)
    if (subj.formal && t.text === 'Sie' && k > subj.to && k >= 3 && isWord(prev) && isLower(prev) && (looksFinite(prev) || isVerbInfinitive(prev.lower)) &&
      isWord(toks[k - 2]) && LINKING_ADVERB.test(toks[k - 2]!.lower) && toks[k - 3]?.text === ',' && !handled.has(k - 1)) {
      const f = /(?:en|ern|eln)$|^sind$/.test(prev.lower) ? conjugateFirst(prev.lower, true) : null;
      if (!f) return null;
      edits.push({ start: prev.start, end: prev.end, text: f }, { start: t.start, end: t.end, text: 'ich' });
      handled.add(k - 1);
      continue;
    }
    // the client again in a subordinate or relative clause: "…, weil sie ihre Kinder abholt" → "…, weil ich meine Kinder
    // abhole"; "…, bei der sie nicht am Wochenende arbeiten muss" → "…, bei der ich …"
    if (/^(er|sie)$/.test(t.lower) && k > subj.to) {
      const same = (t.lower === 'er' && gender === 'm') || (t.lower === 'sie' && gender === 'f');
      const next = toks[k + 1];
      // a clause that says what only a thing does, with a thing of that gender named before: the pronoun is the thing
      // ("… und wird sie vorlegen, sobald sie vorliegt" — the Rentenauskunft), kept as it is
      if (prev && opensClause(toks, k)) {
        const end = clauseEndIndex(toks, k);
        if (thingOnlyClause(toks, k, end) && otherCandidate(toks, subj.to, k, t.lower === 'er' ? 'm' : 'f', true, [subj.from, subj.to]) &&
          !otherCandidate(toks, subj.to, k, t.lower === 'er' ? 'm' : 'f', false, [subj.from, subj.to])) {
          for (let i = k; i <= end; i++) handled.add(i);
          continue;
        }
      }
      if (same && prev && opensClause(toks, k)) {
        const end = clauseEndIndex(toks, k);
        // "fragt seinen Chef, ob er ihn einstellt": "er" and "ihn" are two people; with another man named in the
        // main clause, "er" is him and "ihn" the client
        const objIdx = t.lower === 'er' ? toks.findIndex((x, i) => i > k && i <= end && /^(ihn|ihm)$/.test(x.lower)) : -1;
        // (a man or an office that acts; where only a thing is named, "er" is the client and "ihn" the thing: "legt den
        // Bescheid vor, sobald er ihn erhält" → "sobald ich ihn erhalte")
        const otherMan = objIdx > 0 && otherCandidate(toks, subj.to + 1, k, 'm', false, [subj.from, subj.to]);
        if (objIdx > 0 && !otherMan) {
          if (!otherCandidate(toks, subj.to + 1, k, 'm', true, [subj.from, subj.to])) return null;
          handled.add(objIdx);
        } else if (objIdx > 0) {
          const o = toks[objIdx]!;
          edits.push({ start: o.start, end: o.end, text: o.lower === 'ihn' ? 'mich' : 'mir' });
          handled.add(objIdx);
          for (let i = k + 1; i <= end; i++) handled.add(i);
          continue;
        }
        const v = toks[end]!;
        // "sie und ihre Kinder …": she and others together would be "meine Kinder und ich" — no sure fix; nor "möchte, dass
        // sie …": what one wants for oneself takes the infinitive, so "dass sie" is someone else ("Ich möchte, dass ich …")
        if ((isWord(next) && /^(?:und|sowie)$/.test(next.lower)) || (toks[k - 1]?.lower === 'dass' && [toks[k - 2], toks[k - 3]].some((x) => /^(?:möchte|will|wünscht|wollte|möchten)$/.test(x?.lower ?? '')))) return null;
        // "sie … werden": a plural verb, so "sie" are the things just named ("…, damit sie anerkannt werden")
        if (t.lower === 'sie' && end > k && isWord(v) && /^(?:werden|sind|haben|können|müssen|sollen|dürfen|wollen|waren|wurden|hatten)$/.test(v.lower)) {
          for (let i = k + 1; i <= end; i++) handled.add(i);
          continue;
        }
        // someone else named before it, whom the pronoun could mean: no sure fix ("fragt ihre Nachbarin, ob sie …")
        // (not a young child, where the clause says what only a grown-up does: "… für ihre Tochter Lina (2 J.), damit sie
        // einen Integrationskurs besuchen kann")
        if (otherCandidate(toks, subj.to, k, gender!, stativeClause(toks, k, end), [subj.from, subj.to], false, youngChildrenFor(toks, subj.to, k, k, end))) return null;
        const f = end > k ? conjugateVerbFinal(v) : null;
        if (!f) return null;
        edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f });
        handled.add(end);
        continue;
      }
      // "… und er ruft an": the subject again, with its own verb
      if (same && prev && /^(und|oder|aber)$/.test(prev.lower) && isWord(next) && looksFinite(next)) {
        if (otherCandidate(toks, subj.to, k, gender!, false, [subj.from, subj.to])) return null;
        const f = conjugateFirst(next.lower, false);
        if (!f) return null;
        edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: next.start, end: next.end, text: f });
        handled.add(k + 1);
        continue;
      }
      // a new main clause after a comma, the subject again: "…, sie fragt nach …", "…, danach beantragt er …",
      // "…, deshalb ist sie nur vormittags verfügbar"
      const pronounFirst = prev?.text === ',' && isWord(next) && looksFinite(next) ? k + 1 : -1;
      const verbFirst = isWord(prev) && looksFinite(prev) && k >= 3 && isWord(toks[k - 2]) && LINKING_ADVERB.test(toks[k - 2]!.lower) && toks[k - 3]?.text === ',' ? k - 1 : -1;
      const own = Math.max(pronounFirst, verbFirst);
      if (same && own > 0 && !handled.has(own)) {
        if (otherCandidate(toks, subj.to, k, gender!, false, [subj.from, subj.to])) return null;
        const f = conjugateFirst(toks[own]!.lower, false);
        if (!f) return null;
        edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: toks[own]!.start, end: toks[own]!.end, text: f });
        handled.add(own);
        continue;
      }
      // right after her own verb, "sie" is its object — the client herself would be "sich": "… Umschulungsangebote und
      // bespricht sie dann mit …", "Frau K. ruft sie an" (kept as it is)
      // (not after a bare "Sie ruft sie an": which of the two is the client is not sure)
      const objectOfHers = t.lower === 'sie' && subj.ref.type !== 'pronoun' && isWord(prev) && looksFinite(prev) && isLower(prev) &&
        ((isWord(toks[k - 2]) && /^(?:und|oder|sowie)$/.test(toks[k - 2]!.lower)) || (k - 1 === subj.verb && !subj.inverted));
      if (objectOfHers) continue;
      if (same || gender === null) return null; // could be the client: unsure
      continue; // someone else ("…, weil sie (die Tochter) krank ist")
    }
    // "ihn"/"ihm" in the main clause cannot be its subject, the client ("füllt den Antrag aus und schickt ihn ab");
    // in a subordinate clause, or after someone else who does something ("die Frau Winter ihm geschickt hat"), they
    // might be: unsure
    if (/^(ihn|ihm)$/.test(t.lower) && k > subj.to) {
      // (the client addressed as "Sie" is never "ihn": "…, sobald Sie ihn erhalten haben")
      if (subj.formal) continue;
      // (in the main clause again after it, it is not: "…, sobald er den Bescheid bekommt, und legt ihn vor"; in a
      // relative clause it may be: "… findet einen Betrieb, der ihn nimmt")
      const from = Math.max(clauseStartBefore(toks, k), subj.to);
      if (toks.slice(from, k).some((x) => SUBORDINATOR.test(x.lower) && x.kind === 'word') || (from > subj.to && opensClause(toks, from + 1))) return null;
      if (namedPersons(toks).some((p) => p.to === k && p.from > subj.to)) return null;
      continue;
    }
    // the formal "Sie" with a second verb: "Sie melden sich … an und setzen Ihre Tochter …" → "… und setze meine …"
    // (not after a modal or "werden", whose infinitives stay: "Sie können sich anmelden und teilnehmen")
    // (a particle verb the lexicon knows only whole: "… und teilen Sie … mit" — "mitteilen")
    const withParticle = () => {
      const last = toks[conjunctEnd(toks, k)];
      return isWord(last) && SEPARABLE_PREFIXES.includes(last.lower) && isInfinitive(last.lower + t.lower);
    };
    // (the second verb may end the sentence where nothing but its own main clause stands between: "Sie gehen zur
    // Bäckerei und fragen." — not in a clause of its own: "…, wo Sie wohnen und arbeiten.")
    const mainClauseEnd = () => /^[.;!]$/.test(toks[k + 1]?.text ?? '.') && !toks.slice(subj.verb, k).some((x) => x.text === ',' || (isWord(x) && SUBORDINATOR.test(x.lower)));
    // (or where a clause of its own follows its comma: "… und berichten, wie es gelaufen ist")
    const clauseAfter = () => toks[k + 1]?.text === ',' && isWord(toks[k + 2]) && /^(?:wie|ob|dass|wenn|was|warum|wann|wo|sobald|damit|weil)$/.test(toks[k + 2]!.lower) &&
      !toks.slice(subj.verb, k).some((x) => x.text === ',' || (isWord(x) && SUBORDINATOR.test(x.lower)));
    // ("werden" of a passive is no future: "Sie werden … vermittelt und nehmen dieses wahr" — the second verb is finite)
    const passiveBefore = () => verb.lower === 'werden' && isWord(toks[k - 2]) && !!infinitiveOfParticiple(toks[k - 2]!.lower);
    // ("bzw." joins like "oder": "Sie sind … schuldenfrei bzw. haben …")
    // (or a comma, in a list of her verbs in the main clause: "… melden Sie sich bei uns, reichen den Vertrag ein und …";
    // not a verb with its own "Sie" after it, nor an infinitive with "zu": "Sie planen, arbeiten zu gehen")
    const listed = !!prev && prev.text === ',' && toks[k + 1]?.text !== 'Sie' && subordinatorOf(toks, k - 1) < 0 &&
      !toks.slice(k, conjunctEnd(toks, k) + 1).some((x) => x.lower === 'zu');
    const joined = !!prev && (/^(und|oder)$/.test(prev.lower) || (prev.text === '.' && toks[k - 2]?.lower === 'bzw') || listed);
    // ("sind" too, which the lexicon has as no infinitive: "Sie pflegen … und sind … nicht verpflichtet"; after a modal
    // the infinitives stay, but a second modal is finite: "Sie dürfen … versenden, sollen aber …")
    if (subj.formal && joined && k > subj.verb && t.text === t.lower && (isVerbInfinitive(t.lower) || t.lower === 'sind' || withParticle()) &&
      (!isModal(verb.lower) || isModal(t.lower) || withParticle()) && (!/^(?:werden|wollen|möchten)$/.test(verb.lower) || passiveBefore()) && (isWord(toks[k + 1]) || mainClauseEnd() || clauseAfter())) {
      const f = conjugateFirst(t.lower, true);
      if (!f) return null;
      edits.push({ start: t.start, end: t.end, text: f });
      // a second request, its "Sie" after the verb ("… ein und teilen Sie … mit"): one subject, "ich", for both
      if (subj.imperative && toks[k + 1]!.text === 'Sie') {
        edits.push(deleteToken(s, toks[k + 1]!));
        handled.add(k + 1);
      }
      continue;
    }
    // a coordinated verb of the same subject, lower case ("…, Anfahrt mit …" is none): "ruft an und vereinbart" → "rufe an …"
    if (prev && /^(und|oder|sowie|,)$/.test(prev.lower) && k > subj.verb && isLower(t) && (isThirdPersonPresent(t.lower) || (prev.lower !== ',' && looksFinite(t) && /[^s]t$/.test(t.lower)))) {
      // after a comma, a form that is also a participle before a preposition may be no verb at all ("…, bevorzugt im
      // öffentlichen Dienst", "…, orientiert am Bedarf"): unsure
      const next = toks[k + 1];
      if (prev.lower === ',' && (INSEPARABLE_STARTS.some((p) => t.lower.startsWith(p)) || /iert$/.test(t.lower)) && isWord(next) && tagsOf(next.lower).includes('Preposition')) return null;
      // (a word alone after a comma at the end is a status, a participle: "…, Antrag liegt vor, genehmigt.")
      if (prev.lower === ',' && (!next || /^[.;)!]$/.test(next.text))) continue;
      // (in a subordinate clause whose subject is not hers it is that subject's: "…, wenn sich der Vorschuss ändert oder wegfällt")
      const sub = subordinatorOf(toks, k);
      if (sub >= 0 && !edits.some((e) => e.text === 'ich' && e.start > toks[sub]!.start && e.start < t.start)) continue;
      const f = conjugateFirst(t.lower, false);
      if (!f) return null;
      edits.push({ start: t.start, end: t.end, text: f });
      continue;
    }
    // after a comma, a word in "-iert" the lexicon knows only as an adjective may be her next verb ("Kd. druckt die
    // Stellenangebote aus, markiert passende …") or a word about her ("…, motiviert und pünktlich"): unsure
    // — her verb where an object follows it and "und" another verb ("…, markiert passende Angebote und bringt …")
    if (prev?.text === ',' && k > subj.verb && isLower(t) && /iert$/.test(t.lower) && isWord(toks[k + 1])) {
      const next = toks[k + 1]!, noun = toks[k + 2];
      const object = /^(?:den|die|das|einen|eine|ein|alle)$/.test(next.lower) || (/(?:e|en)$/.test(next.lower) && isLower(next) && isWord(noun) && isCapitalised(noun));
      const f = object && toks.some((x, j) => j > k + 2 && x.lower === 'und' && isWord(toks[j + 1]) && isThirdPersonPresent(toks[j + 1]!.lower)) ? conjugateFirst(t.lower, false) : null;
      if (!f) return null;
      edits.push({ start: t.start, end: t.end, text: f });
    }
  }
  const out = applyEdits(s.text, s.start, edits);
  return out;
}
