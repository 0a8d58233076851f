/**
 * The twenty-first blind rewrite corpus (tests/fixtures/blind-21-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result: clients in training and retraining, with
 * dates in every position; clients with health limitations, where doctors and the ÄD act and pronouns could mean
 * several people; couples and families where both partners are named; case workers who write "Sie" in every heading).
 * Its first run (commit c239598, after the corpus-20 fixes and the rewrite read again) was read by an editor who had
 * not seen the code (blind-21-first-reading.jsonl, README "Quality, measured": 102 first-person rewrites, 6 wrong; first
 * run 163 of 172 flagged, 100 fixed, 2 of the 20 unsafe fixed). The same session then fixed the patterns behind the
 * wrong ones in general (1 correct now, 5 without a fix): 163 flagged, 96 fixed, 1 unsafe.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, at most the one below;
 * every fix keeps the facts; no rewrite judged wrong comes back; the shares flagged (94 %) and fixed (55 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 21,
  entries: 240,
  flagged: 0.94,
  fixed: 0.55,
  unsafeFixed: { max: 1, why: '"Herr C. klärt mit seinem Bruder, ob er ihn … versorgen kann": the brother as "er", the client as "ihn" (read OK)' },
});
