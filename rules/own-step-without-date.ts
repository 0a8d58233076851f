import { SEED, type EntryRule } from '../core/rule';
import { entrySpan } from '../core/spans';

/** A hint: the client's own step has no time. Not a fault — the job centre's commitments matter more. */
const rule: EntryRule = {
  id: 'own-step-without-date',
  level: 'entry',
  title: 'Schritt ohne Termin',
  message: 'Bis wann? Ein Termin hilft, den Schritt einzuplanen und beim nächsten Gespräch darauf zurückzukommen.',
  severity: 'info',
  tag: 'Termin?',
  catches: 'Ein eigener Schritt der Kundin oder des Kunden hat keinen Termin.',
  whyBrief: 'Ein Termin hilft beim Planen und beim nächsten Gespräch.',
  why:
    'Der Plan soll die Aktivitäten beider Seiten strukturieren und terminieren. Ein Termin hilft der Kundin oder dem Kunden beim ' +
    'Planen. Es ist nur ein Hinweis: Wer der Kundin Termine setzt, sollte auch den Zusagen des Jobcenters Termine geben.',
  sources: [
    { seed: SEED.weisung, section: '2. Ausgangslage („strukturiert und terminiert die Aktivitäten“)' },
    { seed: SEED.article, section: 'Änderungsrunde erzwingen – einmal pro Punkt („bis wann, wie wird er nachgewiesen?“)' },
  ],
  sections: ['schritte'],
  check(a) {
    return a.untimed ? [entrySpan(a)] : [];
  },
  examples: {
    flagged: [
      { text: 'Ich melde mich bei der Schuldnerberatung.', showcase: true, better: 'Ich melde mich bis zum 18.03.2026 bei der Schuldnerberatung.' },
      { text: 'Ich lasse meine Zeugnisse übersetzen.', showcase: true, better: 'Ich lasse meine Zeugnisse bis zum 30.04.2026 übersetzen.' },
    ],
    clean: [
      { text: 'Ich melde mich bis zum 18.03.2026 bei der Schuldnerberatung.' },
      { text: 'Ich bewerbe mich jede Woche auf zwei Stellen.' },
      { text: 'Ich rufe den Träger an.', due: '2026-03-20' },
    ],
  },
};
export default rule;
