import { SEED, type PlanRule } from '../core/rule';
import { whyNoDay } from '../language/time';

/** Plan level: the plan's own date is one the calendar does not have. */
const rule: PlanRule = {
  id: 'impossible-plan-date',
  level: 'plan',
  title: 'Datum des Plans gibt es nicht',
  tag: 'Plandatum falsch',
  catches: 'Das Datum des Plans ist ein Tag, den es im Kalender nicht gibt.',
  whyBrief: 'Am Datum des Plans hängt seine Laufzeit von sechs Monaten; ein Tag, den es nicht gibt, lässt sie offen.',
  message: 'Das Datum des Plans gibt es nicht. Bitte das richtige Datum eintragen.',
  severity: 'error',
  why:
    'Der Kooperationsplan gilt in der Regel sechs Monate ab seinem Datum; daran hängt, ob die Termine im Plan in seiner ' +
    'Laufzeit liegen und wann er fortgeschrieben wird. Ein Datum, das es nicht gibt (etwa der 30. Februar), ist ein ' +
    'Tippfehler, den Klarplan nicht erraten kann. Der Plan wird trotzdem geprüft – nur ob seine Termine in der Laufzeit ' +
    'liegen, prüft Klarplan erst mit einem richtigen Datum.',
  sources: [
    { seed: SEED.weisung, section: '4.3 Dauer des Kooperationsplans („für eine Dauer von 6 Monaten“)' },
    { seed: SEED.weisung, section: '6.3 Fortschreibung Kooperationsplan' },
  ],
  check(p) {
    if (!p.impossibleDate) return [];
    const [y, m, d] = p.impossibleDate.split('-').map(Number) as [number, number, number];
    const written = p.impossibleDate.split('-').reverse().join('.');
    return [{
      start: 0,
      end: 0,
      message:
        `Das Datum des Plans, ${written}, gibt es nicht – ${whyNoDay(d, m, y)}. Bitte das richtige Datum eintragen. ` +
        'Bis dahin prüft Klarplan nicht, ob die Termine in der Laufzeit des Plans liegen.',
    }];
  },
  examples: {
    flagged: [
      { plan: { date: '2026-02-30', sections: { ziel: ['Ich möchte als Busfahrerin arbeiten.'] } }, showcase: true, better: { date: '2026-02-27', sections: { ziel: ['Ich möchte als Busfahrerin arbeiten.'] } } },
      { plan: { date: '2026-04-31', sections: { ziel: ['Ich möchte als Koch arbeiten.'] } }, showcase: true, better: { date: '2026-04-30', sections: { ziel: ['Ich möchte als Koch arbeiten.'] } } },
      { plan: { date: '2026-00-15', sections: { ziel: ['Ich möchte als Köchin in einer Kantine arbeiten.'] } } },
    ],
    clean: [
      { plan: { date: '2028-02-29', sections: { ziel: ['Ich möchte als Busfahrerin arbeiten.'] } } },
      { plan: { sections: { ziel: ['Ich möchte als Busfahrerin arbeiten.'] } }, note: 'ohne Datum (dann gilt der heutige Tag)' },
    ],
  },
};
export default rule;
