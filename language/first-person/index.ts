/**
 * Does a sentence speak as the client ("Ich …")? And if not, the first-person sentence that says the same.
 *
 * This file decides which construction a sentence is and hands it to that construction's file:
 * - subject.ts           who the sentence's subject is, when it is the client (also "Sie", "Bitte reichen Sie …")
 * - third-person.ts      the client as the subject ("Der Kunde meldet sich …", "Frau K. hat … vorzulegen")
 * - client-as-object.ts  the client as an object, owner or pronoun in someone else's sentence ("schickt dem Kunden …")
 * - possessor.ts         the client as the owner of a thing ("die Kinder der Kundin" → "meine Kinder")
 * - passive.ts           the client as the doer of a passive ("… werden von Herrn S. eingereicht")
 * - subordinate-first.ts a clause about the client put first ("Wenn Herr I. … erhält, bewirbt er sich …")
 * - together.ts          the client and one of hers as the subject ("Frau M. und ihr Mann melden sich …")
 * - impersonal-duty.ts   a duty with no one doing it ("Bei Fehlzeiten ist eine AU vorzulegen.")
 * - noun-style.ts        a nominalisation ("Teilnahme an einem Deutschkurs.")
 * - infinitive.ts        an infinitive fragment ("Lebenslauf aktualisieren und an Frau Berger schicken.")
 * - fragments.ts         what a fragment carries along: items after a dash, a bracket or "um … zu" at its end
 * - antecedents.ts       who else a pronoun could mean
 * - possessives.ts, noun-phrases.ts, agent.ts, common.ts: what several constructions share.
 * - slash-forms.ts       a template's "Der/Die Kunde/in", "er/sie", "seine/ihre" read as one form (the rule calls it first)
 * - entry.ts             a whole entry: each sentence with those before it, and no fix where the result is half done
 *                        (residual.ts) or shows a slip a reader sees at once (verify.ts)
 *
 * A rewrite is only offered when every step is sure; otherwise the finding comes without a fix.
 * Verb forms come from de-compromise's lexicon and inflector; particles, cases and word order are ours.
 */
import { firstNameGender, infinitiveOfParticiple, isVerbInfinitive, tagsOf } from '../language';
import { isNominalisation } from '../nouns';
import { clientNouns, hasFirstPerson, namedPersons, YOUNG_CLIENT } from '../people';
import { isCapitalised, splitSentences, type Sentence, type Token } from '../tokens';
import { childPredicate, earlierCandidate, mayBeChild, officeCompound } from './antecedents';
import { clientPronounOutsideClientSections, isPassiveSubject, namedClientObjects, rewriteClientObjects } from './client-as-object';
import { addressedOnly, formalEdits } from './formal-address';
import { applyEdits, clauseEndIndex, clientSpeaks, type Edit, FORMAL_WORD, hasFiniteVerbBeyond, quotedAt, isFunctionWord, isLower, isWe, isWord, lastWordIndex, looksFinite, looksInfinitive, SHORT_CLIENT, type Voice } from './common';
import { caseWorkersUs, usAsJobCentre } from './case-workers-we';
import { countedApplications } from './counted-step';
import { continuedPronouns } from './continued';
import { dashItems, dateAfterInfinitive, joinItems, specification, withTail, type Tail } from './fragments';
import { impersonalDuty } from './impersonal-duty';
import { jobGoal } from './job-goal';
import { rewriteInfinitive } from './infinitive';
import { clientPassive } from './passive';
import { bareObjectArticle } from './bare-object';
import { ADVERB_FROM_ADJ, rewriteNounStyle } from './noun-style';
import { bareKinOpening, possessiveOpening } from './possessor';
import { reportedSpeech, SAYS, subjunctiveReport } from './reported';
import { hasKin } from './possessives';
import { givenToClient } from './given';
import { subordinateFirst } from './subordinate-first';
import { together } from './together';
import { findSubject } from './subject';
import { rewriteThirdPerson } from './third-person';

export { clientSpeaks, looksFinite, type Voice } from './common';
export { isPassiveSubject } from './client-as-object';

export type PersonIssue = 'client-noun' | 'name' | 'pronoun' | 'formal' | 'noun-style' | 'infinitive' | 'fragment' | 'impersonal';

export interface PersonFinding {
  start: number;
  end: number;
  issue: PersonIssue;
  /** Replacement for text[start..end] — the whole sentence, rewritten. */
  fix?: { start: number; end: number; text: string };
  /** Names that refer to the client and are dropped by the fix ("Herr A."). */
  clientNames: string[];
  /** The tokens [from, to) that name the client as the subject ("Herr Petrov", "Die Kundin", "Er"), when it has one. */
  subject?: readonly [number, number];
}

/**
 * Where a sentence stands in its entry: the first one or not, the sentences before it, and in each of those the
 * tokens that named the client as its subject (`PersonFinding.subject`; none where it had none): "Herr Petrov bewirbt
 * sich … . Er schickt …" — the "er" continues the client, who is no one else "er" could mean.
 */
