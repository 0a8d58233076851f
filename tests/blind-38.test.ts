/**
 * The thirty-eighth blind rewrite corpus (tests/fixtures/blind-38-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) young people under 25 — apprenticeships, the Jugendberufsagentur,
 * parents, first names, "du"; b) clients who work and still need Bürgergeld, and the self-employed — income, hours,
 * employers, businesses; c) plans continued months later — status words, past tenses, moved deadlines). Run first on
 * 7d4d815, the session's last code before it: 111 of 132 flagged (84 %: the client by first name only, and "du", were
 * not flagged), 71 fixed (54 %), none of the 15 unsafe fixed, no entry that needs nothing given a fix. Its first reading
 * (blind-38-first-reading.jsonl, three readers) read those fixes blind: of the 71 first-person rewrites 25 ok, 37 awkward,
 * 9 wrong (README "Quality, measured") — a label's colon taken for a fronted adverb ("weiterhin: Herr S. ruft Frau B. an"
 * → "Herr S. rufe ich … an"), two days torn apart, a formal second verb left before a comma, a label's colon drawn into
 * her sentence twice, one "soll" read as "möchte" (under her goals "soll" stays since corpus 39), three of the notes' own slips. The five are mended and
 * checked here; "du" is flagged now (no fix).
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (87 %) and fixed (50 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

const slip = (s: string) => `the note wrote ${s}; the rewrite changes the person only and keeps the slip as written`;

blindCorpus({
  n: 38, entries: 180, flagged: 0.87, fixed: 0.5,
  keptSlips: { 'b38b-019': slip('"Gehaltsabrechungen"'), 'b38b-033': slip('"á 2 Std."'), 'b38c-039': slip('"Der Integrationsfachkraft"') },
});
