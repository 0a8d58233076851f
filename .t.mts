import { loadLanguage, checkPlan } from './checker/checker';
await loadLanguage();
for (const [sec,t] of [
 ['schritte','• Bewerbung bei Fa. Brose Zwickau bis Ende KW 11\n• Registrierung bei mind. 2 Zeitarbeitsfirmen'],
 ['schritte','Registrierung in der Jobbörse bis 15.04.'],
 ['schritte','Herr K. registriert die Unterlagen.'],
 ['schritte','Sie melden sich bis 15.03.2026 beim Kita-Navigator der Stadt Offenbach an und setzen Ihre Tochter auf die Warteliste von drei Kitas.'],
]) {
const r = checkPlan({ date: '2026-11-16', sections: { [sec]: [t] } });
console.log(t, '\n   ', r.findings.filter(f=>f.category==='not-first-person').map(f => `${f.fix ? f.fix.text : '(no fix)'}`).join(' | '));}
