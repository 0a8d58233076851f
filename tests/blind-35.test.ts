/**
 * The thirty-fifth blind rewrite corpus (tests/fixtures/blind-35-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) times and dates in every position and format — ranges, clock times
 * after dates, rhythms, deadlines; b) the job centre's and third parties' commitments with the client as their object,
 * dative, owner or a passive's recipient; c) what matters to the client and how she feels — dative experiencers, wishes,
 * fears, someone else's feelings beside hers). Run first on 1f9bb47: 127 of 133 flagged (95 %), 90 fixed (68 %), 1 of the
 * 15 unsafe fixed (b35b-014, "mit Herrn D. und seinem Sohn Can": either may be the client), no entry that needs nothing
 * given a fix. Its first reading (blind-35-first-reading.jsonl, three readers) read those fixes blind: of the 91
 * first-person rewrites 46 ok, 37 awkward, 8 wrong (README "Quality, measured") — two reflexives in the wrong case (mended),
 * a note's instruction after a dash left beside "ich" (now a part of its own), one "soll" read as "möchte" under her goals
 * ("soll" stays there since corpus 39), and four the note's own typos (kept as written).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (95 %) and fixed (66 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

const slip = (s: string) => `the note wrote ${s}; the rewrite changes the person only and keeps the slip as written`;

blindCorpus({
  n: 35, entries: 180, flagged: 0.95, fixed: 0.66,
  keptSlips: { 'b35b-003': slip('"rechtzeitg"'), 'b35b-024': slip('"Verhandlugen"'), 'b35b-055': slip('"and der"'), 'b35c-033': slip('"vorstelen"') },
});
