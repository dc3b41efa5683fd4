// The corpora ingest is measured on: the synthetic one (seed sentences recombined, bench/corpus.ts) and a real
// one built from the whole reports kept in the repository (bench/holdout/*: government work reports, statistical
// bulletins, zone news; see each folder's SOURCES.md).
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { WrittenCorpus } from "./types.ts";

const HOLDOUT = fileURLToPath(new URL("./holdout", import.meta.url));

/** The real reports: every .txt under bench/holdout, sorted by path. */
export async function realReports(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const folder of (await readdir(HOLDOUT, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of (await readdir(join(HOLDOUT, folder))).filter((n) => n.endsWith(".txt")).sort())
      out.push({ name: `${folder}/${name}`, text: await readFile(join(HOLDOUT, folder, name), "utf8") });
  }
  if (out.length === 0) throw new Error(`realReports: no .txt reports under ${HOLDOUT}`);
  return out;
}

/**
 * Writes `copies` copies of the real reports into `dir`. Copy k > 0 ends with one extra line naming the copy,
 * so that ingest does not drop it as a duplicate of copy 0; everything else is the report's own text.
 */
export async function writeRealCorpus(copies: number, dir: string): Promise<WrittenCorpus> {
  if (!Number.isInteger(copies) || copies < 1) throw new TypeError(`writeRealCorpus: copies must be a positive integer, got ${copies}`);
  const reports = await realReports();
  let files = 0;
  let bytes = 0;
  for (let k = 0; k < copies; k++) {
    const sub = join(dir, String(k).padStart(4, "0"));
    await mkdir(sub, { recursive: true });
    for (const [i, r] of reports.entries()) {
      const text = k === 0 ? r.text : `${r.text}\n（副本${k}）\n`;
      await writeFile(join(sub, `${String(i).padStart(3, "0")}-${r.name.replace("/", "-")}`), text);
      files++;
      bytes += Buffer.byteLength(text, "utf8");
    }
  }
  return { dir, scale: copies, files, bytes };
}
