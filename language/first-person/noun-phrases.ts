/**
 * Noun phrases moved into a new case by a rewrite: a genitive or "von" + dative after a nominalisation becomes the
 * object ("Vorlage des Lebenslaufs" → "den Lebenslauf", "von Nachweisen" → "Nachweise"), and the subject of an
 * impersonal duty becomes the object of "Ich …" ("der aktuelle Lebenslauf" → "den aktuellen Lebenslauf"). Null
 * wherever gender, number or case is not sure.
 */
import { tagsOf } from '../language';
import { genderOf, genitiveBase, isOwnPhrase, isOwnThing, looksPlural, surelyPlural, type Gender } from '../nouns';
import { isCapitalised, type Sentence, type Token } from '../tokens';
import { ownedByOther } from './antecedents';
import { applyEdits, ARTICLE_ACC, isFunctionWord, isLower, isWord, lowerFirst, OPENING_ADVERB, type Edit } from './common';

export const GEN_DET: Record<string, { m: string; n: string; f: string; pl: string | null }> = {
  des: { m: 'den', n: 'das', f: '', pl: null },
  der: { m: '', n: '', f: 'die', pl: 'die' },
  eines: { m: 'einen', n: 'ein', f: '', pl: null },
  einer: { m: '', n: '', f: 'eine', pl: null },
  meines: { m: 'meinen', n: 'mein', f: '', pl: null },
  meiner: { m: '', n: '', f: 'meine', pl: 'meine' },
  // the client's own things, in a fragment about the client: "Vorlage seiner Zeugnisse" → "meine Zeugnisse"
  seines: { m: 'meinen', n: 'mein', f: '', pl: null },
  seiner: { m: '', n: '', f: 'meine', pl: 'meine' },
  ihres: { m: 'meinen', n: 'mein', f: '', pl: null },
  ihrer: { m: '', n: '', f: 'meine', pl: 'meine' },
  aller: { m: '', n: '', f: '', pl: 'alle' },
  sämtlicher: { m: '', n: '', f: '', pl: 'sämtliche' },
};

/** "des Lebenslaufs" → "den Lebenslauf", "einer neuen Stelle" → "eine neue Stelle"; null when unsure. */
export function genitiveToAccusative(toks: Token[], i: number): { text: string; next: number } | null {
  const det = toks[i];
  if (!isWord(det)) return null;
  const map = GEN_DET[det.lower];
  if (!map) return null;
  let j = i + 1;
  const adjs: Token[] = [];
  while (isWord(toks[j]) && isLower(toks[j]!) && /en$/.test(toks[j]!.lower)) adjs.push(toks[j++]!);
  const noun = toks[j];
  if (!isWord(noun) || !isCapitalised(noun)) return null;
  let gender: Gender | 'pl' | null;
  let base = noun.text;
  if (/^(der|einer|meiner|seiner|ihrer|aller|sämtlicher)$/.test(det.lower)) {
    const g = genderOf(noun.text);
    // "der" before a feminine noun, or a plural we are sure of; an unknown noun in "-e" could be either: no fix
    gender = g === 'f' ? 'f' : det.lower !== 'einer' && (g === null ? surelyPlural(noun.text) : looksPlural(noun.text)) ? 'pl' : null;
  } else {
    const b = genitiveBase(noun.text);
    if (!b) return null;
    base = b;
    const g = genderOf(b);
    gender = g === 'm' || g === 'n' ? g : null;
  }
  if (!gender) return null;
  let article = gender === 'pl' ? map.pl : map[gender];
  if (!article) return null;
  // the client's own things, in her own voice: "Verbesserung der Deutschkenntnisse" → "meine Deutschkenntnisse",
  // "Stabilisierung der gesundheitlichen Lage" → "meine gesundheitliche Lage"
  if (/^(?:des|der)$/.test(det.lower) && isOwnPhrase(adjs.map((a) => a.lower.replace(/en$/, '')), base)) article = ({ m: 'meinen', n: 'mein', f: 'meine', pl: 'meine' } as const)[gender];
  const adjForms = adjs.map((a) => {
    if (gender === 'pl' || gender === 'm') return a.text; // den neuen Lebenslauf, die neuen Unterlagen, einen neuen
    const stem = a.text.slice(0, -2);
    if (gender === 'f') return stem + 'e'; // die/eine neue Stelle
    return article === 'das' ? stem + 'e' : stem + 'es'; // das neue / ein neues / mein neues Zeugnis
  });
  return { text: [article, ...adjForms, base].join(' '), next: j + 1 };
}

