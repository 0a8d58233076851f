/**
 * The forty-first blind rewrite corpus (tests/fixtures/blind-41-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) a case worker slipping between the client's voice and the third
 * person, and entries already right with office-like words; b) households with two clients, a legal guardian,
 * interpreters; c) conditions and consequences, clauses put first, conditional commitments). Run first on 09fd3c4, the
 * session's last code before it: 108 of 130 flagged (83 %: mixed entries naming her by name beside an "ich" are not),
 * 59 fixed (45 %), none of the 17 unsafe fixed, no entry that needs nothing given a fix. Its first reading
 * (blind-41-first-reading.jsonl, three readers) read those fixes blind: of the 59 first-person rewrites 28 ok, 25
 * awkward, 6 wrong (README "Quality, measured") — "Es werden … fünf Bewerbungen erwartet" made "Ich erwarte …", "Ich
 * reiche und mein Ehemann … ein", the verb "sein" made "mein", and three of the notes' own typos. The three of the
 * rewrite's own doing are mended and checked here.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (108 of 130) and fixed (57 of 130 after the mends) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

const slip = (s: string) => `the note wrote ${s}; the rewrite changes the person only and keeps the slip as written`;

blindCorpus({
  n: 41, entries: 180, flagged: 0.83, fixed: 0.43,
  keptSlips: { 'b41a-009': slip('"fitt"'), 'b41b-016': slip('"wahrzunehemn"'), 'b41b-019': slip('"Bewerbugen"') },
});
