/**
 * The thirty-third blind rewrite corpus (tests/fixtures/blind-33-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) several people — spouse, children, parents, coaches, employers,
 * doctors — where who acts is easy to get wrong; b) plans reviewed months later as status notes, past tenses, reported
 * speech, health and debts; c) long dense entries with lists, arrows, brackets in brackets, e-mail addresses, amounts
 * and typos). Run first on 20976dc: 120 of 129 flagged (93 %), 66 fixed (51 %), none of the 15 unsafe fixed, no entry
 * that needs nothing given a fix. Its first reading (blind-33-first-reading.jsonl, three readers) read those fixes blind:
 * of the 66 first-person rewrites 8 ok, 53 awkward, 5 wrong (README "Quality, measured"). Four are mended in the
 * language and checked here not to come back (an adjective cut before its noun, "Der ges. Betreuer", ends no sentence;
 * a man's "ihm"/"ihn" left where no one else can be meant; a parent named with "the" whom one of the family acts on
 * beside "ich"); the fifth kept the note's own typo.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (93 %) and fixed (51 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 33, entries: 180, flagged: 0.93, fixed: 0.51,
  keptSlips: { 'b33c-015': 'the note wrote "vereinabrt" and "1.240€"; the rewrite changes the person only and keeps the slips as written' },
});
