/**
 * The twenty-third blind rewrite corpus (tests/fixtures/blind-23-rewrites.jsonl: 240 entries in the proportions of real
 * plans, written in four batches by helpers who had not seen the code or any result: a) older clients close to pension
 * age and in subsidised jobs, written with "der Kunde"/"ELB"/"Kd." and the job centre's "wir"; b) young adults,
 * apprenticeships, single parents, language courses; c) health, addiction, debts, self-employed "Aufstocker"; d) families
 * and couples, housing, foreign degrees, job starts with a wage subsidy, driving licences). First runs: batch a on
 * 74732a8, 43 of 43 flagged, 30 fixed; batches b–d on 84d48f6 (each committed before it ran), 36, 41 and 36 of 43
 * flagged, 31, 32 and 21 fixed; none of the 20 unsafe fixed, no entry that needs nothing given a fix (README "Quality,
 * measured"). Its first reading (blind-23-first-reading.jsonl) read the fixes of 84d48f6 on all four batches.
 * Guarded here: where no rewrite is needed, none is offered; where the corpus says none is safe, none; every fix keeps
 * the facts; a rewrite the reading judged wrong is not offered again; the shares flagged (90 %) and fixed (68 %) do
 * not fall.
 */
import { blindCorpus } from './helpers/blind-corpus';

blindCorpus({ n: 23, entries: 240, flagged: 0.9, fixed: 0.68 });
