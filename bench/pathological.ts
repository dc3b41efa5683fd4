// npx tsx bench/pathological.ts [--scale 1]
// Times processDocument on the inputs of issue 17 that used to stall the pipeline: a line without
// punctuation (640K characters took 74 s), 500 KB of 1亿元， (257 s, 2.6 GB) and a 5 MB single line
// (did not finish in 10 minutes). Prints one line per input: size, seconds, facts, peak RSS.
import { parseArgs } from "node:util";
import { processDocument } from "../data/ingest/process.ts";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new TypeError(`--scale must be positive, got ${values.scale}`);

// Words of a development-zone report (seeds/) run together without punctuation, as a broken export would.
const WORDS = "济宁高新区实现地区生产总值增长百分之八企业数量达到一百家项目投资建设加快推进科技创新能力不断提升";
const line = (n: number) => WORDS.repeat(Math.ceil(n / WORDS.length)).slice(0, n);
const INPUTS: [string, string][] = [
  ["640K-character line without punctuation", line(Math.round(640_000 * scale))],
  ["500 KB of 1亿元，", "1亿元，".repeat(Math.round(100_000 * scale))],
  ["5 MB single line", line(Math.round(1_700_000 * scale))],
];

for (const [name, text] of INPUTS) {
  const bytes = new TextEncoder().encode(`标题\n\n${text}\n`);
  const started = performance.now();
  const result = processDocument(`${name}.txt`, bytes);
  const seconds = (performance.now() - started) / 1000;
  const facts = result.ok ? result.facts.length : 0;
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  console.log(`${name}: ${(bytes.length / 1e6).toFixed(2)} MB, ${seconds.toFixed(2)} s, ${facts} facts, RSS ${rss} MB`);
}
