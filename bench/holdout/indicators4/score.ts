// Scores indicator_values on the fourth held-out set (set A): `npx tsx bench/holdout/indicators4/score.ts`
// (the rules of scoring are indicators3's: scoreSet in ../indicators3/scoring.ts).
import { printTally, scoreSet } from "../indicators3/scoring.ts";
import { EXPECTED, OPTIONAL, REGION } from "./expected.ts";

printTally(scoreSet(import.meta.dirname, { EXPECTED, REGION, OPTIONAL }));
