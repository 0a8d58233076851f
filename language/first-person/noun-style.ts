/**
 * Noun style → verb: a verbless sentence that starts with a nominalisation ("Teilnahme an einem Deutschkurs.")
 * becomes "Ich nehme an einem Deutschkurs teil." (in the goal headings "Ich möchte … teilnehmen"); its genitive or
 * "von" phrase becomes the object; "durch" + someone who acts becomes "… lassen". A second nominalisation gets a
 * verb of its own where it has its own object; otherwise, an unknown gender or an unsure agent give no fix.
 */
import { firstPersonOf } from '../language';
import { splitSeparable } from '../lexicon';
import { isNominalisation, verbOfNominal } from '../nouns';
import { namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { agentPhrase } from './agent';
import { dativeReflexive, finish, isFunctionWord, isLower, isWord, lastWordIndex, LINKING_ADVERB, REFLEXIVE_WITHOUT_OBJECT, type Voice } from './common';
import { bareGenitivePlural, dativeBareObject, GEN_DET, genitiveToAccusative, startsBareNounPhrase, vonPhraseObject } from './noun-phrases';

export const ADVERB_FROM_ADJ = /^(\p{L}+(?:ig|lich|isch|bar|sam|los|voll|haft|iv|ell|al|mäßig|reich))(?:e|en|er|es|em)$/u;

/**
 * Rewrites a verbless sentence that starts with a nominalisation ("Teilnahme an einem Deutschkurs."); two of them joined
 * by "und"/"sowie", each with its own object ("Teilnahme an der Nachsorge und Vorlage der Bescheinigung"), become two
 * verbs of one "ich" ("Ich nehme an der Nachsorge teil und lege die Bescheinigung vor."), where each can be rewritten.
 */
/** Verbs a note's nominalisation stands for that need an accusative object in a sentence ("vorlegen": what?). */
const NEEDS_OBJECT = /^(?:vorlegen|abgeben|einreichen|nachreichen|übersenden|zusenden|übermitteln|erstellen|beantragen|einholen|ausfüllen|nachweisen|vorzeigen|mitbringen|kopieren|unterschreiben|besorgen|beschaffen|erbringen|übergeben|weiterleiten|hochladen|aktualisieren|überarbeiten|vervollständigen|vereinbaren|schicken|senden|erledigen|organisieren)$/;

/** A weekday, short or long ("Mo", "Do.", "Montag", "montags"). */
const WEEKDAY = /^(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)s?$/;

export function rewriteNounStyle(s: Sentence, voice: Voice): string | null {
  const second = secondNominalisation(s.tokens);
  if (!second) return rewriteOne(s, voice);
  const toks = s.tokens;
  const { at: k, next, linker, prepositional } = second;
  const part = (from: number, to: number): Sentence => ({
    start: toks[from]!.start, end: toks[to - 1]!.end, text: s.text.slice(toks[from]!.start - s.start, toks[to - 1]!.end - s.start), tokens: toks.slice(from, to),
  });
  // (a comma before "sowie" closes the first part: "… am 18.03., 9 Uhr, sowie Vorlage …")
  const first = rewriteOne(part(0, toks[k - 1]!.text === ',' ? k - 1 : k), voice);
  const rest = rewriteOne({ ...part(next, toks.length), end: s.end, text: s.text.slice(toks[next]!.start - s.start) }, voice);
  const opening = voice === 'wish' ? 'Ich möchte ' : 'Ich ';
  const joined = first && rest && rest.startsWith(opening) && /\.$/.test(first) ? join(first.slice(0, -1), rest.slice(opening.length), linker, voice) : null;
  // (a second one joined by a preposition only may as well be part of the first one's phrase: read as one, as before)
  return joined ?? (prepositional ? rewriteOne(s, voice) : null);
}

/**
 * The first part's rewrite and the second one's after "Ich (möchte)", joined by "und" with the linking adverb the note
 * wrote ("und anschließend …"): in a wish it stands before the rest ("… stabilisieren und anschließend in den Beruf
 * zurückkehren"), in a step after the verb and its reflexive ("… und melde mich danach …").
 */
function join(first: string, second: string, linker: string | null, voice: Voice): string | null {
  if (!linker) return `${first} und ${second}`;
  // (a reflexive stays first: "… und mich danach bei … vorstellen")
  const refl = /^(?:mich|mir) /.exec(second)?.[0] ?? '';
  if (voice === 'wish') return `${first} und ${refl}${linker} ${second.slice(refl.length)}`;
  const m = /^(\p{L}+(?: (?:mich|mir))?) /u.exec(second);
  return m ? `${first} und ${m[1]} ${linker} ${second.slice(m[0].length)}` : null;
}

// the adverbs that order a second goal after the first ("… und anschließend Rückkehr in den Beruf", "…, danach …")
const THEN = /^(?:anschließend|anschl|danach|dann|später|langfristig|mittelfristig|perspektivisch)$/;
// what a second nominalisation may take as its object: a genitive, or a preposition
const SECOND_OBJECT = /^(?:des|der|eines|einer|in|ins|im|an|am|als|bei|beim|zur|zum|auf|für|mit)$/;

/**
 * A second nominalisation with an object of its own, outside brackets: after "und"/"sowie" ("… und Vorlage der
 * Bescheinigung", "… sowie Teilnahme am Kurs"), or after "und" or a comma with an adverb of what comes next ("… und
 * anschließend Rückkehr in den Beruf", "…, danach Einstieg in …"). `at` is the joining word, `next` the nominalisation;
 * null when there is none. (A bare noun after "und" may be part of the first one's object: "Teilnahme an der Schulung
 * und Prüfung".)
 */
function secondNominalisation(toks: Token[]): { at: number; next: number; linker: string | null; prepositional: boolean } | null {
  let depth = 0;
  for (let k = 2; k < toks.length - 2; k++) {
    const t = toks[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    const comma = t.text === ',';
    if (depth || !(comma || /^(?:und|sowie)$/.test(t.lower))) continue;
    // the adverb of what comes next, "anschl." written out
    let n = k + 1;
    let linker: string | null = null;
    if (isWord(toks[n]) && THEN.test(toks[n]!.lower)) {
      linker = toks[n]!.lower === 'anschl' ? 'anschließend' : toks[n]!.lower;
      n += toks[n]!.lower === 'anschl' && toks[n + 1]?.text === '.' ? 2 : 1;
    }
    if (comma && !linker) continue;
    const a = toks[n], b = toks[n + 1];
    if (!isWord(a) || !isWord(b) || !isCapitalised(a) || !isNominalisation(a.text) || !verbOfNominal(a.text)) continue;
    const inf = verbOfNominal(a.text)!.inf;
    if (/^(?:des|der|eines|einer)$/.test(b.lower) || (inf === 'teilnehmen' && /^(?:an|am)$/.test(b.lower))) return { at: k, next: n, linker, prepositional: false };
    if (SECOND_OBJECT.test(b.lower)) return { at: k, next: n, linker, prepositional: !linker };
  }
  return null;
}

function rewriteOne(s: Sentence, voice: Voice): string | null {
  const toks = s.tokens;
  let i = 0;
  let adverb: string | null = null;
  if (isWord(toks[0]) && isWord(toks[1]) && !isNominalisation(toks[0].text) && isNominalisation(toks[1].text)) {
    const m = ADVERB_FROM_ADJ.exec(toks[0].lower);
    if (!m) return null;
    adverb = m[1]!;
    i = 1;
  }
  const noun = toks[i];
  if (!isWord(noun)) return null;
  // "Einschränkung: kein Heben über 10 kg" is a label with a list, not a step to rewrite
  if (toks[i + 1]?.text === ':') return null;
  const verb = verbOfNominal(noun.text);
  if (!verb) return null;
  // a person named after "von" ("… des Berufsabschlusses (Krankenpfleger) von Herrn Al-Hassan"): whose it is, or who
  // does it, is not the verb's to say — no fix
  if (namedPersons(toks).some((p) => toks[p.from - 1]?.lower === 'von')) return null;
  // an arrow to what comes next ("… bei der VHS -> Kursbeginn …"): a note's next step, not the verb's phrase — no fix
  if (toks.some((t, k) => k > i && (t.text === '→' || (t.text === '>' && /^[-=]$/.test(toks[k - 1]!.text) && toks[k - 1]!.end === t.start)))) return null;
  // "Übernahme in (eine) feste Anstellung" is being taken on, not taking over ("übernommen werden"): no fix
  if (noun.lower === 'übernahme' && /^(?:in|ins)$/.test(toks[i + 1]?.lower ?? '')) return null;
  // an adverb of what comes next after "und" or a comma, before no nominalisation of its own ("Anerkennung des Abschlusses
  // und anschließend Arbeit im erlernten Beruf"): a second goal, which read as one would become the verb's object
  if (toks.some((t, k) => k > i && (t.text === ',' || /^(?:und|sowie)$/.test(t.lower)) && isWord(toks[k + 1]) && THEN.test(toks[k + 1]!.lower))) return null;
  const [particle, base] = splitSeparable(verb.inf);
  const first = firstPersonOf(base);
  if (!first) return null;
  let j = i + 1;
  // telegram style, a noun or a number right after the nominalisation ("Anmeldung Sprachkurs B2", "Vorlage
  // Lebenslauf", "Abgabe 3 Nachweise"): the preposition or article it needs is not written, and guessing it
  // ("zum"? "für den"? "meinen"?) could be wrong — no fix
  const after = toks[j];
  if (after && ((isWord(after) && isCapitalised(after) && !isFunctionWord(after)) || /^\d/.test(after.text))) return null;
  // a genitive we have no accusative for ("Mitteilung jeder Änderung …", "Vorlage dieses Nachweises"): no fix
  if (isWord(after) && /^(?:jeder|jedes|dieser|dieses|solcher|beider)$/.test(after.lower)) return null;
  let object: string | null = verb.object ?? null;
  // an adjective before a nominalisation that is the object itself ("Kaufmännische Ausbildung" → "eine kaufmännische
  // Ausbildung … machen") describes the thing, not the doing: it stays before its noun ("eine Ausbildung kaufmännisch"
  // had been the fix)
  if (adverb && object && object.toLocaleLowerCase('de').endsWith(` ${noun.lower}`)) {
    if (!/^eine\s/.test(object) || !/e$/.test(toks[0]!.lower)) return null;
    object = `eine ${toks[0]!.lower} ${object.slice(5)}`;
    adverb = null;
  }
  const bare = isWord(toks[j]) && GEN_DET[toks[j]!.lower] ? null : bareGenitivePlural(toks, j);
  if (bare === 'unsure') return null;
  const genitive = genitiveToAccusative(toks, j) ?? bare;
  const gen = genitive ?? vonPhraseObject(toks, j);
  if (gen) {
    object = object ? `${object} ${gen.text}` : gen.text;
    j = gen.next;
    // a genitive after the object with an adverb to place ("Nachhaltige Beendigung der Hilfebedürftigkeit der BG"):
    // the adverb would tear them apart — no fix
    if (adverb && isWord(toks[j]) && GEN_DET[toks[j]!.lower]) return null;
    // "des Mietvertrags und der Abrechnung", "von Bescheinigungen und Befundberichten": every coordinated part
    // becomes an object in the same way, or there is no fix
    let viaVon = !genitive;
    // (a genitive of its own after the first object stays with it, before "und"/"sowie" a second one: "der Kontoauszüge
    // der letzten 3 Monate sowie des Mietvertrags" → "die Kontoauszüge der letzten 3 Monate sowie den Mietvertrag")
    // (so does a bracket: "des Schwerbehindertenausweises (GdB 50) bzw. des Bescheids …")
    const attr = genitive ? (toks[j]?.text === '(' ? bracketEnd(toks, j) : ownGenitiveEnd(toks, j)) : -1;
    const coordinatorAt = (k: number) => (/^(?:und|sowie|oder)$/.test(toks[k]?.lower ?? '') ? 1 : toks[k]?.lower === 'bzw' && toks[k + 1]?.text === '.' ? 2 : 0);
    if (attr > j && coordinatorAt(attr) && isWord(toks[attr + coordinatorAt(attr)]) && GEN_DET[toks[attr + coordinatorAt(attr)]!.lower]) {
      object += ' ' + s.text.slice(toks[j]!.start - s.start, toks[attr - 1]!.end - s.start);
      j = attr;
    }
    while (coordinatorAt(j) && isWord(toks[j + coordinatorAt(j)])) {
      const step = coordinatorAt(j);
      const next = toks[j + step]!;
      const word = step === 2 ? 'bzw.' : toks[j]!.lower;
      j += step - 1;
      let more: { text: string; next: number } | null;
      if (GEN_DET[next.lower]) { more = genitiveToAccusative(toks, j + 1); viaVon = false; }
      else if (next.lower === 'von') { more = vonPhraseObject(toks, j + 1); viaVon = true; }
      else if (startsBareNounPhrase(toks, j + 1)) {
        // the preposition or case of the part before goes on: "von X und Y" (dative); a bare genitive is unsure
        if (!viaVon) return null;
        more = dativeBareObject(toks, j + 1);
      } else break;
      if (!more) return null;
      object += ` ${word} ${more.text}`;
      j = more.next;
    }
  } else if (isWord(toks[j]) && GEN_DET[toks[j]!.lower] && !/^(der)$/.test(toks[j]!.lower)) {
    return null; // a genitive we cannot turn into an object
  } else if (toks[j]?.lower === 'der' && isWord(toks[j + 1])) {
    return null;
  } else if (toks[j]?.lower === 'von' && !verb.reflexive && !verb.object) {
    return null; // "Vorlage von …" names the object; one we cannot turn into an accusative leaves no sure fix
  }
  // a second genitive after "bzw."/"sowie"/"und" ("Vorlage des Ausweises bzw. des Bescheids …") would need its own
  // accusative too — no sure fix
  if (toks.some((t, k) => k >= j && isWord(t) && /^(?:und|sowie|bzw|oder)$/.test(t.lower) && /^(?:des|der|eines|einer|seines|ihres|seiner|ihrer)$/.test((toks[k + 1]?.text === '.' ? toks[k + 2] : toks[k + 1])?.lower ?? ''))) return null;
  // "Teilnahme am Kurs und Vorlage der Bescheinigung", "… und rechtzeitige Absage": a second nominalisation would
  // need its own verb — no sure fix
  for (let k = j; k < toks.length; k++) {
    if (!/^(und|oder|sowie|,)$/.test(toks[k]!.lower)) continue;
    const a = toks[k + 1], b = toks[k + 2];
    // a nominalisation with a verb of its own (not a noun in a list: "hinsichtlich Sprache, Mobilität und Kinderbetreuung")
    const nominal = (t: Token | undefined) => isWord(t) && isCapitalised(t) && ((isNominalisation(t.text) && !!verbOfNominal(t.text)) || /(?:absage|zusage|anfrage|nachfrage|rückfrage)$/.test(t.lower));
    // an adjective in -e/-es after "und" opens a new noun phrase in the nominative ("und rechtzeitige Absage"),
    // not the rest of a prepositional phrase ("an Kursen und neuen Workshops")
    // a nominalisation that opens a phrase of its own ("und Tätigkeit in einem Steuerbüro") needs a verb of its own
    const opensPhrase = isWord(a) && isCapitalised(a) && (isNominalisation(a.text) || /\p{L}{3}(?:keit|heit|tät|schaft)$/u.test(a.lower)) && isWord(b) && /^(?:in|im|bei|beim|als|an|am|auf|für|zur|zum|mit|nach|einer|eines|des|der)$/.test(b.lower);
    // a noun after a date or a number ("bis Dezember 2026 und Zertifikat telc B2") is a second item, not the rest of a phrase
    // (not inside brackets: "(VV vom 03.03., Ref.-Nr. …)")
    const inBrackets = toks.slice(0, k).filter((t) => t.text === '(').length > toks.slice(0, k).filter((t) => t.text === ')').length;
    // (a weekday opens a note of when, not an item: "ab 14.04.2026, Mo–Fr 8:30–12:30 Uhr")
    const afterNumber = toks[k - 1]?.kind === 'num' && !inBrackets && isWord(a) && isCapitalised(a) && !isFunctionWord(a) && !WEEKDAY.test(a.text);
    // an adverb between "und" and a bare noun starts a second item ("und langfristig Rückkehr in den Beruf")
    const adverbFirst = isWord(a) && isLower(a) && !/(?:e|en|em|er|es)$/.test(a.lower) && !isFunctionWord(a) && isWord(b) && isCapitalised(b) && !isFunctionWord(b);
    if (nominal(a) || opensPhrase || afterNumber || adverbFirst || (isWord(a) && isLower(a) && (nominal(b) || (/(?:e|es|er)$/.test(a.lower) && isWord(b) && isCapitalised(b))))) return null;
  }
  // "Klärung der Kinderbetreuung vor Arbeitsaufnahme erforderlich": a predicate at the end says what is needed,
  // not that the client does it ("muss ich … klären" is another sentence) — no sure fix
  const lastWord = toks[lastWordIndex(toks)];
  if (isWord(lastWord) && PREDICATIVE.test(lastWord.lower)) return null;
  // a comma and a linking adverb start a second part with a verb of its own ("Anerkennung des Abschlusses, danach Arbeit
  // als Erzieherin"): read as one, the first verb would take both — no sure fix
  if (toks.some((t, k) => k > i && t.text === ',' && isWord(toks[k + 1]) && LINKING_ADVERB.test(toks[k + 1]!.lower))) return null;
  // "Nachweis über die Beantragung …": what the noun is about, which its verb does not take ("nachweisen" takes an
  // object, not "über") — no fix; the way something is done stays ("Bewerbung über die Jobbörse")
  if (toks[i + 1]?.lower === 'über' && !OVER_VERB.test(verb.inf) && !(isWord(toks[i + 3]) && MEANS.test(toks[i + 3]!.lower))) return null;
  // "Feststellung der Leistungsfähigkeit durch den ÄD": someone else does it — "feststellen lassen", or no fix
  // (not where another nominalisation stands before it, whose agent it is: "Aufnahme einer Beschäftigung nach
  // Anerkennung der Gleichwertigkeit durch die HWK" — the HWK recognises, she takes up the job)
  const by = toks.findIndex((t, k) => k >= j && (t.lower === 'durch' || t.lower === 'seitens'));
  const nearer = by > j && toks.slice(j, by).some((t) => isWord(t) && isCapitalised(t) && isNominalisation(t.text));
  const agent = nearer ? 'none' : agentPhrase(toks, j);
  // (with the agent, the thing done must be named: "Begutachtung durch den ÄD" may be done to the client or not)
  if (agent === 'unsure' || (agent === 'agent' && (verb.object || (!object && !verb.reflexive)))) return null;
  // (a bracket that closes at the end is part of the rest: "… (Mo–Fr 8:30–12:30 Uhr)" — the particle comes after it)
  // (so does a currency or percent sign after the last number: "… von über 1.450 €" — the verb comes after it)
  let last = lastWordIndex(toks);
  while (toks[last + 1]?.text === ')' || /^[€%$£]$/.test(toks[last + 1]?.text ?? '')) last++;
  const restToks = toks[j] && j <= last ? toks.slice(j, last + 1) : [];
  // "Kontaktaufnahme mit dem Arbeitgeberservice": contact with a unit of the job centre may be the case worker's step
  if (CONTACT.test(noun.lower) && restToks.some((t) => JOB_CENTRE_UNIT.test(t.lower))) return null;
  // a place after a name's comma ("im Pflegeheim St. Anna, Kiel, …") belongs to the name: with the verb's end between
  // them it would not — no fix
  const comma = restToks.findIndex((t, k) => t.text === ',' && !restToks.slice(0, k).some((x) => x.text === '('));
  const place = restToks[comma + 1];
  if (comma > 0 && isWord(place) && isCapitalised(place) && !isFunctionWord(place) && !isNominalisation(place.text) && (!restToks[comma + 2] || /^[,)(]$/.test(restToks[comma + 2]!.text))) return null;
  // times go before the things named ("Ich nehme ab dem 01.06.2026 am Berufssprachkurs teil"), after a definite object
  const { rest, time } = moveTimes(s, restToks);
  const restAsIs = restToks.length ? s.text.slice(restToks[0]!.start - s.start, restToks[restToks.length - 1]!.end - s.start) : '';
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start) : '.';
  // "Rechtzeitiges Kümmern um …", "Melden bei Veränderungen": a verb that has the client herself as its object
  const reflAlone = (verb.reflexiveAlone || REFLEXIVE_WITHOUT_OBJECT.test(verb.inf)) && !object;
  const refl = verb.reflexive || reflAlone ? (dativeReflexive(verb.inf) ? 'mir' : 'mich') : null;
  // an accusative reflexive beside the object its genitive gave ("Rückmeldung des Ergebnisses" → "melde mich das Ergebnis
  // zurück"): the verb with an object is another one ("melde das Ergebnis zurück") — no sure fix
  if (refl === 'mich' && gen && !verb.object) return null;
  // a verb that cannot go without its object, the note naming none ("…; Vorlage bis 11.12.2026" — of what, said
  // before): "Ich lege bis 11.12.2026 vor" lacks it — no fix
  if (!object && !refl && NEEDS_OBJECT.test(verb.inf)) return null;
  // a definite object keeps its attributes and the times where they stand ("den Führerschein Klasse B bis Ende
  // Oktober"); before an indefinite one or a prepositional phrase, the time comes first
  const definite = !!object && /^(?:den|die|das|mein|meine|meinen)\s/.test(object);
  // a note after a comma at the end ("…, Mo–Fr vormittags") stays after the verb's end: "… bei der VHS teil, Mo–Fr …"
  const [restHead, afterComma] = splitAtComma(definite ? restAsIs : rest);
  // (after a definite object the adverb goes last, before the verb at the end, or right after her verb where none is at
  // the end: between them it would tear the object from what follows it — "den Deutschkurs B2 Beruf … erfolgreich
  // abschließen", "Ich sichte regelmäßig die Stellenangebote in der Jobbörse …")
  const early = definite && voice !== 'wish' && !particle && agent !== 'agent' && !verb.byOthers;
  // (an adverb the noun carries goes first, or after a definite object: "wieder in den Beruf einsteigen", "wieder eine
  // Tätigkeit … aufnehmen", "die Tätigkeit wieder aufnehmen")
  const lead = verb.lead ?? null;
  const middle = definite ? (early ? [adverb, object, restHead, lead] : [object, restHead, adverb, lead]) : [time, lead, object, adverb, restHead];
  const parts = agent === 'agent' || verb.byOthers
    ? voice === 'wish'
      ? ['Ich möchte', refl, ...middle, verb.inf, 'lassen']
      : ['Ich lasse', refl, ...middle, verb.inf]
    : voice === 'wish'
      ? ['Ich möchte', refl, ...middle, verb.inf]
      : ['Ich', first, refl, ...middle, particle];
  const body = parts.filter((p) => p).join(' ') + (afterComma ? `, ${afterComma}` : '');
  return finish(body, endPunct.trim() && !/^\.$/.test(endPunct.trim()) ? endPunct.trimStart() : '.');
}

/** The text split at its first comma outside brackets and quotes: ["bei der VHS", "Mo–Fr vormittags"]; no comma: [text, ""]. */
function splitAtComma(text: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '„') depth++;
    else if ((c === ')' || c === '“') && depth > 0) depth--;
    else if (c === ',' && depth === 0) return [text.slice(0, i).trimEnd(), text.slice(i + 1).trim()];
  }
  return [text, ''];
}