/** "Beantragung von Wohngeld" → object "Wohngeld"; "von Bewerbungstrainings" → "Bewerbungstrainings"; null when unsure. */
export function vonPhraseObject(toks: Token[], i: number): { text: string; next: number } | null {
  if (toks[i]?.lower !== 'von') return null;
  return dativeBareObject(toks, i + 1);
}

/** The last umlaut of a stem undone: "kontoauszüg" → "kontoauszug", "abschlüss" → "abschluss"; null without one. */
function withoutUmlaut(stem: string): string | null {
  const m = /^(.*)(äu|ä|ö|ü)([^äöü]*)$/.exec(stem);
  if (!m) return null;
  const plain: Record<string, string> = { äu: 'au', ä: 'a', ö: 'o', ü: 'u' };
  return m[1]! + plain[m[2]!]! + m[3]!;
}

/**
 * A noun phrase without article in the dative ("von [neuen] Bewerbungen", "… und Befundberichten") as an object
 * (accusative). It must read the same as an object: a singular without article ("Wohngeld"), a plural in -n or -s
 * ("Bewerbungen", "Trainings"). A dative plural's extra -n goes ("Nachweisen" → "Nachweise", "Kontoauszügen" →
 * "Kontoauszüge", "Kindern" → "Kinder"); anything else is unsure.
 */
export function dativeBareObject(toks: Token[], i: number): { text: string; next: number } | null {
  let j = i;
  const words: Token[] = [];
  while (isWord(toks[j]) && isLower(toks[j]!) && /en$/.test(toks[j]!.lower)) words.push(toks[j++]!); // adjectives: "von neuen Bewerbungen"
  const noun = toks[j];
  if (!isWord(noun) || !isCapitalised(noun) || isFunctionWord(noun)) return null;
  let object = noun.text;
  const w = noun.lower;
  const stemGender = (x: string) => genderOf(x);
  const mn = (g: Gender | null) => g === 'm' || g === 'n';
  const umlautStem = /en$/.test(w) ? withoutUmlaut(w.slice(0, -2)) : null;
  if (/nissen$/.test(w)) object = noun.text.slice(0, -1);
  else if (/en$/.test(w) && mn(stemGender(w.slice(0, -2))) && !/(?:ungen|heiten|keiten|ionen)$/.test(w)) object = noun.text.slice(0, -1);
  // a plural with umlaut and -e ("Anträge", "Kontoauszüge"): its singular has no umlaut
  else if (umlautStem && stemGender(umlautStem) !== null) object = noun.text.slice(0, -1);
  else if (/(?:ungen|heiten|keiten|ionen|innen|s)$/.test(w) || stemGender(w.slice(0, -1)) === 'f' || stemGender(w.slice(0, -2)) === 'f') object = noun.text;
  // a plural in -er or -el ("Kindern" → "Kinder", "Arbeitgebern" → "Arbeitgeber")
  else if (/(?:er|el)n$/.test(w) && (stemGender(w.slice(0, -1)) !== null || stemGender(w.slice(0, -3)) !== null)) object = noun.text.slice(0, -1);
  else if (stemGender(w) === null) return null;
  if (words.length && object === noun.text && !looksPlural(noun.text)) return null;
  // an adjective without article before a plural: dative "-en", accusative "-e" ("von neuen Nachweisen" → "neue Nachweise")
  return { text: [...words.map((x) => x.text.slice(0, -1)), object].join(' '), next: j + 1 };
}

/**
 * A genitive plural without article, its adjectives in the strong "-er": "Vorlage vollständiger Unterlagen" → the
 * accusative "vollständige Unterlagen". Null when it is not that; `unsure` when it looks so but the noun may be a
 * feminine singular ("aktueller Bescheinigung"), which leaves no sure fix.
 */
