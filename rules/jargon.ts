import { SEED, ALL_SECTIONS, type EntryRule, type Hit } from '../core/rule';
import { explainedNextTo, jargonEntry, jargonVariant, type JargonEntry } from '../language/lexicon';
import type { Token } from '../language/tokens';

const LEGAL_REF = /§+\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+)?(?:\s*(?:S\.|Satz)\s*\d+)?(?:\s*(?:Nr\.)\s*\d+)?(?:\s*(?:SGB|BGB)\s*[IVX]+)?|(?<![\p{L}])SGB\s*[IVX]+(?![\p{L}])|(?<![\p{L}])i\.\s?V\.\s?m\./gu;

// Words after which a noun stands in its plain form: articles, possessives, demonstratives, and contractions.
const DETERMINER = /^(?:der|die|das|dem|den|des|eine?[mnrs]?|keine?[mnrs]?|meine?[mnrs]?|deine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|diese[mnrs]?|jede[mnrs]?|zum|zur|beim|im|vom|am|ins|ans)$/;
const GENITIVE = /^(?:des|eines|keines|meines|deines|seines|ihres|unseres|dieses|jedes)$/;
// The determiners of a noun of each gender, in any case of the singular.
const FITS = {
  m: /^(?:der|den|dem|des|k?ein(?:|en|em|es)|(?:mein|dein|sein|ihr|unser)(?:|en|em|es)|diese[rnms]|jede[rnms]|zum|beim|im|vom|am)$/,
  f: /^(?:die|der|k?eine|k?einer|(?:mein|dein|sein|ihr|unser)(?:e|er)|diese|dieser|jede|jeder|zur)$/,
  n: /^(?:das|dem|des|k?ein(?:|em|es)|(?:mein|dein|sein|ihr|unser)(?:|em|es)|dieses|diesem|jedes|jedem|zum|beim|im|vom|am|ins|ans)$/,
} as const;

/**
 * The plain word for an abbreviation at token i, where it reads as German: after an article or contraction (past
 * adjectives: "die abschließende EKS"), in the genitive with its ending ("des JC" → "des Jobcenters"). Without an
 * article ("IFK vereinbart", "mit AVGS") the written-out noun would lack one: no fix.
 */
function replacementAt(j: JargonEntry, toks: Token[], i: number): string | null {
  if (!j.replacement || !j.meaning) return null;
  let k = i - 1;
  while (k >= 0 && toks[k]!.kind === 'word' && toks[k]!.text === toks[k]!.lower && /(?:e|en|er|es|em)$/.test(toks[k]!.lower) && !DETERMINER.test(toks[k]!.lower)) k--;
  const det = toks[k];
  if (!det || det.kind !== 'word' || !DETERMINER.test(det.lower)) return null;
  // the article must fit the written-out noun's gender ("einer AVGS" would give "einer … Gutschein"): else no fix
  const fits = j.gender && j.gender in FITS ? FITS[j.gender as keyof typeof FITS].test(det.lower) : true;
  if (!fits) return null;
  if (GENITIVE.test(det.lower) && (j.gender === 'm' || j.gender === 'n')) return j.replacement + (/(?:s|ß|x|z)$/.test(j.replacement) ? 'es' : 's');
  return j.replacement;
}

