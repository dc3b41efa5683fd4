// Scores dated events (strictly: the full date, or null where the text cannot give one) and facts on a held-out
// folder whose gold.json has `dated_events` and `facts` (see ./gold.json _note), and lists every extracted event for
// a precision check by hand. Run: npx tsx bench/holdout/events3/score.ts bench/holdout/<set>
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ingest, listInputFiles } from "../../../data/ingest/index.ts";
import type { EventRow } from "../../../data/types.ts";
import { FactTally, type GoldFact } from "../extract/facts.ts";

/** `words`: what the event's text must contain, for a gold event without a date (which null-dated event it is). */
type GoldEvent = [accepted: string[], actions: string[], note?: string, words?: string];
type Gold = { facts?: GoldFact[]; dated_events?: GoldEvent[] };
const DIR = resolve(process.argv[2] ?? import.meta.dirname);
const gold: Record<string, Gold> = JSON.parse(readFileSync(join(DIR, "gold.json"), "utf8"));
const result = await ingest(await listInputFiles([DIR]), { root: join(import.meta.dirname, "../../..") });

/** YYYY-MM-DD: that day; YYYY-MM: a date in that month; ~MM-DD: a null date whose words carry M月D日; null: a null date. */
function dateFits(e: EventRow, accepted: string): boolean {
  if (accepted === "null") return e.date === null;
  if (accepted.startsWith("~")) {
    const [m, d] = accepted.slice(1).split("-").map(Number);
    return e.date === null && `${e.date_evidence ?? ""}${e.text}`.includes(`${m}月${d}日`);
  }
  if (accepted.length === 7) return e.date?.startsWith(`${accepted}-`) === true && e.precision !== "day";
  return e.date === accepted && e.precision === "day";
}

const tally = new FactTally();
let [evGold, evFound, evAll, evMatched] = [0, 0, 0, 0];
const lines: string[] = [];
for (const doc of result.documents) {
  const name = doc.file.split("/").pop()!;
  const g = gold[name];
  if (!g) continue;
  const facts = result.facts.filter((f) => f.doc_id === doc.doc_id);
  const { missed, extra: pool } = tally.add(facts, g.facts);
  for (const [value, unit, kind] of missed) lines.push(`${name} fact missed: ${value} ${unit}${kind ? ` ${kind}` : ""}`);
  for (const f of pool) lines.push(`${name} fact extra: ${f.text} → ${f.value} ${f.unit} ${f.kind}`);
  // Events: each gold happening consumes one extracted event with an accepted date and action.
  const events = result.events.filter((e) => e.doc_id === doc.doc_id);
  const left = [...events];
  for (const [accepted, actions, note, words] of g.dated_events ?? []) {
    evGold++;
    const i = left.findIndex(
      (e) => actions.includes(e.action) && accepted.some((a) => dateFits(e, a)) && (words === undefined || e.text.includes(words)),
    );
    if (i >= 0) {
      evFound++;
      left.splice(i, 1);
    } else lines.push(`${name} event missed: ${accepted.join("|")} ${actions.join("/")} (${note ?? ""})`);
  }
  evAll += events.length;
  evMatched += events.length - left.length;
  for (const e of left) {
    lines.push(
      `${name} event unmatched (judge by hand): ${e.date} ${e.precision} ${e.action} [${e.date_basis}: ${e.date_evidence}] ${e.text.slice(0, 60)}`,
    );
  }
}
const pct = (a: number, b: number) => `${a}/${b} = ${b ? (a / b).toFixed(3) : "n/a"}`;
console.log(`dated events recall (date and action): ${pct(evFound, evGold)}`);
console.log(`events extracted, matching gold:       ${pct(evMatched, evAll)} (judge the rest by hand)`);
console.log(`facts recall (value+unit):             ${pct(tally.found, tally.gold)}`);
console.log(`facts value+unit precision:            ${pct(tally.right, tally.extracted)}`);
console.log(lines.map((l) => `  ${l}`).join("\n"));
