/**
 * The seventh blind rewrite corpus (tests/fixtures/blind-7-rewrites.jsonl: 240 entries written by someone who had not
 * seen the code, each with its construction, whether it needs a first-person rewrite, and a reference where one is
 * safe). Its first run (154 fixes) was read by an editor who had not seen the code (blind-7-first-reading.jsonl,
 * README "Quality, measured": 137 ok, 13 awkward, 4 wrong); the patterns behind the wrong ones were fixed in the
 * language layer since. Guarded here: where no rewrite is safe or needed, none is offered; every fix keeps the facts;
 * the share of needed rewrites that get one (80 % when this was written) does not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 7, entries: 240, flagged: 0.94, fixed: 0.8 });
