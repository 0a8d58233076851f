/** Possessives of the client: "sein"/"ihr" with any ending → "mein" with the same ending ("seinen" → "meinen"). */
import { isThirdPersonPresent } from '../language';
import { INSTITUTION_GENDER } from '../lexicon';
import { isCapitalised, tokenize, type Token } from '../tokens';
import { ICH_WORD, PREP_CASE, upperFirst, WE_TOGETHER } from './common';

export const POSSESSIVE = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/;

/**
 * Does the possessive `t` stand before what it owns — a noun, or an adjective of its noun phrase ("ihre beiden
 * Kinder")? A bare "ihr" before anything else is the pronoun ("mit ihr nochmal besprechen"), not "mein".
 */
export function ownsNext(t: Token, next: Token | undefined, prev?: Token): boolean {
  if (!next || next.kind !== 'word') return false;
  // after a preposition with the dative a possessive has its ending ("mit ihrem …"): a bare "ihr" is the pronoun
  if (t.lower === 'ihr' && prev?.kind === 'word' && PREP_CASE[prev.lower] === 'mir') return false;
  if (next.text !== next.lower) return true;
  // (after a bare "ihr" an adjective ends in -es or -er: "ihr neues Auto"; "was ihr gefallen hat" is the pronoun)
  return t.lower === 'ihr' ? /(?:es|er)$/.test(next.lower) : /(?:e|en|er|es|em)$/.test(next.lower);
}
/**
 * "seinen" → "meinen". The capital stays only where the word opens the sentence (`atStart`): the formal "Ihre" inside
 * a sentence becomes "meine".
 */
export function toMine(word: string, atStart = false): string {
  const ending = word.toLocaleLowerCase('de').replace(/^(sein|ihr)/, '');
  const out = 'mein' + ending;
  return atStart ? upperFirst(out) : out;
}

type Kin = 'm' | 'f' | 'n' | 'pl';
const GRANDPARENT = /^(?:großmutter|großvater|oma|opa)$/;
// The client's family, as case workers name it: in a sentence in her own voice "die Tochter" is "meine Tochter".
const KIN: Record<string, Kin> = {
  vater: 'm', sohn: 'm', bruder: 'm', ehemann: 'm', partner: 'm', lebensgefährte: 'm', enkel: 'm', großvater: 'm', opa: 'm',
  mutter: 'f', tochter: 'f', schwester: 'f', ehefrau: 'f', partnerin: 'f', lebensgefährtin: 'f', enkelin: 'f', großmutter: 'f', oma: 'f', familie: 'f',
  kind: 'n', kinder: 'pl', eltern: 'pl', söhne: 'pl', töchter: 'pl', geschwister: 'pl', enkelkinder: 'pl',
  schwiegervater: 'm', stiefvater: 'm', stiefsohn: 'm', onkel: 'm', neffe: 'm', cousin: 'm',
  schwiegermutter: 'f', stiefmutter: 'f', stieftochter: 'f', tante: 'f', nichte: 'f', cousine: 'f', schwiegereltern: 'pl',
};
/** Is `lower` a word for a member of the client's family ("tochter", "kinder", "ehemann")? */
export const isKin = (lower: string): boolean => lower in KIN;
/** The gender (or plural) of a word for a member of the client's family; null for any other word. */
export const kinGender = (lower: string): Kin | null => KIN[lower] ?? null;
/** Is a member of her family named among these words? */
export const hasKin = (toks: readonly Token[]): boolean => toks.some((t) => t.kind === 'word' && isKin(t.lower));
// The definite article before a family noun → the possessive in the same case (by the noun's gender).
const MINE_FOR_ARTICLE: Record<Kin, Record<string, string>> = {
  m: { der: 'mein', den: 'meinen', dem: 'meinem', des: 'meines' },
  f: { die: 'meine', der: 'meiner' },
  n: { das: 'mein', dem: 'meinem', des: 'meines' },
  pl: { die: 'meine', den: 'meinen', der: 'meiner' },
};
// A family noun without article ("für Tochter Maja", "Ehemann Samir übernimmt …"): by the preposition's case.
const MINE_FOR_CASE: Record<'nom' | 'acc' | 'dat', Record<Kin, string>> = {
  nom: { m: 'mein', f: 'meine', n: 'mein', pl: 'meine' },
  acc: { m: 'meinen', f: 'meine', n: 'mein', pl: 'meine' },
  dat: { m: 'meinem', f: 'meiner', n: 'meinem', pl: 'meinen' },
};

/**
 * In a sentence in the client's own voice, her family takes "mein": "Die Tochter Rania begleitet mich" → "Meine
 * Tochter Rania …", "für Tochter Maja" → "für meine Tochter Maja", "mit dem Sohn" → "mit meinem Sohn". Left alone:
 * a family member with an adjective before it, one who is someone else's ("die Tochter von Frau Kaya", "die Mutter
 * meines Mannes"), a bare plural after a preposition ("eine Tagespflege für Kinder": anyone's), and a bare noun after a
 * preposition whose case is not sure.
 */
