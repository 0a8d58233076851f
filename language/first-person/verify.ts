/**
 * A second look at a finished rewrite, independent of how it was built: slips a German reader sees at once and that no
 * construction's own steps check. Each construction decides what it can rewrite; this file only refuses a result that
 * shows one of these flaws, and the rule then reports the finding without a fix ("A wrong answer is worse than none").
 *
 * - a separable verb left whole in second position ("Ich teilnehme …", "Danach einreiche ich …")
 * - a verb after "und" still in the third person while its clause now speaks as "ich" ("Ich reagiere … und bewirbt sich")
 * - a verb after "und" still in the formal plural once "Sie" is "ich" ("Ich melde mich an und setzen …")
 * - the formal "Sie"/"Ihnen" left once the client speaks as "ich" ("Mein Betreuer hilft Ihnen …")
 * - a "bitte" left beside "ich" ("…, Nachweise bitte … mitbringen"): someone still asks her
 * - "beide"/"gemeinsam" beside "ich" ("Ich melde mich beide …"): the original spoke of two people
 * - a verb's particle put between a date and its time after a comma ("… am Do teil, 12.03., 10 Uhr")
 * - "du"/"deine" left beside "ich"; "mein" before an article ("ob mein der Beruf gefällt")
 * - a list marker that no longer opens its line ("Ich reiche - eine …"), or a line lost or added
 * - "mich" before an accusative object of its own ("Ich verschaffe mich einen Überblick"), or made of another clause's
 *   "sich" behind its verb ("…, sonst verzögert mich mein Antrag")
 */
import { infinitiveOfParticiple, isThirdPersonPresent, isVerbInfinitive, MODALS, tagsOf } from '../language';
import { COUNT_OBJECT, genderOf, isMassNoun, looksPlural } from '../nouns';
import { isPersonNoun } from './antecedents';
import { takesPersonAccusative } from './object-case';
import { INSTITUTION_GENDER, SEPARABLE_PREFIXES } from '../lexicon';
import { dotEndsSentence, tokenize, type Token } from '../tokens';
import { clauseEndIndex, ICH_WORD, isFunctionWord, MY_WORD, isPreposition, rangeDash, SUBORDINATOR, UND_SHORT, WE_TOGETHER, type Voice } from './common';