export interface SentenceContext {
  first: boolean; previous: readonly Sentence[]; clientSubjects?: ReadonlyArray<readonly [number, number] | undefined>;
  /** The entry is one of her next steps ("Meine nächsten Schritte sind"): a step in the passive with no doer is hers. */
  steps?: boolean;
  /** (read without the case worker's "uns": see case-workers-we.ts) */
  noUs?: boolean;
}

/** Verbs of how someone comes across to others ("wirkt", "scheint", "erscheint … zuverlässig"). */
const APPEARS = /^(?:wirkt|wirkte|scheint|schien|erscheint|erschien)$/;
/** Verbs that report what someone says ("äußert", "sagt", "berichtet", "erklärt", "meint", "gibt an"). */

/**
 * A sentence about the client that is the case worker's, not hers to say as "Ich …" (reported, without a fix): how she
 * comes across ("Der Kunde wirkt wenig motiviert", "macht einen … Eindruck", "zeigt kein Interesse"); a note to a
 * colleague in it ("…, bitte beim nächsten Termin klären", "… – bitte mit TL klären"); someone's judgement said as
 * theirs ("aus Sicht der IFK", "nach Einschätzung des Arztes"); her own words quoted ("Kd. äußert: „Ich will …“" — the
 * quote is her voice already, "Ich äußere: …" would only double it). `verb` is the subject's verb, `after` the word after it.
 */
