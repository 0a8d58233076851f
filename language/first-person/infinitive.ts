/**
 * Infinitive fragments: "Bewerbungen schreiben." → "Ich schreibe Bewerbungen."; coordinated ones share the object
 * as a pronoun ("Lebenslauf aktualisieren und an Frau Berger schicken" → "… und schicke ihn an Frau Berger"); in
 * the goal headings "Ich möchte …". A bare singular noun gets an article: "mein" for the client's own things
 * ("meinen Lebenslauf"), the definite one for a form or a named level ("den Antrag", "das Sprachniveau B1"), the
 * indefinite one otherwise ("einen Termin"); none for a word used without one ("Kontakt", "Deutsch").
 */
import { firstPersonOf } from '../language';
import { splitSeparable } from '../lexicon';
import { genderOf, INDEFINITE, isBareIdiom, isFormNoun, isMassNoun, isOwnThing, looksMisspeltOwn, looksPlural, surelyPlural, type Gender } from '../nouns';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { agentPhrase } from './agent';
import { applyEdits, ARTICLE_ACC, dativeReflexive, finish, reflexiveHasObject, REFLEXIVE_WITHOUT_OBJECT, isFunctionWord, isLanguageNoun, isLower, isWord, lastWordIndex, LINKING_ADVERB, looksInfinitive, lowerWhenMoved, PRONOUN_ACC, type Edit, type Voice } from './common';
import { ownedByOther } from './antecedents';
import { nounPhraseStart } from './noun-phrases';
import { ownsNext, POSSESSIVE, toMine } from './possessives';

// articles, possessives and the like: the noun phrase has its determiner already
const DET = /^(?:der|die|das|den|dem|des|eine?[mnrs]?|keine?[mnrs]?|meine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|diese[mnrs]?|jede[mnrs]?|alle|beide|zwei|drei|vier|fünf|mehrere|einige|viele)$/;
const MINE: Record<Gender | 'pl', string> = { m: 'meinen', f: 'meine', n: 'mein', pl: 'meine' };
/**
 * The article a bare singular noun takes as an object, with the words after it (a named level keeps the definite
 * one); '' for none; null when its gender is not known.
 */
function articleFor(noun: Token, next: Token | undefined, verb: string, full = verb, other = false): string | null {
  if (isMassNoun(noun.text) || isLanguageNoun(noun) || isBareIdiom(noun.text, verb)) return '';
  // "Sprachniveau B1", "Führerschein Klasse B", "Sprachkurs A2", "Lücke 2014–2025": one that is named
  const named = isWord(next) && (/^(?:[A-C][12]|klasse|niveau|stufe)$/i.test(next.text) || /^\p{Lu}[\p{Lu}\d]+$/u.test(next.text)) || next?.kind === 'num';
  // (a named one is one thing, whatever its ending: its gender must be known)
  // (`other`: someone else named as its owner after it, "… beider Partner")
  if (looksPlural(noun.text) && !(named && !genderOf(noun.text) && !surelyPlural(noun.text))) return isOwnThing(noun.text) && !other ? MINE.pl : '';
  const g = genderOf(noun.text);
  if (!g) return null;
  // what one keeps or gives up is one's own ("Stelle kündigen" → "meine Stelle"); what is secured may be one's own or
  // a new one ("Wohnung sichern"): unsure — but a place is one to be had ("einen Kita-Platz sichern")
  if (verb === 'sichern' && !/platz$/.test(noun.text.toLocaleLowerCase('de'))) return null;
  // (so too what one goes on with or changes: "Minijob fortführen" → "meinen Minijob")
  if (other) return null;
  // (what one attends, keeps or calls off is the one meant: "Termin … wahrnehmen" → "den Termin")
  if (/^(?:wahrnehmen|einhalten|absagen|verschieben)$/.test(full)) return ARTICLE_ACC[g];
  // (what she is yet to build is a new one: "eine Tagesstruktur aufbauen")
  if (/^(?:aufbauen|schaffen|entwickeln)$/.test(full)) return INDEFINITE[g];
  // (a slip one letter away from one of hers, "Lebnslauf": "einen" or "meinen" is not sure)
  if (looksMisspeltOwn(noun.text)) return null;
  if (isOwnThing(noun.text) || /^(?:behalten|kündigen|aufgeben|verlieren|fortführen|fortsetzen|weiterführen|ausweiten|aufstocken|reduzieren)$/.test(full)) return MINE[g];
  // (what one "erhält" is kept or received: "Wohnung erhalten" — unsure which)
  if (full === 'erhalten') return null;
  // a form is filled in or handed over as the one meant ("den Antrag ausfüllen"), but a new one is applied for
  // ("einen Antrag stellen")
  // (what follows from a step before is that one: "Ergebnis dem JC mitteilen" → "das Ergebnis", "Bescheid vorlegen")
  // (one a genitive names is that one: "Schuldnerberatung der Caritas anrufen" → "die Schuldnerberatung der Caritas")
  // (not a copy, one of many: "eine Kopie des Kontovertrags")
  const genitive = isWord(next) && /^(?:der|des)$/.test(next.lower) && !/^(?:kopie|abschrift|fotokopie)$/.test(noun.lower);
  if (named || genitive || (isFormNoun(noun.text) && verb !== 'stellen') || RESULT_NOUN.test(noun.lower)) return ARTICLE_ACC[g];
  return INDEFINITE[g];
}

