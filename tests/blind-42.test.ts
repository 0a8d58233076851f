/**
 * The forty-second blind rewrite corpus (tests/fixtures/blind-42-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) long entries mixing her steps, the job centre's promises and
 * others' help, with pronouns throughout and two women or two men named; b) clients' names from many languages and in
 * every form — several surnames, particles, hyphens, initials, the name as a vocative; c) the goal headings in every
 * form). Run first on d4dda74, the session's last code before it: 131 of 133 flagged (98 %), 56 fixed (42 %), 2 of the 16
 * unsafe fixed, no entry that needs nothing given a fix. Its first reading (blind-42-first-reading.jsonl, three
 * readers) read those fixes blind: of the 58 first-person rewrites 27 ok, 24 awkward, 7 wrong (README "Quality,
 * measured") — "Ich möchte, dass ich …" for a daughter's apprenticeship (who), the client's vocative name left twice,
 * a surname's second word and a double name's initial left ("meiner Zeugnisse Ogunleye", "für mich-K."), the euro sign
 * put after the verb ("1.450 beenden€"), a noun after a comma conjugated ("anfahre"); one reader's doubt about a "sie"
 * left beside "Meine Tochter … und ich" is the corpus's second unsafe fix. All are mended and checked here.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (131 of 133) and fixed (55 of 133 after the mends) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 42, entries: 180, flagged: 0.97, fixed: 0.4 });
