/**
 * The client as the owner of something: "die Kinder der Kundin" → "meine Kinder", "das Bewerberprofil von Herrn Osei"
 * → "mein Bewerberprofil", "Ziel des Kunden ist …" → "Mein Ziel ist …", "die Übersetzung der Zeugnisse des Kunden" →
 * "die Übersetzung meiner Zeugnisse", "für Herrn K.s Staplerschein" → "für meinen Staplerschein"; and a sentence that opens with the client's possessive ("Seine Sprachkenntnisse
 * sind gut." → "Meine Sprachkenntnisse sind gut."). The owned noun's article becomes "mein" with its ending; where
 * its gender, number or case is not sure, there is no fix.
 */
import { isVerbInfinitive, tagsOf } from '../language';
import { monthNumber } from '../months';
import { genderOf, genitiveBase, looksPlural, surelyPlural, type Gender } from '../nouns';
import { isCapitalised, tokenize, type Sentence, type Token } from '../tokens';
import { namedPersons } from '../people';
import { isPersonNoun } from './antecedents';
import { kinGender } from './possessives';
import { applyEdits, isLower, isWord, lastWordIndex, looksFinite, looksInfinitive, upperFirst, zuInfinitive, type Edit } from './common';

// Things of someone else that a plan may name by a person ("die Vertretung von Frau Lindner"): never the client's.
export const NOT_OWNED = /(?:vertretung|vertreter|vertreterin|kollege|kollegin|team|büro|sprechzeit|sprechzeiten|abwesenheit|urlaub|nachfolger|nachfolgerin|telefonnummer|durchwahl|postfach)$/;

// The article of the owned noun and its "mein" form, by gender and number ("der" is masculine nominative, or feminine
// and plural genitive/dative).
const MINE: Record<string, Partial<Record<Gender | 'pl', string>>> = {
  das: { n: 'mein' }, die: { f: 'meine', pl: 'meine' }, den: { m: 'meinen', pl: 'meinen' }, dem: { m: 'meinem', n: 'meinem' },
  des: { m: 'meines', n: 'meines' }, der: { m: 'mein', f: 'meiner', pl: 'meiner' },
  ein: { m: 'mein', n: 'mein' }, eine: { f: 'meine' }, einen: { m: 'meinen' }, einem: { m: 'meinem', n: 'meinem' },
  einer: { f: 'meiner' }, eines: { m: 'meines', n: 'meines' },
};

/**
 * The "mein" form for the owned noun phrase ending at token `noun` (its article and adjectives before it), as edits;
 * null when unsure. Without an article, at the start of the sentence (a heading: "Ziel des Kunden ist …") or after a
 * preposition with a known case, the possessive is added ("Mein Ziel", "für meine Arbeitsschuhe").
 */
export function ownedBy(s: Sentence, toks: Token[], noun: number, bareStart = true): Edit[] | null {
  const n = toks[noun];
  if (!isWord(n) || !isCapitalised(n) || NOT_OWNED.test(n.lower)) return null;
  let k = noun - 1;
  const adjs: Token[] = [];
  while (isWord(toks[k]) && isLower(toks[k]!) && /(?:e|en|er|es|em)$/.test(toks[k]!.lower) && !MINE[toks[k]!.lower]) adjs.unshift(toks[k--]!);
  const det = toks[k];
  // after "des"/"eines" the noun is a genitive ("des Antrags"): its gender is the base form's
  const genitive = isWord(det) && /^(?:des|eines)$/.test(det.lower);
  const g = genitive ? genderOf(genitiveBase(n.text) ?? '') : genderOf(n.text);
  const number: Gender | 'pl' | null = !genitive && looksPlural(n.text) ? 'pl' : g;
  if (isWord(det) && MINE[det.lower]) {
    // "der" before a masculine noun is its nominative; before a plural it is genitive or dative
    const form = number ? MINE[det.lower]![number] : undefined;
    if (!form) return null;
    const edits: Edit[] = [{ start: det.start, end: det.end, text: det.start === s.start ? upperFirst(form) : form }];
    // "das neue Profil" → "mein neues Profil", "der neue Vertrag" → "mein neuer Vertrag": ein-words want strong endings
    if ((det.lower === 'das' || (det.lower === 'der' && number === 'm')) && adjs.length) {
      for (const a of adjs) {
        if (!/e$/.test(a.lower)) return null;
        edits.push({ start: a.end, end: a.end, text: det.lower === 'das' ? 's' : 'r' });
      }
    }
    return edits;
  }
  if (adjs.length) return null;
  // no article: a heading-style start, or a preposition whose case is known
  const prev = toks[noun - 1];
  if (!prev || noun === 0) {
    if (!bareStart) return null;
    const form = number === 'pl' || number === 'f' ? 'Meine' : number ? 'Mein' : null;
    return form ? [{ start: n.start, end: n.start, text: `${form} ` }] : null;
  }
  if (number === 'pl' && isWord(prev) && tagsOf(prev.lower).includes('Preposition')) {
    const form = /^(?:für|um|durch|gegen|ohne)$/.test(prev.lower) ? 'meine' : /^(?:mit|von|bei|zu|nach|aus|seit)$/.test(prev.lower) ? 'meinen' : null;
    return form ? [{ start: n.start, end: n.start, text: `${form} ` }] : null;
  }
  return null;
}

