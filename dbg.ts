import { loadLanguage } from './lib/checker';
import { checkSentence } from './lib/lang/first-person';
import { splitSentences } from './lib/lang/tokens';
import { clientNouns } from './lib/lang/people';
await loadLanguage();
const t = 'Der Arbeitgeberservice wird eingeschaltet, um für die Kundin eine Stelle in der Reinigung zu finden.';
const s = splitSentences(t);
console.log(s.length, clientNouns(s[0]!.tokens));
console.log(checkSentence(s[0]!, 'jobcenter'));