function caseWorkersWords(s: Sentence, verb: string, after: string): boolean {
  // ("erscheint zu allen Terminen", "erscheint pünktlich beim Träger" is her showing up, not how she seems)
  if (APPEARS.test(verb) && !(/^ersch/.test(verb) && /(?<![\p{L}])(?:zu|zum|zur|bei|beim)\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(s.text))) return true;
  if (/^(?:macht|machte|hinterlässt|hinterließ)$/.test(verb) && /(?<![\p{L}])Eindruck(?![\p{L}])/u.test(s.text)) return true;
  if (/^(?:zeigt|zeigte)$/.test(verb) && /^(?:kein|keine|keinen|wenig|sich)$/.test(after)) return true;
  if (SAYS.test(verb) && /:\s*[„“"«»‚']/u.test(s.text)) return true;
  // someone's judgement, said as theirs ("ist aus Sicht der IFK nicht vermittelbar", "nach Einschätzung des Arztes …")
  if (/(?<![\p{L}])(?:aus\s+(?:der\s+)?Sicht|nach\s+(?:Einschätzung|Auffassung|Ansicht|Meinung)|laut\s+(?:Gutachten|Einschätzung|Ärztin|Arzt|ÄD|PD|BPS))(?![\p{L}])/iu.test(s.text)) return true;
  // a note to a colleague: "…, bitte …", "… – bitte mit TL klären", "@IFK: …"; a pointer to the file ("…, siehe BV vom 22.01.")
  return /(?:[,;–—]|\s-)\s*bitte\s/iu.test(s.text) || /(?:^|\s)@\p{L}/u.test(s.text) || /[,;–—(]\s*(?:siehe|vgl\.)\s/iu.test(s.text);
}
/** A name and an age in brackets opening the sentence before its verb: the age and the sentence without the bracket. */
function agedOpening(s: Sentence): { age: string; rest: Sentence } | null {
  const toks = s.tokens;
  if (!toks.slice(1, 6).some((t) => t.text === '(')) return null;
  // (the client named or called by a client noun: "Herr Sultani (19)", "Kd. (58 J.)", "Die Kundin (24)")
  const p = namedPersons(toks).find((x) => x.from === 0) ?? clientNouns(toks).find((x) => x.from === 0);
  if (!p || toks[p.to]?.text !== '(') return null;
  const age = toks[p.to + 1];
  if (!age || age.kind !== 'num' || !/^(?:1[5-9]|[2-6]\d)$/.test(age.text)) return null;
  let close = p.to + 2;
  if (isWord(toks[close]) && /^(?:j|jahre)$/.test(toks[close]!.lower)) close += toks[close + 1]?.text === '.' ? 2 : 1;
  if (toks[close]?.text !== ')' || !isWord(toks[close + 1]) || !looksFinite(toks[close + 1]!)) return null;
  const cut = s.text.slice(0, toks[p.to]!.start - s.start).trimEnd() + ' ' + s.text.slice(toks[close]!.end - s.start).trimStart();
  const rest = splitSentences(cut)[0];
  return rest && rest.text === cut ? { age: age.text, rest } : null;
}

/** The colon after a label of one to three words with no verb, before a sentence with its own finite verb; -1 if none. */
function labelColon(toks: Sentence['tokens']): number {
  const k = toks.findIndex((t) => t.text === ':');
  if (k < 1 || k > 3 || !isWord(toks[0]) || !isCapitalised(toks[0]!)) return -1;
  if (toks.slice(0, k).some((t) => !isWord(t) || looksFinite(t))) return -1;
  const rest = toks.slice(k + 1);
  return rest.length > 2 && isWord(rest[0]) && rest.some((t, j) => j > 0 && looksFinite(t)) && !rest.some((t) => t.text === ':') ? k : -1;
}
const OPEN_POINT = /^(?:offen|offener\s+punkt|noch\s+offen)(?![\p{L}])/iu;
// A fragment's last word that looks like a plural verb is its infinitive ("Eine Ausbildungsstelle … finden").
const FRAGMENT_FINAL = /^(?:finden|haben|können|müssen|dürfen|wollen|sollen|möchten)$/;

/** Checks one sentence. Null when it speaks as the client, or is not meant to (job centre's fragments). */
export function checkSentence(s: Sentence, voice: Voice, ctx: SentenceContext | boolean = true): PersonFinding | null {
  const c: SentenceContext = typeof ctx === 'boolean' ? { first: ctx, previous: [] } : ctx;
  // the client addressed as "Sie" where no construction above reads it ("Wenn Sie …, sagen Sie bitte … ab", "… mit
  // Ihrer Integrationsfachkraft abstimmen", "… und informieren mich"): flagged, no fix
  const f = checkDated(s, voice, c, true);
  if (f?.fix) return f;
  // (a part that goes on about her by pronoun only, after one with her as its subject: "…; eine Ausbildung in Teilzeit
  // wäre für ihn daher sinnvoll" → "… für mich …"; also where the part read alone found her words but no fix: "Seine
  // Frau hilft ihm, weil er …")
  const continued = clientSpeaks(voice) && c.previous.length ? continuedClient(c) : null;
  const edits = continued ? continuedPronouns(s, continued, c.previous.map((p, i) => ({ tokens: p.tokens, client: c.clientSubjects?.[i] }))) : null;
  if (edits?.length) return { start: s.start, end: s.end, issue: f?.issue ?? 'pronoun', clientNames: f?.clientNames ?? [], fix: { start: s.start, end: s.end, text: applyEdits(s.text, s.start, edits) } };
  if (f) return f;
  if (addressedFormally(s)) {
    // (in her own headings, addressed only as "Ihr …", "Ihnen" or "Sie" after a conjunction: "Ihnen ist wichtig, dass Sie …")
    const own = clientSpeaks(voice) ? addressedOnly(s, c.first) : null;
    return { start: s.start, end: s.end, issue: 'formal', clientNames: [], ...(own && own !== s.text ? { fix: { start: s.start, end: s.end, text: own } } : {}) };
  }
  // the client as the owner by her name in the genitive ("Kita-Platz für Frau A.s Tochter", "für Frau Aydins Sohn"):
  // flagged, no fix (the article and case of "mein …" are not sure) — a full surname only in her own headings, where
  // staff are not named so
  const owner = clientSpeaks(voice) ? GENITIVE_NAME : GENITIVE_INITIAL;
  return owner.test(s.text) ? { start: s.start, end: s.end, issue: 'name', clientNames: [] } : null;
}

/**
 * check(), and where it finds nothing, a note with its date after the infinitive ("Bewerbungen schreiben bis
 * 15.01.2027") read with the date before it, where an infinitive fragment stands: "Ich schreibe Bewerbungen bis
 * 15.01.2027."
 */
function checkDated(s: Sentence, voice: Voice, c: SentenceContext, whole: boolean): PersonFinding | null {
  const f = check(s, voice, c, whole);
  if (f || !clientSpeaks(voice)) return f;
  const dated = dateAfterInfinitive(s);
  const read = dated ? check(dated, voice, c, whole) : null;
  if (read?.issue !== 'infinitive') return null;
  return { ...read, start: s.start, end: s.end, ...(read.fix ? { fix: { ...read.fix, start: s.start, end: s.end } } : {}) };
}

/** The client's gender where the sentence right before had her as its subject ("Herr D. …", "Die Kundin …", "Sie …"). */
function continuedClient(c: SentenceContext): 'm' | 'f' | null {
  const i = c.previous.length - 1;
  const subj = c.clientSubjects?.[i];
  const prev = c.previous[i];
  if (!subj || !prev) return null;
  const words = prev.tokens.slice(subj[0], subj[1]).filter(isWord).map((t) => t.lower);
  const male = words.some((w) => /^(?:herr|herrn|hr|kunde|klient|teilnehmer|er)$/.test(w));
  const female = words.some((w) => /^(?:frau|fr|kundin|klientin|teilnehmerin|sie)$/.test(w));
  return male === female ? null : male ? 'm' : 'f';
}

const GENITIVE_INITIAL = /(?<![\p{L}])(?:Frau|Fr\.|Herrn?|Hr\.)\s+\p{Lu}\.s\s+\p{Lu}\p{Ll}/u;
const GENITIVE_NAME = /(?<![\p{L}])(?:Frau|Fr\.|Herrn?|Hr\.)\s+\p{Lu}(?:\.|\p{Ll}+[^s\s])s\s+\p{Lu}\p{Ll}/u;

/**
 * Is the client addressed formally? A capital "Sie"/"Ihnen"/"Ihre" inside a sentence is always the formal address; at its
 * start only "Sie" with a verb in the plural ("Sie erhalten von uns …"; "Ihr Antrag" may be hers).
 */
// the words for whom one asks for at a firm or an office
const CONTACT_ROLE = /^(?:leitung|ansprechpartner(?:in)?|ansprechp|inhaber(?:in)?|chef(?:in)?|meister(?:in)?|geschäftsführer(?:in)?|personalabteilung)$/;
/**
 * Is the person at [from, to) a contact in brackets right after a firm's or an office's name — with a role before the
 * name or a telephone number after it — and so not the client?
 */
function contactInBrackets(toks: readonly Token[], from: number, to: number): boolean {
  let open = from - 1;
  if (isWord(toks[open]) && CONTACT_ROLE.test(toks[open]!.lower)) open--;
  if (toks[open]?.text === '.' && isWord(toks[open - 1]) && CONTACT_ROLE.test(toks[open - 1]!.lower)) open -= 2;
  if (toks[open]?.text !== '(') return false;
  const before = toks[open - 1];
  if (!before || !((isWord(before) && isCapitalised(before)) || /^[“"]$/.test(before.text))) return false;
  const role = open < from - 1;
  const close = toks.findIndex((t, k) => k >= to && t.text === ')');
  const phone = close > 0 && toks.slice(to, close).some((t) => t.lower === 'tel');
  // (or alone in brackets after an office by its short form or its name: "bei der Berufsberatung der AA (Fr. Lindner)")
  const office = isWord(before) && (/^\p{Lu}{2,}$/u.test(before.text) || officeCompound(before.text)) && toks[to]?.text === ')';
  return role || phone || office;
}

/** Does the first clause end in a participle ("… begleitet", "… beraten")? */
function passiveParticipleEnd(toks: Token[]): boolean {
  const last = toks[clauseEndIndex(toks, 1)];
  return isWord(last) && isLower(last) && infinitiveOfParticiple(last.lower) !== null;
}

function addressedFormally(s: Sentence): boolean {
  const toks = s.tokens;
  return toks.some((t, k) => {
    if (!isWord(t) || !FORMAL_WORD.test(t.text)) return false;
    const prev = toks[k - 1];
    // (after a quotation mark, a bracket, a colon or a list's dash a new sentence may begin)
    if (prev && (prev.kind === 'word' || (!/^[„“"'‚(:–—-]$/.test(prev.text) && prev.text !== '.'))) return true;
    const v = toks[k + 1];
    return t.text === 'Sie' && isWord(v) && /(?:en|ern|eln)$|^sind$/.test(v.lower) && (looksFinite(v) || looksInfinitive({ ...v, text: v.lower }));
  });
}

function check(s: Sentence, voice: Voice, c: SentenceContext, whole: boolean): PersonFinding | null {
  const toks = s.tokens;
  const words = toks.filter((t) => t.kind !== 'punct');
  // the client's age in brackets after her name ("Herr Sultani (19) möchte …"): said as a fact of hers before the rest
  // ("Ich bin 19 Jahre alt und möchte …"), the rest rewritten as if the bracket were not there
  // (what she said, reported in the subjunctive: "Kundin gibt an, sie wolle …" → "Ich will …")
  const reported = whole && clientSpeaks(voice) ? reportedSpeech(s) : null;
  if (reported) {
    const f = check(reported.rest, voice, { ...c, first: true, previous: [] }, true);
    if (f?.fix) return { start: s.start, end: s.end, issue: f.issue, clientNames: [...f.clientNames, ...reported.names], fix: { start: s.start, end: s.end, text: f.fix.text }, subject: reported.subject };
  }
  // (a report in the subjunctive without its frame: "Herr Bauer sei motiviert, …" → "Ich bin motiviert, …")
  const subjunctive = whole && clientSpeaks(voice) && !reported ? subjunctiveReport(s) : null;
  if (subjunctive) {
    const f = check(subjunctive, voice, c, true);
    if (f?.fix) return { ...f, start: s.start, end: s.end, fix: { start: s.start, end: s.end, text: f.fix.text } };
  }
  const aged = whole && clientSpeaks(voice) ? agedOpening(s) : null;
  if (aged) {
    const f = check(aged.rest, voice, c, true);
    const m = f?.fix && /^Ich (\p{Ll}+)(?![\p{L}])/u.exec(f.fix.text);
    if (f && m) return { ...f, start: s.start, end: s.end, fix: { start: s.start, end: s.end, text: `Ich bin ${aged.age} Jahre alt und ${f.fix!.text.slice(4)}` } };
    if (f) return { start: s.start, end: s.end, issue: f.issue, clientNames: f.clientNames };
  }
  // a label before a colon, then a sentence of its own ("Vermittlungsvorschläge: Kd. bewirbt sich …"): the sentence is
  // read alone, the label stays as it is
  const colon = whole ? labelColon(toks) : -1;
  if (colon > 0) {
    const rest = toks.slice(colon + 1);
    const from = rest[0]!.start;
    const f = check({ start: from, end: s.end, text: s.text.slice(from - s.start), tokens: rest }, voice, c, true);
    if (f) {
      const { fix, subject, ...base } = f;
      const out: PersonFinding = { ...base, start: s.start, end: s.end };
      if (fix) out.fix = { start: s.start, end: s.end, text: s.text.slice(0, from - s.start) + fix.text };
      if (subject) out.subject = [subject[0] + colon + 1, subject[1] + colon + 1];
      return out;
    }
  }
  if (!words.length) return null;
  const client = clientSpeaks(voice);
  // in the job centre's and others' headings "wir" is the job centre, not the client speaking
  // (the case worker's "uns" beside the client addressed as "Sie" is no voice of hers: read without it, then "uns" is the
  // job centre in the rewrite — "Sie teilen uns … mit" → "Ich teile dem Jobcenter … mit")
  const us = client && whole && caseWorkersUs(toks);
  if (us && !c.noUs) {
    const f = check(s, voice, { ...c, noUs: true }, whole);
    if (!f) return null;
    const fixText = f.fix ? usAsJobCentre(f.fix.text) : null;
    const { fix: _fix, ...rest } = f;
    return fixText ? { ...rest, fix: { ...f.fix!, text: fixText } } : rest;
  }
  const fp = c.noUs ? false : client ? hasFirstPerson(toks) : toks.some((t) => t.kind === 'word' && /^(?:ich|mich|mir|mein\p{L}*)$/u.test(t.lower));
  const found = (issue: PersonIssue, fixText: string | null, clientNames: string[] = []): PersonFinding => {
    const f: PersonFinding = { start: s.start, end: s.end, issue, clientNames };
    if (fixText && fixText !== s.text) f.fix = { start: s.start, end: s.end, text: fixText };
    return f;
  };

  // "Wenn Herr I. … erhält, bewirbt er sich …": the client named in a clause put first, continued by "er"/"sie"
  if (client && !fp) {
    const first = subordinateFirst(s);
    if (first) return found(first.issue, first.fix, first.names);
  }
  // "Frau M. und ihr Ehemann melden sich …": the client and one of hers as the subject together
  if (!fp) {
    const both = together(s);
    if (both) return { ...found(both.issue, both.fix, both.names), subject: both.subject };
  }
  // "Die Unterlagen werden von Herrn S. eingereicht": the client as the doer of a passive, in her own headings
  if (client && !fp) {
    const passive = clientPassive(s);
    if (passive) return found(passive.formal ? 'formal' : 'name', passive.fix, passive.names);
  }
  const subj = findSubject(s, voice, fp);
  if (subj) {
    if (subj.ref.type === 'pronoun' && !subj.formal) {
      const g = subj.ref.gender;
      // "Mein Sohn kommt in die Schule; danach kann er …", "Er kommt im August in die Schule": the pronoun means
      // someone named before, or a child — not the client
      if ((g && earlierCandidate(c.previous, g, c.clientSubjects)) || childPredicate(s.text)) return null;
    }
    const issue: PersonIssue = subj.formal ? 'formal' : subj.ref.type === 'noun' ? 'client-noun' : subj.ref.type;
    const names = subj.ref.type === 'name' && 'text' in subj.ref && subj.ref.text ? [subj.ref.text] : [];
    const rewritten = caseWorkersWords(s, toks[subj.verb]?.lower ?? '', toks[subj.verb + 1]?.lower ?? '') ? null : rewriteThirdPerson(s, subj);
    const fix = rewritten && bareObjectArticle(rewritten);
    return { ...found(issue, fix, names), subject: [subj.from, subj.to] };
  }
  // ("Von der Kundin ist … vorzulegen": the client as the one who must do it — an impersonal duty, below)
  // (the short "Kd."/"Kdin." only as an object in someone else's sentence, right after its verb or a preposition:
  // "Das IQ Netzwerk berät Kdin. zur …" — it takes their case like a name there)
  // (so too a bare "Kundin", as notes write it: "IFK Fr. Berger berät Kundin zu …")
  const shortObject = (r: { from: number; to: number }) => r.from === r.to - 1 && (SHORT_CLIENT.test(toks[r.from]!.lower) || toks[r.from]!.text === 'Kundin') && !client && r.from > 1 && !!toks[r.from - 1] && (looksFinite(toks[r.from - 1]!) || tagsOf(toks[r.from - 1]!.lower).includes('Preposition'));
  const refs = clientNouns(toks).filter((r) => r.type === 'noun' && (r.from < r.to - 1 || toks[r.from]!.lower === 'elb' || shortObject(r)) && !(r.weak && fp) &&
    !(r.from === 1 && /^(?:von|vom)$/.test(toks[0]!.lower)));
  // "die Kundin und deren Baby": a "deren"/"dessen" after the client is hers too, and would point to someone else
  // once she is "mich" — it would need "mein" in the right form: no fix
  const ownerAfter = (from: number) => toks.some((t, k) => k >= from && /^(?:deren|dessen)$/.test(t.lower));
  if (refs.length) {
    const fix = ownerAfter(refs[0]!.to) ? null : rewriteClientObjects(s, refs, voice);
    // (the client may be the subject of a later item after a dash: "Anmeldung zum Kurs – ELB bringt dazu … mit")
    const d = !fix && whole ? dashed(s, voice, c, found) : undefined;
    return d?.fix ? d : found('client-noun', fix);
  }
  const named = namedClientObjects(toks, fp, client);
  if (named.length) return found('name', ownerAfter(named[0]!.to) ? null : rewriteClientObjects(s, named, voice), named.map((n) => s.text.slice(n.start - s.start, n.end - s.start)));
  // (also right after a sentence with the client as its subject, whose gender the possessive has, and nobody else of it
  // named before: "Herr Schäfer hat Mietschulden. Sein Vermieter hat …", "Frau B. ist alleinerziehend; ihre Söhne …")
  const continued = c.previous.length ? continuedClient(c) : null;
  // (in the job centre's heading only where she is not addressed again further on: "Ihre Ansprechpartnerin … steht Ihnen …"
  // is rewritten whole below)
  const opensOnly = voice !== 'jobcentre' || !toks.some((t, k) => k > 0 && FORMAL_WORD.test(t.text));
  if (!fp && (client || voice === 'others' || voice === 'jobcentre') && opensOnly && (!c.previous.length || (continued && !earlierCandidate(c.previous, continued, c.clientSubjects)))) {
    const own = possessiveOpening(s, continued ?? undefined) ?? (voice === 'others' && !c.previous.length ? bareKinOpening(s) : null);
    if (own) return found(addressedFormally(s) ? 'formal' : 'pronoun', own.fix);
  }
  if (!client) {
    // (and one who receives: "Herr F. erhält einen AVGS …" — the job centre's or others' doing, done for the client)
    const passive = namedPersons(toks).find((p) => p.from === 0 && !fp && (isPassiveSubject(toks, p) || /^(?:erhält|bekommt)$/.test(toks[p.to]?.lower ?? '')));
    if (passive) {
      const name = s.text.slice(passive.start - s.start, passive.end - s.start);
      // (the job centre's "uns" beside her "ich" would read as hers: "Ich erhalte von uns …" — in its own heading it is
      // the job centre, "vom Jobcenter"; anywhere else, or another word of "wir": no fix)
      const fromUs = voice === 'jobcentre' && toks.some((t, k) => t.lower === 'uns' && toks[k - 1]?.lower === 'von');
      if (toks.some(isWe) && !fromUs) return found('name', null, [name]);
      const raw = rewriteThirdPerson(s, { from: 0, to: passive.to, verb: passive.to, inverted: false, ref: { gender: passive.gender, type: 'name', text: name }, formal: false });
      // (a later "ihn"/"ihm" of his left as it was would be someone else now: "…, der ihn trotz Duldung beschäftigen darf")
      const left = passive.gender === 'm' ? /(?<![\p{L}])(?:er|ihn|ihm|sein\p{L}*)(?![\p{L}])/u : passive.gender === 'f' ? /(?<![\p{L}])(?:ihr|ihre\p{L}*)(?![\p{L}])/u : null;
      const fixed = raw && fromUs ? usAsJobCentre(raw) : raw;
      return found('name', fixed && left && left.test(fixed) ? null : fixed, [name]);
    }
    // the client addressed as "Sie", receiving from the job centre: "Sie erhalten von uns Fahrtkosten …" → "Ich erhalte
    // vom Jobcenter Fahrtkosten …" ("uns" is the job centre, as case-workers-we.ts reads it; a "wir" or "unser" that
    // would read as hers: no fix)
    if (!fp && voice === 'jobcentre' && toks[0]?.text === 'Sie' && isWord(toks[1]) && /^(?:erhalten|bekommen)$/.test(toks[1].lower)) {
      if (!toks.some((t, k) => t.lower === 'uns' && toks[k - 1]?.lower === 'von')) return found('formal', null);
      const rewritten = rewriteThirdPerson(s, { from: 0, to: 1, verb: 1, inverted: false, ref: { gender: null, type: 'pronoun' }, formal: true });
      return found('formal', rewritten && usAsJobCentre(rewritten));
    }
    // the client addressed as "Sie", done for in the passive: "Sie werden von der Migrationsberatung … begleitet" → "Ich
    // werde …" (a participle at the clause's end, not "Sie werden … schicken", their future)
    if (!fp && toks[0]?.text === 'Sie' && isWord(toks[1]) && /^(?:werden|wurden)$/.test(toks[1].lower) && passiveParticipleEnd(toks)) {
      const rewritten = rewriteThirdPerson(s, { from: 0, to: 1, verb: 1, inverted: false, ref: { gender: null, type: 'pronoun' }, formal: true });
      return found('formal', rewritten && usAsJobCentre(rewritten));
    }
    // an entry that opens with the client as the one something is given to: "Ihnen wird ein AVGS … ausgestellt", "Ihm
    // wird ein Platz … angeboten" → "Mir wird …" (its first sentence only, where nothing before it could be meant;
    // nobody named, no "wir"; another word of his or hers in it: no fix)
    const given = c.first ? givenToClient(s) : null;
    if (given) return found(given.formal ? 'formal' : 'pronoun', given.fix);
    // the client addressed only formally, in someone else's sentence: "Ihnen werden die Kosten für Ihre … erstattet" →
    // "Mir werden die Kosten für meine … erstattet" (not where "Sie" acts, nor beside the job centre's "wir")
    if (!fp && toks[0]?.text !== 'Sie' && addressedFormally(s) && !toks.some(isWe) &&
      !namedPersons(toks).length && !clientNouns(toks).length) {
      const edits = formalEdits(s);
      if (edits?.length && toks[0]?.text === 'Ihnen') return found('formal', applyEdits(s.text, s.start, edits));
    }
    if (!fp) {
      const pronoun = clientPronounOutsideClientSections(s, c.first, voice);
      if (pronoun) return found(addressedFormally(s) ? 'formal' : 'pronoun', pronoun.fix);
    }
  }
  // (in her own headings too: "Ihr wird empfohlen, sich … zu informieren" → "Mir wird empfohlen, mich …")
  const given = client && !fp && c.first ? givenToClient(s) : null;
  if (given) return found(given.formal ? 'formal' : 'pronoun', given.fix);
  // "mein …" alone does not make a sentence speak as the client; "ich"/"wir" as its subject does.
  const speaker = toks.some((t) => t.kind === 'word' && /^(ich|wir)$/.test(t.lower));
  if (!client || speaker || OPEN_POINT.test(s.text.trim())) return null;
  // a named person who is not behind a preposition ("bei Frau Lindner") is the client, spoken of in the third person
  // (not a contact named in brackets after a firm or an office, with a role or a telephone: "bei Schreinerei Huber (Hr.
  // Huber, Tel. 08561 2347)", "bei der Kita „Sonnenblume“ (Leitung Fr. Gruber)")
  if (!fp && namedPersons(toks).some((n) => (n.from === 0 || !tagsOf(toks[n.from - 1]!.lower).includes('Preposition')) && !contactInBrackets(toks, n.from, n.to))) return found('name', null);
  // the client by her first name as the subject ("Kevin bewirbt sich …", "Lena möchte …"), or as "der junge Mann", as
  // plans for young clients write — flagged; a fix only where nothing says it may be her child (below)
  const firstName = isWord(toks[0]) && isCapitalised(toks[0]) && tagsOf(toks[0].lower).some((t) => t === 'MaleName' || t === 'FemaleName') && isWord(toks[1]) && looksFinite(toks[1]);
  // (in the entry's first sentence a first name of one gender acting in a grown-up's world is hers: "Kevin bewirbt sich
  // bis 15.03. auf …" — not beside school, nursery, an age or a relative, where it may be her child's)
  if (!fp && firstName && c.first && !mayBeChild(toks)) {
    const gender = firstNameGender(toks[0]!.lower);
    if (gender) return { ...found('name', rewriteThirdPerson(s, { from: 0, to: 1, verb: 1, inverted: false, ref: { gender, type: 'name', text: toks[0]!.text }, formal: false }), [toks[0]!.text]), subject: [0, 1] };
  }
  // (so too "Der junge Mann"/"Die junge Frau" as the subject of the entry's first sentence: plans for young clients write so)
  const young = /^(?:Der junge Mann|Die junge Frau)$/.test(toks.slice(0, 3).map((t) => t.text).join(' ')) && isWord(toks[3]) && looksFinite(toks[3]!);
  if (!fp && young && c.first && !hasKin(toks)) {
    const ref = { start: toks[0]!.start, end: toks[2]!.end, text: s.text.slice(0, toks[2]!.end - s.start), from: 0, to: 3, gender: toks[2]!.text === 'Mann' ? 'm' as const : 'f' as const, type: 'noun' as const };
    return { ...found('client-noun', rewriteThirdPerson(s, { from: 0, to: 3, verb: 3, inverted: false, ref, formal: false })), subject: [0, 3] };
  }
  if (!fp && (firstName || YOUNG_CLIENT.test(s.text))) return found('name', null);
  if (fp && hasFiniteVerbBeyond(toks, 0)) return null;

  // Items after a spaced dash are rewritten each on their own ("Teilnahme am Bewerbercenter – dort … schreiben"),
  // or there is no fix.
  if (whole) {
    const d = dashed(s, voice, c, found);
    if (d !== undefined) return d;
  }
  // A bracket or an "um … zu" clause at the end goes along unchanged (with the client's "sich" as "mich").
  return withTail(s, (core: Sentence, tail: Tail | null) => fragment(core, voice, found, tail, !!c.steps));
}

/**
 * The sentence's items after spaced dashes, each checked on its own (a later one that only says how much or by when
 * stays as it is: "… – mind. 3 an Betriebe im Handwerk"); undefined when it has none, null when no item is flagged.
 */
function dashed(s: Sentence, voice: Voice, c: SentenceContext, found: (issue: PersonIssue, fixText: string | null) => PersonFinding): PersonFinding | null | undefined {
  const items = dashItems(s);
  if (!items) return undefined;
  const aboutSomeone = (x: Sentence) => namedPersons(x.tokens).length > 0 || clientNouns(x.tokens).length > 0 || x.tokens.some((t) => isWord(t) && /^(?:er|sie|ihn|ihm|ihr\p{L}*|sein\p{L}*|Sie|Ihnen)$/u.test(t.text));
  const spec = (it: Sentence, i: number) => i > 0 && specification(it, (t) => looksFinite(t) || isVerbInfinitive(t.lower), aboutSomeone);
  const results = items.map((it, i) => (spec(it, i) ? null : checkDated(it, voice, c, false)));
  if (results.every((r) => !r)) return null;
  if (results.some((r) => r && !r.fix)) return found(results.find((r) => r)!.issue, null);
  return found(results.find((r) => r)!.issue, joinItems(s, items, results.map((r, i) => r?.fix?.text ?? items[i]!.text)));
}

/** A sentence without a subject: an impersonal duty, a noun-style or infinitive fragment, or a verbless fragment. */
function fragment(s: Sentence, voice: Voice, found: (issue: PersonIssue, fixText: string | null, clientNames?: string[]) => PersonFinding, tail: Tail | null, steps = false): PersonFinding | null {
  const toks = s.tokens;
  const words = toks.filter((t) => t.kind !== 'punct');
  if (!words.length) return null;
  const fixWith = (text: string | null): string | null => (text === null ? null : tail ? tail.attach(text) : text);
  // A plural verb looks like an infinitive; fragments end with theirs ("Aus dem Plan ergeben sich …" is a sentence).
  const last = lastWordIndex(toks);
  // (not one of two infinitives in a row: "machen lassen")
  // (a participle before its noun is an adjective: "eine besser bezahlte Stelle")
  const adjective = (k: number) => /(?:te|ten|tes|ter|tem)$/.test(toks[k]!.lower) && isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!) && !isFunctionWord(toks[k + 1]!);
  const quotes = toks.some((t) => /^[„“"»«]$/.test(t.text));
  const finiteIdx = toks.findIndex((t, k) => k > 0 && !(quotes && quotedAt(toks, k)) && ((looksFinite(t) && !adjective(k) && !(k === last && FRAGMENT_FINAL.test(t.lower) && !/^(?:sie|wir)$/.test(toks[0]!.lower))) ||
    (k < last && looksInfinitive(t) && !/^(und|oder|,)$/.test(toks[k + 1]?.lower ?? '') && !looksInfinitive(toks[k + 1]))));
  if (finiteIdx >= 0) {
    const duty = impersonalDuty(s, finiteIdx, steps);
    if (duty) return found('impersonal', fixWith(duty.fix), duty.clientNames);
    // (a job among her goals with a clause of its own after it: "Vollzeitstelle als Lagerist, sobald …")
    const job = voice === 'wish' ? jobGoal(s) : null;
    return job ? found('fragment', fixWith(job)) : null;
  }
  // No finite verb and no "ich": a heading-style fragment. An infinitive at its end makes it an infinitive fragment,
  // whatever it starts with ("Anerkennung des Abschlusses beantragen").
  const head = words[0]!;
  // (a title in quotes at the end is no verb of hers: "Teilnahme an der Maßnahme „Jugend stärken“")
  if (quotes && quotedAt(toks, last)) return found(isNominalisation(head.text) ? 'noun-style' : 'fragment', null);
  if (looksInfinitive(toks[last]) && words.length > 1) return found('infinitive', /^(er|sie|es|man)$/.test(head.lower) ? null : fixWith(rewriteInfinitive(s, voice)));
  if (isNominalisation(head.text) || (words[1] && isNominalisation(words[1].text) && ADVERB_FROM_ADJ.test(head.lower))) {
    return found('noun-style', fixWith(rewriteNounStyle(s, voice) ?? (voice === 'wish' ? jobGoal(s) : null)));
  }
  if (looksInfinitive(toks[last])) return found('infinitive', /^(er|sie|es|man)$/.test(head.lower) ? null : fixWith(rewriteInfinitive(s, voice)));
  // A personal pronoun and a lower-case word are a clause whose verb the lexicon does not know ("Sie kosten mich
  // nichts." — "sie" the things just named, not the client: a verb in the plural and the client as "mich").
  if (/^(er|sie|es|wir|ihr|man)$/.test(head.lower) && words[1] && isLower(words[1]) && !isFunctionWord(words[1])) return null;
  // Anything else without a verb ("Arbeit als Lagerhelfer.") is a fragment: flag it, no sure rewrite — but a count of
  // her applications among her steps ("2 Bewerbungen pro Woche") is what she writes, a job among her goals what she
  // wants to find ("Vollzeitstelle als Lagerist")
  return words.length >= 2 ? found('fragment', steps ? fixWith(countedApplications(s)) : voice === 'wish' ? fixWith(jobGoal(s)) : null) : null;
}
