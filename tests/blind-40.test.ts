/**
 * The fortieth blind rewrite corpus (tests/fixtures/blind-40-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) the job centre's and others' commitments naming the client as an
 * object, a dative, an owner or in the passive, named staff, "wir"; b) entries dense with facts — amounts with cents,
 * phone numbers, e-mail addresses, file numbers, addresses, time ranges, two dates; c) phone and e-mail notes, and a case
 * worker who writes about herself as "ich" beside the client in the third person). Run first on ba78a39, the session's
 * code before it: 126 of 133 flagged (95 %), 81 fixed (61 %), none of the 16 unsafe fixed, no entry that needs nothing
 * given a fix. Its first reading (blind-40-first-reading.jsonl, three readers) read those fixes blind: of the 81
 * first-person rewrites 37 ok, 31 awkward, 13 wrong (README "Quality, measured") — eight times the case worker's own
 * "ich"/"mir"/"mich" merged with hers ("Ich melde mich bis 25.01. bei mir"), "Mir eint Umschulung" (an article read as a
 * subjunctive verb), "mir … zu bewerben" after "mind.", a status participle conjugated ("genehmige"), "sie" left after a
 * note's colon, and the note's own "zur Kinderzuschlag". The twelve of the rewrite's own doing are mended and checked here.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (126 of 133) and fixed (71 of 133 after the mends) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 40, entries: 180, flagged: 0.94, fixed: 0.53,
  keptSlips: { 'b40a-052': 'the note wrote "zur Kinderzuschlag"; the rewrite changes the person only and keeps the slip as written' },
});
