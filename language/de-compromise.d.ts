// de-compromise ships no TypeScript types; lib/lang/language.ts types the few parts it uses.
declare module 'de-compromise' {
  const nlp: unknown;
  export default nlp;
}
