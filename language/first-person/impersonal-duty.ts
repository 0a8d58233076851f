/**
 * Impersonal duties: "Bei Fehlzeiten ist eine AU vorzulegen." → "Bei Fehlzeiten lege ich eine AU vor."; the
 * subject becomes the object ("Der Lebenslauf ist … vorzulegen" → "Ich lege den Lebenslauf … vor"); coordinated
 * zu-infinitives share it as a pronoun ("… zu unternehmen und nachzuweisen" → "Ich unternehme … und weise sie … nach").
 * "hat … zu" without a subject, "erfolgt" and "findet … statt" are flagged without a fix.
 */
import { firstPersonOf, infinitiveOfParticiple, isVerbInfinitive, tagsOf } from '../language';
import { splitSeparable } from '../lexicon';
import { genderOf } from '../nouns';
import { clientNouns, namedPersons } from '../people';
import { isCapitalised, tokenize, type Sentence, type Token } from '../tokens';
import { clauseEndIndex, finish, isFunctionWord, isWord, looksFinite, PRONOUN_ACC, SUBORDINATOR, zuInfinitive } from './common';
import { agentPhrase } from './agent';
import { DET_NOM, MORE_PREPOSITIONS, subjectToObject } from './noun-phrases';

// Duties an office has, not the client: to check, grant, pay, take on costs, respect a report ("Bei der Vermittlung ist
// das Gutachten zu beachten", "Die Kosten sind zu übernehmen"). Written impersonally, they stay without a fix.
// (and the file's own work: "Nachweis wird zur Akte genommen", "… wird angerechnet", "… wird erfasst")
const OFFICE_DUTY = /^(?:prüfen|überprüfen|gewähren|erstatten|übernehmen|bewilligen|beachten|berücksichtigen|veranlassen|einleiten|zahlen|auszahlen|fördern|zuweisen|einschalten|beauftragen|vermitteln|zusenden|entscheiden|genehmigen|anpassen|festlegen|ausstellen|nehmen|anrechnen|erfassen|vermerken|bearbeiten|speichern|ablegen)$/;
// What the client can make sure of herself: care, childcare, being reachable ("Die Kinderbetreuung ist sicherzustellen").
const CLIENT_CARE = /(?:betreuung|pflege|versorgung|erreichbarkeit|anwesenheit|teilnahme|mobilität)$/;

/** "Vom Kunden ist …", "Von Frau Sommer ist …": the client named as the one who must do it. */
function clientAgent(pre: Token[]): string | null {
  if (!isWord(pre[0]) || !/^(?:von|vom|durch)$/.test(pre[0].lower)) return null;
  const refs = clientNouns(pre);
  const named = namedPersons(pre);
  const ref = refs.find((r) => r.from <= 2 && r.to === pre.length) ?? named.find((p) => p.from === 1 && p.to === pre.length);
  if (!ref) return null;
  return named.includes(ref as never) ? pre.slice(1).map((t) => t.text).join(' ').replace(/ \./g, '.') : '';
}

