/**
 * The client in someone else's sentence, mostly in the job centre's and others' headings: as an object ("für den
 * Kunden" → "für mich", "schickt Herrn Nowak" → "schickt mir"), as the owner of something ("das Bewerberprofil von
 * Herrn Osei" → "mein Bewerberprofil"), as the subject of a subordinate clause ("prüft, ob Herr Said die Voraussetzungen
 * erfüllt" → "ob ich … erfülle"), addressed formally ("Wir senden Ihnen" → "Das Jobcenter sendet mir"), the named client
 * as a passive subject ("Herr Al-Masri wird … angemeldet"), and "er"/"sie"/"ihn" where only the client can be meant.
 * In the job centre's heading "wir" is the job centre: where the client becomes "mir", "wir" becomes "Das Jobcenter".
 */
import { firstNameGender, infinitiveOfThird, tagsOf, isThirdPersonPresent, isVerbInfinitive, thirdPersonOf } from '../language';
import { namedPersons, YOUNG_CLIENT } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { isOfficeWord, SEPARABLE_PREFIXES } from '../lexicon';
import { mayBeChild, otherCandidate, otherPerson, pronounGenderFrom, stativeClause, talkedWith, thingOfGender } from './antecedents';
import { applyEdits, clauseEndIndex, clauseStartBefore, clientSpeaks, conjugateFirst, conjugateVerbFinal, dativeReflexive, deleteToken, firstLowerFinite, FORMAL_WORD, isFunctionWord, isWe, isWord, looksFinite, overlapping, PREP_CASE, reflexiveHasObject, SHORT_CLIENT, SUBORDINATOR, zuInfinitive, type Edit, type Voice } from './common';
import { NOT_OWNED, ownedBy, saxonGenitiveNoun, saxonOwned } from './possessor';
import { isKin, ownsNext, POSSESSIVE, toMine } from './possessives';
import { moreVerbsInClause, ownSubjectAfterJoin, relativeAhead, sichAhead } from './clause-shape';
import { ACCUSATIVE_OBJECT, DATIVE_OBJECT, objectCase, passiveDative, PLACE_OR_THING, subjectArticle, subjectBefore } from './object-case';
import { ownClause } from './continued';
import { rewriteThirdPerson } from './third-person';
import { formalEdits } from './formal-address';

// verbs whose accusative is a thing or a person done to ("prüft Herrn E.s Antrag", "betreut Frau Schuberts Sohn")
const THING_ACCUSATIVE = /^(?:prüft|übernimmt|bearbeitet|finanziert|bezahlt|beantragt|klärt|erstellt|bewertet|begutachtet|organisiert|plant|berechnet|fordert)$/;

/** The case of a noun owned by the client's genitive name at token `from` (see saxonGenitiveNoun); null when unsure. */
function saxonCase(toks: Token[], from: number, noun: number, voice: Voice): 'nom' | 'acc' | 'dat' | null {
  const before = toks[from - 1];
  if (!before) return !clientSpeaks(voice) || toks.some((t, k) => k > noun && looksFinite(t)) ? 'nom' : null;
  const p = PREP_CASE[before.lower];
  if (p) return p === 'mir' ? 'dat' : 'acc';
  if (!isWord(before) || before.text !== before.lower || !looksFinite(before) || DATIVE_OBJECT.test(before.lower) || !subjectBefore(toks, from - 1)) return null;
  return ACCUSATIVE_OBJECT.test(before.lower) || THING_ACCUSATIVE.test(before.lower) ? 'acc' : null;
}

export interface ClientMention { from: number; to: number; start: number; end: number; gender: 'm' | 'f' | null; firstName?: boolean }

// What happens to the client, so that a named person after "ob"/"damit"/"dass" is the client ("prüft, ob Herr Said die
// Voraussetzungen erfüllt", "ob Herr Haas eine Reha bekommt"): receiving, qualifying, taking part.
const CLIENT_VERB = /^(?:bekommt|erhält|erfüllt|braucht|benötigt|bezieht|teilnehmen|teilnimmt|arbeiten|anfangen|beginnen|aufnehmen|wechseln|bekommen|erhalten|machen)$/;
const CLIENT_HANDS_IN = /^(?:vorlegt|einreicht|nachweist|nachreicht|beantragt|abschließt|besteht)$/;
const CLIENT_HANDED_IN = /^(?:vorgelegt|eingereicht|nachgewiesen|nachgereicht|beantragt|abgeschlossen|bestanden|gestellt)$/;
const CLIENT_VERB_NEEDS_MODAL = /^(?:teilnehmen|arbeiten|anfangen|beginnen|aufnehmen|wechseln|bekommen|erhalten|machen)$/;

