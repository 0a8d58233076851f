/**
 * The thirty-ninth blind rewrite corpus (tests/fixtures/blind-39-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) ordinary plans in a medium-sized town — warehouse, retail,
 * cleaning, driving licences, the client by surname and "Kd."; b) the office's noun style and bare infinitives, genitives
 * and lists, the job centre's commitments in the same style; c) reported speech and the subjunctive, what the client
 * said or wants, health limits, children and a partner beside her). Run first on 651ab05, the session's code before it:
 * 129 of 133 flagged (97 %), 96 fixed (72 %), none of the 15 unsafe fixed, no entry that needs nothing given a fix. Its
 * first reading (blind-39-first-reading.jsonl, three readers) read those fixes blind: of the 96 first-person rewrites
 * 48 ok, 39 awkward, 9 wrong (README "Quality, measured") — a report's second verb left in the subjunctive twice ("und
 * wolle"), "erkläre mir aber bereit", a noun style's reflexive beside its genitive object ("melde mich das Ergebnis
 * zurück"), "soll" made "möchte" under her goals twice (it stays "soll" now), and three of the notes' own slips. The
 * four of the rewrite's own doing are mended and checked here.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (129 of 133) and fixed (99 of 133: 100 after the mends, one fewer since corpus 42 reads
 * "Frau Selin Aydın" as one name, the client's surname beside hers) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

const slip = (s: string) => `the note wrote ${s}; the rewrite changes the person only and keeps the slip as written`;

blindCorpus({
  n: 39, entries: 180, flagged: 0.96, fixed: 0.74,
  keptSlips: {
    'b39a-029': slip('"Vorstellungsgespärch"'),
    'b39b-022': slip('"verplichtet"'),
    'b39b-041': slip('"entsprechend des Profils" (the genitive after "entsprechend")'),
  },
});
