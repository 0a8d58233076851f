/**
 * The twentieth blind rewrite corpus (tests/fixtures/blind-20-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result: clients new to Bürgergeld after losing a job,
 * in long official sentences; single parents, with the children's and the other parent's possessives; hurried notes
 * and lists with odd punctuation and "Sie … bitte"; clients after prison, without a home or with a legal guardian, with
 * third parties acting for them). Its first run (commit 2441ba7, after the corpus-19 fixes) was read by an editor who had
 * not seen the code (blind-20-first-reading.jsonl, README "Quality, measured": 97 first-person rewrites, 7 wrong; first
 * run 155 of 172 flagged, 96 fixed, 1 of the 20 unsafe fixed). The same session then fixed the patterns behind the
 * wrong ones in general (3 correct now, 4 without a fix) and flags more of the client in others' sentences (160 flagged,
 * 94 fixed, none of the unsafe).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; no rewrite judged wrong comes back; the shares flagged (93 %) and fixed (54 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 20, entries: 240, flagged: 0.93, fixed: 0.54 });
