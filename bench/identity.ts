// npx tsx bench/identity.ts <out.json> [--against <before.json>] [--synthetic N]
// Output identity for speed work (issue 16): ingests the seeds, a synthetic corpus (N× the seeds, default 10),
// every real report under bench/holdout together, and three hold-out folders alone, with one worker, and records
// the SHA-256 of every output file. With --against, compares with an earlier record and exits 1 on any difference.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";
import { loadSeeds } from "./seeds.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({
  options: { against: { type: "string" }, synthetic: { type: "string", default: "10" } },
  allowPositionals: true,
});
const [outFile] = positionals;
if (!outFile) {
  process.stderr.write("usage: npx tsx bench/identity.ts <out.json> [--against <before.json>] [--synthetic N]\n");
  process.exit(2);
}

// A fixed folder: documents.file holds the path as given, so a random temp name would differ between runs.
const work = join(tmpdir(), "wb-identity");
rmSync(work, { recursive: true, force: true });
mkdirSync(work);
const holdout = join(ROOT, "bench", "holdout");
const synthetic = await writeCorpus(
  await loadSeeds(join(ROOT, "seeds")),
  { seed: 20240601, scale: Number(values.synthetic) },
  join(work, "synthetic"),
);
const corpora: Record<string, string> = {
  seeds: join(ROOT, "seeds"),
  synthetic: synthetic.dir,
  holdout: holdout,
  facts5: join(holdout, "facts5"),
  entities10: join(holdout, "entities10"),
  events7: join(holdout, "events7"),
  indicators5: join(holdout, "indicators5"),
};

const record: Record<string, Record<string, string>> = {};
for (const [name, dir] of Object.entries(corpora)) {
  const out = join(work, `out-${name}`);
  try {
    execFileSync(process.execPath, ["data/cli/ingest.mjs", dir, "--out", out, "--workers", "1"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
  } catch (e) {
    // Exit 1 means some file failed; the tables are still written and must be identical too.
    if ((e as { status?: number }).status !== 1) throw e;
  }
  record[name] = {};
  for (const f of readdirSync(out).sort())
    record[name][f] = createHash("sha256")
      .update(readFileSync(join(out, f)))
      .digest("hex");
  process.stdout.write(`${name}: ${Object.keys(record[name]).length} files\n`);
}
rmSync(work, { recursive: true, force: true });
writeFileSync(outFile, `${JSON.stringify(record, null, 1)}\n`);

if (values.against) {
  const before = JSON.parse(readFileSync(values.against, "utf8")) as typeof record;
  let differ = 0;
  for (const [name, files] of Object.entries(before))
    for (const [f, sha] of Object.entries(files))
      if (record[name]?.[f] !== sha) {
        differ++;
        process.stdout.write(`DIFFERS ${name}/${f}\n`);
      }
  process.stdout.write(differ === 0 ? "identical: every output file has the same SHA-256\n" : `${differ} files differ\n`);
  process.exit(differ === 0 ? 0 : 1);
}