// Verbs that take what they are about with "über" ("informieren über", "entscheiden über"), and the ways by which
// something is done ("über die Jobbörse", "über den Träger")
const OVER_VERB = /^(?:informieren|entscheiden|sprechen|beraten|austauschen|aufklären|nachdenken|verhandeln|erkundigen|beschweren)$/;
const MEANS = /^(?:jobbörse|portal|onlineportal|online-portal|plattform|internet|website|webseite|homepage|app|e-mail|email|mail|post|telefon|träger|zeitarbeitsfirma|agentur|arbeitsagentur|jobcenter|netzwerk)$/;

// Predicates that close a verbless note: something is needed, planned or open.
// (and a judgement on it: "Integration in den 1. AM … derzeit unrealistisch" — the case worker's view, nobody's step)
const PREDICATIVE = /^(?:erforderlich|notwendig|nötig|geplant|vorgesehen|offen|ausstehend|möglich|gewünscht|angestrebt|sinnvoll|wichtig|dringend|empfohlen|angedacht|unklar|fraglich|(?:un)?realistisch|unmöglich|(?:un)?zumutbar|(?:un)?wahrscheinlich|denkbar|vorstellbar|wünschenswert|ausgeschlossen|schwierig|zielführend|aussichtsreich|aussichtslos)$/;

