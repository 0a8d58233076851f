/**
 * A whole entry in the first person: each sentence checked with what came before it (index.ts), the rewrites finished
 * as they go into the entry (possessives.ts), and every fix of the entry taken away where one part is left without one,
 * where a note's step is a record of a plan reviewed later ("– nicht erschienen"), where someone named acts on their own
 * beside parts made hers, where the result is half done (residual.ts) or shows a slip a reader sees at once (verify.ts). The rule
 * (rules/not-first-person.ts) gives each part its message.
 */
import { isThirdPersonPresent } from '../language';
import { hasFirstPerson, namedPersons, samePerson, type NamedPerson } from '../people';
import { splitSentences, type Sentence, type Token } from '../tokens';
import { looksFinite, readShortAnd } from './common';
import { checkSentence, type PersonIssue, type Voice } from './index';
import { caseWorkerFirstPerson } from './case-worker-i';
import { continuedInOthers } from './continued';
import { ownThings } from './own-things';
import { withoutFrame, withoutShould } from './should';
import { finishRewrite, ownFamily } from './possessives';
import { halfDone } from './residual';
import { dashInstruction, rewriteFlaw } from './verify';

export interface EntryPart {
  start: number;
  end: number;
  issue: PersonIssue;
  fix?: { start: number; end: number; text: string };
  clientNames: string[];
}

/**
 * The parts of an entry that do not speak as the client, each with its fix where the whole entry can take them.
 * `ownSection`: one of the client's own headings (a rewrite that ends the entry there gets its full stop); `persons`:
 * the people the entry names.
 */