export function bareGenitivePlural(toks: Token[], i: number): { text: string; next: number } | 'unsure' | null {
  let j = i;
  const adjs: Token[] = [];
  while (isWord(toks[j]) && isLower(toks[j]!) && /[^e]er$/.test(toks[j]!.lower) && !isFunctionWord(toks[j]!)) {
    adjs.push(toks[j++]!);
    if (toks[j]?.text === ',' && isWord(toks[j + 1]) && isLower(toks[j + 1]!)) j++;
  }
  const noun = toks[j];
  if (!adjs.length || !isWord(noun) || !isCapitalised(noun) || isFunctionWord(noun)) return null;
  if (!surelyPlural(noun.text)) return 'unsure';
  const written = toks.slice(i, j).map((t) => (adjs.includes(t) ? t.text.slice(0, -1) : t.text));
  const text = written.reduce((acc, w) => (w === ',' ? acc + ',' : acc ? `${acc} ${w}` : w), '');
  return { text: `${text} ${noun.text}`, next: j + 1 };
}

/** Does a noun phrase without article start at i ("Befundberichten", "neuen Nachweisen")? */
export function startsBareNounPhrase(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!isWord(t)) return false;
  if (isCapitalised(t)) return !isFunctionWord(t);
  return isLower(t) && /en$/.test(t.lower) && !isFunctionWord(t) && isWord(toks[i + 1]) && isCapitalised(toks[i + 1]!);
}

// Prepositions the lexicon does not tag as such.
export const MORE_PREPOSITIONS = /^(pro|je|per|via|aufgrund|wegen|trotz|während|laut|gemäß|infolge|anhand|mithilfe|bezüglich|hinsichtlich|zwecks|seitens|innerhalb|außerhalb|spätestens)$/;
export const DET_NOM = /^(der|die|das|ein|eine|kein|keine|mein|meine|dein|deine|unser|unsere|alle|sämtliche|diese[rs]?|jede[rs]?|beide)$/;
const PREPOSITION_LIKE = /^(beim|zum|zur|im|am|vom|ins|ans|aufs|bis|ab)$/;

/** Where the first noun phrase outside prepositional phrases ("beim Jobcenter", "bis zum 20.03.2026") and adverbs starts; -1 if none. */
export function nounPhraseStart(span: Token[]): number {
  for (let k = 0; k < span.length; k++) {
    const t = span[k]!;
    // (a bracket is an aside, not the object: "an Fr. Demir (BCA) senden")
    if (t.text === '(' && k > 0) {
      const close = span.findIndex((x, j) => j > k && x.text === ')');
      if (close > k) { k = close; continue; }
    }
    if (t.kind === 'punct') continue;
    const prep = t.kind === 'word' && !DET_NOM.test(t.lower) && (tagsOf(t.lower).includes('Preposition') || PREPOSITION_LIKE.test(t.lower) || MORE_PREPOSITIONS.test(t.lower));
    if (prep) {
      // a preposition with an adverb is a phrase of its own: "bis dahin", "ab sofort", "bis auf Weiteres"
      if (isWord(span[k + 1]) && /^(?:dahin|dann|jetzt|sofort|heute|morgen|später|weiteres|kurzem|spätestens|wann|wieder)$/.test(span[k + 1]!.lower)) {
        k++;
        continue;
      }
      while (k + 1 < span.length && !(span[k + 1]!.kind === 'num' || (isCapitalised(span[k + 1]!) && !DET_NOM.test(span[k + 1]!.lower)))) k++;
      k++;
      // a count heads the phrase's plural noun, which belongs to it too: "innerhalb von 3 (weiteren) Tagen" — not a
      // date ("bis 30.06.2026 Businessplan erstellen": the noun after the date is the object)
      if (span[k]?.kind === 'num' && /^\d{1,3}$/.test(span[k]!.text)) {
        let j = k;
        while (isWord(span[j + 1]) && span[j + 1]!.text === span[j + 1]!.lower && /(?:e|en|er)$/.test(span[j + 1]!.lower)) j++;
        if (isWord(span[j + 1]) && isCapitalised(span[j + 1]!) && looksPlural(span[j + 1]!.text)) k = j + 1;
      }
      // the rest of the phrase's noun: "beim Ärztlichen Dienst", "bei Frau Dr. Berger", "bei Herrn Yıldız"
      while (isWord(span[k]) && isCapitalised(span[k]!) && isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && /(?:e|er|es|en|em)$/.test(span[k]!.lower) && !/^(frau|herrn?)$/.test(span[k]!.lower)) k++;
      if (isWord(span[k]) && /^(?:frau|herrn?|fr|hr|hrn)$/.test(span[k]!.lower)) {
        // (its short form's full stop: "an Fr. Demir")
        if (/^(?:fr|hr|hrn)$/.test(span[k]!.lower) && span[k + 1]?.text === '.') k++;
        while (isWord(span[k + 1]) && /^(dr|prof)$/.test(span[k + 1]!.lower) && span[k + 2]?.text === '.') k += 2;
        if (isWord(span[k + 1]) && isCapitalised(span[k + 1]!)) k++;
      }
      // a number that names the phrase's noun belongs to it: "bis KW 20", "ab Woche 3", "in Raum 3.14"
      if (isWord(span[k]) && isCapitalised(span[k]!) && span[k + 1]?.kind === 'num') k++;
      // so does the place after an office's short form: "an die AWO Köln", "von der IHK Köln" ("Köln" is no object)
      if (isWord(span[k]) && /^\p{Lu}{2,}$/u.test(span[k]!.text) && isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && !DET_NOM.test(span[k + 1]!.lower) && !/^\p{Lu}{2,}$/u.test(span[k + 1]!.text)) k++;
      continue;
    }
    // an adverb (also the first word, capitalised: "Zunächst Lebenslauf aktualisieren")
    const knownAdverb = t.kind === 'word' && OPENING_ADVERB.test(t.lower);
    const adverb = isLower(t) || (k === 0 && isCapitalised(t) && knownAdverb);
    // (an ending like an adjective's before a noun makes it one, unless it is a known adverb: "außerdem Deutschkurs")
    if (t.kind === 'word' && adverb && !DET_NOM.test(t.lower) && (knownAdverb || !(isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && /(?:e|er|es|en|em)$/.test(t.lower)))) continue;
    return k;
  }
  return -1;
}

