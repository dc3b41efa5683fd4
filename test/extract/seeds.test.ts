import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainFacts, formatTrace } from "../../data/extract/index.ts";
import { CLASSIFIER } from "../../data/extract/lexicon.ts";
import { describeFact } from "./describe.ts";
import { NO_QUANTITY, SEED_CASES } from "./fixtures/seed-cases.ts";

const SEEDS = new URL("../../seeds/", import.meta.url);
/** A sentence "has a number" when it holds a digit, or a Chinese numeral followed by a classifier. */
const HAS_NUMBER = new RegExp(String.raw`[\d０-９]|[零〇一二两三四五六七八九十百千万亿]+\s*(?:${CLASSIFIER})`);

function crudeSentences(): { file: string; sentence: string }[] {
  const out: { file: string; sentence: string }[] = [];
  for (const file of readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(new URL(file, SEEDS), "utf8");
    for (const s of text.split(/[。！？；\n]/)) if (s.trim()) out.push({ file, sentence: s.trim() });
  }
  return out;
}

describe("extractFacts on every seed sentence with a number", () => {
  it.each(SEED_CASES.map((c) => [c.file, c.sentence.slice(0, 24), c] as const))("%s %s… gives the reviewed facts", (_f, _s, c) => {
    const trace = explainFacts(c.sentence, { year: null });
    expect(trace.facts.map(describeFact), formatTrace(trace)).toEqual(c.facts);
  });

  it.each(NO_QUANTITY.map((c) => [c.file, c.sentence.slice(0, 24), c] as const))("%s %s… gives no fact", (_f, _s, c) => {
    const trace = explainFacts(c.sentence, { year: null });
    expect(trace.facts.map(describeFact), `${c.reason}\n${formatTrace(trace)}`).toEqual([]);
  });
});

describe("seed coverage", () => {
  it("lists every crude seed sentence with a number in SEED_CASES or NO_QUANTITY (with a reason)", () => {
    const listed = new Set([...SEED_CASES, ...NO_QUANTITY].map((c) => `${c.file}\u0000${c.sentence}`));
    const missing = crudeSentences()
      .filter((s) => HAS_NUMBER.test(s.sentence))
      .filter((s) => !listed.has(`${s.file}\u0000${s.sentence}`));
    expect(missing).toEqual([]);
    for (const c of NO_QUANTITY) expect(c.reason.length, c.sentence).toBeGreaterThan(5);
  });

  it("lists no sentence that is not in the seeds (tables stay in sync with the files)", () => {
    const all = new Set(crudeSentences().map((s) => `${s.file}\u0000${s.sentence}`));
    const stale = [...SEED_CASES, ...NO_QUANTITY].filter((c) => !all.has(`${c.file}\u0000${c.sentence}`)).map((c) => c.sentence);
    expect(stale).toEqual([]);
  });
});
