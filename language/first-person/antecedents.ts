/**
 * Who else "er", "sie", "ihn" or "ihm" could mean. A pronoun becomes "ich" only when it can only mean the client: when
 * no other person of its gender is named before it ("Frau Greiner fragt ihre Nachbarin, ob sie …" — "sie" may be the
 * neighbour), no service or office that acts ("… ruft die Schuldnerberatung an, damit sie …"), and, where its clause
 * only says how something is ("…, damit sie ab September betreut ist"), no thing of its gender either.
 */
import { tagsOf } from '../language';
import { genderOf, genitiveBase, surelyPlural } from '../nouns';
import { namedPersons } from '../people';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { isLower, isWord } from './common';
import { hasKin } from './possessives';

// Words for people, by gender (compound tails: "Hausärztin", "Bewährungshelfer", "Nachbarin").
const FEMALE_PERSON =
  /(?:mutter|tochter|schwester|oma|großmutter|tante|nichte|cousine|frau|freundin|partnerin|hebamme|person|fachkraft|kraft|\p{L}{2,}in|\p{L}+innen)$/u;
const NOT_FEMALE_PERSON = /(?:termin|medizin|benzin|disziplin|magazin|vitamin|kamin|rosin|urin|insulin|kabin|ruin|berlin|cousin|ein)$/u;
const MALE_PERSON =
  /(?:mann|vater|sohn|bruder|opa|großvater|onkel|neffe|cousin|freund|partner|nachbar|lehrer|arzt|betreuer|berater|chef|kollege|erzieher|meister|ausbilder|vermieter|arbeitgeber|helfer|anwalt|richter|vermittler|fallmanager|coach|sachbearbeiter|mitarbeiter|leiter|kunde|klient|dolmetscher|therapeut|psychologe|psychiater|pfleger|ehemann|lebensgefährte)$/u;
// Services, offices and firms that act, by gender ("die Kita", "die Schuldnerberatung", "der Träger").
const MALE_ACTOR = /(?:träger|dienst|service|betrieb|verein|kindergarten|hort)$/u;
const FEMALE_ACTOR =
  /(?:kita|schule|behörde|agentur|beratung|beratungsstelle|stelle|firma|stadt|gemeinde|kasse|versicherung|caritas|diakonie|awo|bank|klinik|praxis|verwaltung|einrichtung|organisation|volkshochschule|vhs|hochschule|universität|kammer|ihk|polizei|familienhilfe|hilfe|gmbh)$/u;

/** A word for a person or people ("Vermieter", "Ehefrau", "Söhne", "Anleiter") — not a thing that may be "sein"/"ihr" too. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLocaleLowerCase('de');
  return (FEMALE_PERSON.test(w) && !NOT_FEMALE_PERSON.test(w) && !FEMALE_ACTOR.test(w)) || (MALE_PERSON.test(w) && !MALE_ACTOR.test(w)) ||
    /(?:kinder|kind|söhne|töchter|eltern|geschwister|enkel|enkelin|brüder|schwestern|leute)$/.test(w);
}

/**
 * A service, office or firm named by a compound that ends in one ("Migrationsberatung", "Pflegedienst",
 * "Bildungsträger") — not the bare word, which is as often a thing given ("Beratung bietet Frau X … an").
 */
export function officeCompound(word: string): boolean {
  const w = word.toLocaleLowerCase('de');
  // (a long word listed whole is an office too: "Familienhilfe", "Volkshochschule", "Beratungsstelle")
  return [MALE_ACTOR, FEMALE_ACTOR].some((re) => {
    const m = re.exec(w);
    return !!m && (m.index >= 3 || m[0].length >= 9);
  });
}

/** Words of a stative clause: it says how something is or what happens to it, which a thing can be as well as a person. */
const STATIVE = /^(?:ist|sind|war|wird|werden|wurde|bleibt|gilt|passt|liegt|kostet|reicht|läuft|fehlt|klappt|vorliegt|eingeht|eintrifft|ankommt|kommt|beginnt|startet|endet|ausläuft|abläuft|stattfindet|zugeht|feststeht|steht)$/;

/**
 * Is a noun at token k, of the given gender, someone (or something, for a stative clause) that "er"/"sie" could mean?
 * `people`: persons only, not the services and offices that act.
 */
const PERSON_SHORT = /^(?:TN|IFK|AV|FM|PAP|SB|SBin|AVin)$/;
const TRAINING = /(?:umschulung|ausbildung|weiterbildung|fortbildung|qualifizierung|qualifikation|lehre|prüfung)$/;

