/**
 * The eleventh blind rewrite corpus (tests/fixtures/blind-11-rewrites.jsonl: 240 entries written by someone who had not
 * seen the code or any result — every entry its own mix of constructions: formal "Sie" with subjunctives, relative
 * clauses, pronouns of other people, passives, lists, questions). Its first run, with the second look at every rewrite
 * (language/first-person/verify.ts) already in place, was read by an editor who had not seen the code
 * (blind-11-first-reading.jsonl, README "Quality, measured").
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, at most the two lone
 * pronouns; every fix keeps the facts; the shares flagged (81 %) and fixed (64 % at the first run; 62 % since three half-done rewrites
 * with the formal "Sie"/"Ihnen" left, read as wrong, are refused; 60 % since a list with one item left without a fix
 * gets none in any item, "damit Sie …" gets no fix and a "Nachweis über …" none) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 11,
  entries: 240,
  flagged: 0.8,
  fixed: 0.6,
  unsafeFixed: { max: 2, why: 'an entry that opens with a lone "Er soll …"/"Sie muss …" under the client\'s own headings is read as the client, as in the rule\'s own examples' },
});
