/**
 * Examples of the not-first-person rule from blind corpus 30's first reading and the goals left unfixed in corpora 6–29.
 * Each is a construction, with the exact fixed text or no fix; they run with the rule's other examples
 * (tests/rule-examples.test.ts). The earlier ones are in from-blind-corpora.ts, -25.ts and -26.ts.
 */
import type { EntryExample } from '../../core/rule';

export const FROM_BLIND_CORPORA_30: EntryExample[] = [
  // an impersonal duty with a bare infinitive step after its comma: no fix (the step would hang on her sentence); a
  // clause of its own after the comma stays
  { text: 'Änderungen beim Verdienst sind unverzüglich mitzuteilen, Lohnabrechnungen monatlich einreichen.', section: 'schritte', noFix: true },
  { text: 'Eine AU ist ab dem ersten Tag vorzulegen, sonst entfällt der Anspruch.', section: 'schritte', fixed: 'Ich lege eine AU ab dem ersten Tag vor, sonst entfällt der Anspruch.' },
  // a list whose items are joined by semicolons, each with its dash: the dashes stay before the items, each opens with
  // a capital
  { text: '- Lebenslauf aktualisieren; - Online-Profil bei der Jobbörse anlegen', section: 'schritte', fixed: '- Ich aktualisiere meinen Lebenslauf; - Ich lege mein Online-Profil bei der Jobbörse an.' },
  // "er" left as the subject of a relative clause in a later part, with no other man named: half done, no fix
  { text: 'Hr. Petrović ist motiviert, als Berufskraftfahrer zu arbeiten; hierfür ist zunächst der Führerschein C/CE erforderlich, den er über einen Bildungsgutschein erwerben will.', section: 'ziel', noFix: true },
];