const PARTICLE_IN_QUOTE = /\s(?:teil|ein|an|auf|vor|ab|mit|aus|fest|nach|bei|zurück|weiter|wahr|statt|zu|um|los)['’“”"»«‘]/u;
const LABEL_COLON = /^(?:\S+\s+){0,2}\S+:\s/u;
const DOUBLE_MARK = /[,;:]\s*[.,;!?]/;
// an article or determiner after "und" opens a second object, no verb ("Ich reiche den Mietvertrag und den Bescheid ein")
const NOT_A_VERB = /^(?:den|einen|meinen|deinen|seinen|ihren|unseren|diesen|jeden|keinen|allen|beiden|anderen|weiteren)$/;

export type RewriteFlaw = 'formal-left' | 'particle-not-split' | 'third-person-verb-left' | 'formal-verb-left' | 'jobcentre-verb-left' | 'list-marker' | 'punctuation' | 'reflexive-case' | 'reflexive-missing' | 'reflexive-left' | 'predicate-left' | 'request-left' | 'plural-left' | 'date-split' | 'du-left' | 'possessive-before-article' | 'office-without-article' | 'we-left' | 'client-left' | 'verbless-clause' | 'bare-noun' | 'passive-case' | 'observer';

// particles that also begin inseparable verbs ("wiederholen", "umgehen", "durchsuchen") cannot tell a slip
const SURE_PARTICLES = SEPARABLE_PREFIXES.filter((p) => !/^(?:wieder|um|durch)$/.test(p));
/** "teilnehme" = "teil" + a verb form of its own ("nehme"); "absolviere" is no "ab" + verb. */
function gluedParticle(lower: string): boolean {
  for (const p of SURE_PARTICLES) {
    if (!lower.startsWith(p)) continue;
    const rest = lower.slice(p.length);
    if (rest.length < 3) continue;
    const tags = tagsOf(rest);
    if (tags.includes('FirstPerson') || tags.includes('ThirdPerson')) return true;
    if (/e$/.test(rest) && isVerbInfinitive(`${rest}n`)) return true;
  }
  return false;
}

const COORDINATION = /^(?:und|oder|sowie)$/;
// who else a clause could be about, between "ich" and the "und …" (a pronoun, a relative pronoun after a comma)
const OTHER_SUBJECT = /^(?:er|sie|es|wir|ihr|man)$/;
const RELATIVE = /^(?:der|die|das|welche|welcher|welches|deren|dessen)$/;
// nouns of time a "mich" may stand before ("Ich melde mich einen Tag vorher")
const TIME_NOUN = /^(?:tag|woche|monat|jahr|mal|stunde|moment|halbjahr|wochenende|vormittag|nachmittag|abend|morgen|zeitraum)$/;
const MARKER = /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+/;

const PREDICATE = /^(?:erforderlich|notwendig|nötig|sinnvoll|möglich|unmöglich|geplant|vorgesehen|realistisch|unrealistisch|gewünscht|angestrebt|ausstehend|fraglich|unklar|geklärt|erledigt|vereinbart|gesichert|zielführend|vorrangig)$/;
// verbs a predicate may close ("Ich bin …", "Ich halte das für sinnvoll", "Ich finde es wichtig")
const COPULA = /^(?:bin|war|werde|wurde|bleibe|finde|fand|halte|hielt)$/;
// first persons of verbs that are always reflexive ("Ich kümmere mich …")
const ALWAYS_REFLEXIVE = /^(?:kümmere|bemühe|erkundige|beeile|bedanke|bewerbe)$/;
const AUXILIARY = /^(?:habe|hatte|bin|war|werde|wurde|ist|hat|wird|sind)$/;
// modals whose "ich" and "er" forms are one ("kann", "muss", "möchte" …)
const sameForIch = (w: string): boolean => MODALS[w] === w;
// where a clause ends or another may begin, looking back from a verb
const CLAUSE_BREAK = /^(?:[,;:–]|-|und|oder|sowie|aber|denn|sondern|doch)$/;
const W_WORD = /^(?:wann|was|wer|wen|wem|wo|wohin|woher|wozu|warum|wieso|weshalb|welche|welcher|welches|welchen)$/;
// subordinators that are no prepositions too ("bis", "seit", "während" are both)
const SUBORDINATE_ONLY = (lower: string) => SUBORDINATOR.test(lower) && !/^(?:bis|seit|während|da|wie)$/.test(lower);

// the job centre's or a couple's "wir", anywhere in a text
const WE = /(?<![\p{L}])(?:wir|uns|unser\p{L}*)(?![\p{L}])/iu;

// (not "gemeinsam mit …": "Ich gehe gemeinsam mit meiner Frau …")
const BOTH = /(?<![\p{L}])(?:beide|beiden|(?:gemeinsam|zusammen)(?!\s+mit\s))(?![\p{L}])/iu;
// the client's short forms, also in the genitive ("Kdins.", "Kds.")
const CLIENT_SHORT = /(?<![\p{L}])(?:Kd|Kdin|Kdn|Kdins|Kds|eLb|ELB|eLbs)(?![\p{L}])/u;
const ICH_BOTH = new RegExp(`(?<![\\p{L}])(?:ich|mich|mir)\\s+(?:\\p{L}+\\s+)?${BOTH.source}`, 'iu');
// (the particle alone or its infinitive: "teil, 9–13 Uhr", "teilnehmen, 9–13 Uhr"; a date or a clock time — "teil, 3x
// wöchentl." is how often, not when)
const PARTICLE_THEN_NUMBER = new RegExp(`(?<![\\p{L}])(?:${SEPARABLE_PREFIXES.join('|')})(?:\\p{Ll}*en)?,\\s*(?:\\d{1,2}\\.\\s*(?:\\d{1,2}\\.|\\p{L})|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[–-]\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*)?Uhr|\\d{1,2}:\\d{2})`, 'u');

/** The first flaw the rewrite of `before` into `after` shows, or null when a reader would find none of these. */
// a label's colon, then "sie"/"er" with a verb in the singular ("…: sie kann …", "…: er hat …", "…: sie arbeitet …")
const LABEL_THEN_PRONOUN = /:\s+(?:sie|er)\s+(?:kann|muss|will|soll|darf|möchte|ist|hat|wird|\p{Ll}+t)(?![\p{L}])/u;

// a name in the vocative closing a sentence (", Frau van der Berg.")
const VOCATIVE = /,\s+(?:Herr|Frau)\s+(?:(?:\p{Lu}[\p{L}'’-]*|van|von|der|de|den|al|el)\.?\s*){1,5}[.!?](?:\s|$)/u;

// how she came across, said by the one who saw her
// (not "mitwirken": "Ich wirke aktiv an der Maßnahme mit"; "erscheinen" is attending: "Ich erscheine pünktlich")
const IMPRESSION = /(?<![\p{L}])(?:ich|Ich) (?:(?:wirke|wirkte)(?![^.;!?]*\smit(?:[.;!?,]|$))(?![\p{L}])|(?:mache|machte|hinterlasse|hinterließ) [^.;!?]*Eindruck)/u;

export function rewriteFlaw(before: string, after: string, voice?: Voice): RewriteFlaw | null {
  // (the short "u." joins clauses like "und": "Ich verpflichte mich, … zu bearbeiten, u. teilt …")
  before = before.replace(UND_SHORT, 'und');
  after = after.replace(UND_SHORT, 'und');
  const b = before.split('\n');
  const a = after.split('\n');
  if (a.length !== b.length) return 'list-marker';
  for (const [i, line] of b.entries()) {
    const m = MARKER.exec(line);
    if (m && !a[i]!.startsWith(m[0].trimEnd())) return 'list-marker';
  }
  if (/(?:^|[.!?]\s+)Ich\s+\p{L}+\s+[-–•]\s/mu.test(after)) return 'list-marker';
  if (/(?<!\.)\.\.(?!\.)/.test(after) && !/(?<!\.)\.\.(?!\.)/.test(before)) return 'punctuation';
  // a note's label and its colon drawn into her sentence ("Bis 14.02.2027: Kontoauszüge einreichen" → "Ich reiche bis
  // 14.02.2027: meine …"): the colon now cuts the sentence
  if (LABEL_COLON.test(before) && /(?:^|[.!?;]\s+)Ich\s[^:!?;]*:\s/u.test(after)) return 'punctuation';
  // a verb's particle put inside a quoted title ("an MAT 'Fit für den Job teil'")
  if (PARTICLE_IN_QUOTE.test(after) && !PARTICLE_IN_QUOTE.test(before)) return 'punctuation';
  // (two marks where a word between them went: "… mit,.", "… ein, ;")
  if (DOUBLE_MARK.test(after) && !DOUBLE_MARK.test(before)) return 'punctuation';

  // a note's label made hers ("Mail von Kd.: sie kann …" → "Meine Mail: sie kann …") while the part after its colon still
  // speaks of her as "sie"/"er" with a verb of one person: half done
  if (MY_WORD.test(after) && LABEL_THEN_PRONOUN.test(after) && LABEL_THEN_PRONOUN.test(before)) return 'client-left';

  // the client addressed by name at the end, left after she speaks ("Ich bin verpflichtet, …, Herr Nguyễn Văn Bình."):
  // now someone speaks to her — half done
  if (ICH_WORD.test(after) && VOCATIVE.test(after)) return 'client-left';

  // the case worker's impression of her ("Kd. wirkte im Gespräch motiviert") made her own: "Ich wirkte motiviert" says
  // what someone else saw — no fix
  if (IMPRESSION.test(after) && !IMPRESSION.test(before)) return 'observer';

  // the client addressed as "Sie" in the original: once she speaks as "ich", no "Sie"/"Ihnen"/"Ihre" may stay
  // ("Mein Betreuer hilft Ihnen …", "Sie werden von meiner Betreuerin unterstützt")
  const formalMid = /(?<=[\p{L}\d,)]\s+)(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u;
  if (formalMid.test(before) && /(?<![\p{L}])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u.test(after) && /(?<![\p{L}])(?:ich|mich|mir|mein\p{L}*)(?![\p{L}])/iu.test(after)) return 'formal-left';

  // a request left standing beside the client's own "ich" ("…, Nachweise bitte … mitbringen", "Ich melde mich bitte …"):
  // someone still asks her — the part was not rewritten, or reads as her asking herself ("… und bitte um …" is her verb)
  if (ICH_WORD.test(after) && /(?<![\p{L}]|(?<![\p{L}])ich\s)bitte(?![\p{L}])(?!\s+um(?![\p{L}]))/iu.test(after)) return 'request-left';

  // the client addressed as "du" left beside "ich" ("Ich melde mich … an und bringst deine Zeugnisse mit")
  if (ICH_WORD.test(after) && /(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?![\p{L}])/u.test(after)) return 'du-left';
  // an office after "an"/"in"/"auf"/"über" without its article in a sentence of hers ("Ich melde mich an JC …"): its
  // case depends on the verb, and a note's shorthand is no sentence
  if (ICH_WORD.test(after) && officeWithoutArticle(after)) return 'office-without-article';
  // in the job centre's and others' headings, the job centre's "wir"/"uns" left beside her new "ich" ("Ich erhalte vom
  // Jobcenter …; außerdem übernehmen wir …"): it would now read as hers and someone else's together (in her own headings
  // "wir" may be she and the case worker: "… besprechen wir beim nächsten Termin")
  if ((voice === 'jobcentre' || voice === 'others') && !ICH_WORD.test(before) && ICH_WORD.test(after) && WE.test(before) && WE.test(after) && !WE_TOGETHER.test(after)) return 'we-left';
  // the client's short form left beside her new "ich" ("Die Tagesmutter betreut Kdins. Sohn …, sodass ich …"): half
  // of the sentence is still about her
  if (ICH_WORD.test(after) && CLIENT_SHORT.test(after)) return 'client-left';
  // "mein" before an article: a pronoun taken for a possessive ("ob mein der Beruf gefällt")
  if (/(?<![\p{L}])mein(?:e[mnrs]?)?\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer)(?![\p{L}])/iu.test(after)) return 'possessive-before-article';
  // "beide"/"gemeinsam" said of who acts: "Sie melden sich beide …" were two people — "ich" cannot be both
  // (not where "ich" is one of two: "Mein Mann und ich suchen gemeinsam …")
  if (ICH_BOTH.test(after) && BOTH.test(before) && !WE_TOGETHER.test(after)) return 'plural-left';
  // a particle that ends the verb put before a date or time that went on after a comma ("Ich nehme am Infotag am Do
  // teil, 12.03., 10 Uhr."): the date torn from what it dates
  if (PARTICLE_THEN_NUMBER.test(after)) return 'date-split';

  const bt = tokenize(before);
  const unchanged = new Set(bt.filter((t) => t.kind === 'word').map((t) => t.text));
  const formalBefore = /(?:^|[.!?:]\s+|\n\s*(?:[-–•*·▪]\s+)?)Sie\s/u.test(before);
  const at = tokenize(after);
  // a subordinate clause without a verb, kept from a note ("Klärung, ob EM-Rente oder Reha vorrangig" → "Ich möchte
  // klären, ob EM-Rente oder Reha vorrangig"): in her sentence it is a clause that never ends
  const ich = ICH_WORD.test(after);
  if (ich && verblessClause(at)) return 'verbless-clause';
  // a note's bare noun kept where her sentence needs its article: the object right after "Ich" and its verb ("Ich strebe
  // Ausbildung … an"), a person after a preposition ("… mit Vermieter klären")
  if (ich && bareNoun(at)) return 'bare-noun';
  // a note's instruction left after a dash once the part before speaks as "ich" ("Ich habe am 18.01. ein Gespräch –
  // Zeugnisse mitnehmen!"): someone still tells her what to do, half done
  if (ich && infinitiveAfterDash(at)) return 'verbless-clause';
  // "Mir wird … begleitet": a passive whose participle takes the person in the accusative has her as "Ich werde …"
  if (accusativePassive(at)) return 'passive-case';
  // the words of the rewrite, as indices into its tokens
  const wi = at.flatMap((t, i) => (t.kind === 'word' ? [i] : []));
  const formalAfter = wi.some((i) => at[i]!.text === 'Sie');
  const weBecameJobCentre = /^Wir\s/.test(before) && /^Das Jobcenter\s/.test(after);

  for (const [k, i] of wi.entries()) {
    const t = at[i]!;
    const prev = k > 0 ? at[wi[k - 1]!] : undefined;
    const next = at[wi[k + 1] ?? -1];
    // the finite verb in second position: after a sentence-opening "Ich", or before an inverted "ich"
    const opensWithIch = prev?.text === 'Ich';
    const invertedBefore = next?.text === 'ich' && k > 0 && !SUBORDINATOR.test(t.lower) && !COORDINATION.test(t.lower);
    if ((opensWithIch || invertedBefore) && t.text === t.lower && gluedParticle(t.lower)) return 'particle-not-split';

    // a verb the rewrite left as it was, in a clause that now speaks as "ich"; after "und" also one the lexicon does not
    // know, misspelt in the original ("Ich bewerbe mich … und weisst meine Bemühungen … nach")
    if (unchanged.has(t.text) && t.text === t.lower && thirdPerson(t.lower, clauseWords(at, i).at(-1)?.lower) && speaksAsIch(at, i)) return 'third-person-verb-left';
    // (a modal, the same for "ich" and "er", run on after her verb without a comma: "Ich habe Rückenprobleme kann nicht …")
    if (unchanged.has(t.text) && sameForIch(t.text) && runOnModal(at, i)) return 'third-person-verb-left';
    if (prev?.lower === 'und' && unchanged.has(t.text) && t.text === t.lower && /(?:[^s]t|sst)$/.test(t.lower) && t.lower !== 'nicht' &&
      !tagsOf(t.lower).some((x) => !/Person|PresentTense/.test(x)) && speaksAsIch(at, i)) return 'third-person-verb-left';
    if (formalBefore && !formalAfter && prev && (COORDINATION.test(prev.lower) || (prev.text === '.' && at[i - 2]?.lower === 'bzw')) && unchanged.has(t.text) && /en$/.test(t.lower) &&
      !NOT_A_VERB.test(t.lower) && !tagsOf(t.lower).some((x) => /^(?:Determiner|Pronoun|Preposition)$/.test(x)) &&
      !/^\s*(?:[.,;!?)]|$)/.test(after.slice(t.end)) && speaksAsIch(at, i)) return 'formal-verb-left';

    // the job centre's "wir" became "Das Jobcenter": a second verb of it left in the plural ("Das Jobcenter unterstützt
    // mich … und schicken mir …")
    if (weBecameJobCentre && prev && COORDINATION.test(prev.lower) && unchanged.has(t.text) && t.text === t.lower && /en$/.test(t.lower) &&
      isVerbInfinitive(t.lower) && !/^\s*(?:[.,;!?)]|$)/.test(after.slice(t.end))) return 'jobcentre-verb-left';
    // a reflexive made "mich"/"mir" after "und"/"oder" whose verb at the end of its part stayed ("…, umziehe oder mich
    // länger … aufhält")
    if ((t.lower === 'mich' || t.lower === 'mir') && prev && /^(?:und|oder)$/.test(prev.lower) && ichEarlierInSentence(at, i)) {
      const end = clauseWords(at, i).at(-1);
      if (end && unchanged.has(end.text) && end.text === end.lower && thirdPerson(end.lower, undefined)) return 'third-person-verb-left';
    }
    // "sich" in a clause that now speaks as "ich" ("wenn ich sich … bewerben möchte")
    if (t.lower === 'sich' && speaksAsIch(at, i)) return 'reflexive-left';

    // a "sich" made "mich"/"mir" behind a verb left in the third person: the reflexive of someone else's clause
    // ("…, sonst verzögert mich mein Antrag")
    if ((t.lower === 'mich' || t.lower === 'mir') && prev && unchanged.has(prev.text) && prev.text === prev.lower && isThirdPersonPresent(prev.lower) &&
      new RegExp(`(?<![\\p{L}])${prev.text}\\s+sich(?![\\p{L}])`, 'u').test(before)) return 'reflexive-case';
    if (t.lower === 'mich') {
      // (a "mich" after a preposition is its object, not a reflexive: "vereinbart für mich … einen Termin")
      if (!isPreposition(prev) && speaksAsIch(at, i) && ownAccusativeAfter(at, i)) return 'reflexive-case';
      // "lassen" with an object of its own: the reflexive is dative ("lasse mir die Einschränkungen attestieren")
      if (prev?.lower === 'lasse' && /^(?:den|die|das|einen|eine|ein)$/.test(next?.lower ?? '')) return 'reflexive-case';
      // imagining something takes the dative ("Ich kann mir vorstellen, … zu arbeiten")
      if (next?.lower === 'vorstellen' && /^\s*,\s*(?:dass\s|.*\szu\s\p{L}+en\b)/u.test(after.slice(next.end))) return 'reflexive-case';
    }
    if (ALWAYS_REFLEXIVE.test(t.lower) && (opensWithIch || invertedBefore) && !clauseWords(at, i).some((w) => /^(?:mich|mir)$/.test(w.lower))) return 'reflexive-missing';
    if (PREDICATE.test(t.lower) && /^\s*(?:[.;!?]|$)/.test(after.slice(t.end)) && closesIchClause(at, i)) return 'predicate-left';
  }
  return null;
}

/** Does an "ich" stand before token `i` in its sentence (to a semicolon or a sentence's end)? */
function ichEarlierInSentence(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && !/^[;!?]$/.test(toks[j]!.text) && !(toks[j]!.text === '.' && toks[j - 1]?.kind !== 'num'); j--) if (toks[j]!.lower === 'ich') return true;
  return false;
}