/** "Bei Fehlzeiten ist eine AU vorzulegen." → "Bei Fehlzeiten lege ich eine AU vor." */
type VerbAt = (toks: Token[], k: number) => { particle: string | null; base: string; from: number } | null;
function rewriteImpersonalDuty(s: Sentence, auxIdx: number, zu: { particle: string | null; base: string; from: number }, clauseEnd: number, names: string[], verbAt: VerbAt = zuInfinitive): string | null {
  const toks = s.tokens;
  if (auxIdx === 0) return null;
  // the office's duties are not the client's
  if (OFFICE_DUTY.test((zu.particle ?? '') + zu.base)) return null;
  // someone named with whom it is done may be the client, and the duty the case worker's ("Bewerbungsmappe ist mit Hr.
  // Jankowski durchzugehen"): unsure who acts
  if (namedPersons(toks).some((p) => p.from > 0 && /^(?:mit|gemeinsam|zusammen)$/.test(toks[p.from - 1]!.lower))) return null;
  const singular = /^(?:ist|wird)$/.test(toks[auxIdx]!.lower);
  // what follows the clause (", sonst …" or the final full stop) stays as it is
  const endPunct = s.text.slice(toks[clauseEnd]!.end - s.start) || '.';
  // (not a second step after the comma, a bare infinitive with no verb of its own: "…, Lohnabrechnungen monatlich
  // einreichen." — left as it is, it would hang on her sentence)
  if (stepAfterComma(toks, clauseEnd)) return null;
  const slice = (a: Token[]) => (a.length ? s.text.slice(a[0]!.start - s.start, a[a.length - 1]!.end - s.start) : '');
  // coordinated zu-infinitives share the subject: "… sind zu unternehmen und monatlich nachzuweisen"
  const verbs: Array<{ zu: { particle: string | null; base: string; from: number }; end: number; joint: Token | null }> = [];
  let from = auxIdx + 1;
  for (let k = auxIdx + 1; k < zu.from; k++) {
    const joint = toks[k + 1];
    if (!joint || !/^(und|oder|sowie|,)$/.test(joint.lower)) continue;
    const z = verbAt(toks, k);
    if (!z || z.from < from) continue;
    if (verbAt !== zuInfinitive && OFFICE_DUTY.test((z.particle ?? '') + z.base)) return null;
    verbs.push({ zu: z, end: k, joint });
    from = k + 2;
  }
  verbs.push({ zu, end: clauseEnd, joint: null });
  // a second duty with its own subject ("… sind wahrzunehmen und das Ergebnis ist … mitzuteilen"): no sure fix
  if (toks.slice(auxIdx + 1, clauseEnd).some((t) => isWord(t) && /^(?:ist|sind|wird|werden)$/.test(t.lower))) return null;
  let pre = toks.slice(0, auxIdx);
  const mid = toks.slice(auxIdx + 1, verbs[0]!.zu.from);
  // "Die Beachtung des Leistungsbildes ist sicherzustellen": making sure of an office's doing is the office's duty
  if (zu.base === 'stellen' && zu.particle === 'sicher') {
    const all = [...pre, ...mid];
    if (all.some((t, k) => k > 0 && /^(?:die|der|eine)$/.test(all[k - 1]!.lower) && isCapitalised(t) && /(?:ung|nahme|gabe)$/.test(t.lower) && !CLIENT_CARE.test(t.lower))) return null;
  }
  // "Vom Kunden ist … vorzulegen": the client is the one to do it — "Ich lege … vor"
  const agent = clientAgent(pre);
  if (agent !== null) {
    if (agent) names.push(agent);
    pre = [];
  }
  if (!pre.length) {
    const first = firstPersonOf(zu.base);
    const midText = first ? subjectToObject(s, mid, singular, true) : null;
    if (!first || midText === null || verbs.length > 1) return null;
    return finish(['Ich', first, midText, ...(zu.particle ? [zu.particle] : [])].filter((p) => p).join(' '), endPunct);
  }
  const preIsAdverbial = isWord(pre[0]) && (tagsOf(pre[0].lower).includes('Preposition') || MORE_PREPOSITIONS.test(pre[0].lower));
  if (preIsAdverbial || (pre.length === 1 && isFunctionWord(pre[0]!) && pre[0]!.lower !== 'es')) {
    // "Bei Fehlzeiten" / "Dann" stays in front; the subject in the middle becomes the object
    if (verbs.length > 1) return null; // the object of the later verbs would need a pronoun for a phrase we do not delimit
    const first = firstPersonOf(zu.base);
    if (!first) return null;
    const midText = subjectToObject(s, mid, singular, false);
    if (midText === null) return null;
    return finish([slice(pre), first, 'ich', midText, ...(zu.particle ? [zu.particle] : [])].filter((p) => p).join(' '), endPunct);
  }
  // "Eine AU ist bei Fehlzeiten vorzulegen." / "Es ist ein Lebenslauf vorzulegen."
  const expletive = pre[0]!.lower === 'es' && pre.length === 1;
  if (expletive && verbs.length > 1) return null;
  const object = expletive ? mid : pre;
  if (!object.length) return null;
  const objText = subjectToObject(s, object, singular, true);
  if (objText === null) return null;
  // the later verbs take the object as a pronoun: "… und weise sie monatlich nach"
  let pronoun: string | null = null;
  if (verbs.length > 1) {
    const head = object.find((t) => isCapitalised(t) && !isFunctionWord(t) && !DET_NOM.test(t.lower));
    const g = singular ? (head ? genderOf(head.text) : null) : 'pl';
    if (!g || object.some((t) => /^(und|oder|sowie)$/.test(t.lower))) return null;
    pronoun = PRONOUN_ACC[g];
  }
  const parts: string[] = ['Ich'];
  let partFrom = expletive ? verbs[0]!.zu.from : auxIdx + 1;
  for (const [n, v] of verbs.entries()) {
    const f = firstPersonOf(v.zu.base);
    if (!f) return null;
    const between = toks.slice(partFrom, v.zu.from);
    const adverbials = n === 0 && expletive ? '' : slice(between);
    parts.push(...[f, n === 0 ? objText : pronoun!, adverbials, v.zu.particle ?? ''].filter((p) => p));
    if (v.joint) parts.push(v.joint.lower === 'sowie' ? 'und' : v.joint.lower);
    partFrom = v.end + 2;
  }
  return finish(parts.filter((p) => p).join(' ').replace(/ ,/g, ','), endPunct);
}

