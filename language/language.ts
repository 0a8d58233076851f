/**
 * The German language data: de-compromise's lexicon (≈114,000 word forms with tags: verb person and tense,
 * noun gender, first names) and its verb inflector. Loaded once, lazily; everything after that is a map
 * lookup. de-compromise's full parser is not used on the hot path (several ms per plan); see GERMAN-NLP notes.
 */

type Tags = string | string[];
interface VerbTransform {
  fromPresent(form: string, person: string): string;
  fromPastParticiple(form: string): string;
  toPresent(inf: string): { first: string; third: string; thirdPlural: string } | undefined;
}

let lexicon: Record<string, Tags> | null = null;
let verbTransform: VerbTransform | null = null;
let loading: Promise<void> | null = null;
/** How long the language data took to load, in ms (for the benchmark). */
export let languageLoadMs = 0;

/** Loads the language data once. Safe to call many times; later calls return the same promise. */
export function loadLanguage(): Promise<void> {
  if (!loading) {
    loading = (async () => {
      const t0 = performance.now();
      const mod = (await import('de-compromise')) as unknown as { default: DeCompromise };
      const nlp = mod.default;
      lexicon = nlp.model().one.lexicon;
      // verbs of today's office work the lexicon lacks (regular, so its inflector forms them like any other)
      for (const inf of MISSING_INFINITIVES) lexicon[inf] ??= 'Infinitive';
      verbTransform = nlp.methods().two.transform.verb;
      languageLoadMs = performance.now() - t0;
    })();
  }
  return loading;
}

/** Infinitives plans use that de-compromise's lexicon does not have ("Lebenslauf … mailen", "Zeugnisse einscannen"). */
const MISSING_INFINITIVES = ['mailen', 'e-mailen', 'scannen', 'einscannen', 'hochladen', 'chatten', 'recherchieren'];

interface DeCompromise {
  model(): { one: { lexicon: Record<string, Tags> } };
  methods(): { two: { transform: { verb: VerbTransform } } };
}

export function isLanguageLoaded(): boolean {
  return lexicon !== null;
}

function lex(): Record<string, Tags> {
  if (!lexicon) throw new Error('Klarplan: Sprachdaten nicht geladen – zuerst loadLanguage() aufrufen (language data not loaded).');
  return lexicon;
}

export function tagsOf(lower: string): readonly string[] {
  const t = lex()[lower];
  return t === undefined ? [] : typeof t === 'string' ? [t] : t;
}

/**
 * A third person singular present form ("nimmt", "liest", "lässt"). The lexicon tags verbs with an s-stem
 * ("liest", "löst", "setzt") as second person, the same form; forms it lacks are checked through the inflector.
 */
export function isThirdPersonPresent(lower: string): boolean {
  const t = tagsOf(lower);
  if (t.includes('ThirdPerson') && t.includes('PresentTense')) return true;
  if (!/[^s]t$|[sßzx]t$/.test(lower) || lower.length < 4) return false;
  const sStem = t.includes('SecondPerson') && t.includes('PresentTense') && /[sßzx]t$/.test(lower);
  // "ihr schreibt" and "er schreibt" are one form; the lexicon may list only the first
  if (t.length && !sStem && !t.includes('Verb') && !t.includes('SecondPersonPlural')) return false;
  const inf = verbTransform!.fromPresent(lower, 'third');
  return (!!inf && inf !== lower && isVerbInfinitive(inf)) || umlautInfinitive(lower) !== null;
}

/**
 * Strong verbs whose third person has an umlaut the inflector does not undo ("lädt" → "laden", "einlädt" →
 * "einladen"): the stem without the umlaut, checked against the lexicon's infinitives.
 */
function umlautInfinitive(lower: string): string | null {
  const m = /^(\p{L}*?)(ä|ö|äu)(\p{L}*?)t$/u.exec(lower);
  if (!m) return null;
  const plain = ({ ä: 'a', ö: 'o', äu: 'au' } as Record<string, string>)[m[2]!]!;
  for (const end of ['en', 'ten', 'den']) {
    const inf = m[1]! + plain + m[3]! + end;
    // the lexicon may know the infinitive only as a noun ("laden" → "der Laden") when it tags the form itself as a verb
    if (isInfinitive(inf) || (tagsOf(lower).includes('Verb') && tagsOf(inf).length > 0)) return inf;
  }
  return null;
}
export function isInfinitive(lower: string): boolean {
  return tagsOf(lower).includes('Infinitive');
}
// verbs whose infinitive the lexicon knows only as a noun's plural ("die Fragen", "die Antworten", "den Teilen")
const INFINITIVE_AS_PLURAL = new Set(['fragen', 'nachfragen', 'antworten', 'teilen']);
/** An infinitive, also where the lexicon only knows the noun made from it ("schreiben" → "das Schreiben", "fragen"). */
export function isVerbInfinitive(lower: string): boolean {
  const t = tagsOf(lower);
  return t.includes('Infinitive') || (t.includes('NeuterNoun') && /(?:en|ern|eln)$/.test(lower)) || INFINITIVE_AS_PLURAL.has(lower);
}
/** A simple past form of the first or third person singular ("hatte", "wurde", "meldete", "ging"): the same for "ich" and "er". */
export function isPastSingular(lower: string): boolean {
  const t = tagsOf(lower);
  return t.includes('PastTense') && !t.includes('Participle') && !/(?:en|st|et)$/.test(lower);
}
export function isFirstName(word: string): boolean {
  const t = tagsOf(word.toLocaleLowerCase('de'));
  return t.includes('FemaleName') || t.includes('MaleName') || t.includes('FirstName');
}
/** The gender of a first name that names one only ("kevin" 'm', "lena" 'f'); null for none, or for both ("kim"). */
export function firstNameGender(lower: string): 'm' | 'f' | null {
  const t = tagsOf(lower);
  const m = t.includes('MaleName'), f = t.includes('FemaleName');
  return m === f ? null : m ? 'm' : 'f';
}
export function isLastName(word: string): boolean {
  return tagsOf(word.toLocaleLowerCase('de')).includes('LastName');
}
export function nounGenderFromLexicon(lower: string): 'm' | 'f' | 'n' | null {
  const t = tagsOf(lower);
  if (t.includes('MaleNoun')) return 'm';
  if (t.includes('FemaleNoun')) return 'f';
  if (t.includes('NeuterNoun')) return 'n';
  return null;
}

