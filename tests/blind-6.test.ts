/**
 * The sixth blind rewrite corpus (tests/fixtures/blind-6-rewrites.jsonl: 240 entries written by someone who had not
 * seen the code, each with its construction, whether it needs a first-person rewrite, and a reference where one is
 * safe). Its first run was read by an editor who had not seen the code (blind-6-first-reading.jsonl, README
 * "Quality, measured"); the patterns behind the wrong fixes were fixed in the language layer since. Guarded here:
 * where no rewrite is safe or needed, none is offered; every fix keeps the facts; most needed rewrites get one.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 6, entries: 240, flagged: 0.95, fixed: 0.8 });
