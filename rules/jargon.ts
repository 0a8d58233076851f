import { SEED, ALL_SECTIONS, type EntryRule, type Hit } from '../core/rule';
import { jargonEntry, jargonVariant } from '../language/lexicon';

const LEGAL_REF = /§+\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+)?(?:\s*(?:S\.|Satz)\s*\d+)?(?:\s*(?:Nr\.)\s*\d+)?(?:\s*(?:SGB|BGB)\s*[IVX]+)?|(?<![\p{L}])SGB\s*[IVX]+(?![\p{L}])|(?<![\p{L}])i\.\s?V\.\s?m\./gu;

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
    for (const t of a.tokens) {
      if (t.kind !== 'word') continue;
      const variant = jargonVariant(t.text);
      if (variant) {
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
        const whole = head === t.text;
        const fix = whole && j.replacement ? { start: t.start, end: t.end, text: j.replacement } : undefined;
        hits.push({
          start: t.start,
          end: t.start + head.length,
          message: `„${head}“ ist ein Behördenkürzel (${j.meaning}). Schreiben Sie es aus.`,
          ...(fix ? { fix } : {}),
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
      { text: 'Ich reiche die EKS bis zum 15.04.2026 ein.', section: 'schritte', fixed: 'Ich reiche die Erklärung zum Einkommen aus Selbstständigkeit bis zum 15.04.2026 ein.' },
      { text: 'Ich beginne am 01.04.2026 eine AGH.', section: 'schritte', fixed: 'Ich beginne am 01.04.2026 eine Arbeitsgelegenheit.', showcase: true },
      { text: 'Bei Fehlzeiten lege ich eine AU vor.', section: 'sonstiges', fixed: 'Bei Fehlzeiten lege ich eine Arbeitsunfähigkeitsbescheinigung vor.', showcase: true },
      { text: 'Der Plan wird nach § 15 SGB II fortgeschrieben.', section: 'sonstiges' },
      { text: 'Frau Lindner schickt mir jede Woche zwei VV als Lagerhelfer.', section: 'jobcenter' },
      { text: 'Herr Schäfer stellt bis zum 20.03.2026 einen AVGS aus.', section: 'jobcenter', fixed: 'Herr Schäfer stellt bis zum 20.03.2026 einen Aktivierungs- und Vermittlungsgutschein aus.', showcase: true },
      // variants and abbreviated first parts of compounds
      { text: 'Ich suche eine sv-pflichtige Stelle als Lagerhelfer.', section: 'schritte', fixed: 'Ich suche eine sozialversicherungspflichtige Stelle als Lagerhelfer.' },
      { text: 'Frau Kühn vom AG-S schickt mir bis zum 20.03.2026 drei Stellenangebote.', section: 'jobcenter', fixed: 'Frau Kühn vom Arbeitgeber-Service schickt mir bis zum 20.03.2026 drei Stellenangebote.' },
    ],
    clean: [
      { text: 'Ich mache einen Deutschkurs auf Niveau B1 an der Volkshochschule.', section: 'schritte' },
      { text: 'Ich mache bis zum 30.04.2026 den Führerschein Klasse C.', section: 'schritte' },
      { text: 'Ich gehe am 12.03.2026 zum Jobcenter.', section: 'schritte' },
      { text: 'Ich baue meine Arbeitszeit aus.', section: 'schritte' },
      { text: 'Ich spiele Fußball im SV Blau-Weiß.', section: 'sonstiges' },
      { text: 'Ich arbeite sozialversicherungspflichtig als Lagerhelfer.', section: 'sonstiges' },
    ],
  },
};
export default rule;