/** Infinitive of a third-person present form ("bewirbt" → "bewerben"), or null if it is not one we know. */
export function infinitiveOfThird(lower: string): string | null {
  if (!isThirdPersonPresent(lower)) return null;
  const inf = verbTransform!.fromPresent(lower, 'third');
  if (inf && inf !== lower && isVerbInfinitive(inf)) return inf;
  return umlautInfinitive(lower) ?? (inf && inf !== lower ? inf : null);
}

// strong participles whose stem the inflector does not undo ("nachgewiesen" → "nachweisen"), by their ending
const STRONG_PARTICIPLES: Array<[string, string]> = [
  ['genommen', 'nehmen'], ['gewiesen', 'weisen'], ['geschrieben', 'schreiben'], ['gesprochen', 'sprechen'], ['gefunden', 'finden'],
  ['getroffen', 'treffen'], ['gezogen', 'ziehen'], ['geschlossen', 'schließen'], ['gerufen', 'rufen'], ['gegangen', 'gehen'],
];

const INSEPARABLE = /^(?:be|ver|er|ent|emp|über|unter|hinter|wider)/;

/** The infinitive of a past participle ("eingereicht" → "einreichen", "nachgewiesen" → "nachweisen"), or null if it is not one we know. */
export function infinitiveOfParticiple(lower: string): string | null {
  // (after an inseparable prefix, without "ge": "unternommen" → "unternehmen", "beschrieben" → "beschreiben")
  const prefix = INSEPARABLE.exec(lower)?.[0];
  for (const [end, inf] of STRONG_PARTICIPLES) {
    if (lower.endsWith(end)) {
      const candidate = lower.slice(0, -end.length) + inf;
      return isVerbInfinitive(candidate) || candidate === inf ? candidate : null;
    }
    if (prefix && lower === prefix + end.slice(2)) {
      const candidate = prefix + inf;
      return isVerbInfinitive(candidate) ? candidate : null;
    }
  }
  const inf = verbTransform!.fromPastParticiple(lower);
  if (inf && inf !== lower && isVerbInfinitive(inf)) return inf;
  // "-et" after d/t, with "ge" after a particle or an inseparable prefix: "angemeldet" → "anmelden", "versendet" → "versenden"
  const withGe = /^(\p{L}*?)ge(\p{L}+[dt])et$/u.exec(lower);
  const inseparable = /^((?:be|ver|er|ent|über|unter)\p{L}+[dt])et$/u.exec(lower);
  const candidate = withGe ? `${withGe[1]}${withGe[2]}en` : inseparable ? `${inseparable[1]}en` : null;
  return candidate && isVerbInfinitive(candidate) ? candidate : null;
}

/** First person singular present of an infinitive ("nehmen" → "nehme", "sein" → "bin"). */
export function firstPersonOf(inf: string): string | null {
  const irregular = FIRST_PERSON_IRREGULAR[inf];
  if (irregular) return irregular;
  const forms = verbTransform!.toPresent(inf);
  const first = forms?.first;
  if (!first || first === inf) return null;
  return first;
}

/** Third person singular present of an infinitive ("beraten" → "berät", "unterstützen" → "unterstützt"). */
export function thirdPersonOf(inf: string): string | null {
  const irregular: Record<string, string> = { sein: 'ist', haben: 'hat', werden: 'wird', können: 'kann', müssen: 'muss', sollen: 'soll', wollen: 'will', dürfen: 'darf', wissen: 'weiß' };
  if (irregular[inf]) return irregular[inf]!;
  const third = verbTransform!.toPresent(inf)?.third;
  return third && third !== inf && !/\s/.test(third) ? third : null;
}

const FIRST_PERSON_IRREGULAR: Record<string, string> = {
  sein: 'bin', haben: 'habe', werden: 'werde', können: 'kann', müssen: 'muss', sollen: 'soll', wollen: 'will',
  dürfen: 'darf', mögen: 'mag', wissen: 'weiß', möchten: 'möchte',
};

/** Modal verbs and their first person singular (identical to the third person, except for möchten/mögen). */
export const MODALS: Record<string, string> = {
  kann: 'kann', muss: 'muss', soll: 'soll', will: 'will', darf: 'darf', mag: 'mag', möchte: 'möchte',
  könnte: 'könnte', sollte: 'sollte', müsste: 'müsste', würde: 'würde', wird: 'werde',
};