export function firstPersonEntry(text: string, whole: readonly Sentence[], voice: Voice, ownSection: boolean, section: string, persons: readonly NamedPerson[]): EntryPart[] {
  // (a note's instruction after a dash is a part of its own, like one after a semicolon: "… bei Rossmann – Zeugnisse
  // mitnehmen!" → "… – ich nehme meine Zeugnisse mit!")
  const sentences = whole.flatMap((s) => atDashInstruction(text, s));
  const parts: EntryPart[] = [];
  // the parts whose lack of a fix would leave the entry half done: all but a verbless note among what else matters
  // ("Ich pflege meine Mutter; Schulden ca. 2.000 €.") — among steps it would be a step left undone
  const blocking = new Set<EntryPart>();
  // whether the original had the client as a subject in the third person ("Kd. meldet sich …", "Die Kundin …")
  let clientNamed = false;
  const clientSubjects: Array<readonly [number, number] | undefined> = [];
  // the client's names so far: an "er"/"sie" that continues the client ("Herr Abdi hat … . Er kann …") drops them too
  const namesSoFar: string[] = [];
  const hasQuestion = sentences.some((x) => /\?\s*$/.test(x.text));
  // a hurried note ("Kd" without its full stop, "kd." without its capital) carries slips of its own — missing commas, nouns in
  // lower case — that a rewrite would put into her sentence: flagged, no fix
  const hurried = HURRIED.test(text);
  const read = sentences.map(readShortAnd);
  // the parts no finding speaks of whose subject is a person named by name ("Dr. Wiśniewska erstellt ein Profil …")
  const namedActors: number[] = [];
  let theyOrYou = false;
  for (const [i, s] of sentences.entries()) {
    // (a part after a semicolon goes on in lower case: "…; ich richte einen Suchauftrag ein")
    // (not after a list's marker: "…; - Ich lege …")
    const afterSemicolon = i > 0 && ((/;\s*$/.test(sentences[i - 1]!.text) && !text.slice(sentences[i - 1]!.end, s.start).trim()) || dashBetween(text, sentences[i - 1]!, s));
    let f = checkSentence(read[i]!, voice, { first: i === 0, previous: read.slice(0, i), clientSubjects: [...clientSubjects], steps: section === 'schritte' });
    // (in someone else's heading, a part that goes on about her by pronoun after one that named her: "…; die Kosten …
    // werden ihr erstattet")
    if (!f && !ownSection && parts.length) {
      const names = parts.flatMap((p) => p.clientNames);
      const go = continuedInOthers(read[i]!, read.slice(0, i), names);
      if (go) f = { start: read[i]!.start, end: read[i]!.end, issue: 'pronoun', clientNames: [], fix: { start: read[i]!.start, end: read[i]!.end, text: go } };
    }
    clientSubjects.push(f?.subject);
    if (!f && ownSection && namedActs(read[i]!)) namedActors.push(i);
    // (her family after a semicolon, once the part before it is hers: "…; Frau ist ab Febr. im Sprachkurs" → "…; meine
    // Frau ist …" — the part before takes it into its fix)
    const before = parts.at(-1);
    if (!f && ownSection && afterSemicolon && before?.fix?.end === sentences[i - 1]!.end) {
      const family = ownFamily(s.text);
      // (not where a pronoun in it may be hers: "…; Ehefrau begleitet ihn …" — that is the check's to find)
      if (family !== s.text && !s.tokens.some((t) => t.kind === 'word' && /^(?:er|sie|ihn|ihm|ihr\p{L}*|sein\p{L}*)$/u.test(t.lower))) {
        before.fix = { ...before.fix, end: s.end, text: before.fix.text + text.slice(sentences[i - 1]!.end, s.start) + family[0]!.toLocaleLowerCase('de') + family.slice(1) };
        before.end = s.end;
      }
    }
    if (!f) continue;
    // "Sie" opening a sentence right after one whose subject is people in the plural ("Ihre Eltern holen die Kinder ab. Sie
    // müssen dafür …"): "they" or the client addressed — the entry does not say which
    if (f.issue === 'formal' && i > 0 && s.tokens[0]?.text === 'Sie' && PEOPLE_PLURAL_OPENING.test(sentences[i - 1]!.text)) theyOrYou = true;
    // a question is someone's question ("Kd. soll ggf. noch AVGS bekommen??"), not the client's own sentence, and
    // marks the entry as a note ("Rentenantrag schon gestellt? Bei nächstem Termin nachfragen."): no fix in it
    // (each finding is its whole sentence: back to the sentence as written)
    // (a part before a note's instruction split off at its dash ends without the full stop its rewrite gave it)
    const beforeDash = i + 1 < sentences.length && dashBetween(text, s, sentences[i + 1]!);
    const fix = f.fix && !hasQuestion && !hurried && !(NOTE_ISSUES.has(f.issue) && isRecord(s.text)) ? { start: f.fix.start, end: s.end, text: ownThings(finishRewrite(withoutFrame(withoutShould(f.fix.text, voice), voice), afterSemicolon, ownSection && i === sentences.length - 1), sentences.filter((_, j) => j !== i).flatMap((x) => x.tokens)) } : undefined;
    if (fix && beforeDash) fix.text = fix.text.replace(/\.$/, '');
    // (her word that opens a list's line takes a capital, whatever the note had: "4. er meldet …" → "4. Ich melde …")
    if (fix) {
      fix.text = fix.text.replace(/((?:^|\n)[ \t]*(?:\d+[.)]|[-–—•*·▪])[ \t]+)(ich|mein\p{L}*|mir|mich)(?![\p{L}])/gu, (_, lead: string, w: string) => lead + w.charAt(0).toUpperCase() + w.slice(1));
      if (fix.start === s.start && /^[ \t]*(?:\d+[.)]|[-–—•*·▪])[ \t]+$/.test(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start))) fix.text = fix.text.charAt(0).toLocaleUpperCase('de') + fix.text.slice(1);
    }
    // (a part that goes on about her by pronoun after she was named, "…; für ihn …", is about that one too)
    const clientNames = (f.subject && f.issue === 'formal') || f.issue === 'pronoun' ? [...new Set([...f.clientNames, ...namesSoFar])] : f.clientNames;
    if (f.subject) {
      namesSoFar.push(...f.clientNames);
      clientNamed = true;
    }
    const part: EntryPart = { start: f.start, end: s.end, issue: f.issue, ...(fix ? { fix } : {}), clientNames };
    parts.push(part);
    // (a note, not a clause about her whose subject was left out: "…; sucht günstigere Wohnung", "Nimmt Medikamente …")
    const note = (f.issue === 'fragment' && section === 'sonstiges' && !s.tokens.some((t, k) => t.kind === 'word' && (t.text === t.lower || k === 0) && isThirdPersonPresent(t.lower))) ||
      // (nor, after a part of hers, one that only says when: "…; tägl. 8:00–12:30 Uhr.")
      (i > 0 && timeOnly(s));
    if (!fix && !note) blocking.add(part);
  }
  // An entry is one point the client hears: a part left without a fix next to rewritten ones ("- Ich lege mein
  // Profil an. / - Suchagent einrichten", "- Ich melde mich … / - Hr. Abdi bringt …") would leave it half done — then
  // no part gets one (the findings stay)
  const withoutFix = ({ fix: _f, ...p }: EntryPart): EntryPart => p;
  if (blocking.size || theyOrYou) return parts.map(withoutFix);
  // among her own headings, a part where someone named by name acts on their own beside parts made hers: that person may
  // be the client ("Dr. Wiśniewska erstellt ein Profil …; ich bewerbe mich …") — unsure who acts
  if (ownSection && namedActors.length && parts.some((p) => p.fix)) return parts.map(withoutFix);
  // two people by name each made "ich" ("Herr K. sucht eine Stelle; Frau Meier hilft."): only one can be the client
  const madeMine = parts.filter((p) => p.fix).flatMap((p) => p.clientNames);
  if (madeMine.some((a) => madeMine.some((b) => !samePerson(a, b)))) return parts.map(withoutFix);
  // in the job centre's and others' headings, the client named beside a child or young relative of hers named by first
  // name ("bespricht mit Herrn D. und seinem Sohn Can …", "U25-Team"): either may be the one the plan is for — unsure
  if (!ownSection && FAMILY_NAMED_BESIDE.test(text)) return parts.map(withoutFix);
  const fixes = parts.flatMap((p) => (p.fix ? [p.fix] : [])).sort((x, y) => y.start - x.start);
  if (!fixes.length) return parts;
  let fixed = text;
  for (const f of fixes) fixed = fixed.slice(0, f.start) + f.text + fixed.slice(f.end);
  // Half done is wrong too: an "er"/"sie" that still means the client after the rewrite ("Ich melde mich. Er bringt …"),
  // a slip a reader sees at once, and a result this check itself would still find speaking of the client or to her
  // take every fix of the entry away (the findings stay).
  // (and the case worker's own "ich" beside her in the third person: "Kd. meldet sich bei mir" — two people in one "ich")
  const names = parts.flatMap((p) => p.clientNames);
  return halfDone(text, fixed, parts, clientNamed, persons) || caseWorkerFirstPerson(text, names) || rewriteFlaw(text, fixed, voice) || stillAboutClient(fixed, voice) ? parts.map(withoutFix) : parts;
}

