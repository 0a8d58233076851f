/**
 * "soll" made hers: a note's "Kd. soll sich … melden" rewritten as "Ich soll mich … melden" keeps the office's voice.
 * Among her steps the step is said as she does it ("Ich melde mich … "), under her goals as what she wants ("Ich möchte
 * …"). Only where the sentence opens with "Ich soll"/"Ich sollte" and the rest reads as a step of hers; otherwise the
 * rewrite stays as it is.
 */
import { tokenize } from '../tokens';
import type { Voice } from './common';
import { rewriteInfinitive } from './infinitive';

const SHOULD = /^(Ich|ich) (?:soll|sollte) /;

export function withoutShould(fix: string, voice: Voice): string {
  const m = SHOULD.exec(fix);
  if (!m) return fix;
  const end = /[.;!]$/.test(fix) ? fix.slice(-1) : '';
  const rest = fix.slice(m[0].length, fix.length - end.length);
  // (not a perfect infinitive, "… wieder begonnen haben", nor a passive, "… vorgestellt werden": the office's frame)
  if (/(?:^|\s)\p{L}+(?:t|en) (?:haben|sein|werden)$/u.test(rest)) return fix;
  if (voice === 'wish') return `${m[1]} möchte ${fix.slice(m[0].length)}`;
  // (a clause after a comma may be anyone's: "…, die nicht genau Ihrem Wunschberuf entsprechen")
  if (voice !== 'own' || rest.includes(',')) return fix;
  // her reflexive right after "soll" is the step's own ("Ich soll mich … melden" → "Ich melde mich …")
  const text = rest.replace(/^(?:mich|mir) /, 'sich ') + (end === ';' ? '.' : end || '.');
  const r = rewriteInfinitive({ start: 0, end: text.length, text, tokens: tokenize(text) }, 'own');
  if (!r || !r.startsWith('Ich ')) return fix;
  const body = end === ';' ? r.replace(/\.$/, ';') : end ? r : r.replace(/\.$/, '');
  return m[1] === 'ich' ? 'ich' + body.slice(3) : body;
}