/** Is the named person at tokens [from, to) the subject of a subordinate clause about the client (see CLIENT_VERB)? */
function clientInSubordinate(toks: Token[], from: number, to: number, strict: boolean): boolean {
  const sub = toks[from - 1];
  if (!isWord(sub) || !(SUBORDINATOR.test(sub.lower) || sichAhead(toks, from))) return false;
  const end = clauseEndIndex(toks, to - 1);
  if (end < to || !isWord(toks[end])) return false;
  if (!strict) return true;
  const v = toks[end]!.lower;
  // what the client hands in or passes, as the condition of someone else's step: "…, sobald Frau Rossi den Businessplan
  // vorgelegt hat", "sofern Hr. Weber den Mietvertrag vorlegt" (a name in brackets or with a role is someone else's)
  if (toks[to]?.text !== '(' && (CLIENT_HANDS_IN.test(v) || (/^(?:hat|haben)$/.test(v) && CLIENT_HANDED_IN.test(toks[end - 1]?.lower ?? '')))) return true;
  // what is done for her, in the passive: "…, ob Herr Hamdan über einen Bildungsgutschein gefördert werden kann"
  const participle = /^(?:wird|werden)$/.test(v) ? toks[end - 1] : /^(?:kann|darf|soll)$/.test(v) && toks[end - 1]?.lower === 'werden' ? toks[end - 2] : undefined;
  if (participle && DONE_FOR_HER.test(participle.lower)) return true;
  if (!CLIENT_VERB.test(v)) {
    // "kann … teilnehmen": the infinitive before a modal at the end
    const before = toks[end - 1]?.lower ?? '';
    return /^(?:kann|darf|muss|soll)$/.test(v) && CLIENT_VERB_NEEDS_MODAL.test(before);
  }
  return !CLIENT_VERB_NEEDS_MODAL.test(v) || /^(?:kann|darf|muss|soll)$/.test(toks[end + 1]?.lower ?? '') || /^(?:teilnimmt)$/.test(v);
}

// what an office does for a person, as a participle ("gefördert", "vermittelt", "eingestellt")
const DONE_FOR_HER = /^(?:gefördert|unterstützt|vermittelt|eingestellt|begleitet|beraten|eingeladen|aufgenommen|zugewiesen|angemeldet|übernommen)$/;

/** Is the mention at [from, to) the owner of the noun before it ("die Kinder der Kundin", "das Profil von Herrn Osei")? Returns that noun's index. */
function ownerOf(toks: Token[], from: number): number {
  const det = toks[from]!;
  const before = toks[from - 1];
  if (/^(?:des|der)$/.test(det.lower) && isWord(before) && isCapitalised(before) && !isFunctionWord(before)) return from - 1;
  const owned = toks[from - 2];
  if (before?.lower === 'von' && isWord(owned) && isCapitalised(owned) && !isFunctionWord(owned) && !isOfficeWord(owned.text)) return from - 2;
  // the named one in the genitive after the thing: "die Miete des Herrn Ramadani", "die Förderung der Frau Nowak"
  if (isWord(before) && /^(?:des|der)$/.test(before.lower) && /^(?:herrn|hrn|frau|fr)$/.test(det.lower) && isWord(owned) && isCapitalised(owned) && !isFunctionWord(owned)) return from - 2;
  return -1;
}

// Places someone works in or runs: owned by the person who acts as often as by the client.
const WORKPLACE = /(?:betrieb|werkstatt|firma|praxis|büro|team|laden|geschäft|unternehmen|restaurant|küche|kanzlei|filiale|hof)$/;

/**
 * Client references in object, owner or subordinate-subject position, and the job centre's "wir" and formal "Sie",
 * rewritten for the client's own voice; null when any of them is unsure.
 */
