/**
 * Does a sentence speak as the client ("Ich …")? And if not, the first-person sentence that says the same.
 *
 * This file decides which construction a sentence is and hands it to that construction's file:
 * - third-person.ts      the client as the subject ("Der Kunde meldet sich …", "Frau K. hat … vorzulegen")
 * - client-as-object.ts  the client as an object or pronoun in someone else's sentence ("schickt dem Kunden …")
 * - impersonal-duty.ts   a duty with no one doing it ("Bei Fehlzeiten ist eine AU vorzulegen.")
 * - noun-style.ts        a nominalisation ("Teilnahme an einem Deutschkurs.")
 * - infinitive.ts        an infinitive fragment ("Lebenslauf aktualisieren und an Frau Berger schicken.")
 * - possessives.ts, noun-phrases.ts, agent.ts, common.ts: what several constructions share.
 *
 * A rewrite is only offered when every step is sure; otherwise the finding comes without a fix.
 * Verb forms come from de-compromise's lexicon and inflector; particles, cases and word order are ours.
 */
import { tagsOf } from '../language';
import { isNominalisation } from '../nouns';
import { clientNouns, hasFirstPerson, namedPersons } from '../people';
import type { Sentence } from '../tokens';
import { clientSpeaks, hasFiniteVerbBeyond, isFunctionWord, isLower, lastWordIndex, looksFinite, looksInfinitive, type Voice } from './common';
import { clientPronounOutsideClientSections, isPassiveSubject, namedClientObjects, rewriteClientObjects } from './client-as-object';
import { impersonalDuty } from './impersonal-duty';
import { rewriteInfinitive } from './infinitive';
import { ADVERB_FROM_ADJ, rewriteNounStyle } from './noun-style';
import { findSubject, rewriteThirdPerson } from './third-person';

export { clientSpeaks, looksFinite, type Voice } from './common';
export { isPassiveSubject } from './client-as-object';

export type PersonIssue = 'client-noun' | 'name' | 'pronoun' | 'noun-style' | 'infinitive' | 'fragment' | 'impersonal';

export interface PersonFinding {
  start: number;
  end: number;
  issue: PersonIssue;
  /** Replacement for text[start..end] — the whole sentence, rewritten. */
  fix?: { start: number; end: number; text: string };
  /** Names that refer to the client and are dropped by the fix ("Herr A."). */
  clientNames: string[];
}

const OPEN_POINT = /^(?:offen|offener\s+punkt|noch\s+offen)(?![\p{L}])/iu;

/** Checks one sentence. Null when it speaks as the client, or is not meant to (job centre's fragments). */
export function checkSentence(s: Sentence, voice: Voice, first = true): PersonFinding | null {
  const toks = s.tokens;
  const words = toks.filter((t) => t.kind !== 'punct');
  if (!words.length) return null;
  const fp = hasFirstPerson(toks);
  const client = clientSpeaks(voice);
  const found = (issue: PersonIssue, fixText: string | null, clientNames: string[] = []): PersonFinding => {
    const f: PersonFinding = { start: s.start, end: s.end, issue, clientNames };
    if (fixText && fixText !== s.text) f.fix = { start: s.start, end: s.end, text: fixText };
    return f;
  };

  const subj = findSubject(s, voice, fp);
  if (subj) {
    const issue: PersonIssue = subj.ref.type === 'noun' ? 'client-noun' : subj.ref.type;
    const names = subj.ref.type === 'name' && 'text' in subj.ref && subj.ref.text ? [subj.ref.text] : [];
    return found(issue, rewriteThirdPerson(s, subj), names);
  }
  const refs = clientNouns(toks).filter((c) => c.type === 'noun' && (c.from < c.to - 1 || toks[c.from]!.lower === 'elb'));
  if (refs.length) return found('client-noun', rewriteClientObjects(s, refs));
  if (!client) {
    const named = namedClientObjects(toks, fp);
    if (named.length) return found('name', rewriteClientObjects(s, named), named.map((n) => s.text.slice(n.start - s.start, n.end - s.start)));
    const passive = namedPersons(toks).find((p) => p.from === 0 && !fp && isPassiveSubject(toks, p));
    if (passive) {
      const name = s.text.slice(passive.start - s.start, passive.end - s.start);
      return found('name', rewriteThirdPerson(s, { from: 0, to: passive.to, verb: passive.to, inverted: false, ref: { gender: passive.gender, type: 'name', text: name }, formal: false }), [name]);
    }
    if (!fp) {
      const pronoun = clientPronounOutsideClientSections(s, first);
      if (pronoun) return found('pronoun', pronoun.fix);
    }
  }
  // "mein …" alone does not make a sentence speak as the client; "ich"/"wir" as its subject does.
  const speaker = toks.some((t) => t.kind === 'word' && /^(ich|wir)$/.test(t.lower));
  if (!client || speaker || OPEN_POINT.test(s.text.trim())) return null;
  // a named person who is not behind a preposition ("bei Frau Lindner") is the client, spoken of in the third person
  if (!fp && namedPersons(toks).some((n) => n.from === 0 || !tagsOf(toks[n.from - 1]!.lower).includes('Preposition'))) return found('name', null);
  if (fp && hasFiniteVerbBeyond(toks, 0)) return null;

  // A plural verb looks like an infinitive; fragments end with theirs ("Aus dem Plan ergeben sich …" is a sentence).
  const last = lastWordIndex(toks);
  // (not one of two infinitives in a row: "machen lassen")
  const finiteIdx = toks.findIndex((t, k) => k > 0 && (looksFinite(t) ||
    (k < last && looksInfinitive(t) && !/^(und|oder|,)$/.test(toks[k + 1]?.lower ?? '') && !looksInfinitive(toks[k + 1]))));
  if (finiteIdx >= 0) {
    const duty = impersonalDuty(s, finiteIdx);
    return duty ? found('impersonal', duty.fix) : null;
  }
  // No finite verb and no "ich": a heading-style fragment.
  const head = words[0]!;
  if (isNominalisation(head.text) || (words[1] && isNominalisation(words[1].text) && ADVERB_FROM_ADJ.test(head.lower))) {
    return found('noun-style', rewriteNounStyle(s, voice));
  }
  if (looksInfinitive(toks[last])) return found('infinitive', /^(er|sie|es|man)$/.test(head.lower) ? null : rewriteInfinitive(s, voice));
  // A personal pronoun and a lower-case word are a clause whose verb the lexicon does not know ("Sie kosten mich
  // nichts." — "sie" the things just named, not the client: a verb in the plural and the client as "mich").
  if (/^(er|sie|es|wir|ihr|man)$/.test(head.lower) && words[1] && isLower(words[1]) && !isFunctionWord(words[1])) return null;
  // Anything else without a verb ("Arbeit als Lagerhelfer.") is a fragment: flag it, no sure rewrite.
  return words.length >= 2 ? found('fragment', null) : null;
}