/** The words of the clause from token `i` on, to its next comma, semicolon or sentence end. */
function clauseWords(toks: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < toks.length && !/^[,;.!?:]$/.test(toks[j]!.text); j++) if (toks[j]!.kind === 'word') out.push(toks[j]!);
  return out;
}

/** A predicate at the end of a clause whose "ich" has a verb of its own that no predicate completes ("Ich kläre … erforderlich"). */
function closesIchClause(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = toks[j]!;
    // (an ordinal's dot is no sentence end: "in den 1. AM")
    if (/^[,;!?:]$/.test(w.text) || (w.text === '.' && toks[j - 1]?.kind !== 'num')) return false;
    if (w.lower === 'ich') {
      const verb = toks[j + 1]?.text === toks[j + 1]?.lower ? toks[j + 1] : toks[j - 1];
      return !!verb && !COPULA.test(verb.lower) && !/^(?:kann|muss|möchte|will|soll|darf)$/.test(verb.lower);
    }
  }
  return false;
}

/** An accusative object after the "mich" at token `i`, in its own clause ("mich bis Ende März einen Überblick"; not "mich auf einen …"). */
function ownAccusativeAfter(toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if ((t.kind === 'punct' && /^[,;:.!?()–-]$/.test(t.text)) || COORDINATION.test(t.lower)) return false;
    if (t.lower !== 'einen') continue;
    const noun = toks.slice(k + 1).find((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text));
    return !!noun && !TIME_NOUN.test(noun.lower) && !isPreposition(toks[k - 1]);
  }
  return false;
}

