// Lists each report's distinct mentions (text, type) for a hand count of entity precision.
// Run: npx tsx bench/holdout/extract/mentions.ts <folder>
import { join, resolve } from "node:path";
import { ingest, listInputFiles } from "../../../data/ingest/index.ts";

const DIR = resolve(process.argv[2] ?? import.meta.dirname);
const result = await ingest(await listInputFiles([DIR]), { root: join(import.meta.dirname, "../../..") });
const types = new Map(result.entities.map((e) => [e.entity_id, e.type]));
for (const doc of result.documents) {
  if (doc.file.endsWith(".md")) continue;
  const seen = new Set<string>();
  for (const m of result.mentions.filter((x) => x.doc_id === doc.doc_id)) seen.add(`${m.text}/${types.get(m.entity_id)}`);
  console.log(`${doc.file.split("/").pop()} (${seen.size}): ${[...seen].join("  ")}`);
}