const RESULT_NOUN = /^(?:ergebnis|bescheid|entscheidung|rückmeldung|zusage|absage|bestätigung|zertifikat)$/;

/** A singular count noun with no article ("Minijob"): not a mass noun, a language, a name or a plural. */
const ARTICLE_GENDER: Record<string, Gender> = { einen: 'm', den: 'm', eine: 'f', die: 'f', ein: 'n', das: 'n' };

function bareCountNoun(t: Token | undefined, next: Token | undefined): boolean {
  // (a level needs no article: "auf B1-Niveau verbessern")
  if (isWord(t) && /^(?:[A-C][12](?:-|$)|\p{L}*-?Niveau$)/u.test(t.text)) return false;
  if (!isWord(t) || !isCapitalised(t) || /^(?:frau|herr|herrn|familie)$/.test(t.lower) || isMassNoun(t.text) || isLanguageNoun(t) || looksPlural(t.text) || !genderOf(t.text)) return false;
  // "an Kurs B1", "für Klasse C": a named one
  return !(next && (next.kind === 'num' || /^\p{Lu}[\p{Lu}\d]+$/u.test(next.text)));
}

/** The commas before token `last` outside brackets. */
function topLevelCommas(toks: Token[], last: number): number[] {
  let depth = 0;
  const out: number[] = [];
  for (let k = 0; k < last; k++) {
    const t = toks[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (!depth && t.text === ',') out.push(k);
  }
  return out;
}

/** Commas outside brackets before the last word, and no "und"/"oder"/"sowie" after the last of them. */
function asyndeticList(toks: Token[], last: number): boolean {
  const lastComma = topLevelCommas(toks, last).at(-1) ?? -1;
  return lastComma > 0 && !toks.slice(lastComma + 1, last).some((t) => /^(?:und|oder|sowie)$/.test(t.lower));
}

/**
 * Rewrites an infinitive fragment: "Bewerbungen schreiben." → "Ich schreibe Bewerbungen.",
 * "Lebenslauf aktualisieren und an Frau Dr. Berger schicken." → "Ich aktualisiere meinen Lebenslauf und schicke ihn an Frau Dr. Berger."
 */
export function rewriteInfinitive(s: Sentence, voice: Voice): string | null {
  const toks = s.tokens;
  const last = lastWordIndex(toks);
  // "… durch den Ärztlichen Dienst feststellen": someone else acts; the client only has it done — no sure fix
  if (agentPhrase(toks, 0) !== 'none') return null;
  // "bitte … mitbringen": someone asks her — a request, no step of hers to write (and "bitte" is no adjective)
  if (toks.some((t) => t.lower === 'bitte')) return null;
  // items listed with a comma after an infinitive ("Girokonto eröffnen, IBAN dem JC mitteilen"): each would need its
  // own verb and object; read as one, the last verb takes every object — no sure fix
  // — unless every item ends in its own infinitive ("Lebenslauf aktualisieren, Zeugnisse kopieren, Foto machen lassen"):
  // then each is a part of its own, the last comma becoming "und"
  const commas = topLevelCommas(toks, last);
  const verbList = commas.length > 0 && commas.every((k) => looksInfinitive(toks[k - 1]) && isWord(toks[k + 1])) && !toks.slice(0, last).some((t) => /^(?:und|oder|sowie)$/.test(t.lower));
  if (!verbList && toks.some((t, k) => k > 0 && k < last && t.text === ',' && looksInfinitive(toks[k - 1]) && toks.slice(k + 1, last + 1).some(isWord))) return null;
  // items listed with commas and no "und" before the last one ("Berufsorientierung bei …, Praktikum …, Termine …
  // wahrnehmen"): telegram notes of separate steps, each with its own verb — one verb for all would be a guess
  if (!verbList && asyndeticList(toks, last)) return null;
  // a comma and a linking adverb start a second part with a verb of its own ("Arbeit als Lagerist, dafür zunächst
  // Staplerschein machen"): read as one fragment, the first part would become the verb's object — no sure fix
  if (toks.some((t, k) => k > 0 && k < last && t.text === ',' && isWord(toks[k + 1]) && LINKING_ADVERB.test(toks[k + 1]!.lower))) return null;
  // a verb's prepositional object without its article, telegram style ("sich um Minijob bemühen", "an Kurs
  // teilnehmen"): the sentence needs "um einen Minijob", whose article and case the fragment does not give — no fix
  // (so too a time without its article: "nach Prüfung (Juni)" — "nach der Prüfung")
  if (toks.some((t, k) => k < last - 1 && isWord(t) && /^(?:um|an|auf|für|über|nach|vor)$/.test(t.lower) && bareCountNoun(toks[k + 1], toks[k + 2]))) return null;
  // parts joined by "und"/"oder" right after an infinitive
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k < last; k++) {
    if ((/^(und|oder)$/.test(toks[k]!.lower) || (verbList && commas.includes(k))) && looksInfinitive(toks[k - 1])) {
      parts.push([from, k - 1]);
      from = k + 1;
    }
  }
  parts.push([from, last]);
  const out: string[] = [];
  let sharedObject: Gender | 'pl' | null = null;
  let firstHadObject = false;
  for (let p = 0; p < parts.length; p++) {
    const [a, b] = parts[p]!;
    const inf = toks[b]!;
    if (!looksInfinitive(inf)) return null;
    const [particle, base] = splitSeparable(inf.lower);
    const first = firstPersonOf(base);
    if (!first) return null;
    const span = toks.slice(a, b);
    const edits: Edit[] = [];
    let reflexive = false;
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      if (t.lower === 'sich') { edits.push({ start: t.start, end: t.end, text: dativeReflexive(inf.lower) || reflexiveHasObject(toks, k, b - 1) ? 'mir' : 'mich' }); reflexive = true; }
      // in a fragment about the client, "seine"/"ihre" are the client's own: "meine"
      // (a bare "ihr" before no noun or adjective is the pronoun: "mit ihr nochmal besprechen" — who is she?)
      else if (POSSESSIVE.test(t.lower) && ownsNext(t, toks[k + 1], toks[k - 1])) edits.push({ start: t.start, end: t.end, text: toMine(t.text) });
      else if (POSSESSIVE.test(t.lower)) return null;
    }
    // the first word moves inside the sentence: lower-case unless it is a noun ("Täglich …" → "täglich", "Deutsch" stays)
    const head = toks[a];
    const lowerHead = !!head && a < b && lowerWhenMoved(head, toks[a + 1]);
    // the object: a bare singular noun takes its article ("Lebenslauf aktualisieren" → "meinen Lebenslauf")
    const np = nounPhraseStart(span);
    let ownObject = false;
    if (np >= 0) {
      const k = a + np;
      const t = toks[k]!;
      // a later part that names only whom it goes to ("… und dem JC zusenden", "u. JC zusenden") would need the first
      // part's object as a pronoun before it — no sure fix; an office's short name takes no article of ours ("ein JC")
      if (p > 0 && firstHadObject && /^(?:dem|der)$/.test(t.lower)) return null;
      if (isCapitalised(t) && /^\p{Lu}{2,}$/u.test(t.text)) return null;
      if (isCapitalised(t) && !lowerWhenMoved(t, toks[k + 1]) && t.lower !== 'sich') {
        ownObject = true;
        // an adjective before it ("Aktuellen Lebenslauf") or a noun right after it ("Termin ÄD") is telegram style: unsure
        // (a level or licence class may follow: "Sprachniveau B2", "Führerschein Klasse C")
        if (isWord(toks[k + 1]) && k + 1 < b && isCapitalised(toks[k + 1]!) && !/^(?:[A-C][12]|[A-D]E?|CE|Klasse|Niveau|Stufe)$/.test(toks[k + 1]!.text)) return null;
        const art = articleFor(t, toks[k + 1], base, inf.lower, ownedByOther(toks, k + 1));
        if (art === null) return null;
        if (art) edits.push({ start: t.start, end: t.start, text: `${art} ` });
        if (p === 0) sharedObject = looksPlural(t.text) ? 'pl' : genderOf(t.text);
        // a second bare noun joined to it ("Lebenslauf und Anschreiben überarbeiten"): its own article ("meinen
        // Lebenslauf und mein Anschreiben"), and together they are "sie"; after "oder" or with anything else: unsure
        const join = toks[k + 1], second = toks[k + 2];
        if (isWord(join) && /^(?:und|sowie|oder)$/.test(join.lower) && k + 2 < b) {
          if (join.lower === 'oder' || !isWord(second) || !isCapitalised(second) || lowerWhenMoved(second, toks[k + 3])) return null;
          if (isWord(toks[k + 3]) && k + 3 < b && isCapitalised(toks[k + 3]!)) return null;
          // (after a bare plural the second may be one too: "Mahnungen und Inkassoschreiben" stay as written; an
          // indefinite article before a noun that may be plural is unsure)
          const art2 = art ? articleFor(second, toks[k + 3], base, inf.lower) : '';
          if (art2 === null || (art2 && /^ein/.test(art2) && /(?:en|er|el)$/.test(second.lower))) return null;
          if (art2) edits.push({ start: second.start, end: second.start, text: `${art2} ` });
          if (p === 0) sharedObject = 'pl';
        }
      } else if ((isLower(t) || lowerWhenMoved(t, toks[k + 1])) && !isFunctionWord(t) && !DET.test(t.lower) && /(?:e|en|er|es)$/.test(t.lower) && isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!)) {
        // (a noun before a noun is telegram style, not an adjective: "Kopie Bescheid abgeben")
        if (isCapitalised(t) && genderOf(t.text) !== null) return null;
        // "fehlende Unterlagen", "abschließende EKS": a plural needs no article; a singular would need one and its ending
        ownObject = true;
        const noun = toks[k + 1]!;
        if (!looksPlural(noun.text)) {
          const g = genderOf(noun.text);
          if (!g || !/e$/.test(t.lower)) return null;
          // the one meant ("die abschließende EKS einreichen"), but her own ("meinen aktuellen Lebenslauf") and one yet
          // to be built ("eine regelmäßige Tagesstruktur aufbauen") as alone; a neuter after "ein"/"mein" takes "-es"
          const own = articleFor(noun, toks[k + 2], base, inf.lower, ownedByOther(toks, k + 2));
          if (own === null) return null;
          const art = own && (own.startsWith('mein') || /^(?:aufbauen|schaffen|entwickeln)$/.test(inf.lower)) ? own : ARTICLE_ACC[g];
          const ending = g === 'm' ? 'n' : g === 'n' && /^(?:ein|mein)$/.test(art) ? 's' : '';
          edits.push({ start: t.start, end: t.end, text: `${art} ${t.text.toLocaleLowerCase('de')}${ending}` });
          if (p === 0) sharedObject = g;
        } else if (p === 0) sharedObject = 'pl';
      } else {
        ownObject = true;
        // an article right before its noun names the later part's pronoun ("einen Termin vereinbaren und wahrnehmen" →
        // "… und nehme ihn wahr"; "die" is "sie" whether singular or plural)
        const noun = toks[k + 1];
        if (p === 0 && ARTICLE_GENDER[t.lower] && isWord(noun) && isCapitalised(noun) && k + 1 < b && !(isWord(toks[k + 2]) && k + 2 < b && isCapitalised(toks[k + 2]!))) sharedObject = ARTICLE_GENDER[t.lower]!;
      }
    }
    if (lowerHead && !edits.some((e) => e.start === head!.start)) edits.push({ start: head!.start, end: head!.start + 1, text: head!.text[0]!.toLocaleLowerCase('de') });
    let middle = a < b ? applyEdits(s.text.slice(toks[a]!.start - s.start, toks[b - 1]!.end - s.start), toks[a]!.start, edits) : '';
    // "… und per Mail schicken": a later verb without an object of its own takes the first one's, as a pronoun
    if (p > 0 && sharedObject && !ownObject && !reflexive) middle = [PRONOUN_ACC[sharedObject], middle].filter(Boolean).join(' ');
    // the first part had an object whose pronoun we cannot name ("3 Bewerbungen …", "einen Termin …"), and this one has
    // none of its own: it would need "sie"/"ihn" — no sure fix
    else if (p > 0 && firstHadObject && !sharedObject && !ownObject && !reflexive && !REFLEXIVE_WITHOUT_OBJECT.test(inf.lower)) return null;
    if (p === 0) firstHadObject = np >= 0;
    // "krank melden", "bei drei Firmen bewerben": no object, the client herself ("melde mich … krank")
    if (!ownObject && !reflexive && REFLEXIVE_WITHOUT_OBJECT.test(inf.lower) && !(p > 0 && sharedObject)) middle = ['mich', middle].filter(Boolean).join(' ');
    if (voice === 'wish') out.push([p === 0 ? 'Ich möchte' : '', middle, inf.lower].filter(Boolean).join(' '));
    else out.push([p === 0 ? 'Ich' : '', first, middle, particle].filter(Boolean).join(' '));
    // (a list's last comma is "und": "…, kopiere meine Zeugnisse und lasse …")
    if (p < parts.length - 1) out.push(toks[b + 1]!.text === ',' ? (p === parts.length - 2 ? 'und' : ',') : toks[b + 1]!.lower);
  }
  const endPunct = toks.length - 1 > last ? s.text.slice(toks[last]!.end - s.start).trimStart() : '.';
  return finish(out.join(' ').replace(/ ,/g, ','), endPunct);
}