export function rewriteClientObjects(s: Sentence, refs: ClientMention[], voice: Voice): string | null {
  const toks = s.tokens;
  const edits: Edit[] = [];
  let gender: 'm' | 'f' | null = null;
  let becameObject = false;
  const done = new Set<number>();
  const ownedPeople: number[] = [];
  for (const r of refs) {
    const det = toks[r.from]!;
    const before = toks[r.from - 1];
    // a name in the genitive before its noun ("für Herrn K.s Staplerschein", "Frau Schuberts Sohn"): the client owns
    // the noun, which takes "mein" in the case the sentence gives it — sure after a preposition of one case, at the
    // start, or after a verb that takes a thing as its accusative; no fix otherwise
    const after = toks[r.to];
    const saxon = r.to - r.from >= 2 ? saxonGenitiveNoun(toks, r.from, r.to) : -1;
    if (saxon >= 0) {
      const c = saxonCase(toks, r.from, saxon, voice);
      const own = c ? saxonOwned(s, toks, r.from, saxon, c) : null;
      if (!own) return null;
      edits.push(own);
      for (let i = r.from; i < saxon; i++) done.add(i);
      gender = r.gender ?? gender;
      ownedPeople.push(saxon);
      continue;
    }
    if (r.to - r.from >= 2 && /s$/.test(toks[r.to - 1]!.text) && isWord(after) && isCapitalised(after) && !isFunctionWord(after)) return null;
    // the genitive "s" right after a short form's full stop ("für Kdin.s Tochter"): no word to replace
    if (isWord(after) && after.start === r.end) return null;
    const prep = before ? tagsOf(before.lower).includes('Preposition') && before.lower !== 'von' : false;
    // (a plural verb after "wir" looks like an infinitive: "Wir beraten die Kundin")
    const afterVerb = !!before && (looksFinite(before) || (r.from === 2 && /^(?:wir|sie)$/.test(toks[0]!.lower) && /(?:en|ern|eln)$/.test(before.lower)));
    for (let i = r.from; i < r.to; i++) done.add(i);
    gender = r.gender ?? gender;
    // the owner: "die Kinder der Kundin" → "meine Kinder", "das Bewerberprofil von Herrn Osei" → "mein Bewerberprofil"
    const owned = ownerOf(toks, r.from);
    if (owned >= 0) {
      ownedPeople.push(owned);
      // in the client's own headings a fragment must become a sentence of hers ("Heranführung der eLb an …" is no
      // "Ich …" yet): the owner only where the sentence has a verb ("Ziel des Kunden ist …" → "Mein Ziel ist …")
      const own = ownedBy(s, toks, owned, !clientSpeaks(voice) || toks.some((t, k) => k > owned && looksFinite(t)));
      if (!own) return null;
      const from = before && (before.lower === 'von' || (/^(?:des|der)$/.test(before.lower) && !/^(?:des|der)$/.test(det.lower))) ? before : det;
      edits.push(...own, deleteToken(s, from), { start: from.end, end: r.end, text: '' });
      continue;
    }
    let p: string | undefined;
    // "…, dass der Kundin die Kinderbetreuung … zur Verfügung steht": "der Kundin" is no subject but a dative, before
    // the clause's own subject; anything else after it may be a genitive ("der Kundin Sohn"): no fix
    const dativeFemale = det.lower === 'der' && /(?:in|innen)$/.test(toks[r.to - 1]!.lower);
    if (before && SUBORDINATOR.test(before.lower) && dativeFemale) {
      if (!/^(?:die|der|das|ein|eine|kein|keine)$/.test(toks[r.to]?.lower ?? '')) return null;
      p = 'mir';
      becameObject = true;
    } else if (before && (SUBORDINATOR.test(before.lower) || sichAhead(toks, r.from) || relativeAhead(toks, r.from)) && (/^(der|die)$/.test(det.lower) || /^(?:frau|herrn?|hr|fr|elb)$/.test(det.lower) || SHORT_CLIENT.test(det.lower))) {
      const end = clauseEndIndex(toks, r.to - 1);
      const f = end >= r.to ? conjugateVerbFinal(toks[end]!) : null;
      // (she and someone else as its subject, "ob Kd. selbst oder die Betreuerin … stellt"; a verb before a comma or "bzw.")
      if (!f || toks.slice(r.to, r.to + 2).some((x) => isWord(x) && /^(?:und|oder|bzw|sowie)$/.test(x.lower)) || toks.some((t, j) => j >= r.to && j < end && isWord(t) && t.text === t.lower && looksFinite(t) && /^(?:bzw|,)$/.test(toks[j + 1]?.lower ?? '')) ||
        toks.some((t, j) => j > r.to && j < end && /^(?:und|oder)$/.test(t.lower) && (relativeAhead(toks, j + 2) || SUBORDINATOR.test(toks[j + 1]?.lower ?? '')))) return null;
      // two verbs of hers joined by "und"/"oder", each in its own form ("dass Kd. den DTZ ablegt und das Zertifikat
      // vorlegt" → "dass ich den DTZ ablege und das Zertifikat vorlege")
      const verbs = [...toks.flatMap((t, j) => (j >= r.to && j < end && isWord(t) && t.text === t.lower && looksFinite(t) && /^(?:und|oder|sowie)$/.test(toks[j + 1]?.lower ?? '') ? [j] : [])), end];
      if (verbs.length > 2 || (verbs.length === 2 && ownSubjectAfterJoin(toks, verbs[0]! + 1, end))) return null;
      for (const j of verbs) {
        const g = j === end ? f : conjugateVerbFinal(toks[j]!);
        if (!g) return null;
        edits.push({ start: toks[j]!.start, end: toks[j]!.end, text: g });
        done.add(j);
      }
      // her "sich" in that clause, in the case of its own verb ("…, dass Frau B. sich … anmeldet" → "dass ich mich … anmelde";
      // before her name, "dass sich Hr. M. … vorstellt", after the "ich" that takes its place → "dass ich mich … vorstelle")
      let ahead: string | boolean = sichAhead(toks, r.from);
      for (let i = ahead ? r.from - 1 : r.to; i < end; i++) {
        if (toks[i]!.lower !== 'sich') continue;
        const own = verbs.find((j) => j > i)!;
        const inf = verbInfinitive(toks[own]!.lower);
        if (!inf) return null;
        const reflexive = dativeReflexive(inf) || reflexiveHasObject(toks, i, own - 1) ? 'mir' : 'mich';
        if (i === r.from - 1) edits.push({ start: toks[i]!.start, end: r.start, text: '' });
        else edits.push({ start: toks[i]!.start, end: toks[i]!.end, text: reflexive });
        if (i === r.from - 1) ahead = reflexive;
        done.add(i);
      }
      p = ahead ? `ich ${ahead}` : 'ich';
    } else if (r.from === 0 && /^(?:dem|der)$/.test(det.lower) && (det.lower === 'dem' || /(?:in|innen|en)$/.test(toks[r.to - 1]!.lower)) && r.to > r.from + 1) {
      // "Dem Kunden ist bekannt, …", "Der Kundin ist … zu gewähren": a dative at the start
      p = 'Mir';
      becameObject = true;
    } else if (/^(?:herrn|frau|herr|hr|fr|hrn|kd|kdin|kdn)$/.test(det.lower) || (det.text === 'Kundin' && r.from === r.to - 1) || r.firstName) {
      // a named client (or "Kd."/"Kdin.") after the verb takes the verb's case, after a preposition the preposition's
      // ("Herrn" is never the subject; "Frau …", "Kd." after the verb are its object only with a subject before it)
      if (afterVerb) p = /^(?:herrn|hrn)$/.test(det.lower) || subjectBefore(toks, r.from - 1) || passiveDative(toks, r.from - 1) ? objectCase(toks, r.from - 1, toks[r.to]) : undefined;
      else if (before && PREP_CASE[before.lower]) p = PREP_CASE[before.lower];
      else {
        // (in her own headings the subject of a clause of its own after a comma or "und": "Ich möchte …, Kd. spart dafür
        // monatlich 50 €" → "…, ich spare dafür …")
        const clause = clientSpeaks(voice) ? ownClause(s, r) : null;
        if (!clause) return null;
        edits.push(clause);
        for (let i = r.from; i < toks.length && toks[i]!.start < clause.end; i++) done.add(i);
        continue;
      }
      becameObject = true;
      // "mit Kd. bzw. Ehefrau": coordinated with someone else, who would need "meiner Ehefrau" too — unsure
      if (SHORT_CLIENT.test(det.lower) && toks.slice(r.to, r.to + 2).some((x) => isWord(x) && /^(?:und|oder|bzw|sowie)$/.test(x.lower))) return null;
      // the short form's full stop goes with it ("berät Kdin. zur …" → "berät mich zur …"), but not the sentence's
      if (p && SHORT_CLIENT.test(det.lower) && s.text.slice(r.start - s.start, r.end - s.start).endsWith('.') && r.end === s.end) p += '.';
    } else {
      if (r.from === r.to - 1) return null;
      p = ({ dem: 'mir', den: 'mich' } as Record<string, string>)[det.lower];
      // (the mention's last word, not the short form's full stop: "schickt der Kdin. …")
      const noun = toks.slice(r.from, r.to).filter(isWord).pop()!.lower;
      if (!p && det.lower === 'der' && /(?:in|en|elb)$/.test(noun) && (prep || afterVerb)) p = 'mir';
      // "die Kundin" after the verb is its object only where the clause has its subject before the verb
      if (!p && det.lower === 'die' && r.from > 0 && (prep || (afterVerb && subjectBefore(toks, r.from - 1)))) p = 'mich';
      becameObject = true;
    }
    if (!p) return null;
    edits.push({ start: r.start, end: r.end, text: p });
  }
  // a client named without a gender ("Kd.") is a man where every pronoun after him is a man's ("begleitet Kd. beim Antrag
  // auf Anerkennung seines Abschlusses"); whether it is his is decided below, as for any man
  if (gender === null && refs.every((r) => r.gender === null) && pronounGenderFrom(toks, spanOf(refs)[1]) === 'm') gender = 'm';
  // the client's possessives: "bei seiner Therapie" → "bei meiner Therapie" (not the verb: "… überarbeitet sein")
  for (const [k, t] of toks.entries()) {
    if (done.has(k) || !POSSESSIVE.test(t.lower) || (t.text.startsWith('Ihr') && t.start !== s.start) || (t.lower === 'sein' && !ownsNext(t, toks[k + 1], toks[k - 1]))) continue;
    // a bare "ihr" before no noun of its own is the dative pronoun ("bespricht mit ihr die nächsten Schritte"): the
    // client, "mir", where she is a woman; unsure otherwise
    const next = toks[k + 1];
    if (t.lower === 'ihr' && !(ownsNext(t, next, toks[k - 1]) && !isFunctionWord(next!))) {
      if (gender !== 'f') return null;
      // (nobody else she could be, after the sentence's subject: "… ruft die Kundin an und gibt ihr …")
      // (the subject is all up to its verb: "Die IFK unterstützt Frau B. … und leitet ihr … zu")
      const subject = namedPersons(toks).find((p) => p.from === 0);
      const v0 = firstLowerFinite(toks);
      const after = v0 > 0 && subjectBefore(toks, v0) ? v0 + 1 : subject ? subject.to : 1;
      if (otherCandidate(toks, after, k, 'f', false, spanOf(refs))) return null;
      edits.push({ start: t.start, end: t.end, text: t.text === 'Ihr' ? 'Mir' : 'mir' });
      continue;
    }
    const isSein = t.lower.startsWith('sein');
    // the client's own person of that gender named before it could be the owner ("Die Tochter von Frau Kaya …, ihre
    // Betreuung"): no sure fix
    if (ownedPeople.some((o) => o < k && otherCandidate(toks, o, o + 1, isSein ? 'm' : 'f', false))) return null;
    // another person of that gender before it could own a workplace ("Herr Schulz nimmt Herrn A. in seinem Betrieb auf")
    if (isWord(next) && WORKPLACE.test(next.lower) && otherPerson(toks, 0, k, isSein ? 'm' : 'f', spanOf(refs))) return null;
    if ((isSein && gender === 'm') || (!isSein && gender === 'f')) edits.push({ start: t.start, end: t.end, text: toMine(t.text, t.start === s.start) });
    else return null;
  }
  // the client again as "er"/"sie" in a subordinate clause, or as "ihn"/"ihm" later on: where no one else can be meant
  for (let k = 0; k < toks.length; k++) {
    if (done.has(k)) continue;
    const t = toks[k]!;
    // (a client of unknown gender, "Kd.", may be any "er"/"ihn"/"ihm" left: unsure)
    if (!gender && isWord(t) && /^(?:er|ihn|ihm)$/.test(t.lower)) return null;
    if (!gender || !isWord(t)) continue;
    // right after a verb done to people, "sie"/"ihn"/"ihm" is its object ("… und begleitet sie zum Termin", "…, und
    // informiert ihn bis 30.06.") — the client where no one else of her gender is named after the subject
    const prev = toks[k - 1];
    // (or a verb whose case is told by what follows: "überweist sie an die PIA")
    const personObject = isWord(prev) && prev.text === prev.lower && (ACCUSATIVE_OBJECT.test(prev.lower) || (t.lower === 'ihm' && DATIVE_OBJECT.test(prev.lower)) ||
      (PLACE_OR_THING.test(prev.lower) && objectCase(toks, k - 1, toks[k + 1]) === (t.lower === 'ihm' ? 'mir' : 'mich')));
    if (personObject && ((t.lower === 'sie' && gender === 'f') || (/^(?:ihn|ihm)$/.test(t.lower) && gender === 'm'))) {
      // (the sentence's subject, up to its verb, is not its own object: "Die Schuldnerberatung … begleitet sie"; the
      // job centre's "wir" has its plural verb right after it)
      const v0 = toks[0]!.lower === 'wir' && isWord(toks[1]) ? 1 : firstLowerFinite(toks);
      if (v0 < 0 || v0 >= k || !subjectBefore(toks, v0)) return null;
      if (otherCandidate(toks, v0 + 1, k, gender, false, spanOf(refs))) return null;
      // ("… berät Frau S. und ihren Mann und begleitet sie": "sie" may be the two of them)
      const [r0, r1] = spanOf(refs);
      if (t.lower === 'sie' && (/^(?:und|sowie|mit)$/.test(toks[r1]?.lower ?? '') ||
        toks.some((x, j) => j > v0 && j < k && !(j >= r0 && j < r1) && isWord(x) && (isKin(x.lower) || /^(?:herr|herrn|frau|hr|fr)$/.test(x.lower))))) return null;
      edits.push({ start: t.start, end: t.end, text: t.lower === 'ihm' ? 'mir' : 'mich' });
      continue;
    }
    if ((t.lower === 'er' && gender === 'm') || (t.lower === 'sie' && gender === 'f')) {
      if (!isWord(toks[k - 1]) || !(SUBORDINATOR.test(toks[k - 1]!.lower) || relativeAhead(toks, k))) return null;
      const end = clauseEndIndex(toks, k);
      if (otherCandidate(toks, 0, k, gender, stativeClause(toks, k, end), spanOf(refs))) return null;
      const f = end > k ? conjugateVerbFinal(toks[end]!) : null;
      if (!f) return null;
      edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: toks[end]!.start, end: toks[end]!.end, text: f });
      done.add(end);
    } else if (/^(?:ihn|ihm)$/.test(t.lower) && gender === 'm' && becameObject) {
      // "lädt Herrn Tesfaye ein und begleitet ihn dort": the subject cannot be "ihn", the client is the other man (the
      // subject is all up to its verb: "JC (Hr. Brückner) vermittelt den Kd. … und vereinbart mit ihm …")
      const subject = namedPersons(toks).find((p) => p.from === 0);
      const v0 = firstLowerFinite(toks);
      const after = v0 > 0 && subjectBefore(toks, v0) ? v0 + 1 : subject ? subject.to : 1;
      // (nor a thing of his gender: "füllt für den Leistungsberechtigten den Befundbericht aus und schickt ihn …")
      if (otherCandidate(toks, after, k, 'm', false, spanOf(refs)) || (!talkedWith(toks, k) && thingOfGender(toks, after, k, 'm', spanOf(refs)))) return null;
      edits.push({ start: t.start, end: t.end, text: t.lower === 'ihn' ? 'mich' : 'mir' });
    } else if (/^(?:ihn|ihm)$/.test(t.lower) && gender === 'm') return null; // (any other "ihn"/"ihm" may be his: unsure)
  }
  // a "sich" in a zu-clause after her as the object may be hers ("hilft ihm dabei, sich um einen Platz … zu kümmern"):
  // "mich" or the helper's own — unsure
  if (becameObject && toks.some((t, k) => !done.has(k) && t.lower === 'sich' && zuClause(toks, k))) return null;
  const formal = formalEdits(s);
  if (formal === null) return null;
  edits.push(...formal);
  if (!edits.length) return null;
  const wir = weAsJobCentre(s, voice);
  if (wir === null) return null;
  edits.push(...wir);
  // a note's bare subject takes its article once the sentence is hers ("Jobcenter vermittelt mich …" → "Das Jobcenter …")
  const art = bareSubject(toks, edits);
  if (art === null) return null;
  if (art) edits.push(art);
  return overlapping(edits) ? null : applyEdits(s.text, s.start, edits);
}
/** Is token k in an infinitive clause with "zu" after a comma ("…, sich um einen Platz zu kümmern", "…, sich anzumelden")? */
function zuClause(toks: Token[], k: number): boolean {
  const from = clauseStartBefore(toks, k);
  return from > 0 && toks[from - 1]?.text === ',' && !!zuInfinitive(toks, clauseEndIndex(toks, k));
}
// (not where the rewrite already changes its first word: "Ziel der Kundin ist …" → "Mein Ziel ist …")
const bareSubject = (toks: Token[], edits: Edit[]) => {
  const v0 = firstLowerFinite(toks);
  return v0 > 0 ? subjectArticle(toks, v0, (t) => edits.some((e) => e.start <= t.end && e.end >= t.start)) : '';
};
const spanOf = (refs: ClientMention[]): [number, number] => [Math.min(...refs.map((r) => r.from)), Math.max(...refs.map((r) => r.to))];