/**
 * Is "ich" the subject of the clause the verb at token `i` stands in? Back to "ich" with no one else between, over
 * brackets; a verb right after "und" continues the clause before ("Ich reagiere … und bewirbt sich").
 */
/** A verb in the third person singular, as the lexicon knows it or with its particle at the clause's end (`last`: "teilt … mit"). */
function thirdPerson(lower: string, last: string | undefined): boolean {
  if (isThirdPersonPresent(lower) || /^(?:ist|hat|wird)$/.test(lower)) return true;
  return !!last && SEPARABLE_PREFIXES.includes(last) && /e?t$/.test(lower) && isVerbInfinitive(last + lower.replace(/e?t$/, 'en'));
}

/** Does a zu-infinitive end right before token j ("zu bearbeiten", "vorzulegen")? */
function zuInfinitiveBefore(toks: readonly Token[], j: number): boolean {
  const v = toks[j - 1];
  return v?.kind === 'word' && (toks[j - 2]?.lower === 'zu' || /^\p{L}+zu\p{L}+en$/u.test(v.lower)) && isVerbInfinitive(v.lower.replace(/^(\p{L}+)zu(\p{L}+en)$/u, '$1$2'));
}

/** Is the "ich" at j one of two who act together, its verb in the plural ("Mein Mann und ich suchen …")? */
function weTogether(toks: readonly Token[], j: number): boolean {
  const v = toks[j + 1];
  return toks[j - 1]?.lower === 'und' && v?.kind === 'word' && v.text === v.lower && /(?:en|ern|eln)$|^sind$/.test(v.lower);
}

