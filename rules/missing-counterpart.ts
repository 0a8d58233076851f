import { SEED, type EntryRule } from '../core/rule';
import { entrySpan } from '../core/spans';

/** A job-centre commitment that names nobody responsible: "das Jobcenter", "wir", "JC" or a bare noun phrase. */
const rule: EntryRule = {
  id: 'missing-counterpart',
  level: 'entry',
  title: 'Niemand namentlich zuständig',
  message: 'Wer im Jobcenter? Nennen Sie die Person, die sich darum kümmert, mit Namen (z. B. „Frau Lindner“).',
  severity: 'warning',
  tag: 'Wer?',
  catches: 'Eine Zusage des Jobcenters nennt keine Person mit Namen, sondern „das Jobcenter“, „wir“ oder niemanden.',
  whyBrief: 'Mit einem Namen weiß die Kundin oder der Kunde, an wen sie sich wenden kann.',
  why:
    'Im IAB-Bericht bleibt das Jobcenter in den Plänen meist ohne Namen („das Jobcenter unterstützt …“). Mit einer namentlich ' +
    'genannten Ansprechperson weiß die Kundin oder der Kunde, an wen sie sich wenden kann, und die Zusage wird verbindlicher.',
  sources: [
    { seed: SEED.iab, section: '3.3 Aktivitäten des Jobcenters' },
    { seed: SEED.article, section: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren; FAQ „Was sollte im Kooperationsplan genauso konkret stehen wie „Bewerbungen“?“' },
  ],
  sections: ['jobcenter'],
  check(a) {
    // the row's owner column names the person ("Zuständig: Jobcenter (Frau Lindner)"): not nobody
    if (a.isBlank || a.counterparts.length || a.ownerPerson) return [];
    // A role without a name ("meine Ansprechpartnerin") is reported by counterpart-role-only.
    if (a.roles.length && !a.institutions.length) return [];
    const inst = a.institutions[0];
    if (inst) {
      return [{ start: inst.start, end: inst.end, message: `„${inst.text}“ ist keine Person. Wer genau kümmert sich darum? Nennen Sie die Person mit Namen (z. B. „Frau Lindner“).` }];
    }
    return [entrySpan(a)];
  },
  examples: {
    flagged: [
      { text: 'Das Jobcenter erstattet die Kosten für die Fahrt zum Vorstellungsgespräch am 19.03.2026.', showcase: true, better: 'Frau Lindner erstattet die Kosten für die Fahrt zum Vorstellungsgespräch am 19.03.2026.' },
      { text: 'Stellenvorschläge per Post.' },
      { text: 'Wir prüfen bis zum 20.03.2026 die Förderung.', showcase: true, better: 'Herr Schäfer prüft bis zum 20.03.2026 die Förderung.' },
      { text: 'Der Kunde bekommt ein Angebot für eine AGH.' },
      { text: 'JC übernimmt die Kosten.' },
      { text: 'Das Jobcenter schickt Herrn Nowak bis zum 20.03.2026 zwei Stellenangebote.' },
      { text: 'Der Arbeitgeberservice sucht bis Ende April eine Stelle für mich.', showcase: true, better: 'Frau Kühn vom Arbeitgeberservice sucht bis Ende April eine Stelle für mich.' },
      { text: 'Das Team Reha prüft bis zum 30.04.2026 meinen Antrag.' },
      { text: 'Herr Nowak wird bis zum 20.03.2026 für den Staplerkurs angemeldet.' },
      // the step row's owner column names the party only ("Zuständig: Jobcenter")
      { text: 'Prüfung und Übernahme der Kosten für den Auffrischungskurs.', owner: { party: 'jobcenter', text: 'Jobcenter' } },
    ],
    clean: [
      { text: 'Frau Lindner schickt mir bis zum 20.03.2026 die Unterlagen.' },
      { text: 'Herr Dr. Schäfer vom Ärztlichen Dienst lädt mich bis Ende April ein.' },
      { text: 'Meine Ansprechpartnerin ruft mich jeden Montag an.' },
      { text: 'Das Jobcenter (Herr Schäfer) bewilligt bis zum 31.03.2026 den Bildungsgutschein.' },
      // the person stands in the step row's owner column ("Zuständig: Jobcenter (Frau Lindner)")
      { text: 'Prüfung und Übernahme der Kosten für den Auffrischungskurs.', owner: { party: 'jobcenter', person: 'Frau Lindner', text: 'Jobcenter (Frau Lindner)' } },
      { text: 'Das Jobcenter erstattet die Fahrtkosten zum Kurs.', owner: { party: 'jobcenter', person: 'Herr Aydın', text: 'Jobcenter (Herr Aydın)' } },
    ],
  },
};
export default rule;
