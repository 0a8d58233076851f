/**
 * The fourteenth blind rewrite corpus (tests/fixtures/blind-14-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written by four helpers who had not seen the code or any result, each as a different case worker would: hurried
 * in a city job centre, careful in a rural one, in a U25 and single-parent team, addressing the client formally). Its
 * first run (commit fc09ab3, the final code of the session that added it) was read by an editor who had not seen the
 * code (blind-14-first-reading.jsonl, README "Quality, measured").
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none is; every fix keeps
 * the facts; the shares flagged (89 %) and fixed (54 % at the first run; 51 % since the wrong ones' patterns give no fix —
 * "von ihm" left, "ihr Profil" left, "um ihn zu …" left, "danach …" after a comma) do not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({
  n: 14,
  entries: 240,
  flagged: 0.88,
  fixed: 0.5,
  keptSlips: { 'b14-060': 'the original\'s capital in "ist Alleinerziehend", kept as written', 'b14-093': 'the original\'s typo "Stellenangbote", kept as written' },
});
