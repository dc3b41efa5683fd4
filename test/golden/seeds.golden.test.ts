// Golden end-to-end test: the real pipeline on seeds/, per seed, against reviewed JSON.
// UPDATE_GOLDEN=1 npx vitest run test/golden rewrites the JSON (then formats it with Biome, so
// the files pass `biome ci`); review the git diff by hand. Comparison is on the parsed JSON,
// printed one fact, entity or event per line, so a failure shows whole items.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest, listInputFiles } from "../../data/ingest/index.ts";
import { unifiedDiff } from "./diff.ts";
import { type GoldenDoc, serialize, snapshot } from "./snapshot.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS = join(ROOT, "seeds");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Golden file of a seed: test/golden/<seed name>.json. */
function goldenPath(file: string): string {
  return join(import.meta.dirname, `${basename(file, ".txt")}.json`);
}

let docs: Map<string, GoldenDoc>;
const files = (await listInputFiles([SEEDS])).map((f) => `seeds/${basename(f)}`);

beforeAll(async () => {
  const result = await ingest(await listInputFiles([SEEDS]), { root: ROOT });
  expect(result.errors).toEqual([]);
  docs = snapshot(result);
});

describe("ingest(seeds) matches the reviewed golden JSON", () => {
  it("ingest(seeds) processes every seed", () => {
    expect([...docs.keys()]).toEqual(files);
  });

  it.each(files)("ingest(seeds): %s", (file) => {
    const doc = docs.get(file);
    if (!doc) throw new Error(`no output for ${file}`);
    const path = goldenPath(file);
    if (UPDATE) {
      writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
      execFileSync(join(ROOT, "node_modules", ".bin", "biome"), ["format", "--write", path], { stdio: "ignore" });
      return;
    }
    if (!existsSync(path)) throw new Error(`missing golden file ${path}; run UPDATE_GOLDEN=1 npx vitest run test/golden`);
    const expected = serialize(JSON.parse(readFileSync(path, "utf8")) as GoldenDoc);
    const actual = serialize(doc);
    const diff = unifiedDiff(expected, actual, 1, [`${basename(path)} (golden)`, "pipeline output"]);
    if (diff) throw new Error(`${file} differs from its golden file (UPDATE_GOLDEN=1 to accept after review):\n${diff}`);
  });
});