function speaksAsIch(toks: readonly Token[], i: number): boolean {
  if (AUXILIARY.test(toks[i + 1]?.lower ?? '')) return false;
  let depth = 0;
  const continues = COORDINATION.test(toks[i - 1]?.lower ?? '');
  for (let j = i - 1; j >= 0; j--) {
    const w = toks[j]!;
    if (w.text === ')') { depth++; continue; }
    if (w.text === '(') {
      if (!depth) return false;
      depth--;
      continue;
    }
    if (depth) continue;
    // (after an inverted auxiliary the word is a participle: "… bin ich … nicht zur Arbeitsaufnahme verpflichtet")
    // (and "… und ich" with a verb in the plural is "wir": "Mein Mann und ich nehmen … teil und klären …")
    if (w.lower === 'ich') return !AUXILIARY.test(toks[j - 1]?.lower ?? '') && !weTogether(toks, j);
    // a zu-infinitive clause between ("Ich verpflichte mich, … zu bearbeiten, und teilt …"): the verb after "und" goes
    // on from the clause before it
    if (continues && w.text === ',' && zuInfinitiveBefore(toks, j)) {
      const open = toks.slice(0, j).map((x) => x.text).lastIndexOf(',');
      if (open < 0) return false;
      j = open;
      continue;
    }
    // with an auxiliary the word is a participle ("Ich habe … absolviert", "wenn ich verhindert bin") — where it can be
    // one ("Ich habe Rückenprobleme geht nicht …" is a second verb, run on without a comma)
    if (AUXILIARY.test(w.lower) && (infinitiveOfParticiple(toks[i]!.lower) !== null || !isThirdPersonPresent(toks[i]!.lower) || /^(?:ist|hat|wird)$/.test(toks[i]!.lower))) return false;
    // (a date set off by commas on both sides is no clause: "Ich rufe bis Freitag, 20.11.2026, … an und fragen …")
    if (w.text === ',' && toks[j - 1]?.kind === 'num') {
      let k = j - 1;
      while (k > 0 && (toks[k]!.kind === 'num' || toks[k]!.text === '.')) k--;
      if (toks[k]?.text === ',') { j = k; continue; }
    }
    if (!(continues && j === i - 1) && CLAUSE_BREAK.test(w.lower)) return false;
    // (an abbreviation's dot is no sentence end: "auf mind. 8 Stellen … und weisst …")
    if (/^[!?]$/.test(w.text) || (w.text === '.' && dotEndsSentence(toks as Token[], j))) return false;
    if (OTHER_SUBJECT.test(w.lower) || SUBORDINATE_ONLY(w.lower) || W_WORD.test(w.lower) || /^(?:Frau|Herr|Herrn)$/.test(w.text)) return false;
    if (RELATIVE.test(w.lower) && toks[j - 1]?.text === ',') return false;
  }
  return false;
}

