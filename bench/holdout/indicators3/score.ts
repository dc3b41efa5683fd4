// Scores indicator_values on the third held-out set: `npx tsx bench/holdout/indicators3/score.ts`
// (the rules of scoring are in scoring.ts).
import { scoreIndicators3 } from "./scoring.ts";

const t = scoreIndicators3();
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
for (const line of t.report) console.log(line);
console.log(`indicator_values: ${t.right}/${t.cells} hand-checked cells right (${pct(t.right, t.cells)}%), ${t.invented} invented`);
console.log(
  `  on indicators2's eight indicators: ${t.narrowRight}/${t.narrowCells} (${pct(t.narrowRight, t.narrowCells)}%), ${t.narrowInvented} invented; ${t.undated} watched rows without a yearly reference (not scored)`,
);
