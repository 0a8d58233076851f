import { SEED, ALL_SECTIONS, type EntryRule, type Hit } from '../core/rule';
import { OFFICIAL_WORDS } from '../language/lexicon';

/** Official words that are no abbreviation but still need explaining ("Hilfebedürftigkeit"). A hint. */
const rule: EntryRule = {
  id: 'official-word',
  level: 'entry',
  title: 'Amtswort',
  message: 'Dieses Wort ist Amtssprache. Sagen Sie einfacher, was gemeint ist.',
  severity: 'info',
  tag: 'Amtswort',
  catches: 'Ein Eintrag enthält ein Wort der Amtssprache wie „Hilfebedürftigkeit“ oder „Bedarfsgemeinschaft“.',
  whyBrief: 'Der Plan soll in der Sprache der Kundin oder des Kunden geschrieben sein.',
  why:
    'Der Plan soll in einer Sprache geschrieben sein, die die Kundin oder der Kunde versteht. Wörter wie ' +
    '„Hilfebedürftigkeit“ oder „Bedarfsgemeinschaft“ sind keine Kürzel, aber Amtssprache: Sagen Sie, was gemeint ist.',
  sources: [
    { seed: SEED.weisung, section: '1. Übersicht („zielgruppengerechte Sprache“)' },
    { seed: SEED.iab, section: '1 Einleitung („klare und verständliche Sprache“)' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    const hits: Hit[] = [];
    for (const t of a.tokens) {
      if (t.kind !== 'word') continue;
      const o = OFFICIAL_WORDS.find((w) => w.re.test(t.lower));
      if (o) hits.push({ start: t.start, end: t.end, message: `„${t.text}“ ist Amtssprache (gemeint ist: ${o.meaning}). Sagen Sie es einfacher.` });
    }
    return hits;
  },
  examples: {
    flagged: [
      { text: 'Ich möchte meine Hilfebedürftigkeit beenden.', section: 'ziel', showcase: true, better: 'Ich möchte ohne Bürgergeld leben.' },
      { text: 'Ich melde Änderungen in meiner Bedarfsgemeinschaft bis zum 15.03.2026.', section: 'schritte', showcase: true, better: 'Ich sage Frau Lindner bis zum 15.03.2026, wenn jemand bei mir ein- oder auszieht.' },
    ],
    clean: [{ text: 'Ich möchte ohne Bürgergeld leben.', section: 'ziel' }],
  },
};
export default rule;