// what two decide together: "wir haben vereinbart/besprochen …", "wir vereinbaren …"
const JOINT = /^(?:haben (?:\p{L}+ )?(?:vereinbart|besprochen|abgesprochen|verabredet|festgelegt|geklärt)|vereinbaren|besprechen|verabreden)(?![\p{L}])/u;

/**
 * In the job centre's heading, "wir" opening the sentence is the job centre. Where the client becomes "mir"/"mich",
 * "wir" would now mean someone else: it becomes "Das Jobcenter" with the verb in the third person ("Wir senden Ihnen …
 * zu" → "Das Jobcenter sendet mir … zu"). Empty when there is no such "wir"; null when it cannot be done surely.
 */
function weAsJobCentre(s: Sentence, voice: Voice): Edit[] | null {
  const toks = s.tokens;
  const wirAt = toks.findIndex(isWe);
  if (wirAt < 0) return [];
  // in her own headings "Wir haben vereinbart, dass …" are she and the case worker: it stays
  if (clientSpeaks(voice) && wirAt === 0 && toks[0]!.lower === 'wir' && JOINT.test(toks.slice(1, 4).filter(isWord).map((t) => t.lower).join(' ')) &&
    !toks.some((t, k) => k > 0 && isWe(t))) return [];
  if (voice !== 'jobcentre' || wirAt !== 0 || toks[0]!.lower !== 'wir') return null;
  // ("uns" right after a verb of "wir" is its reflexive: "… und melden uns … bei Ihnen" → "… und meldet sich …")
  const reflexiveUs = (k: number) => toks[k]!.lower === 'uns' && (k === 2 || (k > 3 && toks[k - 2]!.lower === 'und'));
  if (toks.some((t, k) => k > 0 && isWe(t) && !reflexiveUs(k))) return null;
  const v = toks[1];
  if (!isWord(v)) return null;
  const third = v.lower === 'sind' ? 'ist' : thirdPersonOf(v.lower);
  if (!third) return null;
  const edits: Edit[] = [{ start: toks[0]!.start, end: v.end, text: `Das Jobcenter ${third}` }];
  for (const [k, t] of toks.entries()) if (k > 0 && reflexiveUs(k)) edits.push({ start: t.start, end: t.end, text: 'sich' });
  // a second verb of "wir" after "und" goes with it ("… und senden Ihnen … zu" → "… und sendet mir … zu")
  for (const [k, t] of toks.entries()) {
    if (k < 3 || toks[k - 1]!.lower !== 'und' || !isWord(t) || t.text !== t.lower || !/en$/.test(t.lower) || !isVerbInfinitive(t.lower) || !isWord(toks[k + 1])) continue;
    const second = thirdPersonOf(t.lower);
    if (!second) return null;
    edits.push({ start: t.start, end: t.end, text: second });
  }
  return edits;
}

