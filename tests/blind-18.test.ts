/**
 * The eighteenth blind rewrite corpus (tests/fixtures/blind-18-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result: young people under 25, named by first name,
 * "der junge Mann" and "Sie" by turns; clients who care for relatives or may lose their home, in the job centre's "wir";
 * older long-term unemployed clients, in phrases from old Eingliederungsvereinbarungen; couples in one household, both
 * named). Its first run (commit 423beaa) was read by an editor who had not seen the code (blind-18-first-reading.jsonl,
 * README "Quality, measured": 76 first-person rewrites, 6 wrong; first run 129 of 172 flagged, 75 fixed, 1 of the 20
 * unsafe fixed). The same session then fixed the patterns behind the wrong ones in general (2 correct now, 4 without a
 * fix) and flags the client by her first name (140 flagged, 71 fixed).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, at most the one below;
 * every fix keeps the facts; no rewrite judged wrong comes back; the shares flagged (81 %) and fixed (41 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 18,
  entries: 240,
  flagged: 0.81,
  fixed: 0.41,
  unsafeFixed: { max: 1, why: 'the rule reads a sentence-initial "Sie ist …" in what else matters as the client' },
});
