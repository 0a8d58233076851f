/**
 * The twenty-third blind rewrite corpus (tests/fixtures/blind-23-rewrites.jsonl: 60 entries in the proportions of real
 * plans, written by a helper who had not seen the code or any result: older clients close to pension age, in subsidised
 * jobs, written with "der Kunde"/"ELB"/"Kd." and the job centre's "wir"). Three more batches for it were asked for and
 * never came. Its first run (commit 74732a8, the session's code after the fix-rate work on corpora 19–22): 43 of 43
 * flagged, 30 fixed (70 %), none of the 5 unsafe fixed (README "Quality, measured").
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (100 %) and fixed (69 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 23, entries: 60, flagged: 1.0, fixed: 0.69 });
