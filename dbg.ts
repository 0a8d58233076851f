import { checkPlan, loadLanguage } from './lib/checker';
await loadLanguage();
for (const [sec, t] of [['sonstiges','Aus diesem Plan ergeben sich keine Sanktionen.'],['schritte','Lebenslauf aktualisieren und an Frau Dr. Berger schicken.']] as const) {
  const r = checkPlan({ date: '2026-03-02', sections: { [sec]: [t] } });
  console.log(t, JSON.stringify(r.findings.filter(f=>f.category==='not-first-person')));
}
