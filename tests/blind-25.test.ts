/**
 * The twenty-fifth blind rewrite corpus (tests/fixtures/blind-25-rewrites.jsonl: 240 entries in four batches written by
 * helpers who had not seen the code or any result: a) clients with addiction, mental illness or housing loss, many
 * third parties acting; b) single parents and carers, children named by first name; c) career changers, academics,
 * craftsmen and the self-employed, in noun style and infinitive chains; d) the job centre's and third parties'
 * commitments, passives and plans reviewed months later). Committed (b531d10) before its first run: 152 of 171 flagged
 * (89 %), 115 fixed (67 %), one of the 20 unsafe fixed, no entry that needs nothing given a fix. Its first reading
 * (blind-25-first-reading.jsonl, three readers) read those fixes blind: of the 116 first-person rewrites 60 ok, 53
 * awkward, 3 wrong (README "Quality, measured"); each wrong one is mended in the language and checked here not to
 * come back.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none but the one
 * below; every fix keeps the facts; the shares flagged (88 %) and fixed (70 %) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 25, entries: 240, flagged: 0.88, fixed: 0.7,
  unsafeFixed: { max: 1, why: '"Hr. Schulz soll mit seinem Bruder klären, ob er ihn vorübergehend bei sich aufnimmt": the brother as "er", the client as "ihn", as in blind corpus 21' },
});
