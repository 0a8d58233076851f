/**
 * The thirty-seventh blind rewrite corpus (tests/fixtures/blind-37-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result, each as one kind of case worker writes: a) an experienced one in a
 * hurry — terse notes, abbreviations, arrows; b) a trainee — full third-person sentences with "Herr …"/"Frau …",
 * subordinate clauses, several sentences; c) one who writes "Sie" and "wir" throughout, modals, the formal imperative).
 * Run first on ed8163d, the session's code after the corpus-36 mends: 127 of 133 flagged (95 %), 72 fixed (54 %), 1 of the
 * 15 unsafe fixed ("Ihre Eltern holen … ab. Sie müssen …": "they" or her), no entry that needs nothing given a fix. Its
 * first reading (blind-37-first-reading.jsonl, three readers) read those fixes blind: of the 73 first-person rewrites 34
 * ok, 31 awkward, 8 wrong (README "Quality, measured") — a street's "Hauptstr." and a note's "wö." read as a sentence's
 * end, a particle inside a quoted title, the file's "zur Akte genommen" made hers, a dash's instruction split from its
 * note's object, advice ("sollten") made a wish, and two of the notes' own typos. The six of the rewrite's own doing and
 * the unsafe one are mended and checked here.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (95 %) and fixed (51 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

const slip = (s: string) => `the note wrote ${s}; the rewrite changes the person only and keeps the slip as written`;

blindCorpus({
  n: 37, entries: 180, flagged: 0.95, fixed: 0.51,
  keptSlips: { 'b37a-022': slip('"Reinigunskraft"'), 'b37a-052': slip('"Einschränkugen"') },
});
