/**
 * The sixteenth blind rewrite corpus (tests/fixtures/blind-16-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result: long-term unemployed clients over 50; young
 * adults without a school certificate; families with both partners in the household; phrases copied from old
 * Eingliederungsvereinbarungen). Its first run (commit b2133ec, the final code of the session that added it) was read by
 * an editor who had not seen the code (blind-16-first-reading.jsonl, README "Quality, measured"); no rule was changed
 * for it in that session. The next session took its seven wrong rewrites away (none is offered now: 94 fixed became 87).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none is; every fix keeps
 * the facts; no rewrite judged wrong comes back; the shares flagged (87 %) and fixed (50 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 16, entries: 240, flagged: 0.87, fixed: 0.5 });
