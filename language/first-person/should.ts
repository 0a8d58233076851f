/**
 * The office's voice taken out of a rewrite that is hers already.
 *
 * "soll" made hers: a note's "Kd. soll sich … melden" rewritten as "Ich soll mich … melden" keeps the office's voice.
 * Among her steps the step is said as she does it ("Ich melde mich … "); under her goals it stays ("Ich soll …": what
 * the office wants is not her wish). Only where the sentence opens with "Ich soll"/"Ich sollte" and the rest reads as a step of hers; otherwise the
 * rewrite stays as it is.
 */
import { firstPersonOf, isVerbInfinitive } from '../language';
import { tokenize } from '../tokens';
import type { Voice } from './common';
import { rewriteInfinitive } from './infinitive';

const SHOULD = /^(Ich|ich) (?:soll|sollte) /;

export function withoutShould(fix: string, voice: Voice): string {
  // (after her age said first: "Ich bin 58 Jahre alt und soll mich … melden" → "… und melde mich …")
  const aged = /^Ich bin \d+ Jahre alt und (?=(?:soll|sollte) )/.exec(fix);
  if (aged) {
    const rest = withoutShould(`Ich ${fix.slice(aged[0].length)}`, voice);
    return rest.startsWith('Ich ') ? aged[0] + rest.slice(4) : fix;
  }
  const m = SHOULD.exec(fix);
  if (!m) return fix;
  const end = /[.;!]$/.test(fix) ? fix.slice(-1) : '';
  const rest = fix.slice(m[0].length, fix.length - end.length);
  // (not a perfect infinitive, "… wieder begonnen haben", nor a passive, "… vorgestellt werden": the office's frame)
  if (/(?:^|\s)\p{L}+(?:t|en) (?:haben|sein|werden)$/u.test(rest)) return fix;
  // under her goals "soll" stays: what the office wants of her is not what she wants — "möchte" in its place was read as a
  // changed meaning by blind readers in corpora 35, 36, 37, 38 and 39 (seven times), a present tense ("Ich finde bis
  // Ende 2026 einen Ausbildungsplatz") as a promise; "Ich soll …" is the office's voice, read as awkward, not wrong
  // (advice, "sollte", keeps its modal too)
  if (voice === 'wish') return fix;
  // (a clause after a comma may be anyone's: "…, die nicht genau Ihrem Wunschberuf entsprechen")
  if (voice !== 'own' || rest.includes(',')) return fix;
  const r = present(rest, end === ';' ? '.' : end || '.');
  if (!r) return fix;
  const body = end === ';' ? r.replace(/\.$/, ';') : end ? r : r.replace(/\.$/, '');
  return m[1] === 'ich' ? 'ich' + body.slice(3) : body;
}

/** Her step in the present from what followed "soll" ("mich bis 10.02. beim Träger melden" → "Ich melde mich bis …"), or null. */
function present(rest: string, end: string): string | null {
  // (two infinitives joined by "bzw." would be read as one verb: "… beenden bzw. verringern" — unsure)
  if (/(?<![\p{L}])bzw\./u.test(rest)) return null;
  // her reflexive right after "soll" is the step's own ("Ich soll mich … melden" → "Ich melde mich …")
  const text = rest.replace(/^(?:mich|mir) /, 'sich ') + end;
  const r = rewriteInfinitive({ start: 0, end: text.length, text, tokens: tokenize(text) }, 'own');
  return r && r.startsWith('Ich ') ? r : null;
}

// "Es wird erwartet, dass …", "Es wurde vereinbart, dass …", "Es wird angestrebt, dass …": the office's frame around her step (the plan is what was
// agreed; "erwartet" is the tone of a duty the plan should not have — Weisung § 15 SGB II, plain language)
const FRAME = /^Es (?:wird|wurde) (?:vereinbart|erwartet|festgehalten|angestrebt), dass ich /;
// a comma that opens a clause of its own after the step ("…, wenn …", "…, ob …"), which stays as it is
const CLAUSE_AFTER = /^, (?:wenn|sobald|falls|ob|damit|bevor|nachdem|weil|sofern|solange|bis|die|der|das|den|dem|wo)\s/;

/**
 * "Es wird vereinbart, dass ich mich bis 15.01.2027 bei drei Firmen bewerbe." → "Ich bewerbe mich bis 15.01.2027 bei
 * drei Firmen."; under her goals "Ich möchte … ". Only where the "dass" clause ends in one verb of hers in the first
 * person that is the infinitive's (no modal; a second one only after "und"; nothing in brackets or quotes left open), and whatever
 * follows after a comma is a clause of its own; otherwise the rewrite stays as it is.
 */
export function withoutFrame(fix: string, voice: Voice): string {
  const m = FRAME.exec(fix);
  if (!m || (voice !== 'own' && voice !== 'wish')) return fix;
  const body = fix.slice(m[0].length);
  let cut = -1;
  for (let k = 0, depth = 0; k < body.length; k++) {
    const c = body[k]!;
    if (c === '(' || c === '„') depth++;
    else if (c === ')' || c === '“') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';' || (c === '.' && k === body.length - 1))) { cut = k; break; }
  }
  if (cut < 0) return fix;
  const rest = body.slice(cut);
  if (rest.startsWith(',') && !CLAUSE_AFTER.test(rest)) return fix;
  // (a bracket after the verb stays after it: "… vorspreche (Do. vormittags)" → "… vor (Do. vormittags)")
  const bracket = /\s\([^()]*\)$/.exec(body.slice(0, cut));
  const clause = body.slice(0, bracket ? bracket.index : cut);
  const tail = (bracket ? bracket[0] : '') + body.slice(cut);
  // (two steps joined by "und", each ending in its verb: "… ablege und das Zertifikat vorlege")
  const items = clause.split(' und ');
  if (items.length > 2 || /\s(?:oder|sowie|bzw\.)\s/.test(clause)) return fix;
  const infinitives = items.map((item) => {
    const verb = /\s(\p{Ll}+)$/u.exec(item);
    const inf = verb ? infinitiveOfFirst(verb[1]!) : null;
    return verb && inf ? item.slice(0, verb.index) + ' ' + inf : null;
  });
  if (infinitives.some((x) => x === null)) return fix;
  const fragment = infinitives.join(' und ');
  // (under her goals what was agreed or aimed at is what she wants; what is expected of her is not)
  if (voice === 'wish') return /erwartet/.test(m[0]) ? fix : `Ich möchte ${fragment}${tail}`;
  const text = fragment.replace(/^(?:mich|mir) /, 'sich ') + '.';
  const r = rewriteInfinitive({ start: 0, end: text.length, text, tokens: tokenize(text) }, 'own');
  if (!r || !r.startsWith('Ich ') || !r.endsWith('.')) return fix;
  return r.slice(0, -1) + tail;
}

/** The infinitive whose first person this is ("bewerbe" → "bewerben", "kümmere" → "kümmern", "sammle" → "sammeln"). */
function infinitiveOfFirst(first: string): string | null {
  if (!first.endsWith('e')) return null;
  const candidates = [first + 'n', first.replace(/ere$/, 'ern'), first.replace(/le$/, 'eln')];
  return candidates.find((c) => c !== first && isVerbInfinitive(c) && firstPersonOf(c) === first) ?? null;
}
