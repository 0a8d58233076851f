/**
 * The thirty-fourth blind rewrite corpus (tests/fixtures/blind-34-rewrites.jsonl: 180 entries in three batches written by
 * helpers who had not seen the code or any result: a) text blocks of case-management templates, with slash forms
 * ("Der/Die Kunde/in", "Herr/Frau", "er/sie", "seine/ihre") and placeholders ("[Name]", "XX.XX.2027"); b) health,
 * pension, Reha and family events with several institutions acting; c) ordinary big-city plans). Run first on 1cfc2b6:
 * 131 of 133 flagged (98 %), 91 fixed (68 %), none of the 15 unsafe fixed, no entry that needs nothing given a fix. Its
 * first reading (blind-34-first-reading.jsonl, three readers) read those fixes blind: of the 91 first-person rewrites
 * 47 ok, 38 awkward, 6 wrong (README "Quality, measured"). Four are mended in the language and checked here not to come
 * back (a template's "[Name]" left beside "ich"; "sie" sharing the verb of the clause before; "ist Herrn R. eine Arbeit …
 * zumutbar" as her dative; a range "vom … bis …" moved whole); the other two kept the note's own typo.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; the shares flagged (98 %) and fixed (72 %, with the slash forms read) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 34, entries: 180, flagged: 0.98, fixed: 0.72,
  keptSlips: {
    'b34b-016': 'the note wrote "beantrgat"; the rewrite changes the person only and keeps the slip as written',
    'b34c-035': 'the note wrote "unaufgefordet"; the rewrite changes the person only and keeps the slip as written',
  },
});