/** Gender or number of the accusative noun phrase starting at i ("seinen Lebenslauf" → m, "die Unterlagen" → pl); null when unsure. */
export function accusativeGender(span: Token[], i: number): Gender | 'pl' | null {
  const det = span[i];
  if (!isWord(det)) return null;
  const nounIdx = span.findIndex((x, k) => k >= i && isCapitalised(x) && !isFunctionWord(x) && !(isWord(span[k + 1]) && isCapitalised(span[k + 1]!) && /(?:e|er|es|en|em)$/.test(x.lower)));
  const noun = span[nounIdx];
  if (!noun) return null;
  const g = genderOf(noun.text);
  const d = det.lower;
  if (nounIdx === i) return looksPlural(noun.text) ? 'pl' : null; // no article: only a plural is sure
  if (/^(den|einen|keinen|meinen|seinen|ihren|diesen|jeden)$/.test(d)) return g === 'm' ? 'm' : null;
  if (/^(das|ein|kein|mein|sein|dieses|jedes)$/.test(d)) return g === 'n' ? 'n' : null;
  if (/^(die|eine|keine|meine|seine|ihre|diese|jede)$/.test(d)) {
    if (/^(die|keine|meine|seine|ihre|diese)$/.test(d) && looksPlural(noun.text)) return 'pl';
    return g === 'f' ? 'f' : null;
  }
  if (/^(alle|sämtliche)$/.test(d)) return 'pl';
  return null;
}

/**
 * The subject of "ist/sind … zu …" as the object of "Ich …": "der aktuelle Lebenslauf" → "den aktuellen Lebenslauf",
 * "Nachweis der Anmeldung" (officialese without article) → "den Nachweis der Anmeldung"; prepositional phrases and
 * adverbs around it stay. Null when unsure (unknown gender, an adjective without article before a singular).
 */