/**
 * In the job centre's and others' sections, with no "mir/mich" anywhere, a named person is the client when they
 * stand right after the verb ("schickt Herrn Nowak …"), behind a preposition with their own possessive later
 * ("erstellt mit Frau Nowak eine Übersicht ihrer Schulden"), as the owner of a thing ("das Bewerberprofil von Herrn
 * Osei"), or as the subject of a clause about what happens to the client ("prüft, ob Herr Said … erfüllt"). In the
 * client's own sections (`client`), only the last two: the owner, and the subject of any subordinate clause.
 */
export function namedClientObjects(toks: Token[], fp: boolean, client = false): ClientMention[] {
  // (in her own headings a "wir" of what she and the case worker decided is no "ich" of hers: "Wir haben vereinbart,
  // dass Herr N. …" — the client is the one named in the clause)
  if (fp && !(client && !toks.some((t) => isWord(t) && /^(?:ich|mich|mir|mein\p{L}*)$/u.test(t.lower)) && toks[0]?.lower === 'wir')) return [];
  return [...namedPersons(toks), ...firstNameObjects(toks, client)].filter((p) => {
    if ('firstName' in p) return true;
    const owned = ownerOf(toks, p.from);
    // "die Vertretung von Frau Krause": a colleague's, not the client's
    if (owned >= 0) return !NOT_OWNED.test(toks[owned]!.lower);
    if (clientInSubordinate(toks, p.from, p.to, !client)) return true;
    if (client) return false;
    if (p.from > 1 && looksFinite(toks[p.from - 1]!)) return true;
    // the job centre's "wir" and its verb: "Wir unterstützen Herrn A. bei der Wohnungssuche"
    if (p.from === 2 && /^wir$/.test(toks[0]!.lower) && isWord(toks[1]) && /(?:en|ern|eln)$/.test(toks[1]!.lower)) return true;
    const prep = toks[p.from - 1];
    if (!prep || !PREP_CASE[prep.lower]) return false;
    // "für" someone in the job centre's or others' sentence is who it is done for: the client ("übernimmt die
    // Fahrtkosten für Herrn M.") — not a doctor or a colleague named with a title
    const titled = /(?<![\p{L}])(?:Dr|Prof)\./u.test(toks.slice(p.from, p.to).map((t) => t.text).join(' '));
    if (prep.lower === 'für' && !titled) return true;
    // "gemeinsam mit Herrn Rahimi": whom the service works with — the client, not one named with a role in brackets
    if (prep.lower === 'mit' && /^(?:gemeinsam|zusammen)$/.test(toks[p.from - 2]?.lower ?? '') && !titled && toks[p.to]?.text !== '(') return true;
    // (or his "ihm" later, a person: "führt mit Hr. Kaya Gespräche und stellt ihm … aus" — not one with a role in brackets)
    const own = p.gender === 'f' ? /^ihr(e[mnrs]?)?$/ : p.gender === 'm' ? (toks[p.to]?.text === '(' ? /^sein(e[mnrs]?)?$/ : /^(?:sein(e[mnrs]?)?|ihm)$/) : null;
    return !!own && toks.slice(p.to).some((t) => own.test(t.lower));
  });
}

