/**
 * Infinitive fragments: "Bewerbungen schreiben." → "Ich schreibe Bewerbungen."; coordinated ones share the object
 * as a pronoun ("Lebenslauf aktualisieren und an Frau Berger schicken" → "… und schicke ihn an Frau Berger"); in
 * the goal headings "Ich möchte …". A bare singular noun gets its article, or there is no fix.
 */
import { firstPersonOf, tagsOf } from '../language';
import { splitSeparable } from '../lexicon';
import { genderOf, looksPlural, type Gender } from '../nouns';
import { isCapitalised, type Sentence } from '../tokens';
import { agentPhrase } from './agent';
import { applyEdits, ARTICLE_ACC, DATIVE_REFLEXIVE, isFunctionWord, isLower, isWord, lastWordIndex, looksInfinitive, lowerFirst, PRONOUN_ACC, type Edit, type Voice } from './common';
import { POSSESSIVE, toMine } from './possessives';

/**
 * Rewrites an infinitive fragment: "Bewerbungen schreiben." → "Ich schreibe Bewerbungen.",
 * "Lebenslauf aktualisieren und an Frau Dr. Berger schicken." → "Ich aktualisiere den Lebenslauf und schicke ihn an Frau Dr. Berger."
 */
export function rewriteInfinitive(s: Sentence, voice: Voice): string | null {
  const toks = s.tokens;
  const last = lastWordIndex(toks);
  // "… durch den Ärztlichen Dienst feststellen": someone else acts; the client only has it done — no sure fix
  if (agentPhrase(toks, 0) !== 'none') return null;
  // parts joined by "und"/"oder" right after an infinitive
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k < last; k++) {
    if (/^(und|oder)$/.test(toks[k]!.lower) && looksInfinitive(toks[k - 1])) {
      parts.push([from, k - 1]);
      from = k + 1;
    }
  }
  parts.push([from, last]);
  if (voice === 'wish' && parts.length > 1) return null;
  const slice = (a: number, b: number) => (b >= a ? s.text.slice(toks[a]!.start - s.start, toks[b]!.end - s.start) : '');
  const out: string[] = [];
  let sharedObject: Gender | 'pl' | null = null;
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    const inf = toks[b]!;
    if (!looksInfinitive(inf)) return null;
    const [particle, base] = splitSeparable(inf.lower);
    const first = firstPersonOf(base);
    if (!first) return null;
    let middle = slice(a, b - 1);
    const head = toks[a];
    const edits: Edit[] = [];
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      if (t.lower === 'sich') edits.push({ start: t.start, end: t.end, text: DATIVE_REFLEXIVE.has(inf.lower) ? 'mir' : 'mich' });
      // in a fragment about the client, "seine"/"ihre" are the client's own: "meine"
      else if (POSSESSIVE.test(t.lower) && isWord(toks[k + 1]) && (isCapitalised(toks[k + 1]!) || isLower(toks[k + 1]!))) edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
      else if (POSSESSIVE.test(t.lower)) return null;
    }
    if (edits.length) middle = applyEdits(middle, toks[a]!.start, edits);
    if (head && a < b) {
      if (isCapitalised(head) && !isFunctionWord(head) && head.lower !== 'sich') {
        if (looksPlural(head.text)) sharedObject = p === 0 ? 'pl' : sharedObject;
        else {
          // "Lebenslauf aktualisieren": a bare singular noun needs its article
          const g = genderOf(head.text);
          if (!g) return null;
          middle = `${ARTICLE_ACC[g]} ${middle}`;
          if (p === 0) sharedObject = g;
        }
      } else middle = lowerFirst(middle);
    }
    // "… und an Frau Berger schicken": the object of the first part, as a pronoun
    if (p > 0 && sharedObject && (a === b || (head && tagsOf(head.lower).includes('Preposition')))) middle = [PRONOUN_ACC[sharedObject], middle].filter(Boolean).join(' ');
    if (voice === 'wish') out.push(['Ich möchte', middle, inf.lower].filter(Boolean).join(' '));
    else out.push([p === 0 ? 'Ich' : '', first, middle, particle].filter(Boolean).join(' '));
    if (p < parts.length - 1) out.push(toks[b + 1]!.lower);
  }
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start).trimStart() : '.';
  return out.join(' ') + (endPunct || '.');
}
