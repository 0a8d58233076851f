import { checkPlan, loadLanguage } from './lib/checker';
import { clientNouns } from './lib/lang/people';
import { tokenize, splitSentences } from './lib/lang/tokens';
await loadLanguage();
const t = 'Kd. ruft bis Freitag beim Träger an.';
console.log(splitSentences(t).map(s=>s.text), clientNouns(tokenize(t)));
console.log(JSON.stringify(checkPlan({ date: '2026-03-02', sections: { schritte: [t] } }).findings));