function couldBe(toks: Token[], k: number, gender: 'm' | 'f', stative: boolean, people = false): boolean {
  const t = toks[k]!;
  if (!isWord(t) || !isCapitalised(t)) return false;
  const w = t.lower;
  // a role, not another person: "eine Stelle als Reinigungskraft", "arbeitet als Erzieherin"; and "eine Stelle" is a
  // job, not an office that acts (that is "die Stelle", "die Beratungsstelle")
  const before = toks[k - 1]?.lower;
  if (before === 'als' || (w === 'stelle' && /^(?:eine|einer|neue|feste|freie)$/.test(before ?? ''))) return false;
  // (so is what a training leads to: "eine Umschulung zur Pflegefachassistentin", "Ausbildung zum Koch")
  if (/^(?:zur|zum)$/.test(before ?? '') && isWord(toks[k - 2]) && TRAINING.test(toks[k - 2]!.lower)) return false;
  // a first name ("begleitet Jonas … und lädt ihn …"); after a noun it names that person ("ihren Sohn Minh": the son)
  const apposition = k > 0 && isWord(toks[k - 1]) && isCapitalised(toks[k - 1]!);
  if (!apposition && tagsOf(w).includes(gender === 'f' ? 'FemaleName' : 'MaleName')) return true;
  // a person's short form after an article of that gender: the participant, a case worker ("begleitet die TN …")
  if (PERSON_SHORT.test(t.text) && (gender === 'f' ? /^(?:die|der|eine|einer)$/ : /^(?:der|den|dem|ein|einen|einem)$/).test(before ?? '')) return true;
  if (gender === 'f') {
    if ((FEMALE_PERSON.test(w) && !NOT_FEMALE_PERSON.test(w) && !(people && FEMALE_ACTOR.test(w))) || (!people && FEMALE_ACTOR.test(w)) || /^(?:frau|fr)$/.test(w)) return true;
  } else if ((MALE_PERSON.test(w) && !(people && MALE_ACTOR.test(w))) || (!people && MALE_ACTOR.test(w)) || /^(?:herr|herrn|hr)$/.test(w)) return true;
  if (!stative) return false;
  // a thing: its gender from the article before it or the noun itself — not a plural ("sagt Termine ab, wenn er …")
  const det = toks[k - 1];
  if (surelyPlural(t.text) && !(det && isLower(det) && /^(?:der|den|dem|des|ein|einen|einem|eines|die|eine|einer)$/.test(det.lower))) return false;
  // (a genitive gives its noun's gender by its base: "des Arbeitsvertrags")
  const base = /s$/.test(t.text) && det && /^(?:des|eines|seines|ihres|meines)$/.test(det.lower) ? genitiveBase(t.text) : null;
  const g = genderOf(t.text) ?? (base ? genderOf(base) : null);
  if (g) return g === gender;
  return !!det && isLower(det) && (gender === 'f' ? /^(?:die|der|eine|einer|ihre|ihrer|seine|seiner|meine|meiner)$/ : /^(?:der|den|dem|ein|einen|einem|sein|seinen|seinem)$/).test(det.lower);
}

/**
 * Is there, between tokens `from` and `to`, anyone else "er"/"sie" of this gender could mean? `stative`: the pronoun's
 * clause says how something is (then things count too). The client's own mention (tokens `client`) does not count.
 */
export function otherCandidate(toks: Token[], from: number, to: number, gender: 'm' | 'f', stative: boolean, client?: [number, number], people = false, skip?: ReadonlySet<number>): boolean {
  for (const p of namedPersons(toks)) {
    if (p.from < from || p.from >= to) continue;
    if (client && p.from >= client[0] && p.from < client[1]) continue;
    if (p.gender === gender || p.gender === null) return true;
  }
  for (let k = from; k < to; k++) {
    if (client && k >= client[0] && k < client[1]) continue;
    if (skip?.has(k)) continue;
    if (couldBe(toks, k, gender, stative, people)) return true;
  }
  return false;
}

/**
 * The gender the lower-case pronouns and possessives from token `from` on agree on ("… weil er …, seine …": 'm'); null
 * where there are none or both a man's and a woman's (or plural) ones.
 */
export function pronounGenderFrom(toks: readonly Token[], from: number): 'm' | 'f' | null {
  let m = false, f = false;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t) || t.text !== t.lower) continue;
    if (/^(?:er|ihn|ihm|sein|seine[mnrs]?)$/.test(t.lower)) m = true;
    else if (/^(?:sie|ihr|ihre[mnrs]?)$/.test(t.lower)) f = true;
  }
  return m === f ? null : m ? 'm' : 'f';
}

// The verbs one does "mit" a person: agreeing, talking, meeting ("vereinbart mit ihm einen Termin").
const WITH_PERSON = /^(?:vereinbart|bespricht|spricht|redet|klärt|stimmt|telefoniert|trifft|führt|erarbeitet|plant|erstellt|sucht|überlegt)$/;