// Taking up contact, and a unit of the job centre the case worker may be the one to contact.
const CONTACT = /^(?:kontaktaufnahme|rücksprache|abstimmung|anfrage|einschaltung|weiterleitung|vorstellung)$/;
const JOB_CENTRE_UNIT = /^(?:arbeitgeberservice|arbeitgeber-service|ags|ag-s|fallmanagement|leistungsabteilung|arbeitsvermittlung|reha-team|äd|bps|pad)$/;

// A time phrase: a preposition of time, the words before its date, and the date ("ab dem 01.06.2026", "bis Ende April",
// "am 24.03.2026 um 10 Uhr", "bis KW 14"); or a rhythm ("monatlich", "jede Woche", "jeweils zum Monatsende").
const TIME_PREP = /^(?:bis|ab|am|vom|seit|spätestens|zum|um)$/;
const TIME_INNER = /^(?:zum|zur|dem|den|der|ende|anfang|mitte|spätestens|einschließlich|kw|kalenderwoche)$/;
const MONTH = /^(?:frühjahr|frühling|sommer|herbst|winter|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monatsende|monatsanfang|monatsersten|quartalsende|jahresende|uhr)$/;
const RHYTHM = /^(?:täglich|wöchentlich|monatlich|vierzehntägig|jährlich|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)$/;
const EVERY = /^(?:jede|jeden|jedes|jeweils|alle)$/;

