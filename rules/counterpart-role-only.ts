import { SEED, type EntryRule } from '../core/rule';

/** A job-centre commitment names a role ("meine Ansprechpartnerin") but no person. A hint, not a fault. */
const rule: EntryRule = {
  id: 'counterpart-role-only',
  level: 'entry',
  title: 'Rolle ohne Namen',
  message: 'Wer ist das? Ergänzen Sie den Namen, z. B. „meine Ansprechpartnerin Frau Lindner“.',
  severity: 'info',
  tag: 'Name?',
  catches: 'Eine Zusage des Jobcenters nennt nur eine Rolle wie „meine Ansprechpartnerin“, aber keinen Namen.',
  whyBrief: 'Mit Namen bleibt auch nach einem Wechsel im Team klar, wer die Zusage gegeben hat.',
  why:
    'Eine Rolle wie „meine Ansprechpartnerin“ ist besser als „das Jobcenter“. Mit Namen weiß die Kundin oder der Kunde aber ' +
    'auch nach einem Wechsel im Team, wer die Zusage gegeben hat.',
  sources: [{ seed: SEED.article, section: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren; FAQ „Was sollte im Kooperationsplan genauso konkret stehen wie „Bewerbungen“?“' }],
  sections: ['jobcenter'],
  check(a) {
    if (a.isBlank || a.counterparts.length || a.ownerPerson || !a.roles.length || a.institutions.length) return [];
    const r = a.roles[0]!;
    return [{ start: r.start, end: r.end, message: `Wer ist „${r.text}“? Ergänzen Sie den Namen, z. B. „${r.text} Frau Lindner“.` }];
  },
  examples: {
    flagged: [
      { text: 'Meine Ansprechpartnerin ruft mich jeden Montag an.', showcase: true, better: 'Meine Ansprechpartnerin Frau Lindner ruft mich jeden Montag an.' },
      { text: 'Mein Fallmanager schickt mir bis zum 20.03.2026 zwei Stellenangebote.', showcase: true, better: 'Mein Fallmanager Herr Schäfer schickt mir bis zum 20.03.2026 zwei Stellenangebote.' },
      // an owner column that names only the party is no name
      { text: 'Mein Fallmanager meldet sich bis zum 20.03.2026 wegen des Kurses.', owner: { party: 'jobcenter', text: 'Jobcenter' } },
    ],
    clean: [
      { text: 'Meine Ansprechpartnerin Frau Lindner ruft mich jeden Montag an.' },
      { text: 'Das Jobcenter schickt mir Stellenangebote.' },
      // the step row's owner column names her
      { text: 'Meine Ansprechpartnerin meldet sich bis zum 20.03.2026 wegen des Kurses.', owner: { party: 'jobcenter', person: 'Frau Lindner', text: 'Jobcenter (Frau Lindner)' } },
    ],
  },
};
export default rule;
