import { loadLanguage } from './lib/checker';
import { genderOf, looksPlural, verbOfNominal } from './lib/lang/nouns';
await loadLanguage();
console.log(genderOf('termine'), looksPlural('Termine'), verbOfNominal('Wahrnehmung'));
