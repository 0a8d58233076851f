/**
 * What makes a job-centre commitment vague or concrete; shared by the vague-commitment and imbalance rules.
 */
import type { EntryAnalysis } from './analysis';

// Support, help, advice, checking in general (contract: vague-commitment; IAB 3.3 quotes "unterstützt bei der Vermittlung").
const VAGUE_WORD =
  /^(unterstütz\w*|unterstützung\w*|hilft|helfen|hilfe|hilfestellung|berät|beraten|beratung\w*|begleitet|begleiten|begleitung|kümmert|kümmern|schaut|schauen|guckt|sieht|bemüht|bemühen|versucht|versuchen|fördert|fördern|förderung|informiert|informieren|information\w*|prüft|prüfen|überprüft|geprüft|überprüfung|abgeklärt|geschaut|steht|stehen|setzt|sorgt|betreut|betreuen|betreuung|orientierung|vermittlung|vermittlungen|unterbreitet|bietet|anbieten|arbeitet|kooperiert|kooperation|zusammenarbeit|austausch|ansprechbar|ansprechpartner|ansprechpartnerin)$/;
const VAGUE_PHRASES =
  /(?:zur\s+seite|zur\s+verfügung|offenes\s+ohr|(?:bei|für)\s+(?:alle\s+)?fragen|in\s+kontakt|kontakt\s+(?:halten|hält)|sich\s+ab(?:\s|$)|sich\s+ein(?:\s|$)|nach\s+möglichkeit|bei\s+bedarf|wenn\s+nötig|falls\s+nötig|wenn\s+möglich|nach\s+bedarf|im\s+rahmen\s+(?:der|seiner|ihrer)\s+möglichkeiten|(?<![\p{L}])ggf\.?|gegebenenfalls|eventuell|(?<![\p{L}])evtl\.?|je\s+nach)/iu;
// Hedges make a commitment vague whatever else it says.
const HEDGE = /(?:nach\s+möglichkeit|bei\s+bedarf|wenn\s+nötig|falls\s+nötig|wenn\s+möglich|nach\s+bedarf|im\s+rahmen\s+(?:der|seiner|ihrer)\s+möglichkeiten|(?<![\p{L}])ggf\.?|gegebenenfalls|eventuell|(?<![\p{L}])evtl\.?|je\s+nach)/iu;

// Verbs of the vague list that only count in their vague reading.
const NEEDS_CONTEXT: Record<string, RegExp> = {
  sieht: /sieht\s+(?:nach|zu)\b/iu,
  steht: /steht\b.*\bzur\s+seite/iu,
  stehen: /stehen\b.*\bzur\s+seite/iu,
  setzt: /setzt\s+sich\b.*\bein\b/iu,
  sorgt: /sorgt\s+(?:dafür|für)/iu,
  bietet: /bietet\b.*\ban\b/iu,
  arbeitet: /arbeitet\b.*\bzusammen\b/iu,
  ansprechpartner: /\bist\b.*\bansprechpartner/iu,
  ansprechpartnerin: /\bist\b.*\bansprechpartnerin/iu,
};

export interface VagueMarker { start: number; end: number; text: string; hedge: boolean }

