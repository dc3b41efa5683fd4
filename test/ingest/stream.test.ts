import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, ingestToParquet, listInputFiles, PARQUET_FILES, writeParquet } from "../../data/ingest/index.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const tmp = () => mkdtempSync(join(tmpdir(), "ingest-stream-"));

/** Every Parquet file of a folder, by name. */
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

/**
 * A corpus with every kind of row: the seeds, the real-report fixtures of every format (Word, PDF,
 * web page, Markdown, GB18030 text), a file in an unsupported format, a copy of a seed (dedupe)
 * and a file with no report text.
 */
function mixedCorpus(): string {
  const dir = tmp();
  for (const name of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
  mkdirSync(join(dir, "formats"));
  for (const name of readdirSync(join(FIXTURES, "formats"))) copyFileSync(join(FIXTURES, "formats", name), join(dir, "formats", name));
  for (const name of ["punctuation-only.txt", "boilerplate-only.txt", "script-tag.txt"])
    copyFileSync(join(FIXTURES, name), join(dir, name));
  const first = readdirSync(SEEDS_DIR).sort()[0]!;
  copyFileSync(join(SEEDS_DIR, first), join(dir, `zz-copy-${first}`));
  writeFileSync(join(dir, "notes.xlsx"), "not a report");
  return dir;
}

describe("ingestToParquet", () => {
  it.each([1, 2])(
    "ingestToParquet with %i worker(s) writes the same bytes as writeParquet(ingest()) on a mixed corpus",
    async (workers) => {
      const corpus = mixedCorpus();
      const paths = await listInputFiles([corpus]);
      const expected = tmp();
      const result = await ingest(paths, { root: corpus, workers });
      await writeParquet(result, expected);
      const out = join(tmp(), "out");
      const summary = await ingestToParquet(paths, out, { root: corpus, workers });
      expect(Object.keys(files(out))).toEqual([...PARQUET_FILES].sort());
      expect(files(out)).toEqual(files(expected));
      expect(summary.paths).toEqual(PARQUET_FILES.map((name) => join(out, name)));
      expect(summary.errors).toEqual(result.errors);
      expect(summary.errors.map((e) => e.stage)).toEqual(expect.arrayContaining(["dedupe", "read", "normalize"]));
      for (const [table, n] of Object.entries(summary.rows))
        expect({ table, n }).toEqual({ table, n: result[table as keyof typeof result].length });
      expect(summary.rows.facts).toBeGreaterThan(100);
    },
  );

  it("ingestToParquet rejects an empty output folder name", async () => {
    await expect(ingestToParquet([], "")).rejects.toThrow(TypeError);
  });
});