/** Does the modal at i run on after the verb of an "ich" in its clause, with no comma or "und" between ("Ich habe Rückenprobleme kann …")? */
function runOnModal(toks: readonly Token[], i: number): boolean {
  // (a modal after its infinitive ends a clause of its own: "…, damit ich ab August arbeiten kann")
  const before = toks[i - 1];
  if (!before || before.kind !== 'word' || isVerbInfinitive(before.lower) || /^(?:werden|sein|haben|lassen)$/.test(before.lower)) return false;
  const opens = (w: Token) => w.text === '(' || w.text === ')' || CLAUSE_BREAK.test(w.lower) || /^[.!?]$/.test(w.text);
  const subordinate = (w: Token) => SUBORDINATE_ONLY(w.lower) || W_WORD.test(w.lower) || RELATIVE.test(w.lower) || w.lower === 'zu';
  for (let j = i - 1; j >= 0; j--) {
    const w = toks[j]!;
    if (opens(w) || subordinate(w)) return false;
    if (w.lower !== 'ich') continue;
    if (!(j + 1 < i - 1 && toks[j + 1]!.kind === 'word' && toks[j + 1]!.text === toks[j + 1]!.lower)) return false;
    // ("ich" in a clause that a subordinator opens is no main clause of hers)
    for (let k = j - 1; k >= 0 && !opens(toks[k]!); k--) if (subordinate(toks[k]!)) return false;
    return true;
  }
  return false;
}

