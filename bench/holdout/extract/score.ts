// Scores the extraction on the held-out excerpts against gold.json (hand annotation).
// Run: npx tsx bench/holdout/extract/score.ts [folder]  (another held-out folder with its own gold.json;
// a document's gold may leave out facts, entities or events, which are then not scored for it)
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ingest, listInputFiles } from "../../../data/ingest/index.ts";
import { FactTally, type GoldFact } from "./facts.ts";

type Gold = { facts?: GoldFact[]; entities?: [string, string][]; events?: [string, string[]][] };
const DIR = process.argv[2] ? resolve(process.argv[2]) : import.meta.dirname;
const gold: Record<string, Gold> = JSON.parse(readFileSync(join(DIR, "gold.json"), "utf8"));
const result = await ingest(await listInputFiles([DIR]), { root: join(import.meta.dirname, "../../..") });

const tally = new FactTally();
let [entGold, entFound, entFoundName] = [0, 0, 0];
let [evGold, evFound] = [0, 0];
const misses: string[] = [];
for (const doc of result.documents) {
  const name = doc.file.split("/").pop()!;
  const g = gold[name];
  if (!g) continue;
  // Facts: each gold fact consumes one extracted fact with the same value and unit (and kind for thresholds).
  const facts = result.facts.filter((f) => f.doc_id === doc.doc_id);
  const { missed, extra: pool } = tally.add(facts, g.facts);
  for (const [value, unit, kind] of missed) misses.push(`${name} fact ${value} ${unit}${kind ? ` ${kind}` : ""}`);
  for (const f of pool) misses.push(`${name} extra fact ${f.text} → ${f.value} ${f.unit} ${f.kind}`);
  // Entities: a gold name found as a mention text (with its type, and by name alone).
  const ms = result.mentions.filter((m) => m.doc_id === doc.doc_id);
  const types = new Map(result.entities.map((e) => [e.entity_id, e.type]));
  for (const [n, type] of g.entities ?? []) {
    entGold++;
    const hits = ms.filter((m) => m.text === n);
    if (hits.length > 0) entFoundName++;
    if (hits.some((m) => types.get(m.entity_id) === type)) entFound++;
    else misses.push(`${name} entity ${n}/${type}${hits.length ? ` (found as ${types.get(hits[0]!.entity_id)})` : ""}`);
  }
  // Events: a gold happening found as an event on that month-day with one of its actions.
  const evs = result.events.filter((e) => e.doc_id === doc.doc_id);
  for (const [md, actions] of g.events ?? []) {
    evGold++;
    const [m, d] = md.split("-").map(Number);
    const ok = evs.some((e) => actions.includes(e.action) && (e.date === null ? e.text.includes(`${m}月${d}日`) : e.date.endsWith(md)));
    if (ok) evFound++;
    else misses.push(`${name} event ${md} ${actions.join("/")}: got ${evs.map((e) => `${e.date} ${e.action}`).join("; ") || "none"}`);
  }
}
const pct = (a: number, b: number) => `${a}/${b} = ${b ? (a / b).toFixed(3) : "n/a"}`;
console.log(`facts recall (value+unit):        ${pct(tally.found, tally.gold)}`);
console.log(`facts value+unit precision:        ${pct(tally.right, tally.extracted)}`);
console.log(`entities recall (name and type):   ${pct(entFound, entGold)}`);
console.log(`entities recall (name only):       ${pct(entFoundName, entGold)}`);
console.log(`events recall (day and action):    ${pct(evFound, evGold)}`);
console.log(misses.map((m) => `  ${m}`).join("\n"));
