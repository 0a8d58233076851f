/**
 * The nineteenth blind rewrite corpus (tests/fixtures/blind-19-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result: self-employed clients, by a case worker in a
 * hurry who mixes notes, third person and "Sie"; clients with disabilities or in rehabilitation, mostly as the object of
 * the job centre's and others' sentences; debts, addiction and mental health, in phrases from old
 * Eingliederungsvereinbarungen; migrants seeking recognition of their qualifications, with both spouses named). Its
 * first run (commit 7a9a5c5) was read by an editor who had not seen the code (blind-19-first-reading.jsonl, README
 * "Quality, measured": 94 first-person rewrites, 7 wrong; first run 155 of 172 flagged, 94 fixed, none of the 20 unsafe
 * fixed). The same session then fixed the patterns behind the wrong ones in general (5 correct now, 2 without a fix),
 * flags the client addressed as "Sie" anywhere in a sentence and named after "für" in others' sentences, and rewrites
 * more of the formal requests and of the client as an object (165 flagged, 104 fixed).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; no rewrite judged wrong comes back; the shares flagged (95 %) and fixed (60 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 19, entries: 240, flagged: 0.95, fixed: 0.6 });