/**
 * A sentence that opens with the client's possessive ("Seine Sprachkenntnisse sind sehr gut.", "Ihre Schwester betreut
 * die Kinder.") → "Meine …"; the client's other possessives in it too, and "ihn"/"ihm" for the client where the
 * sentence names no other man. Null when the sentence does not open so; no fix where another owner is possible.
 */
export function possessiveOpening(s: Sentence, continues?: 'm' | 'f'): { fix: string | null } | null {
  const toks = s.tokens;
  const t0 = toks[0];
  // (`continues`: the sentence goes on from one with the client of that gender as its subject — the possessive must be
  // hers, and may open in lower case after a semicolon)
  if (!isWord(t0) || (!isCapitalised(t0) && !continues) || !/^(?:sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/.test(t0.lower)) return null;
  if (continues && (t0.lower.startsWith('sein') ? 'm' : 'f') !== continues) return null;
  // (an opening "Ihr" in a sentence that addresses her as "Sie"/"Ihnen" later is the formal "Ihr", read with them:
  // "Ihr Fallmanager, Herr Haddad, begleitet Sie …")
  if (t0.text.startsWith('Ihr') && toks.some((t, k) => k > 0 && /^(?:Sie|Ihnen)$/.test(t.text))) return null;
  // (and what it owns is a person: "Sein Vermieter …", "ihre beiden Söhne …" — "Sein Beginn …" after "… einen Vertrag
  // unterschrieben" is the contract's)
  if (continues) {
    const owned = toks.find((t, k) => k > 0 && isWord(t) && isCapitalised(t));
    if (!owned || !isPersonNoun(owned.text)) return null;
  }
  const next = toks[1];
  if (!isWord(next) || !(isCapitalised(next) || /(?:e|en|er|es|em)$/.test(next.lower))) return null;
  // a clause with its own verb, not a fragment ("Seine Zeugnisse übersetzen lassen" is one)
  // (a verb in the plural looks like an infinitive, but not at the end: "Ihre beiden Söhne besuchen die Ganztagsschule")
  const last = lastWordIndex(toks);
  const pluralVerb = (t: Token, k: number) => k < last && isWord(t) && isLower(t) && /en$/.test(t.lower) && isVerbInfinitive(t.lower);
  // (an infinitive at the end after a finite verb is the clause's own: "Sein Aufenthaltstitel ist … gültig und muss …
  // verlängert werden")
  // (only a thing she owns, in one clause: "Seine Ehefrau soll … anlegen" is another's duty)
  const ownedNoun = toks.find((t, k) => k > 0 && isWord(t) && isCapitalised(t));
  const finite = toks.some((t, k) => k > 1 && looksFinite(t)) && !toks.some((t) => t.text === ',') && !!ownedNoun && !isPersonNoun(ownedNoun.text);
  // ("Ihr Ziel ist es, … zu beginnen": "es" and its zu-infinitive after the comma are one clause's)
  const itsInfinitive = toks[2]?.lower === 'ist' && toks[3]?.lower === 'es' && toks[4]?.text === ',' && !!zuInfinitive(toks, last) && !isPersonNoun(toks[1]!.text);
  if ((looksInfinitive(toks[last]) && !finite && !itsInfinitive) || !toks.some((t, k) => k > 1 && (looksFinite(t) || pluralVerb(t, k)))) return null;
  const stem = t0.lower.startsWith('sein') ? 'sein' : 'ihr';
  // a person of the owner's gender named later ("Ihr Ehemann arbeitet …, deshalb übernimmt Frau Karimi …") may be the
  // owner — then she is the client, still in the third person next to "mein" — or someone else: no sure fix
  const owner = stem === 'sein' ? 'm' : 'f';
  // (not the one the opening names: "Sein Bewährungshelfer Herr Fink …")
  // (nor the noun it owns: "Seine Frau und zwei Kinder …" is his wife)
  if (namedPersons(toks).some((p) => p.from !== 2 && p.from !== 1 && (p.gender === owner || p.gender === null))) return { fix: null };
  const mine = 'mein' + t0.lower.slice(stem.length);
  const edits: Edit[] = [{ start: t0.start, end: t0.end, text: isCapitalised(t0) ? upperFirst(mine) : mine }];
  const verb = toks.findIndex((t, k) => k > 1 && isWord(t) && isLower(t) && /^(?:ist|sind|hat|haben|wird|werden)$|t$/.test(t.lower));
  for (const [k, t] of toks.entries()) {
    if (k === 0 || !isWord(t)) continue;
    if (t.lower.startsWith(stem) && /^(?:sein|ihr)(?:e[mnrs]?)?$/.test(t.lower)) { edits.push({ start: t.start, end: t.end, text: 'mein' + t.lower.slice(stem.length) }); continue; }
    if (/^(?:sein|ihr)(?:e[mnrs]?)?$/.test(t.lower)) return { fix: null }; // someone else's
    if (/^(?:er|sie)$/.test(t.lower)) return { fix: null }; // the client, or the thing just named?
    if (/^(?:ihn|ihm)$/.test(t.lower)) {
      // "Sein Bewährungshelfer Herr Fink unterstützt ihn": the subject is not "ihn"; nobody else is named after the verb
      if (stem !== 'sein' || verb < 0 || k < verb) return { fix: null };
      if (namedPersons(toks).some((p) => p.from > verb && p.from < k)) return { fix: null };
      if (toks.slice(verb + 1, k).some((x) => isWord(x) && isCapitalised(x) && genderOf(x.text) === 'm')) return { fix: null };
      edits.push({ start: t.start, end: t.end, text: t.lower === 'ihn' ? 'mich' : 'mir' });
    }
  }
  return { fix: applyEdits(s.text, s.start, edits) };
}

// the "mein" form of an owned noun in a case the sentence gives it, by its gender or the plural
const MINE_IN: Record<'nom' | 'acc' | 'dat', Record<Gender | 'pl', string>> = {
  nom: { m: 'mein', f: 'meine', n: 'mein', pl: 'meine' },
  acc: { m: 'meinen', f: 'meine', n: 'mein', pl: 'meine' },
  dat: { m: 'meinem', f: 'meiner', n: 'meinem', pl: 'meinen' },
};
// words of time that may follow a name ending in "s" without being owned by it ("lädt Frau Albers Anfang Mai ein")
const TIME_AFTER_NAME = /^(?:anfang|ende|mitte|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|woche|monat|jahr)$/;

/**
 * The client's name in the genitive before the noun she owns: "Herrn K.s Staplerschein", "Frau Mendes' Zeugnissen",
 * "Frau Aydins Sohn" (tokens [from, to) are the name). The owned noun's index, or -1 when the name is no such genitive.
 */
export function saxonGenitiveNoun(toks: Token[], from: number, to: number): number {
  const last = toks[to - 1]!;
  let k = to;
  // "K.s": the genitive "s" right after the initial's full stop; "Mendes'": an apostrophe after a name in s, x, z or ß
  if (isWord(toks[k]) && toks[k]!.text === 's' && toks[k]!.start === last.end) k++;
  else if (toks[k]?.text === "'" && toks[k]!.start === last.end && /[sxzß]$/.test(last.text)) k++;
  else if (!(to - from >= 2 && isWord(last) && /s$/.test(last.text))) return -1;
  const noun = toks[k];
  if (!isWord(noun) || !isCapitalised(noun) || TIME_AFTER_NAME.test(noun.lower) || monthNumber(noun.text) !== null) return -1;
  return k;
}

/**
 * The edit that makes the client's genitive name "mein" in the owned noun's case ("für Herrn K.s Staplerschein" →
 * "für meinen Staplerschein", "von Frau Mendes' Zeugnissen" → "von meinen Zeugnissen", "Frau D.s Mutter …" → "Meine
 * Mutter …"): from the name to the noun. Null where the noun's gender or number is not sure, or an adjective stands
 * between (its ending after "mein" may differ: "Frau N.s neue Zeugnisse" → "meine neuen Zeugnisse").
 */
export function saxonOwned(s: Sentence, toks: Token[], from: number, noun: number, grammaticalCase: 'nom' | 'acc' | 'dat'): Edit | null {
  const n = toks[noun]!;
  if (NOT_OWNED.test(n.lower)) return null;
  const number: Gender | 'pl' | null = surelyPlural(n.text) ? 'pl' : looksPlural(n.text) ? null : genderOf(n.text);
  if (!number) return null;
  // "die Förderung von Frau N.s Fahrausbildung": a "von" after a noun stands for a genitive, which a feminine noun
  // takes without a change of its own — "die Förderung meiner Fahrausbildung"
  const von = toks[from - 1];
  const head = toks[from - 2];
  // (so does a plural, losing the dative's "-n": "von Herrn Haddads Zeugnissen" → "meiner Zeugnisse")
  if (grammaticalCase === 'dat' && (number === 'f' || number === 'pl') && isWord(von) && von.lower === 'von' && isWord(head) && isCapitalised(head) && from - 2 > 0) {
    if (number === 'f') return { start: von.start, end: n.start, text: 'meiner ' };
    const base = /[^n]n$/.test(n.text) && surelyPlural(n.text.slice(0, -1)) ? n.text.slice(0, -1) : /(?:en|ern|eln)$/.test(n.text) ? n.text : null;
    if (base) return { start: von.start, end: n.end, text: `meiner ${base}` };
  }
  const start = toks[from]!.start;
  const form = MINE_IN[grammaticalCase][number];
  return { start, end: n.start, text: `${start === s.start ? upperFirst(form) : form} ` };
}

/**
 * A note that opens with a bare family noun and goes on about a man as "ihn"/"ihm" ("Ehefrau unterstützt ihn bei der
 * Blutzuckerkontrolle"): in the others' heading the family is the client's and the man is he, read as "Seine
 * Ehefrau …" → "Meine Ehefrau unterstützt mich …". Only with the noun's verb right after it, no "sie"/"ihr" (which
 * could be a woman or the children), and no one named; null otherwise.
 */
export function bareKinOpening(s: Sentence): { fix: string | null } | null {
  const toks = s.tokens;
  const t0 = toks[0], v = toks[1];
  const g = isWord(t0) && isCapitalised(t0) ? kinGender(t0.lower) : null;
  if (!g || !isWord(v) || !isLower(v) || !looksFinite(v)) return null;
  const words = toks.filter(isWord).map((t) => t.text);
  if (!words.some((w) => w === 'ihn' || w === 'ihm') || words.some((w) => /^(?:sie|ihr\p{L}*|Sie|Ihr\p{L}*|Ihnen)$/u.test(w)) || namedPersons(toks).length) return null;
  const text = `${g === 'm' || g === 'n' ? 'Sein' : 'Seine'} ${s.text}`;
  const own = possessiveOpening({ start: 0, end: text.length, text, tokens: tokenize(text) });
  return own?.fix ? own : null;
}