/** The tokens [a, b] of a time phrase starting at i, or null. */
function timeAt(rest: Token[], i: number): [number, number] | null {
  const t = rest[i]!;
  // how often goes with it: "2 x wöchentlich", "3-mal monatlich", "zweimal wöchentlich"
  const times = (k: number): number => {
    if (isWord(rest[k]) && /^(?:ein|zwei|drei|vier|fünf)mal$/.test(rest[k]!.lower)) return k + 1;
    if (rest[k]?.kind !== 'num') return -1;
    const j = rest[k + 1]?.text === '-' ? k + 2 : k + 1;
    return isWord(rest[j]) && /^(?:x|mal)$/.test(rest[j]!.lower) ? j + 1 : -1;
  };
  const often = times(i);
  if (often > 0 && isWord(rest[often]) && RHYTHM.test(rest[often]!.lower)) return [i, often];
  if (isWord(t) && RHYTHM.test(t.lower)) return i > 0 && isWord(rest[i - 1]) && /^(?:x|\p{L}*mal)$/u.test(rest[i - 1]!.lower) ? null : [i, i];
  if (isWord(t) && EVERY.test(t.lower)) {
    // "jede Woche", "jeden Monat", "jeweils zum Monatsende", "alle zwei Wochen"
    let k = i + 1;
    while (isWord(rest[k]) && /^(?:zwei|drei|vier|zum|zur|am|ersten|zweiten|dritten)$/.test(rest[k]!.lower)) k++;
    const n = rest[k];
    return isWord(n) && /^(?:woche|wochen|monat|monate|monatsende|monatsanfang|tag|tage|werktag|montag|dienstag|mittwoch|donnerstag|freitag)$/.test(n.lower) ? [i, k] : null;
  }
  if (!isWord(t) || !TIME_PREP.test(t.lower)) return null;
  let k = i + 1;
  while (isWord(rest[k]) && TIME_INNER.test(rest[k]!.lower)) k++;
  const d = rest[k];
  if (!d) return null;
  // "bis zum Beginn der Maßnahme", "bis zum Ende des Kurses"
  if (isWord(d) && /^(?:beginn|ende|start|abschluss|antritt)$/.test(d.lower) && k > i + 1) {
    let end = k;
    if (isWord(rest[k + 1]) && /^(?:des|der|meines|meiner)$/.test(rest[k + 1]!.lower)) {
      end = k + 2;
      while (isWord(rest[end]) && isLower(rest[end]!)) end++;
      if (!isWord(rest[end]) || !isCapitalised(rest[end]!)) return null;
    }
    return [i, end];
  }
  if (d.kind === 'num') {
    // "15.08.", "01.06.2026", "5." + month, "14" after KW, "10" + "Uhr"
    let end = k;
    if (rest[k + 1]?.text === '.' && /^\d{1,2}$/.test(d.text)) end = k + 1;
    if (isWord(rest[end + 1]) && MONTH.test(rest[end + 1]!.lower)) end++;
    if (rest[end + 1]?.kind === 'num' && /^\d{4}$/.test(rest[end + 1]!.text)) end++;
    if (/^\d{1,2}$/.test(d.text) && end === k && !/^(?:kw|kalenderwoche)$/.test(rest[k - 1]?.lower ?? '')) return null;
    return [i, end];
  }
  if (isWord(d) && MONTH.test(d.lower)) {
    let end = k;
    if (rest[k + 1]?.kind === 'num' && /^\d{4}$/.test(rest[k + 1]!.text)) end++;
    return [i, end];
  }
  return null;
}

