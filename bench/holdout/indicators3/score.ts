// Scores indicator_values on the third held-out set: `npx tsx bench/holdout/indicators3/score.ts`
// (the rules of scoring are in scoring.ts).
import { printTally, scoreIndicators3 } from "./scoring.ts";

printTally(scoreIndicators3());