/**
 * Is the "ihm" at k the person one talks or agrees with ("… und vereinbart mit ihm einen neuen Termin")? Then it is
 * no thing of his gender named before ("nach dem Klinikaufenthalt"), whatever its gender.
 */
export function talkedWith(toks: Token[], k: number): boolean {
  if (toks[k]?.lower !== 'ihm' || toks[k - 1]?.lower !== 'mit') return false;
  const v = toks[k - 2];
  return isWord(v) && WITH_PERSON.test(v.lower);
}

/**
 * Is there, between tokens `from` and `to`, a thing surely of this gender that an object "ihn"/"sie" could mean ("füllt
 * den Befundbericht aus und schickt ihn …")? Its gender by the noun itself, or by an article of that gender alone ("den",
 * "einen" for a man's; not "der", which is a woman's dative too). The client's own mention (tokens `client`) does not count.
 */
export function thingOfGender(toks: Token[], from: number, to: number, gender: 'm' | 'f', client: [number, number]): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if ((k >= client[0] && k < client[1]) || !isWord(t) || !isCapitalised(t) || toks[k - 1]?.lower === 'als') continue;
    const g = genderOf(t.text);
    if (g) { if (g === gender) return true; continue; }
    const det = toks[k - 1];
    if (det && isLower(det) && !surelyPlural(t.text) && (gender === 'm' ? /^(?:den|einen)$/ : /^(?:eine)$/).test(det.lower)) return true;
  }
  return false;
}

/**
 * Is there, between tokens `from` and `to`, another person of this gender who could own what a "sein"/"ihr" names
 * ("Herr Schulz nimmt Herrn A. … in seinem Betrieb auf": Herr Schulz's)? Services and offices do not count ("Die
 * Schuldnerberatung berät Kdin. zu ihren Mietschulden"). The client's own mentions (tokens `client`) do not count.
 */
export function otherPerson(toks: Token[], from: number, to: number, gender: 'm' | 'f', client: [number, number]): boolean {
  for (const p of namedPersons(toks)) {
    if (p.from >= from && p.from < to && !(p.from >= client[0] && p.from < client[1]) && (p.gender === gender || p.gender === null)) return true;
  }
  for (let k = from; k < to; k++) if (!(k >= client[0] && k < client[1]) && couldBe(toks, k, gender, false, true)) return true;
  return false;
}

// What only a grown-up does: a course, a measure, work, shifts, a rehabilitation ("…, damit sie einen Integrationskurs
// besuchen kann", "…, damit er seine Schichten erhöhen kann").
const GROWN_UP = /(?:kurs|maßnahme|arbeit|stelle|schicht|reha|job|beschäftigung|umschulung|weiterbildung|praktikum|bewerb)/;
const CHILD_KIN = /^(?:tochter|sohn|kind|enkel|enkelin|enkelkind)$/;

/**
 * The words that name a young child between from and to ("ihre Tochter Lina (2 J.)", "seinen Sohn Daniel (2. Klasse)"),
 * where the clause of the pronoun at k to end says what only a grown-up does: nobody that pronoun could mean.
 */
export function youngChildrenFor(toks: Token[], from: number, to: number, k: number, end: number): Set<number> {
  const out = new Set<number>();
  if (!toks.slice(k + 1, end + 1).some((t) => isWord(t) && GROWN_UP.test(t.lower))) return out;
  for (let j = from; j < to; j++) {
    if (!isWord(toks[j]) || !CHILD_KIN.test(toks[j]!.lower)) continue;
    // (her first name after the word, then the age or the school year in brackets)
    const named = isWord(toks[j + 1]) && isCapitalised(toks[j + 1]!) && toks[j + 2]?.text === '(' ? j + 1 : -1;
    const open = named > 0 ? j + 2 : toks[j + 1]?.text === '(' ? j + 1 : -1;
    const n = toks[open + 1];
    if (open < 0 || n?.kind !== 'num' || !/^\d{1,2}$/.test(n.text)) continue;
    const age = Number(n.text);
    const unit = toks[open + 2];
    const year = unit?.text === '.' && isWord(toks[open + 3]) && toks[open + 3]!.lower === 'klasse';
    if (year ? age <= 4 : age <= 10 && (unit?.text === ')' || (isWord(unit) && /^(?:j|jahre)$/.test(unit.lower)))) {
      out.add(j);
      if (named > 0) out.add(named);
    }
  }
  return out;
}