/** A sentence split before a note's instruction after a dash (the dash between the two parts), or the sentence as it is. */
function atDashInstruction(text: string, s: Sentence): Sentence[] {
  if (!/[–—-]/.test(s.text)) return [s];
  const k = dashInstruction(s.tokens);
  if (k < 1 || k + 1 >= s.tokens.length) return [s];
  // (only after a sentence with a verb of its own: after a note — "Urlaub 12.–26.07. (Türkei) – vorher beantragen!" — the
  // instruction's object is the note, and "ich beantrage vorher" alone would lose it)
  if (!s.tokens.slice(0, k).some((t) => t.kind === 'word' && t.text === t.lower && looksFinite(t))) return [s];
  const part = (toks: Token[]): Sentence => ({ start: toks[0]!.start, end: toks.at(-1)!.end, text: text.slice(toks[0]!.start, toks.at(-1)!.end), tokens: toks });
  return [part(s.tokens.slice(0, k)), part(s.tokens.slice(k + 1))];
}

// (not a child by age: "… und ihren Sohn Kwame (11)")
const PEOPLE_PLURAL_OPENING = /^(?:Ihre|Die|Seine|Meine|Beide|Ihre beiden|Die beiden)\s+(?:\p{L}+\s+)?(?:Eltern|Großeltern|Schwiegereltern|Kinder|Söhne|Töchter|Geschwister|Brüder|Schwestern|Nachbarn|Freunde|Verwandten)(?![\p{L}])/u;
const FAMILY_NAMED_BESIDE = /(?<![\p{L}])(?:Herrn?|Frau|Hr\.|Fr\.)\s+\p{Lu}[\p{L}-]*\.?\s+(?:und|sowie)\s+(?:seine[mnrs]?|ihre[mnrs]?|dessen|deren)\s+(?:Sohn|Sohnes|Tochter|Kind|Kindes|Enkel\p{L}*|Bruder|Bruders|Schwester|Neffe\p{L}*|Nichte)\s+\p{Lu}\p{Ll}+(?![\p{L}])(?!\s*\((?:[1-9]|1[0-4])(?:\s*J\.?)?\))/u;
/** Are two parts one sentence split at a dash before a note's instruction (" – " between them, no list's line break)? */
const dashBetween = (text: string, a: Sentence, b: Sentence): boolean => / +[–—-] +$/.test(text.slice(a.end, b.start)) && !/\n/.test(text.slice(a.end, b.start)) && !/[.;:!?]$/.test(a.text);
const HURRIED = /(?<![\p{L}])(?:Kd(?:in)?(?![.\p{L}])|kd\.)/u;

