import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conjunctionAfterVerb, nameStart } from "../../data/entities/boundary.ts";
import { BOUNDARY_WORDS, COUNT_BOUNDARY, GUARDED_BOUNDARIES, NAME_FINAL_WORDS } from "../../data/entities/lexicon.ts";

/** nameStart as a global scan of the whole alternation (what the first-character shortcut must equal). */
const BOUNDARY = new RegExp(`${COUNT_BOUNDARY}|${BOUNDARY_WORDS.map((w) => GUARDED_BOUNDARIES[w] ?? w).join("|")}`, "g");
function slowNameStart(body: string): number {
  let cut = 0;
  let previous = "";
  for (const m of body.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (end === body.length && m.index > 0 && NAME_FINAL_WORDS.has(m[0])) continue;
    if (conjunctionAfterVerb(m[0], m.index, cut, previous)) continue;
    previous = m[0];
    cut = end;
  }
  return cut;
}

/** Text of the held-out reports (bench/holdout/*; sources in their SOURCES.md) and the seeds. */
function texts(): string[] {
  const root = join(import.meta.dirname, "../..");
  const dirs = ["seeds", "bench/holdout/entities2", "bench/holdout/entities5", "bench/holdout/events2", "bench/holdout/indicators"];
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(root, dir, f), "utf8")),
  );
}

describe("nameStart tries boundary words only where one can start", () => {
  it("cuts every window of real reports where the global scan of the alternation cuts", () => {
    let windows = 0;
    for (const text of texts())
      for (let i = 0; i < text.length; i += 2)
        for (const length of [4, 11, 28]) {
          const body = text.slice(i, i + length);
          expect(nameStart(body), body).toBe(slowNameStart(body));
          windows++;
        }
    expect(windows).toBeGreaterThan(10000);
  });
});
