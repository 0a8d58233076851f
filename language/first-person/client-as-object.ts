/**
 * The client as an object in someone else's sentence, mostly in the job centre's and others' headings: "für den
 * Kunden" → "für mich", "schickt Herrn Nowak" → "schickt mir", the named client as a passive subject ("Herr
 * Al-Masri wird … angemeldet"), and "er"/"sie" where only the client can be meant.
 */
import { tagsOf, isThirdPersonPresent } from '../language';
import { namedPersons } from '../people';
import type { Sentence, Token } from '../tokens';
import { applyEdits, clauseEndIndex, conjugateVerbFinal, isWord, looksFinite, PREP_CASE, SUBORDINATOR, type Edit } from './common';
import { POSSESSIVE, toMine } from './possessives';
import { rewriteThirdPerson } from './third-person';

// Verbs whose personal object is dative ("schickt mir") or accusative ("begleitet mich").
const DATIVE_OBJECT = /^(schickt|sendet|übersendet|übermittelt|gibt|hilft|bietet|zeigt|erklärt|nennt|stellt|bewilligt|zahlt|erstattet|empfiehlt|vermittelt|schreibt|leitet|steht|händigt|teilt|macht)$/;
const ACCUSATIVE_OBJECT = /^(berät|begleitet|unterstützt|informiert|lädt|ruft|meldet|betreut|coacht|fördert|kontaktiert|vermittelt|besucht|fragt|erinnert|schult|trainiert|beteiligt)$/;

/** Client references in object position ("für den Kunden" → "für mich", "schickt Herrn Nowak" → "schickt mir"). */
export function rewriteClientObjects(s: Sentence, refs: Array<{ from: number; to: number; start: number; end: number; gender: 'm' | 'f' | null }>): string | null {
  const edits: Edit[] = [];
  let gender: 'm' | 'f' | null = null;
  for (const r of refs) {
    const det = s.tokens[r.from]!;
    const before = s.tokens[r.from - 1];
    const prep = before ? tagsOf(before.lower).includes('Preposition') : false;
    const afterVerb = !!before && looksFinite(before);
    let p: string | undefined;
    if (before && SUBORDINATOR.test(before.lower) && /^(der|die)$/.test(det.lower)) {
      const end = clauseEndIndex(s.tokens, r.to - 1);
      const f = end >= r.to ? conjugateVerbFinal(s.tokens[end]!) : null;
      if (!f) return null;
      edits.push({ start: s.tokens[end]!.start, end: s.tokens[end]!.end, text: f });
      p = 'ich';
    } else if (det.lower === 'herrn' || det.lower === 'frau' || det.lower === 'herr') {
      // a named client after the verb takes the verb's case, after a preposition the preposition's
      if (afterVerb) p = DATIVE_OBJECT.test(before!.lower) ? 'mir' : ACCUSATIVE_OBJECT.test(before!.lower) ? 'mich' : undefined;
      else if (before && PREP_CASE[before.lower]) p = PREP_CASE[before.lower];
      else return null;
    } else {
      if (r.from === r.to - 1) return null;
      p = ({ dem: 'mir', den: 'mich' } as Record<string, string>)[det.lower];
      const noun = s.tokens[r.to - 1]!.lower;
      if (!p && det.lower === 'der' && /(?:in|en|elb)$/.test(noun) && (prep || afterVerb)) p = 'mir';
      if (!p && det.lower === 'die' && r.from > 0 && (prep || afterVerb)) p = 'mich';
    }
    if (!p) return null;
    gender = r.gender;
    edits.push({ start: r.start, end: r.end, text: p });
  }
  // the client's possessives: "bei seiner Therapie" → "bei meiner Therapie"
  for (const t of s.tokens) {
    if (!POSSESSIVE.test(t.lower)) continue;
    const isSein = t.lower.startsWith('sein');
    if ((isSein && gender === 'm') || (!isSein && gender === 'f')) edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
    else return null;
  }
  return edits.length ? applyEdits(s.text, s.start, edits) : null;
}

/**
 * In the job centre's and others' sections, with no "mir/mich" anywhere, a named person is the client when they
 * stand right after the verb ("schickt Herrn Nowak …"), or behind a preposition with their own possessive later
 * ("erstellt mit Frau Nowak eine Übersicht ihrer Schulden").
 */
export function namedClientObjects(toks: Token[], fp: boolean): Array<{ from: number; to: number; start: number; end: number; gender: 'm' | 'f' | null }> {
  if (fp) return [];
  return namedPersons(toks).filter((p) => {
    if (p.from > 1 && looksFinite(toks[p.from - 1]!)) return true;
    const prep = toks[p.from - 1];
    if (!prep || !PREP_CASE[prep.lower]) return false;
    const own = p.gender === 'f' ? /^ihr(e[mnrs]?)?$/ : p.gender === 'm' ? /^sein(e[mnrs]?)?$/ : null;
    return !!own && toks.slice(p.to).some((t) => own.test(t.lower));
  });
}

const PASSIVE_PARTICIPLE = /^(?:ge\p{L}+(?:t|en)|\p{L}+iert|\p{L}*ge\p{L}+(?:t|en))$/u;

/**
 * A named person as the subject of a passive ("Herr Al-Masri wird … angemeldet") has something done to
 * them: in the job centre's section that is the client, not the one who acts.
 */
export function isPassiveSubject(toks: Token[], p: { from: number; to: number }): boolean {
  const aux = toks[p.to];
  if (!isWord(aux) || !/^(wird|werden)$/.test(aux.lower)) return false;
  const end = clauseEndIndex(toks, p.to);
  return end > p.to && PASSIVE_PARTICIPLE.test(toks[end]!.lower);
}

/**
 * In the job centre's and others' sections "er"/"sie" is the client when nothing else can be meant:
 * at the start of an entry's first sentence ("Sie erhält vom Jobcenter …"), or in a subordinate clause
 * whose main clause names a person of the other gender ("Frau Becker fragt nach, ob er …").
 */
export function clientPronounOutsideClientSections(s: Sentence, firstSentence: boolean): { fix: string | null } | null {
  const toks = s.tokens;
  const persons = namedPersons(toks);
  const t0 = toks[0];
  if (firstSentence && isWord(t0) && /^(er|sie)$/.test(t0.lower) && !persons.length && isWord(toks[1]) && isThirdPersonPresent(toks[1].lower)) {
    return { fix: rewriteThirdPerson(s, { from: 0, to: 1, verb: 1, inverted: false, ref: { gender: t0.lower === 'er' ? 'm' : 'f', type: 'pronoun' }, formal: false }) };
  }
  const subjectGender = persons[0]?.from === 0 ? persons[0].gender : null;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!/^(er|sie)$/.test(t.lower) || !SUBORDINATOR.test(toks[k - 1]!.lower)) continue;
    const other = (t.lower === 'er' && subjectGender === 'f') || (t.lower === 'sie' && subjectGender === 'm');
    if (!other) continue;
    const end = clauseEndIndex(toks, k);
    const v = toks[end]!;
    const f = end > k ? conjugateVerbFinal(v) : null;
    return { fix: f ? applyEdits(s.text, s.start, [{ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f }]) : null };
  }
  return null;
}