export function subjectToObject(s: Sentence, span: Token[], singular: boolean, atStart: boolean): string | null {
  if (!span.length) return '';
  const si = nounPhraseStart(span);
  const owned = ownGenitives(span);
  const text = (more: Edit[]) => {
    const edits = [...more, ...owned.filter((o) => !more.some((e) => e.start === o.start))];
    const out = applyEdits(s.text.slice(span[0]!.start - s.start, span[span.length - 1]!.end - s.start), span[0]!.start, edits);
    const first = span[0]!;
    const adjectiveFirst = isWord(span[1]) && isCapitalised(span[1]!) && /(?:e|er|es|en|em)$/.test(first.lower);
    const keepCase = edits.some((e) => e.start === first.start) || (isCapitalised(first) && !isFunctionWord(first) && !DET_NOM.test(first.lower) && !adjectiveFirst);
    return atStart && !keepCase ? lowerFirst(out) : out;
  };
  if (si < 0) return text([]);
  const t = span[si]!;
  if (t.kind === 'num') return text([]);
  if (DET_NOM.test(t.lower)) {
    // the client's own things: "Die Wohnsituation ist … zu klären" → "meine Wohnsituation"
    const nounAt = span.findIndex((x, k) => k > si && isCapitalised(x) && !isFunctionWord(x));
    const ownNoun = span[nounAt];
    const adjs = span.slice(si + 1, nounAt < 0 ? si + 1 : nounAt);
    if (ownNoun && /^(?:die|das)$/.test(t.lower) && adjs.every((a) => isLower(a) && /e$/.test(a.lower)) && isOwnPhrase(adjs.map((a) => a.lower.replace(/e$/, '')), ownNoun.text)) {
      const edits: Edit[] = [{ start: t.start, end: t.end, text: t.lower === 'die' ? 'meine' : 'mein' }];
      if (t.lower === 'das') for (const a of adjs) edits.push({ start: a.end, end: a.end, text: 's' });
      return text(edits);
    }
    if (!/^(der|ein|kein|mein|dein|unser)$/.test(t.lower)) return text([]); // die, das, eine, plural: same form
    const nounIdx = span.findIndex((x, k) => k > si && isCapitalised(x) && !isFunctionWord(x));
    const noun = span[nounIdx];
    const g = noun ? genderOf(noun.text) : null;
    if (g === 'n' && t.lower !== 'der') return text([]); // "ein Attest": the same form
    if (g !== 'm') return null; // "der" + feminine is no nominative; an unknown gender is unsure
    const det = ({ der: 'den', ein: 'einen', kein: 'keinen', mein: 'meinen', dein: 'deinen', unser: 'unseren' } as Record<string, string>)[t.lower]!;
    const edits: Edit[] = [{ start: t.start, end: t.end, text: det }];
    // adjectives between: "der aktuelle" → "den aktuellen", "ein neuer" → "einen neuen"
    for (let k = si + 1; k < nounIdx; k++) {
      const a = span[k]!;
      if (a.kind !== 'word') return null;
      const m = /^(\p{L}+?)(?:e|er)$/u.exec(a.text);
      if (!m || !isLower(a)) return null;
      edits.push({ start: a.start, end: a.end, text: m[1] + 'en' });
    }
    return text(edits);
  }
  // a capitalised first word before a noun, with an adjective's ending, is an adjective ("Aktuelle Nachweise")
  const adjective = isCapitalised(t) && isWord(span[si + 1]) && isCapitalised(span[si + 1]!) && /(?:e|er|es|en|em)$/.test(t.lower);
  if (isCapitalised(t) && !isFunctionWord(t) && !adjective) {
    // "Eigenbemühungen sind …": a plural needs no article; the client's own take "meine"
    // (not where someone else owns them: "Lohnabrechnungen beider Partner")
    if (!singular) return isOwnThing(t.text) && !ownedByOther(span, si + 1) ? text([{ start: t.start, end: t.start, text: 'meine ' }]) : text([]);
    // officialese drops the article of a singular ("Nachweis der Anmeldung ist vorzulegen"): "den Nachweis …"
    const g = genderOf(t.text);
    if (!g) return null;
    return text([{ start: t.start, end: t.start, text: `${ARTICLE_ACC[g]} ` }]);
  }
  // an adjective without article: the same before a plural ("aktuelle Nachweise"), another ending before a singular
  return singular ? null : text([]);
}

/**
 * The client's own people and things named in a genitive after a noun, in her own voice: "die Pflege des Vaters" →
 * "die Pflege meines Vaters", "die Betreuung der Kinder" → "die Betreuung meiner Kinder".
 */
export function ownGenitives(span: Token[]): Edit[] {
  const edits: Edit[] = [];
  for (let k = 1; k + 1 < span.length; k++) {
    const det = span[k]!, noun = span[k + 1]!, before = span[k - 1]!;
    if (!isWord(det) || !/^(?:des|der)$/.test(det.lower) || !isWord(noun) || !isCapitalised(noun) || !isWord(before) || !isCapitalised(before) || isFunctionWord(before)) continue;
    if (!/^(?:vaters|mutter|sohnes|sohns|tochter|kinder|kindes|eltern|partners|partnerin|ehemanns|ehemannes|ehefrau|familie|bruders|schwester|großmutter|großvaters)$/.test(noun.lower)) continue;
    edits.push({ start: det.start, end: det.end, text: det.lower === 'des' ? 'meines' : 'meiner' });
  }
  return edits;
}