/**
 * In someone else's heading, a first name of one gender right after the verb of a clause with its subject before it is
 * the client as its object ("Die Berufsberaterin lädt Jonas … ein", "Das Jugendamt stellt Kevin einen Betreuer …") —
 * not beside school, nursery, an age, a relative or "der jungen Frau", where it may be her child or need more.
 */
function firstNameObjects(toks: Token[], client: boolean): ClientMention[] {
  if (client) return [];
  const out: ClientMention[] = [];
  for (const [k, t] of toks.entries()) {
    const prev = toks[k - 1];
    if (k < 2 || !isWord(t) || !isCapitalised(t) || !isWord(prev) || prev.text !== prev.lower) continue;
    const gender = firstNameGender(t.lower);
    // (one gender only; a capital word after it may be the surname or another name: "Jonas Weber", "Lena Mia")
    if (!gender || (isWord(toks[k + 1]) && isCapitalised(toks[k + 1]!)) || !looksFinite(prev) || !subjectBefore(toks, k - 1)) continue;
    out.push({ from: k, to: k + 1, start: t.start, end: t.end, gender, firstName: true });
  }
  if (out.length !== 1) return [];
  return mayBeChild(toks) || YOUNG_CLIENT.test(toks.map((t) => t.text).join(' ')) ? [] : out;
}

