import { loadLanguage } from './lib/checker';
import { tagsOf, isThirdPersonPresent, infinitiveOfThird } from './lib/lang/language';
import { tokenize } from './lib/lang/tokens';
await loadLanguage();
console.log(tagsOf('schreibt'), isThirdPersonPresent('schreibt'), infinitiveOfThird('schreibt'));
console.log(tokenize('Deutsch, schreibt').map(t=>[t.text,t.lower,t.kind]));