export function ownFamily(text: string): string {
  const tokens = tokenize(text);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    // (a bare "Frau"/"Mann" opening a clause before its verb is the spouse, not a title: "…; Frau ist ab Febr. im
    // Sprachkurs" → "…; meine Frau ist …")
    const spouse = (t.text === 'Frau' || t.text === 'Mann') && (!before || /^[;–]$/.test(before.text)) && next?.kind === 'word' && next.text === next.lower && isThirdPersonPresent(next.lower);
    const kin = t.kind === 'word' && isCapitalised(t) ? KIN[t.lower] ?? (spouse ? (t.text === 'Frau' ? 'f' : 'm') : undefined) : undefined;
    if (!kin) continue;
    // someone else's: "von Frau Kaya", "meines Mannes", "der Nachbarin"
    if (next && next.kind === 'word' && /^(?:von|vom|des|der|meines|meiner|seines|seiner|ihres|ihrer)$/.test(next.lower)) continue;
    // a grandparent with an article is mostly the children's ("ob die Großmutter die Kinder betreuen kann"), not hers
    if (GRANDPARENT.test(t.lower) && before?.kind === 'word' && /^(?:der|die|das|den|dem|des)$/.test(before.lower)) continue;
    if (before && before.kind === 'word' && /^(?:der|die|das|den|dem|des)$/.test(before.lower)) {
      const mine = MINE_FOR_ARTICLE[kin][before.lower];
      if (mine) edits.push({ start: before.start, end: before.end, text: before.text[0] === 'D' ? upperFirst(mine) : mine });
      continue;
    }
    // a bare family word beside a word that is no family's is the thing in general: "Vereinbarkeit von Familie und Beruf"
    const beside = (w: Token | undefined, x: Token | undefined) => w?.kind === 'word' && /^(?:und|oder)$/.test(w.lower) && x?.kind === 'word' && isCapitalised(x) && !KIN[x.lower];
    if (beside(next, tokens[i + 2]) || beside(before, tokens[i - 2])) continue;
    // a bare plural after a preposition is anyone's: "eine Tagespflege für Kinder", "Beratung für Eltern"
    if (kin === 'pl' && before && !/^[\p{Lu}\d(]/u.test(next?.text ?? '')) continue;
    const start = !before;
    // (a clause's subject after a semicolon or a dash, before its verb: "…; Tochter geht ab August in die Kita")
    const clauseSubject = !!before && /^[;–]$/.test(before.text) && next?.kind === 'word' && next.text === next.lower && isThirdPersonPresent(next.lower);
    const c = start || clauseSubject ? 'nom' : before.kind === 'word' ? ({ mir: 'dat', mich: 'acc' } as const)[PREP_CASE[before.lower] as 'mir' | 'mich'] : undefined;
    if (!c) continue;
    const mine = MINE_FOR_CASE[c][kin];
    edits.push({ start: t.start, end: t.start, text: `${start ? upperFirst(mine) : mine} ` });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * A sentence's rewrite as it goes into the entry: in lower case after a semicolon ("…; ich richte …"); her family with
 * "mein" in her own voice ("Die Tochter Rania begleitet mich" → "Meine Tochter …"); with a full stop where it ends an
 * entry in the client's own headings (`endsOwnEntry`): there the rewrite is her sentence.
 */
export function finishRewrite(text: string, afterSemicolon: boolean, endsOwnEntry: boolean): string {
  let out = afterSemicolon ? text.replace(/^(?:Ich|Mein\p{L}*|Mir|Mich|Der|Die|Das)(?![\p{L}])/u, (w) => w.toLocaleLowerCase('de')) : text;
  // (not where she acts with someone: "Mein Mann und ich klären, wer die Kinder …" — theirs, not hers alone)
  if (ICH_WORD.test(out) && !WE_TOGETHER.test(out)) out = ownFamily(out);
  out = articleBeforeOffice(out);
  if (endsOwnEntry && !/[.!?:;)“”"']\s*$/.test(out)) out += '.';
  return out;
}

// the article a preposition that always takes one case gives an office by its gender, contracted where German does
const OFFICE_ARTICLE: Record<string, Record<'m' | 'f' | 'n', string>> = {
  bei: { m: 'beim', n: 'beim', f: 'bei der' },
  zu: { m: 'zum', n: 'zum', f: 'zur' },
  von: { m: 'vom', n: 'vom', f: 'von der' },
  mit: { m: 'mit dem', n: 'mit dem', f: 'mit der' },
  aus: { m: 'aus dem', n: 'aus dem', f: 'aus der' },
  für: { m: 'für den', n: 'für das', f: 'für die' },
  durch: { m: 'durch den', n: 'durch das', f: 'durch die' },
};
/**
 * A note's office without its article, once it is a sentence: "Ich melde mich bei AA" → "Ich melde mich bei der AA",
 * "Termin bei JC" → "beim JC". (After "an", "in", "auf" the case depends on the verb: left, and the check of the
 * finished rewrite takes such a fix away.)
 */
export function articleBeforeOffice(text: string): string {
  // (only in her sentence: a note that stays a note keeps its shorthand; not before "und": "von ÄD und BPS" would need
  // an article for each)
  if (!/(?<![\p{L}])ich(?![\p{L}])/iu.test(text)) return text;
  return text.replace(/(?<![\p{L}])(bei|zu|von|mit|aus|für|durch)\s+([\p{L}-]+)(?![\p{L}\d-])(?!\s*(?:und|oder|sowie|bzw\.|\/|&)(?![\p{L}]))/giu, (all, prep: string, word: string) => {
    const g = INSTITUTION_GENDER[word];
    const art = g && OFFICE_ARTICLE[prep.toLocaleLowerCase('de')]?.[g];
    if (!art) return all;
    return `${prep[0] === prep[0]!.toLocaleUpperCase('de') ? upperFirst(art) : art} ${word}`;
  });
}
