// node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/ingest-profile.ts <file or dir>... [--repeat N]
// processFile over every report in this thread (no workers, no Parquet), so that a CPU profile shows
// where per-document processing spends its time; prints the CPU time per MB.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { listInputFiles, processFile } from "../data/ingest/index.ts";
import { formatOf } from "../data/read/index.ts";

const { values, positionals } = parseArgs({ options: { repeat: { type: "string", default: "1" } }, allowPositionals: true });
const files = (await listInputFiles(positionals)).filter((f) => formatOf(f) !== null);
const inputs = files.map((f) => ({ file: relative(process.cwd(), f), bytes: readFileSync(f) }));
const mb = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6;
const before = process.cpuUsage();
for (let r = 0; r < Number(values.repeat); r++) for (const { file, bytes } of inputs) await processFile(file, bytes);
const used = process.cpuUsage(before);
const seconds = (used.user + used.system) / 1e6;
process.stdout.write(
  `${inputs.length} files, ${mb.toFixed(2)} MB × ${values.repeat}: ${seconds.toFixed(2)} CPU-s, ${((mb * Number(values.repeat)) / seconds).toFixed(2)} MB/s\n`,
);