/** Is the clause of the pronoun at k stative ("…, damit sie betreut ist", "…, weil sie gut bezahlt wird")? */
export function stativeClause(toks: Token[], k: number, end: number): boolean {
  // (what only a person can be — "…, wenn er krank ist", "…, weil sie schwanger ist" — is no thing's state)
  for (let i = k + 1; i <= end; i++) if (isWord(toks[i]) && PERSON_STATE.test(toks[i]!.lower)) return false;
  for (let i = k + 1; i <= end; i++) if (isWord(toks[i]) && STATIVE.test(toks[i]!.lower)) return true;
  return false;
}
/** Does the clause of the pronoun at k say what only a thing does or is ("…, sobald sie vorliegt", "…, wenn er bewilligt ist")? */
export function thingOnlyClause(toks: Token[], k: number, end: number): boolean {
  for (let i = k + 1; i <= end; i++) if (isWord(toks[i]) && THING_ONLY.test(toks[i]!.lower)) return true;
  return false;
}
const THING_ONLY = /^(?:vorliegt|vorliegen|vorlag|eingeht|eingegangen|eintrifft|eingetroffen|ausläuft|abläuft|stattfindet|feststeht|bewilligt|genehmigt|ausgestellt|zugestellt|gültig|abgeschlossen)$/;
const PERSON_STATE =
  /^(?:krank|erkrankt|gesund|krankgeschrieben|arbeitsunfähig|arbeitsfähig|erwerbsfähig|erwerbsunfähig|leistungsfähig|belastbar|schwanger|volljährig|minderjährig|arbeitslos|arbeitsuchend|berufstätig|erwerbstätig|verheiratet|geschieden|alleinerziehend|motiviert|pflegebedürftig|schwerbehindert|wohnungslos|obdachlos|beschäftigt)$/;

/**
 * Did an earlier sentence of the entry name someone "er"/"sie" could mean ("Mein Sohn kommt in die Schule; danach kann er
 * …")? `clientSubjects[i]`: the tokens of sentence i that are the client as its subject — the client is not "someone
 * else" ("Herr Abdi hat eine Knieverletzung. Er kann …"). Things count too where no earlier sentence had the client as its
 * subject ("… ist dieser Plan nicht bindend. Er wird … überprüft": the plan); where one had, the pronoun goes on with her
 * ("Kd. hat … kein Auto. Er ist auf den ÖPNV angewiesen").
 */
export function earlierCandidate(previous: readonly Sentence[], gender: 'm' | 'f', clientSubjects: ReadonlyArray<readonly [number, number] | undefined> = []): boolean {
  const things = !clientSubjects.some(Boolean);
  // (after a sentence with the client as its subject, an office or service named in it is no one the next sentence's
  // pronoun goes on with: "Herr I. hat einen Termin beim Träger. Er bringt …" — another person still is)
  return previous.some((s, i) => otherCandidate(s.tokens, 0, s.tokens.length, gender, things, clientSubjects[i] as [number, number] | undefined, !!clientSubjects[i]));
}

// What a child does: "in die Schule kommen", "in die Kita gehen", "eingeschult werden". With a bare "er"/"sie" as its
// subject, the pronoun means a child, not the client (the plan is the parent's).
const CHILD_PREDICATE = /(?<![\p{L}])(?:in\s+die\s+(?:schule|kita|krippe|grundschule)|in\s+den\s+(?:kindergarten|hort)|eingeschult|zur\s+schule\s+(?:geht|kommt))(?![\p{L}])/iu;
// Words of a child's world: school, nursery, care, an age ("Mia geht ab August in die Kita", "Leon (6 J.) …").
const CHILD_WORLD = /(?:schule|kita|krippe|kindergarten|hort|klasse|tagesmutter|tagespflege|eingeschult|baby|(?<![\p{L}])J\.|jahre\s+alt|jährig)/iu;
export const childPredicate = (text: string): boolean => CHILD_PREDICATE.test(text);

/** May a first name among these words be her child's: a word of a child's world, or a relative, beside it? */
export function mayBeChild(toks: readonly Token[]): boolean {
  if (hasKin(toks)) return true;
  const text = toks.map((t, j) => (j > 0 && t.start > toks[j - 1]!.end ? ' ' : '') + t.text).join('');
  return CHILD_WORLD.test(text);
}

/** Is the noun before token k owned by someone else named right after it ("Lohnabrechnungen beider Partner", "… der Ehefrau")? Then it is not "mein …". */
export function ownedByOther(toks: readonly Token[], k: number): boolean {
  const det = toks[k], noun = toks[k + 1];
  if (!isWord(det)) return false;
  if (/^(?:beider|seiner|ihrer|seines|ihres|ihrem|seinem)$/.test(det.lower) || det.lower === 'von') return true;
  return /^(?:der|des|eines|einer)$/.test(det.lower) && isWord(noun) && isPersonNoun(noun.text);
}
