/**
 * The client as the one something is given to, opening an entry: "Ihnen wird ein AVGS … ausgestellt", "Ihm wird ein Platz
 * … angeboten", "Ihr wird empfohlen, sich … zu informieren" → "Mir wird …".
 */
import { clientNouns, namedPersons } from '../people';
import type { Sentence } from '../tokens';
import { otherCandidate } from './antecedents';
import { applyEdits, dativeReflexive, type Edit, FORMAL_WORD, isLower, isWe, isWord, looksFinite, reflexiveHasObject, upperFirst } from './common';
import { formalEdits } from './formal-address';
import { ownsNext, POSSESSIVE, toMine } from './possessives';

/** "Ihnen/Ihm wird … angeboten" opening someone else's sentence: the client given something; null when it is not so. */
export function givenToClient(s: Sentence): { fix: string | null; formal: boolean } | null {
  const toks = s.tokens;
  const t0 = toks[0];
  // ("Ihr" only before "wird"/"wurde", where it owns nothing: "Ihr wird empfohlen, …"; a hurried note's "ihm"/"ihr" in
  // lower case as its first word is the same)
  const word = isWord(t0) && t0.start === 0 && /^(?:ihm|ihr)$/.test(t0.text) ? upperFirst(t0.text) : t0?.text;
  if (!isWord(t0) || !/^(?:Ihnen|Ihm|Ihr)$/.test(word ?? '') || !isWord(toks[1]) || !looksFinite(toks[1]) || (word === 'Ihr' && !/^(?:wird|wurde|soll|sollte|kann|muss)$/.test(toks[1].lower))) return null;
  // (a contact named inside brackets is not the one given anything: "(Träger: BBQ, Ansprechpartner Hr. Ferreira)")
  const inBrackets = (k: number) => toks.slice(0, k).filter((t) => t.text === '(').length > toks.slice(0, k).filter((t) => t.text === ')').length;
  if (toks.some(isWe) || namedPersons(toks).some((p) => !inBrackets(p.from)) || clientNouns(toks).length) return null;
  const formal = t0.text === 'Ihnen';
  const opening: Edit = { start: t0.start, end: t0.end, text: 'Mir' };
  if (!formal) {
    // (her possessive before its noun is hers, "um seine Belastbarkeit zu erproben" → "meine", where no one else of her
    // gender is named; any other word of hers would need its own case — no fix)
    const g = word === 'Ihm' ? 'm' : 'f';
    const mine: Edit[] = [];
    const his = toks.some((t, k) => {
      if (k === 0 || !isWord(t)) return false;
      if (FORMAL_WORD.test(t.text)) return true;
      if (!(g === 'm' ? /^(?:er|ihn|ihm|sein\p{L}*)$/u : /^(?:sie|ihr\p{L}*)$/u).test(t.text)) return false;
      if (!POSSESSIVE.test(t.lower) || !ownsNext(t, toks[k + 1], toks[k - 1]) || otherCandidate(toks, 1, k, g, false)) return true;
      mine.push({ start: t.start, end: t.end, text: toMine(t.text) });
      return false;
    });
    // her "sich" in the zu-infinitive after it is "mich"/"mir" ("…, sich bei der IHK … zu informieren")
    const own = toks.flatMap((t, k) => {
      const z = t.lower === 'sich' ? toks.findIndex((u, j) => j > k && u.lower === 'zu' && isWord(toks[j + 1]) && isLower(toks[j + 1]!)) : -1;
      return z > 0 ? [{ start: t.start, end: t.end, text: dativeReflexive(toks[z + 1]!.lower) || reflexiveHasObject(toks, k, z - 1) ? 'mir' : 'mich' }] : [];
    });
    const unsure = his || own.length < toks.filter((t) => t.lower === 'sich').length;
    return { fix: unsure ? null : applyEdits(s.text, s.start, [opening, ...own, ...mine]), formal };
  }
  const inner = formalEdits(s);
  if (inner === null) return { fix: null, formal };
  return { fix: applyEdits(s.text, s.start, inner.some((e) => e.start === t0.start) ? inner : [opening, ...inner]), formal };
}
