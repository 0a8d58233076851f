/**
 * The thirty-sixth blind rewrite corpus (tests/fixtures/blind-36-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) ordinary plans for care work, security, cleaning, hospitality and
 * retail with shift work; b) other people acting beside the client — partner, children, parents, a legal guardian, a
 * probation officer, the employer — with the client back as a pronoun later; c) long entries mixing a step, a promise and
 * a note, "Sie" with modals, questions, "bitte", headings with a colon, the case worker's reminders). Run first on
 * 2eb10ba: 124 of 131 flagged (95 %), 62 fixed (47 %), none of the 16 unsafe fixed, no entry that needs nothing given a
 * fix. Its first reading (blind-36-first-reading.jsonl, two readers) read those fixes blind: of the 62 first-person
 * rewrites 21 ok, 33 awkward, 8 wrong (README "Quality, measured") — "Voraussetzung" made a verb, a reflexive's case
 * taken from the main verb, two later sentences left about him, "anerkenne lassen", one of the note's typos, and "soll"
 * read as "möchte" under her goals twice (advice, "sollten", keeps its modal since corpus 37, "soll" since corpus 39). The five of the rewrite's own doing are mended and checked here.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (94 %) and fixed (44 %: four wrong ones are refused now) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 36, entries: 180, flagged: 0.94, fixed: 0.44,
  keptSlips: { 'b36c-033': 'the note wrote "eigenstädnig" and "Erzieung"; the rewrite changes the person only and keeps the slips as written' },
});
