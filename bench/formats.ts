// Ingest speed per file format: the real reports of test/fixtures/formats (one per format, and the same
// article as .txt), each read and processed in this process. Reading (PDF text extraction above all) is
// timed apart from the whole pipeline.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { processFile } from "../data/ingest/index.ts";
import { readSource } from "../data/read/index.ts";
import { timeRuns } from "./timing.ts";
import type { FormatRun } from "./types.ts";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/formats/", import.meta.url));

/** Times readSource and processFile on every format fixture, plus a .txt of the first web page's text. */
export async function measureFormats(runs: number): Promise<FormatRun[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const name of (await readdir(FIXTURES)).sort()) files.push({ name, bytes: new Uint8Array(await readFile(join(FIXTURES, name))) });
  const page = files.find((f) => f.name.endsWith(".html"));
  if (page) {
    const r = await processFile(page.name, page.bytes);
    if (r.ok) files.push({ name: page.name.replace(/\.html$/, ".txt"), bytes: new TextEncoder().encode(r.document.text) });
  }
  const out: FormatRun[] = [];
  for (const { name, bytes } of files) {
    const first = await processFile(name, bytes);
    if (!first.ok) throw new Error(`bench fixture ${name} does not ingest: ${first.error.stage}: ${first.error.message}`);
    const read = await timeRuns(() => readSource(name, bytes), runs);
    const total = await timeRuns(() => processFile(name, bytes), runs);
    out.push({
      file: name,
      format: first.document.format,
      bytes: bytes.length,
      chars: first.document.chars,
      readMs: read.medianMs,
      totalMs: total.medianMs,
      mbPerSec: bytes.length / 1e6 / (total.medianMs / 1000),
    });
  }
  return out;
}