/**
 * The time phrases of the rest ("ab dem 01.06.2026", "bis Ende April", "monatlich") taken out, to stand before the
 * things named; no time where none is found.
 */
function moveTimes(s: Sentence, rest: Token[]): { rest: string; time: string | null } {
  const text = (a: Token[]) => (a.length ? s.text.slice(a[0]!.start - s.start, a[a.length - 1]!.end - s.start) : '');
  if (!rest.length) return { rest: '', time: null };
  const taken = new Set<number>();
  const phrases: Token[][] = [];
  let depth = 0;
  let comma = -1;
  let clock = false;
  for (let i = 0; i < rest.length; i++) {
    // inside brackets a date belongs to what the brackets name ("(VV vom 03.03., Ref.-Nr. …)"): it stays there
    if (rest[i]!.text === '(') depth++;
    else if (rest[i]!.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    // after a comma, a note of its own: a time that opens it may move ("…, 2 x wöchentlich"), one inside it stays with
    // it ("…, 2 Wochen ab 18.01.2027")
    if (rest[i]!.text === ',') { comma = i; continue; }
    const span = timeAt(rest, i);
    if (!span) continue;
    let a = span[0];
    let b = span[1];
    // a range written with a dash goes whole ("vom 02.–13.11.2026"); "spätestens" before "bis" goes with it
    while (/^[–-]$/.test(rest[b + 1]?.text ?? '') && rest[b + 2]?.kind === 'num') b += rest[b + 3]?.text === '.' && /^\d{1,2}$/.test(rest[b + 2]!.text) ? 3 : 2;
    if (a > 0 && isWord(rest[a - 1]) && /^(?:spätestens|frühestens)$/.test(rest[a - 1]!.lower) && !taken.has(a - 1)) a--;
    // so does a range written with words ("vom 10.03. bis 07.04.2027", "ab 01.02. bis Ende März"): its halves apart would
    // say two different things
    if (/^(?:vom|ab)$/.test(rest[span[0]]!.lower) && rest[b + 1]?.lower === 'bis') {
      const to = timeAt(rest, b + 1);
      if (!to) { i = b; continue; }
      b = to[1];
    }
    // (two days joined: "am 09.03. und 10.03.2027" goes whole)
    while (/^(?:und|oder|sowie|bzw)$/.test(rest[b + 1]?.lower ?? '') && rest[b + 2]?.kind === 'num' && /\d\.\d/.test(rest[b + 2]!.text)) {
      b += 2;
      if (rest[b + 1]?.kind === 'num' && /^\d{4}$/.test(rest[b + 1]!.text)) b++;
    }
    // ("von 10:00 bis 15:00 Uhr": the "bis" half found first takes its "von" half along)
    if (rest[a]!.lower === 'bis') {
      let v = a - 1;
      while (v > 0 && a - v <= 5 && (rest[v]!.kind === 'num' || /^(?:[:.]|mo|di|mi|do|fr|sa|so)$/.test(rest[v]!.lower) || MONTH.test(rest[v]!.lower))) v--;
      if (v < a - 1 && rest[v]?.lower === 'von') {
        if (taken.has(v) || (comma >= 0 && v !== comma + 1)) { i = b; continue; }
        a = v;
      }
    }
    if (comma >= 0 && a !== comma + 1) { i = b; continue; }
    // a point in time after an event put before or after the goal dates that event ("nach der Entlassung aus der JVA am
    // 14.02.", "nach Gespräch mit Träger am 11.05."): it moves with that event, or it would date the goal
    if (/^(?:am|vom|seit|um)$/.test(rest[a]!.lower)) {
      const event = rest.findLastIndex((x, k) => k < a && isWord(x) && /^(?:nach|vor|während)$/.test(x.lower));
      if (event >= 0 && rest.slice(event, a).some((x) => /^[,;:–()]$/.test(x.text))) { i = b; continue; }
      if (event >= 0) a = event;
    }
    // the date goes on in a genitive: "bis zum 5. jedes Monats", "zum Ende des Kurses"
    while (isWord(rest[b + 1]) && /^(?:jedes|jeden|des|der|eines|einer)$/.test(rest[b + 1]!.lower) && isWord(rest[b + 2]) && isCapitalised(rest[b + 2]!)) b += 2;
    // a level or code right after it belongs to its noun ("bis zum Abschluss B1"): moved alone it would name
    // something else — the phrase stays where it is
    const after = rest[b + 1];
    if (isWord(after) && /^\p{Lu}[\p{Lu}\d]*\d[\p{Lu}\d]*$/u.test(after.text)) { i = b; continue; }
    // a time of day after the date's comma goes with it, closed by a comma of its own ("am 18.02.2027, 10:00–15:00 Uhr,
    // an der Jobmesse"): torn from its day it would say nothing
    if (rest[b]!.kind === 'num' && rest[b + 1]?.text === ',') {
      let e = b + 2;
      while (rest[e] && (rest[e]!.kind === 'num' || /^[:.–-]$/.test(rest[e]!.text))) e++;
      if (e > b + 2 && rest[e]?.lower === 'uhr' && (!rest[e + 1] || rest[e + 1]!.text === ',')) { b = e; clock = true; }
    }
    // "am 24.03.2026 um 10 Uhr": one phrase
    if (phrases.length && taken.has(a - 1)) phrases[phrases.length - 1]!.push(...rest.slice(a, b + 1));
    else phrases.push(rest.slice(a, b + 1));
    for (let k = a; k <= b; k++) taken.add(k);
    i = b;
  }
  if (!phrases.length) return { rest: text(rest), time: null };
  // what is left, with its own spacing; a comma left at the start or end goes
  let left = '';
  let pos = rest[0]!.start;
  for (const [k, x] of rest.entries()) {
    if (!taken.has(k)) continue;
    left += s.text.slice(pos - s.start, x.start - s.start);
    pos = x.end;
  }
  left += s.text.slice(pos - s.start, rest[rest.length - 1]!.end - s.start);
  left = left.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/^[\s,]+|[\s,]+$/g, '');
  return { rest: left, time: phrases.map((p) => text(p)).join(' ') + (clock ? ',' : '') };
}

/** The end of a genitive that belongs to the noun before it ("der letzten 3 Monate"): article, lower-case words or numbers, a noun; -1 if none. */
function ownGenitiveEnd(toks: Token[], j: number): number {
  if (!isWord(toks[j]) || !/^(?:der|des)$/.test(toks[j]!.lower)) return -1;
  let k = j + 1;
  while (toks[k] && ((isWord(toks[k]) && isLower(toks[k]!) && !/^(?:und|sowie|oder|bis|ab|bzw)$/.test(toks[k]!.lower)) || toks[k]!.kind === 'num')) k++;
  return isWord(toks[k]) && isCapitalised(toks[k]!) ? k + 1 : -1;
}

/** The token after the bracket that opens at j, or -1 when it does not close. */
function bracketEnd(toks: Token[], j: number): number {
  for (let k = j + 1, depth = 1; k < toks.length; k++) {
    if (toks[k]!.text === '(') depth++;
    else if (toks[k]!.text === ')' && --depth === 0) return k + 1;
  }
  return -1;
}
