import { SEED, ALL_SECTIONS, type EntryRule } from '../core/rule';

const HORIZON = /^(?:langfristig|mittelfristig|später|irgendwann|im\s+laufe\s+der\s+zeit|nach\s+und\s+nach)$/iu;

/** A time that cannot be checked: "zeitnah", "baldmöglichst", "demnächst", "bald", "bei Gelegenheit". */
const rule: EntryRule = {
  id: 'vague-deadline',
  level: 'entry',
  title: 'Unklarer Zeitpunkt',
  message: 'Wann genau? Ein Wort wie „zeitnah“ oder „bald“ lässt sich nicht überprüfen. Nennen Sie ein Datum oder einen Zeitraum.',
  severity: 'warning',
  tag: 'Wann genau?',
  catches: 'Ein Eintrag nennt statt eines Termins ein unklares Wort wie „zeitnah“, „bald“ oder „bei Gelegenheit“.',
  whyBrief: '„Zeitnah“ oder „bald“ kann später niemand überprüfen.',
  why:
    'Ein Termin hilft nur, wenn beide Seiten später sehen können, ob er eingehalten wurde. „Zeitnah“ oder „bei Gelegenheit“ ' +
    'versprechen nichts Überprüfbares. Der Plan soll möglichst konkret sein.',
  sources: [
    { seed: SEED.baPage, section: 'Der neue Kooperationsplan: Worum geht’s? („möglichst konkret, kurz und übersichtlich abzufassen“)' },
    { seed: SEED.article, section: 'Nicht nur Pflichten, auch Jobcenter-Schritte konkretisieren' },
  ],
  sections: ALL_SECTIONS,
  check(a) {
    // A goal may look far ahead ("langfristig möchte ich …"); only its vague deadlines count.
    const times = a.section === 'ziel' ? a.vagueTimes.filter((t) => !HORIZON.test(t.text)) : a.vagueTimes;
    return times.map((t) => ({
      start: t.start,
      end: t.end,
      message: `Wann genau? „${t.text}“ lässt sich nicht überprüfen. Nennen Sie ein Datum oder einen Zeitraum (z. B. „bis zum 15.04.2026“ oder „innerhalb von zwei Wochen“).`,
    }));
  },
  examples: {
    flagged: [
      { text: 'Frau Lindner prüft bald, ob die Kosten übernommen werden können.', section: 'jobcenter' },
      { text: 'Ich melde mich baldmöglichst beim Träger.', section: 'schritte', showcase: true, better: 'Ich melde mich bis Freitag beim Träger.' },
      { text: 'Das Jobcenter meldet sich zeitnah.', section: 'jobcenter', showcase: true, better: 'Frau Lindner meldet sich bis zum 13.03.2026 bei mir.' },
      { text: 'Herr Schäfer schickt mir demnächst Angebote.', section: 'jobcenter' },
      { text: 'Ich frage bei Gelegenheit nach einem Praktikum.', section: 'schritte' },
      { text: 'Ich kümmere mich demnächst um einen neuen Personalausweis.', section: 'sonstiges', showcase: true, better: 'Ich beantrage bis zum 31.03.2026 einen neuen Personalausweis.' },
      { text: 'Frau Lindner berät mich zu gegebener Zeit über eine Umschulung.', section: 'jobcenter' },
      { text: 'Herr Schäfer meldet sich in den nächsten Tagen.', section: 'jobcenter' },
      // "rechtzeitig"/"frühzeitig": in time for what?
      { text: 'Rechtzeitiges Kümmern um einen Betreuungsplatz.', section: 'zwischenziel' },
      { text: 'Ich beantrage frühzeitig einen Kitaplatz.', section: 'schritte' },
    ],
    clean: [
      { text: 'Frau Lindner prüft bis zum 20.03.2026, ob die Kosten übernommen werden.', section: 'jobcenter' },
      { text: 'Ich melde mich bis Freitag beim Träger.', section: 'schritte' },
      { text: 'Herr Schäfer meldet sich in den nächsten 10 Tagen.', section: 'jobcenter' },
      { text: 'Ich möchte langfristig als Erzieherin arbeiten.', section: 'ziel' },
      { text: 'Ich spreche mit meiner Baldur-Versicherung.', section: 'schritte' },
      // … unless the entry says for what: an anchor, another time, an appointment it cancels
      { text: 'Ich melde mich rechtzeitig vor Kursbeginn beim Träger.', section: 'schritte' },
      { text: 'Ich sage Termine im Krankheitsfall rechtzeitig ab.', section: 'schritte' },
      { text: 'Ich schicke den Antrag bis zum 20.03.2026 rechtzeitig ab.', section: 'schritte' },
    ],
  },
};
export default rule;