// (with an inseparable prefix the participle has no "ge-": "wird … unterstützt", "wird … vermittelt", "beraten")
const PASSIVE_PARTICIPLE = /^(?:ge\p{L}+(?:t|en)|\p{L}+iert|\p{L}*ge\p{L}+(?:t|en)|(?:be|ver|er|ent|zer|über|unter|emp|miss|hinter)\p{L}{3,}(?:t|en))$/u;

/**
 * A named person as the subject of a passive ("Herr Al-Masri wird … angemeldet") has something done to
 * them: in the job centre's section that is the client, not the one who acts.
 */
export function isPassiveSubject(toks: Token[], p: { from: number; to: number }): boolean {
  const aux = toks[p.to];
  if (!isWord(aux) || !/^(wird|werden)$/.test(aux.lower)) return false;
  const end = clauseEndIndex(toks, p.to);
  return end > p.to && PASSIVE_PARTICIPLE.test(toks[end]!.lower);
}

/**
 * In the job centre's and others' sections "er"/"sie"/"ihn"/"ihm"/"sein"/"ihr" is the client when nothing else can
 * be meant: at the start of an entry's first sentence ("Sie erhält vom Jobcenter …"); in a subordinate clause whose
 * main clause names a person of the other gender ("Frau Becker fragt nach, ob er …"); as an object or owner in the
 * first sentence where no one else of that gender is named ("Wir unterstützen ihn …", "Frau Hahn schickt seine
 * Unterlagen …"); and the client addressed formally ("Wir senden Ihnen …").
 */