// A condition on the client's side ("Wenn ich Hilfe bei der Suche brauche, …", "falls ich Fragen habe, …"): its "Hilfe"
// or "Fragen" are the client's need, not what the job centre offers; the commitment is the main clause.
const CLIENT_CONDITION = /(?<![\p{L}])(?:wenn|falls|sobald|sofern|soweit|solange)\s+ich(?![\p{L}])[^,;.!?]*/giu;
function clientConditions(text: string): Array<[number, number]> {
  return [...text.matchAll(CLIENT_CONDITION)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** The first word or phrase that makes a commitment sound like general support, if any. */
export function vagueMarker(a: EntryAnalysis): VagueMarker | null {
  const key = 'commitments:vagueMarker';
  if (a.memo.has(key)) return a.memo.get(key) as VagueMarker | null;
  let found: VagueMarker | null = null;
  const hedge = HEDGE.exec(a.text);
  if (hedge) found = { start: hedge.index, end: hedge.index + hedge[0].length, text: hedge[0], hedge: true };
  const conditions = clientConditions(a.text);
  const inCondition = (start: number) => conditions.some(([s, e]) => start >= s && start < e);
  if (!found) {
    for (const t of a.tokens) {
      if (t.kind !== 'word' || !VAGUE_WORD.test(t.lower) || inCondition(t.start)) continue;
      const ctx = NEEDS_CONTEXT[t.lower];
      if (ctx && !ctx.test(a.text.slice(t.start))) continue;
      found = { start: t.start, end: t.end, text: t.text, hedge: false };
      break;
    }
  }
  if (!found) {
    let masked = a.text;
    for (const [s, e] of conditions) masked = masked.slice(0, s) + ' '.repeat(e - s) + masked.slice(e);
    const p = VAGUE_PHRASES.exec(masked);
    if (p) found = { start: p.index, end: p.index + p[0].length, text: a.text.slice(p.index, p.index + p[0].length), hedge: false };
  }
  a.memo.set(key, found);
  return found;
}

/** A commitment is concrete enough when it has a checkable time and a named person, and no hedge. */
export function isVagueCommitment(a: EntryAnalysis): VagueMarker | null {
  const m = vagueMarker(a);
  if (!m) return null;
  if (m.hedge) return m;
  if (a.hasTime && a.persons.length > 0 && hasDeliverable(a)) return null;
  return m;
}

// The support names what comes out of it: a document, an appointment, a number of offers, a decision.
const DELIVERABLE =
  /\b(?:antrag|anträge|antrags|bewerbung\w*|lebenslauf|unterlagen|termin\w*|gespräch\w*|angebot\w*|stellenangebot\w*|vorschl[aä]g\w*|gutschein|bildungsgutschein|kosten|entscheidung|bescheid|platz|kurs\w*|praktikum\w*|formular\w*|anmeldung|liste|kontakt\w*|nachweis\w*|bescheinigung\w*|zusage|\d+|zwei|drei|vier|fünf|sechs)\b/iu;
export function hasDeliverable(a: EntryAnalysis): boolean {
  return DELIVERABLE.test(a.text);
}

/** A concrete, dated commitment (imbalance rule): a checkable time and nothing vague about it. */
export function isConcreteCommitment(a: EntryAnalysis): boolean {
  return !a.isBlank && a.hasTime && a.vagueTimes.length === 0 && !isVagueCommitment(a);
}

// The job centre only restating the client's own duties: expecting, demanding, checking what she delivers ("erwartet,
// dass ich …", "kontrolliert meine Bewerbungsnachweise", "prüft am 1. jedes Monats, ob ich fünf Bewerbungen
// nachgewiesen habe"). That is no commitment of its own.
const EXPECTS = /(?<![\p{L}])(?:erwartet|erwarten|verlangt|verlangen|fordert|fordern|achtet\s+darauf|besteht\s+darauf)(?![\p{L}])(?:[\s,]+[^\s,]+){0,10}?[\s,]+(?:ich|mich|mir|mein\p{L}*)(?![\p{L}])/iu;
const CHECKS_CLIENT = /(?<![\p{L}])(?:prüft|prüfen|überprüft|überprüfen|kontrolliert|kontrollieren|sichtet|sichten)(?![\p{L}])(?:[\s,]+[^\s,]+){0,10}?[\s,]+(?:ob\s+ich(?![\p{L}])|meine[nrs]?\s+(?:\p{L}+\s+)?(?:eigenbemühungen|bemühungen|nachweise|bewerbungsnachweise|bewerbungen|unterlagen|bewerbungsunterlagen|kontoauszüge|belege|anwesenheit|teilnahme|fehlzeiten)(?![\p{L}]))/iu;
export function restatesClientDuty(a: EntryAnalysis): boolean {
  return EXPECTS.test(a.text) || CHECKS_CLIENT.test(a.text);
}