// another place or a measure's name right after a position ("MAT bei der GFN", "MAT „Fit für den Job“")
const PLACE_AFTER = /\s*(?:(?:bei|beim|im|in)(?![\p{L}])|„|")/uy;
const placeAfter = (text: string, at: number): boolean => {
  PLACE_AFTER.lastIndex = at;
  return PLACE_AFTER.test(text);
};

/** Authority abbreviations and legal references a client cannot be expected to know. */
const rule: EntryRule = {
  id: 'jargon',
  level: 'entry',
  title: 'Behördensprache',
  message: 'Dieses Kürzel oder diesen Paragrafen versteht Ihre Kundin oder Ihr Kunde vermutlich nicht. Schreiben Sie es aus oder sagen Sie es einfacher.',
  severity: 'warning',
  tag: 'Kürzel',
  catches: 'Ein Eintrag enthält ein Behördenkürzel wie „AGH“ oder einen Paragrafen wie „§ 15 SGB II“.',
  whyBrief: 'Wer ein Kürzel nicht versteht, stimmt oft nur zu, statt mitzureden.',
  why:
    'Der Plan soll in einer Sprache geschrieben sein, die die Kundin oder der Kunde versteht. Kürzel wie „AGH“ oder ' +
    '„§ 15a SGB II“ sind Arbeitssprache der Behörde. Wer einen Begriff nicht versteht, stimmt oft nur zu, statt mitzureden.',
  sources: [
    { seed: SEED.weisung, section: '1. Übersicht („zielgruppengerechte Sprache“)' },
    { seed: SEED.iab, section: '1 Einleitung („klare und verständliche Sprache“)' },
    { seed: SEED.article, section: 'Warum dieses Machtgefälle strukturell ist – nicht nur „Kommunikationsstil“ (Sprach- und Wissensasymmetrien)' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    const hits: Hit[] = [];
    for (const [i, t] of a.tokens.entries()) {
      if (t.kind !== 'word') continue;
      const variant = jargonVariant(t.text);
      if (variant) {
        // ("Der Arbeitgeberservice (AG-S)": written out right before it)
        if (explainedNextTo(a.text, t.start, t.end)) continue;
        hits.push({
          start: t.start,
          end: t.end,
          message: `„${t.text}“ enthält ein Behördenkürzel (${variant.meaning}). Schreiben Sie es aus.`,
          ...(variant.replacement ? { fix: { start: t.start, end: t.end, text: variant.replacement } } : {}),
        });
        continue;
      }
      const head = t.text.split('-')[0]!;
      const j = jargonEntry(head);
      if (j) {
        const end = t.start + head.length;
        // written out right next to it ("AGH (Arbeitsgelegenheit)", "Eingliederungszuschuss (EGZ)"): nothing to explain
        if (explainedNextTo(a.text, t.start, end)) continue;
        // (a meaning that ends in its own place, "… bei einem Träger", before another place or the measure's name: "der
        // MAT bei der GFN", "die MAT „Fit für den Job“" — the sentence would say where twice: no fix)
        const placed = !!j.replacement?.includes(' bei einem ') && placeAfter(a.text, end);
        const text = head === t.text && !placed ? replacementAt(j, a.tokens, i) : null;
        hits.push({
          start: t.start,
          end,
          message: j.meaning
            ? `„${head}“ ist ein Behördenkürzel (${j.meaning}). Schreiben Sie es aus.`
            : `„${head}“ ist ein Behördenkürzel. Was es hier bedeutet, ist nicht sicher: Schreiben Sie aus, was gemeint ist.`,
          ...(text ? { fix: { start: t.start, end, text } } : {}),
        });
      }
    }
    LEGAL_REF.lastIndex = 0;
    for (let m = LEGAL_REF.exec(a.text); m; m = LEGAL_REF.exec(a.text)) {
      const s = m.index, e = m.index + m[0].length;
      if (hits.some((h) => h.start < e && s < h.end)) continue;
      hits.push({ start: s, end: e, message: `„${m[0]}“ ist ein Verweis auf ein Gesetz. Sagen Sie in einfachen Worten, worum es geht.` });
    }
    return hits.sort((x, y) => x.start - y.start);
  },
  examples: {
    flagged: [
      { text: 'Ich nehme an der BvB teil.', section: 'schritte' },
      { text: 'Ich reiche die EKS bis zum 15.04.2026 ein.', section: 'schritte', fixed: 'Ich reiche die Erklärung zum Einkommen aus selbständiger Tätigkeit bis zum 15.04.2026 ein.' },
      { text: 'Ich beginne am 01.04.2026 eine AGH.', section: 'schritte', fixed: 'Ich beginne am 01.04.2026 eine Arbeitsgelegenheit.', showcase: true },
      { text: 'Bei Fehlzeiten lege ich eine AU vor.', section: 'sonstiges', fixed: 'Bei Fehlzeiten lege ich eine Arbeitsunfähigkeitsbescheinigung vor.', showcase: true },
      { text: 'Der Plan wird nach § 15 SGB II fortgeschrieben.', section: 'sonstiges' },
      { text: 'Frau Lindner schickt mir jede Woche zwei VV als Lagerhelfer.', section: 'jobcenter' },
      { text: 'Herr Schäfer stellt bis zum 20.03.2026 einen AVGS aus.', section: 'jobcenter', fixed: 'Herr Schäfer stellt bis zum 20.03.2026 einen Aktivierungs- und Vermittlungsgutschein aus.', showcase: true },
      // variants and abbreviated first parts of compounds
      { text: 'Ich suche eine sv-pflichtige Stelle als Lagerhelfer.', section: 'schritte', fixed: 'Ich suche eine sozialversicherungspflichtige Stelle als Lagerhelfer.' },
      { text: 'Frau Kühn vom AG-S schickt mir bis zum 20.03.2026 drei Stellenangebote.', section: 'jobcenter', fixed: 'Frau Kühn vom Arbeitgeber-Service schickt mir bis zum 20.03.2026 drei Stellenangebote.' },
      // MAT is the measure at a provider, MAG the one at an employer
      { text: 'Herr Wolf bespricht am 15.10.2026 mit mir die Ergebnisse der MAT.', section: 'jobcenter', fixed: 'Herr Wolf bespricht am 15.10.2026 mit mir die Ergebnisse der Maßnahme bei einem Träger.' },
      { text: 'Ich mache ab dem 04.05.2026 eine MAG.', section: 'schritte', fixed: 'Ich mache ab dem 04.05.2026 eine Maßnahme bei einem Arbeitgeber.' },
      // (before another place or the measure's name the sentence would say where twice: no fix)
      { text: 'Ich mache ab dem 04.05.2026 eine MAG bei der Bäckerei Kamps.', section: 'schritte' },
      { text: 'Ich nehme an der MAT „Fit für den Job“ teil.', section: 'schritte' },
      // the genitive takes its ending; an adjective between article and abbreviation is no obstacle
      { text: 'Herr Weiß ruft mich nach der Antwort des JC an.', section: 'jobcenter', fixed: 'Herr Weiß ruft mich nach der Antwort des Jobcenters an.' },
      { text: 'Ich reiche die abschließende EKS bis zum 31.07.2026 ein.', section: 'schritte', fixed: 'Ich reiche die abschließende Erklärung zum Einkommen aus selbständiger Tätigkeit bis zum 31.07.2026 ein.' },
      // without an article the written-out noun would lack one; an abbreviation whose meaning is not certain: no fix
      { text: 'IFK vereinbart einen Termin beim Träger.', section: 'jobcenter' },
      { text: 'Ich nehme ab Juli am Gründercoaching mit AVGS teil.', section: 'schritte' },
      { text: 'Frau Lindner vereinbart einen Termin beim PAD.', section: 'jobcenter' },
      // an article that does not fit the written-out noun's gender ("einer" before "… Gutschein"): no fix
      { text: 'Ich kümmere mich um die Ausgabe einer AVGS für ein Coaching.', section: 'schritte' },
    ],
    clean: [
      { text: 'Ich mache einen Deutschkurs auf Niveau B1 an der Volkshochschule.', section: 'schritte' },
      // a variant spelling written out right before it
      { text: 'Der Arbeitgeberservice (AG-S) spricht Betriebe in meiner Nähe für mich an.', section: 'jobcenter' },
      { text: 'Ich mache bis zum 30.04.2026 den Führerschein Klasse C.', section: 'schritte' },
      { text: 'Ich gehe am 12.03.2026 zum Jobcenter.', section: 'schritte' },
      { text: 'Ich baue meine Arbeitszeit aus.', section: 'schritte' },
      { text: 'Ich spiele Fußball im SV Blau-Weiß.', section: 'sonstiges' },
      { text: 'Ich arbeite sozialversicherungspflichtig als Lagerhelfer.', section: 'sonstiges' },
      // written out right next to it
      { text: 'Ich beginne am 01.04.2026 eine AGH (Arbeitsgelegenheit) beim Träger Neue Arbeit.', section: 'schritte' },
      { text: 'Herr Nowak stellt bis zum 02.10.2026 den Antrag auf Eingliederungszuschuss (EGZ).', section: 'jobcenter' },
    ],
  },
};
export default rule;