function officeWithoutArticle(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}])(?:an|in|auf|über)\s+([\p{L}-]+)(?![\p{L}\d-])/giu)) if (INSTITUTION_GENDER[m[1]!]) return true;
  return false;
}

const NO_OBJECT_VERB = /^(?:laufen|kommen|folgen|fehlen|stehen|liegen|gehen|bleiben|passen|ruhen|bestehen|entfallen|erfolgen|starten|beginnen|enden|dauern|warten|klappen|reichen|ausstehen|anstehen|vorliegen)$/;
/**
 * Is there a part after a dash that ends in an infinitive, with no finite verb and no "ich" of its own ("– Zeugnisse
 * mitnehmen!"), also a later piece after a comma ("… – tgl. aufstehen bis 8 Uhr, wö. Termin bei AGH einhalten")?
 */
function infinitiveAfterDash(toks: Token[]): boolean {
  for (let k = 1; k < toks.length; k++) {
    if (!noteDash(toks, k)) continue;
    for (let j = k; j < toks.length && toks[j]!.text !== ';';) {
      const piece = instructionPiece(toks, j + 1);
      if (piece.instruction) return true;
      j = piece.end;
      if (toks[j]?.text !== ',') break;
    }
  }
  return false;
}

/** The dash before such a part, up to its first comma (a note's instruction: "… bei Rossmann – Zeugnisse mitnehmen!"), or -1. */
export function dashInstruction(all: readonly Token[]): number {
  const toks = all as Token[];
  for (let k = 1; k < toks.length; k++) if (noteDash(toks, k) && instructionPiece(toks, k + 1).instruction) return k;
  return -1;
}

/** A dash between two parts of a sentence: no range ("02.–13.11."), no hyphen, no list's marker after a full stop, ";" or ":". */
const noteDash = (toks: Token[], k: number): boolean =>
  /^[–—-]$/.test(toks[k]!.text) && !rangeDash(toks, k) && toks[k - 1]?.end !== toks[k]!.start && !/^[.;:!?]$/.test(toks[k - 1]!.text);

/**
 * The piece that starts at `from` and ends before a comma, a dash, ";", "!", "?" or the sentence's end: does it end in an
 * infinitive with no finite verb and no "ich" of its own — not a verb that has no object, whose plural is finite with the
 * piece's noun as its subject ("– Bewerbungen laufen")? `end`: the token that ends it.
 */
function instructionPiece(toks: Token[], from: number): { instruction: boolean; end: number } {
  let last: Token | null = null, finite = false, j = from;
  for (; j < toks.length && !/^[,–—;!?]$/.test(toks[j]!.text) && !(toks[j]!.text === '.' && dotEndsSentence(toks, j)); j++) {
    const w = toks[j]!;
    if (w.kind !== 'word') continue;
    if (/^(?:ich|mich|mir|zu|um)$/.test(w.lower) || (w.text === w.lower && (AUX_OR_MODAL.test(w.lower) || isThirdPersonPresent(w.lower)))) finite = true;
    last = w;
  }
  return { instruction: !finite && !!last && last.text === last.lower && isVerbInfinitive(last.lower) && !NO_OBJECT_VERB.test(last.lower), end: j };
}

