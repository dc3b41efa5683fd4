import type { TraceStep } from "./types.ts";

/** A trace as readable lines, for test failure messages and `explain`. */
export function formatTrace(title: string, steps: readonly TraceStep[]): string {
  const lines = [title];
  for (const s of steps) {
    if (s.stage === "match") lines.push(`  match   ${s.rule.padEnd(8)} ${s.accepted ? "ok  " : "null"} [${s.start},${s.end}) ${s.text}`);
    else if (s.stage === "refine") lines.push(`  refine  ${s.refiner}: -[${s.removed.join(", ")}] +[${s.added.join(", ")}]`);
    else lines.push(`  ${s.text}`);
  }
  return lines.join("\n");
}
