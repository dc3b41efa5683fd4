// Scores indicator_values on the fifth held-out set (set B, the final blind set): `npx tsx bench/holdout/indicators5/score.ts`
// (the rules of scoring are indicators3's: scoreSet in ../indicators3/scoring.ts).
import { printTally, scoreSet } from "../indicators3/scoring.ts";
import { EXPECTED, OPTIONAL, REGION } from "./expected.ts";

printTally(scoreSet(import.meta.dirname, { EXPECTED, REGION, OPTIONAL }));
