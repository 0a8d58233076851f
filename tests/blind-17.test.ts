/**
 * The seventeenth blind rewrite corpus (tests/fixtures/blind-17-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result: single parents with small children; clients
 * with health problems, written in noun style, passive and formal "Sie"; refugees and immigrants with their families;
 * people who work and still need Bürgergeld, in long mixed entries). Its first run (commit 16b2065) was read by an editor
 * who had not seen the code (blind-17-first-reading.jsonl, README "Quality, measured": 92 first-person rewrites, 9 wrong;
 * first run 153 of 172 flagged, 90 fixed, 2 of the 20 unsafe fixed). The same session then fixed the patterns behind the
 * wrong ones in general: all 9 give a correct fix or none now (86 fixed, none of the unsafe).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none is; every fix keeps
 * the facts; no rewrite judged wrong comes back; the shares flagged (89 %) and fixed (50 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 17, entries: 240, flagged: 0.88, fixed: 0.5 });