export function clientPronounOutsideClientSections(s: Sentence, firstSentence: boolean, voice: Voice): { fix: string | null } | null {
  const toks = s.tokens;
  const persons = namedPersons(toks);
  const t0 = toks[0];
  if (firstSentence && isWord(t0) && /^(er|sie)$/.test(t0.lower) && !persons.length && isWord(toks[1]) && isThirdPersonPresent(toks[1].lower)) {
    return { fix: rewriteThirdPerson(s, { from: 0, to: 1, verb: 1, inverted: false, ref: { gender: t0.lower === 'er' ? 'm' : 'f', type: 'pronoun' }, formal: false }) };
  }
  const subjectGender = persons[0]?.from === 0 ? persons[0].gender : null;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!/^(er|sie)$/.test(t.lower) || !SUBORDINATOR.test(toks[k - 1]!.lower)) continue;
    const other = (t.lower === 'er' && subjectGender === 'f') || (t.lower === 'sie' && subjectGender === 'm');
    if (!other) continue;
    const end = clauseEndIndex(toks, k);
    const v = toks[end]!;
    // someone else of the pronoun's gender named before it ("fragt beim Träger nach, ob er …"): only where the clause
    // says what happens to the client ("teilnehmen kann", "bekommt")
    if (otherCandidate(toks, 0, k, t.lower === 'er' ? 'm' : 'f', stativeClause(toks, k, end)) && !clientInSubordinate(toks, k, k + 1, true)) return null;
    const f = end > k ? conjugateVerbFinal(v) : null;
    // the client again as "ihn"/"seine" (or "sie"/"ihre") elsewhere: all of it, or no fix
    const again = t.lower === 'er' ? /^(?:ihn|ihm|sein|seine|seinen|seinem|seiner|seines)$/ : /^(?:ihr|ihre|ihren|ihrem|ihrer|ihres)$/;
    if (toks.some((x, i) => i !== k && isWord(x) && again.test(x.lower))) return { fix: null };
    return { fix: f ? applyEdits(s.text, s.start, [{ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f }]) : null };
  }
  if (!firstSentence) return null;
  // "ihn"/"ihm", "seine"/"ihre" with no one of that gender named but the subject: the client
  const edits: Edit[] = [];
  const subjectEnd = persons[0]?.from === 0 ? persons[0].to : 1;
  // the whole subject up to its verb ("Der Bewährungshelfer Herr K. begleitet ihn …"): never the object "ihn"/"ihm"
  const v0 = firstLowerFinite(toks);
  const objectFrom = v0 > 0 && subjectBefore(toks, v0) ? v0 + 1 : subjectEnd;
  // the dative "ihr" right after a verb or a preposition of the dative, owning nothing, is one woman ("Die
  // Migrationsberatung hilft ihr beim …", "erstellt mit ihr …"); beside it "sie" after a verb done to people and "ihre"
  // are hers too — without it they may as well be plural, "them"/"their"
  const herDative = (k: number) => toks[k]!.lower === 'ihr' && isWord(toks[k - 1]) && (looksFinite(toks[k - 1]!) || PREP_CASE[toks[k - 1]!.lower] === 'mir') && !ownsNext(toks[k]!, toks[k + 1], toks[k - 1]);
  const her = toks.some((t, k) => k >= objectFrom && herDative(k));
  const genders = new Set<string>();
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || k < subjectEnd) continue;
    const g = /^(?:ihn|ihm)$/.test(t.lower) || /^sein(?:e[mnrs]?)?$/.test(t.lower) ? 'm' : her && /^(?:sie|ihr|ihre|ihren|ihrem|ihrer|ihres)$/.test(t.lower) ? 'f' : null;
    if (!g) continue;
    genders.add(g);
    if (genders.size > 1) return { fix: null };
    // ("sie" only as the object of a verb done to people: "berät sie zum …"; as a subject it would need its verb changed)
    if (t.lower === 'sie' && !(isWord(toks[k - 1]) && toks[k - 1]!.text === toks[k - 1]!.lower && ACCUSATIVE_OBJECT.test(toks[k - 1]!.lower))) return { fix: null };
    const possessive = POSSESSIVE.test(t.lower) && !herDative(k);
    if (possessive && !(isWord(toks[k + 1]) && (isCapitalised(toks[k + 1]!) || /(?:e|en|er|es|em)$/.test(toks[k + 1]!.lower)))) return null;
    // "sein" may be the subject's own; "ihn"/"ihm" never are (that would be "sich"). Nobody else of this gender before it.
    // (once one is sure to be the client, a later unsure one leaves the finding without a fix)
    if ((possessive && subjectGender === g) || otherCandidate(toks, possessive ? subjectEnd : Math.max(subjectEnd, objectFrom), k, g, false)) return edits.length ? { fix: null } : null;
    if (!possessive && subjectGender === null && !/^(?:wir|das|die|der)$/.test(toks[0]!.lower) && !(v0 > 0 && v0 < k && subjectBefore(toks, v0))) return null;
    edits.push({ start: t.start, end: t.end, text: possessive ? toMine(t.text, false) : /^(?:ihn|sie)$/.test(t.lower) ? 'mich' : 'mir' });
  }
  const formal = formalEdits(s);
  // (the client addressed formally where "Sie" cannot be made "mich": a finding without a fix)
  if (formal === null) return { fix: null };
  edits.push(...formal);
  if (!edits.length) return null;
  const wir = weAsJobCentre(s, voice);
  if (wir === null) return { fix: null };
  edits.push(...wir);
  const art = bareSubject(toks, edits);
  if (art === null) return { fix: null };
  if (art) edits.push(art);
  return { fix: applyEdits(s.text, s.start, edits) };
}

/** The infinitive of a verb at a clause's end, with its particle ("anmeldet" → "anmelden"); null where unknown. */
function verbInfinitive(lower: string): string | null {
  const own = infinitiveOfThird(lower);
  if (own) return own;
  for (const p of SEPARABLE_PREFIXES) {
    if (!lower.startsWith(p) || lower.length <= p.length + 2) continue;
    const rest = infinitiveOfThird(lower.slice(p.length));
    if (rest) return p + rest;
  }
  return null;
}
