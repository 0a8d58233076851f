/**
 * The twenty-second blind rewrite corpus (tests/fixtures/blind-22-rewrites.jsonl: 240 entries in the proportions of
 * real plans, written by four helpers who had not seen the code or any result: clients in mini-jobs and part-time work,
 * the employer acting; young adults under 25, with parents, first names and "du" slips; long entries mixing a step, a
 * promise and a note; noun-style goals with genitives and dates). Its first run (commit 4f51070, the session's code
 * after the corpus-21 fixes) was read by an editor who had not seen the code (blind-22-first-reading.jsonl, README
 * "Quality, measured": 96 first-person rewrites, 8 wrong; first run 160 of 172 flagged, 96 fixed, none of the 20
 * unsafe fixed). The same session then fixed the patterns behind the wrong ones in general (2 with a fix now, read
 * again, 6 without a fix): 160 flagged, 90 fixed.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; no rewrite judged wrong comes back; the shares flagged (93 %) and fixed (52 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 22, entries: 240, flagged: 0.93, fixed: 0.52 });