const AUX_OR_MODAL = /^(?:kann|können|muss|müssen|darf|dürfen|soll|sollen|will|wollen|mag|möchte|möchten|ist|sind|bin|war|hat|habe|haben|wird|werde|werden|gibt|geht|klappt|passt|reicht)$/;
/** Does a clause after "ob"/"dass"/"wenn"/… end without any word that can be its verb? (Brackets and short forms' full stops are inside it.) */
function verblessClause(toks: Token[]): boolean {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !(SUBORDINATE_ONLY(t.lower) || t.lower === 'da') || toks[k - 1]?.text !== ',') continue;
    let verb = false, j = k + 1, depth = 0;
    // (the clause's verbs and its last word: a participle alone at its end is no verb of the clause — "sobald Kita-Platz
    // … gesichert")
    let verbs = 0, lastVerb: Token | null = null, lastWord: Token | null = null;
    for (; j < toks.length; j++) {
      const w = toks[j]!;
      if (w.text === '(') depth++;
      else if (w.text === ')') depth = Math.max(0, depth - 1);
      else if (depth) continue;
      else if ((/^[,;:–—!?]$/.test(w.text) && !rangeDash(toks, j)) || (w.text === '.' && dotEndsSentence(toks, j))) break;
      else if (w.kind === 'word' && w.text === w.lower && (AUX_OR_MODAL.test(w.lower) || isThirdPersonPresent(w.lower) || isVerbInfinitive(w.lower) ||
        tagsOf(w.lower).some((x) => /Tense|Infinitive|Participle|Verb/.test(x)) || (!isFunctionWord(w) && /(?:[^i]t|en|ern|eln|te|st|e)$/.test(w.lower)))) { verb = true; verbs++; lastVerb = w; }
      if (w.kind === 'word') lastWord = w;
    }
    const only = verbs === 1 ? lastVerb : null;
    if (only && only === lastWord && /^ge\p{L}+(?:t|en)$/u.test(only.lower) && tagsOf(only.lower).includes('Participle') &&
      !AUX_OR_MODAL.test(only.lower) && !isThirdPersonPresent(only.lower)) verb = false;
    // ("falls nötig", "wenn möglich": one word, a clause cut short as German does)
    if (j > k + 2 && !verb) return true;
  }
  return false;
}

/** Does "Mir" open a passive whose participle takes the person in the accusative ("Mir wird vom PSB begleitet")? */
function accusativePassive(toks: Token[]): boolean {
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.text !== 'Mir' && toks[k]!.text !== 'mir') continue;
    const aux = k === 0 ? toks[k + 1] : toks[k - 1];
    if (aux?.kind !== 'word' || !/^(?:wird|werden|wurde|wurden)$/.test(aux.lower)) continue;
    const end = clauseEndIndex(toks, k);
    if (toks[end]?.kind === 'word' && takesPersonAccusative(toks[end]!.lower)) return true;
  }
  return false;
}

const BARE_PREP = /^(?:mit|bei|von|zu|für|an|über|gegenüber|wegen)$/;
/** Does the rewrite keep a bare singular noun that needs its article (see 'bare-noun')? */
function bareNoun(toks: Token[]): boolean {
  let depth = 0;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!, prev = toks[k - 1]!, next = toks[k + 1];
    // (a note in brackets stays one: "(Urinkontrollen über Hausarzt)")
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || prev.kind !== 'word') continue;
    // where a bare noun can stand: after a preposition, or as the object right after "Ich" and its verb
    const afterPrep = BARE_PREP.test(prev.lower);
    const object = k === 2 && toks[0]!.text === 'Ich' && prev.text === prev.lower && /e$/.test(prev.lower) && COUNT_OBJECT.test(t.lower);
    if (!afterPrep && !object) continue;
    // (a name or a title after it names it: "Ausbildung Pflegefachfrau", "Kurs B1"; a name ending like a person is
    // none: "Rossmann")
    if (next && (next.kind === 'num' || (next.kind === 'word' && /^\p{Lu}/u.test(next.text)))) continue;
    if (/mann$/.test(t.lower) && !/(?:ehemann|hausmann|kaufmann|fachmann)$/.test(t.lower)) continue;
    if (looksPlural(t.text) || isMassNoun(t.text) || !genderOf(t.text)) continue;
    if (object || isPersonNoun(t.text)) return true;
  }
  return false;
}