const AUXILIARY = /^(?:werden|sein|haben|können|müssen|sollen|dürfen|wollen|lassen)$/;
/** Is what follows the clause ending at `end` a comma and a step of its own: no finite verb, a lower-case infinitive last? */
function stepAfterComma(toks: Token[], end: number): boolean {
  if (toks[end + 1]?.text !== ',') return false;
  const tail = toks.slice(end + 2).filter(isWord);
  const last = tail[tail.length - 1];
  // (a clause of its own opens with its conjunction or "um", and may end in "werden": "…, dass Termine … abgesagt werden")
  if (!tail.length || SUBORDINATOR.test(tail[0]!.lower) || /^(?:um|der|die|das|den|dem|deren|dessen|welche[rsnm]?)$/.test(tail[0]!.lower)) return false;
  return !!last && last.text === last.lower && isVerbInfinitive(last.lower) && !AUXILIARY.test(last.lower) && !tail.slice(0, -1).some(looksFinite);
}

/**
 * A sentence with a finite verb but no one doing it (the verb at `finiteIdx`): an impersonal duty ("ist/sind …
 * zu …", with a fix; "hat … zu …", "erfolgt", "findet … statt" without one), or null when the sentence is none.
 */
export function impersonalDuty(s: Sentence, finiteIdx: number, ownSteps = false): { fix: string | null; clientNames: string[] } | null {
  const toks = s.tokens;
  const aux = toks[finiteIdx]!;
  // among her own steps, a step in the passive with no one doing it is hers: "Der Lebenslauf wird bis zum 20.03.
  // überarbeitet und dem JC zugeschickt." → "Ich überarbeite den Lebenslauf … und schicke ihn dem JC zu."
  if (ownSteps && /^(?:wird|werden)$/.test(aux.lower)) return ownStepInPassive(s, finiteIdx);
  // "Bei Fehlzeiten ist eine AU vorzulegen." — a duty with no one doing it
  let clauseEnd = clauseEndIndex(toks, finiteIdx);
  let zu = /^(ist|sind|hat|haben)$/.test(aux.lower) ? zuInfinitive(toks, clauseEnd) : null;
  // more zu-infinitives after a comma belong to the same duty: "… sind zu kopieren, zu unterschreiben und abzugeben"
  while (zu && toks[clauseEnd + 1]?.text === ',' && isWord(toks[clauseEnd + 2])) {
    const next = toks[clauseEnd + 2]!;
    const end = clauseEndIndex(toks, clauseEnd + 2);
    const more = zuInfinitive(toks, end);
    if (!more || !(next.lower === 'zu' || zuInfinitive(toks, clauseEnd + 2))) break;
    clauseEnd = end;
    zu = more;
  }
  const clientNames: string[] = [];
  // "Bei Krankheit ist vom Kunden eine AU vorzulegen": the client named as the doer inside the clause goes, as it
  // does in front ("Vom Kunden ist …"); the rest is rewritten without it
  if (zu && /^(ist|sind)$/.test(aux.lower)) {
    for (let k = finiteIdx + 1; k < zu.from; k++) {
      if (!/^(?:von|vom|durch)$/.test(toks[k]!.lower)) continue;
      for (let e = k + 2; e <= Math.min(k + 4, zu.from); e++) {
        const agent = clientAgent(toks.slice(k, e));
        if (agent === null) continue;
        const before = s.text.slice(0, toks[k]!.start - s.start).trimEnd(), after = s.text.slice(toks[e - 1]!.end - s.start).trimStart();
        const text = /^[,.;:!?]/.test(after) ? before + after : `${before} ${after}`;
        const inner = impersonalDuty({ start: s.start, end: s.start + text.length, text, tokens: tokenize(text, s.start) }, finiteIdx);
        if (!inner) return { fix: null, clientNames };
        return { fix: inner.fix, clientNames: [...(agent ? [agent] : []), ...inner.clientNames] };
      }
    }
  }
  // someone else named as the doer ("Zunächst ist eine Begutachtung durch den Ärztlichen Dienst … durchzuführen"): the
  // duty is theirs, not the client's — no fix
  // (a means stays the client's: "… ist durch AU-Bescheinigung nachzuweisen")
  if (zu && agentPhrase(toks.slice(0, zu.from), finiteIdx + 1) !== 'none') return { fix: null, clientNames };
  // a part of its own before a comma ("Bewerbung auf VV Nr. … bis 10.03.2026, Ergebnis ist mitzuteilen") is no part of
  // the duty: rewritten into it, it would be garbled — no fix
  let depth = 0;
  const partBefore = toks.slice(0, finiteIdx).some((t) => (t.text === '(' ? (depth++, false) : t.text === ')' ? (depth--, false) : depth <= 0 && t.text === ','));
  if (zu) return { fix: /^(ist|sind)$/.test(aux.lower) && !partBefore ? rewriteImpersonalDuty(s, finiteIdx, zu, clauseEnd, clientNames) : null, clientNames };
  if (/^(erfolgt|erfolgen)$/.test(aux.lower) || (/^(findet|finden)$/.test(aux.lower) && toks[clauseEnd]?.lower === 'statt')) return { fix: null, clientNames };
  return null;
}

