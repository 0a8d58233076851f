import { loadLanguage } from '../checker/checker';
// The language data loads once per test file, as in the extension and the command line.
await loadLanguage();