// the words of a time alone: a rhythm, weekdays, the hour ("tägl. 8:00–12:30 Uhr", "Mo–Fr ab 9 Uhr", "jeweils dienstags")
const TIME_ONLY = /^(?:tägl|täglich|wöchentl|wöchentlich|monatl|monatlich|jeweils|jew|je|mo|di|mi|do|fr|sa|so|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|uhr|ab|bis|am|um|von|vom|zum|kw|x|mal|und|oder)$/;
/** Is the part only a time: numbers and the words of a time? */
function timeOnly(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word');
  return words.length > 0 && s.tokens.some((t) => t.kind === 'num') && words.every((t) => TIME_ONLY.test(t.lower));
}

/** Does the sentence open with a person named by name and their verb, with no word of the client's in it? */
function namedActs(s: Sentence): boolean {
  const t = s.tokens;
  // (most sentences open with "Ich": nobody named acts there)
  if (t[0]?.text === 'Ich' || t[0]?.kind !== 'word') return false;
  // (or by a title and a name: "Dr. Wiśniewska")
  const titled = t[0]?.kind === 'word' && /^(?:Dr|Prof)$/.test(t[0].text) && t[1]?.text === '.' && t[2]?.kind === 'word' && /^\p{Lu}/u.test(t[2].text) ? 3 : -1;
  const to = namedPersons(t).find((x) => x.from === 0)?.to ?? titled;
  const v = to > 0 ? t[to] : undefined;
  return !!v && v.kind === 'word' && v.text === v.lower && isThirdPersonPresent(v.lower) && !hasFirstPerson(t);
}

// A status after the note's step says it is done or missed, in a plan reviewed later ("Bewerbung bei DHL – am 12.11.
// abgeschickt, Absage 26.11.", "Teilnahme an der Infoveranstaltung am 17.09. – nicht erschienen"): a record, not a step
// ahead; "Ich bewerbe mich …" would say the opposite — no fix.
const RECORD = /[–—;,(:]\s*(?:am\s+\d[\d.]*\s+|bereits\s+|schon\s+|nicht\s+)?(?:erledigt|abgeschickt|verschickt|abgesagt|erschienen|absolviert|abgelegt|abgeschlossen|eingereicht|wahrgenommen|bestanden|nicht\s+bestanden|abgebrochen|verschoben|stattgefunden|erfolgt|Absage|Zusage\s+erhalten)(?![\p{L}])/u;
const isRecord = (text: string): boolean => RECORD.test(text);
// the issues whose rewrite gives the note a verb of hers, in the present
const NOTE_ISSUES: ReadonlySet<PersonIssue> = new Set(['noun-style', 'infinitive', 'fragment', 'impersonal']);

const ABOUT_CLIENT: ReadonlySet<PersonIssue> = new Set(['client-noun', 'name', 'pronoun', 'formal']);
/**
 * The rewritten entry read again as if typed so: a sentence that still names the client, speaks of her as "er"/"sie" or
 * addresses her as "Sie" ("Mein Betreuer hilft Ihnen …", "… meldet sich der junge Mann …") shows the rewrite half done.
 * (Notes without a verb are not asked about: they stay notes in her voice too.)
 */
export function stillAboutClient(fixed: string, voice: Voice): boolean {
  const sentences = splitSentences(fixed).map(readShortAnd);
  const subjects: Array<readonly [number, number] | undefined> = [];
  return sentences.some((s, i) => {
    const f = checkSentence(s, voice, { first: i === 0, previous: sentences.slice(0, i), clientSubjects: [...subjects] });
    subjects.push(f?.subject);
    return !!f && ABOUT_CLIENT.has(f.issue);
  });
}