// What is done to the client or for her, by someone else, even among her steps ("wird … eingeladen", "werden … beraten")
const DONE_TO_HER = /^(?:einladen|beraten|unterstützen|begleiten|informieren|benachrichtigen|anmelden|versorgen|betreuen|aufnehmen|einstellen|übersetzen|empfehlen|anbieten|ausstellen|ausgeben|aushändigen|besprechen|abstimmen|vereinbaren|klären|entscheiden|überweisen|erstatten|bezahlen|finanzieren|organisieren|vorstellen|kontaktieren|anrufen|abholen|bringen|fahren|erinnern|überprüfen|kontrollieren|geben|erteilen|bestätigen|bescheinigen|untersuchen|begutachten|behandeln)$/;
const EXPECTED = /^(?:erwarten|verlangen|fordern|einfordern|voraussetzen|wünschen|begrüßen|anregen)$/;
const SENT = /^(?:mitteilen|zuschicken|schicken|senden|übersenden|zusenden|weiterleiten|übermitteln|mailen)$/;
const JOB_CENTRE_WORD = /^(?:JC|Jobcenter|IFK|pAp|PAP|Integrationsfachkraft|Arbeitsvermittler\p{L}*|Ansprechpartner\p{L}*|Fallmanager\p{L}*)$/u;
/** A past participle at k as the verb it stands for ("überarbeitet" → "überarbeiten", "mitgebracht" → particle "mit"). */
const participleAt: VerbAt = (toks, k) => {
  const t = toks[k];
  if (!isWord(t) || t.text !== t.lower) return null;
  const inf = infinitiveOfParticiple(t.lower);
  if (!inf) return null;
  const [particle, base] = splitSeparable(inf);
  return { particle, base, from: k };
};
/**
 * "Die Vermittlungsvorschläge werden innerhalb von 3 Tagen beantwortet." → "Ich beantworte die Vermittlungsvorschläge
 * innerhalb von 3 Tagen." — only where nobody else is named as the doer, the verb is one she does herself (not "wird
 * … eingeladen", "werden … erstattet"), the subject is a thing, not a person, and no one does it "gemeinsam".
 */
function ownStepInPassive(s: Sentence, auxIdx: number): { fix: string | null; clientNames: string[] } | null {
  const toks = s.tokens;
  const clauseEnd = clauseEndIndex(toks, auxIdx);
  const part = participleAt(toks, clauseEnd);
  if (!part || clauseEnd <= auxIdx + 1) return null;
  const verb = (part.particle ?? '') + part.base;
  // (not hers, or not sure whose: no finding — it was never one of hers to rewrite)
  if (OFFICE_DUTY.test(verb) || DONE_TO_HER.test(verb)) return null;
  // what is expected of her ("Es werden … fünf Bewerbungen erwartet"): her duty, but the verb is the office's — "Ich
  // erwarte fünf Bewerbungen" turns it round; flagged, no fix
  if (EXPECTED.test(verb)) return { fix: null, clientNames: [] };
  // what is sent is hers to send only where it goes to the job centre ("… dem JC zugeschickt"); else it may be sent to
  // her ("Die Unterlagen werden zugeschickt") or passed on by an office ("… an den Träger weitergeleitet")
  const sent = (v: string) => SENT.test(v) && !toks.some((t, k) => k > auxIdx && isWord(t) && JOB_CENTRE_WORD.test(t.text));
  if (sent(verb)) return null;
  // a modal, a second clause, an agent or anyone named: not sure who does it
  if (toks.some((t) => isWord(t) && /^(?:gemeinsam|zusammen|können|kann|soll|sollen|muss|müssen|bitte|wurde|wurden)$/.test(t.lower))) return null;
  if (agentPhrase(toks, auxIdx + 1) !== 'none' || namedPersons(toks).length || clientNouns(toks).length) return null;
  if (toks.slice(clauseEnd + 1).some((t) => isWord(t))) return null;
  const fix = rewriteImpersonalDuty(s, auxIdx, part, clauseEnd, [], participleAt);
  return fix ? { fix, clientNames: [] } : null;
}
