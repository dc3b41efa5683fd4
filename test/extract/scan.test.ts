import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTORS } from "../../data/extract/config.ts";
import { runExtractors } from "../../data/extract/engine.ts";
import { PREFIX_QUALIFIER } from "../../data/extract/lexicon.ts";
import { literalWords, QUALIFIER_STARTS, QUANTITY_START, RANK_START, skipToStart } from "../../data/extract/scan.ts";
import type { Extractor } from "../../data/extract/types.ts";
import { matchView } from "../../data/extract/view.ts";

/** The extractors as global patterns scanning every position: what the sticky, skipping ones must equal. */
const GLOBAL: Extractor[] = EXTRACTORS.map(({ skipTo: _skip, pattern, ...rule }) => ({
  ...rule,
  pattern: new RegExp(pattern.source, "g"),
}));

/** Sentences of the seeds and of the held-out reports (bench/holdout/*, sources in their SOURCES.md). */
function sentences(): string[] {
  const root = join(import.meta.dirname, "../..");
  const dirs = ["seeds", "bench/holdout/extract", "bench/holdout/indicators", "bench/holdout/regions"];
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith(".txt"))) {
      out.push(...readFileSync(join(root, dir, f), "utf8").split(/(?<=[。！？；\n])/));
    }
  }
  return out.filter((s) => s.trim() !== "");
}

describe("skipToStart(mask): one start scan per sentence shared by the extractors", () => {
  it("the sticky extractors find exactly what global patterns scanning every position find, on every real sentence", () => {
    let found = 0;
    for (const sentence of sentences()) {
      const context = { sentence, view: matchView(sentence), year: 2023, mode: null };
      const fast = runExtractors(context, EXTRACTORS, false).candidates;
      const slow = runExtractors(context, GLOBAL, false).candidates;
      expect(
        fast.map((c) => `${c.extractor}:${c.text}@${c.start}:${c.value}`),
        sentence,
      ).toEqual(slow.map((c) => `${c.extractor}:${c.text}@${c.start}:${c.value}`));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it.each([
    // 2024年龙岗区政府工作报告; 2023年济宁高新区政府工作报告 (seeds)
    ["地区生产总值增长5.8%", QUANTITY_START, 0, 8],
    ["约占全区的三分之一", QUANTITY_START, 0, 0],
    ["位列全市第2位", RANK_START, 0, 4],
    ["位列全市第2位", RANK_START, 5, 8],
    ["建设现代化产业体系", QUANTITY_START, 0, 10],
  ] as const)("%s (classes %i): first start at or after %i is %i, past the end when none", (text, mask, from, at) => {
    expect(skipToStart(mask)(text, from)).toBe(at);
  });

  it.each([
    // 2024年龙岗区政府工作报告: no start is tried after the last word a match needs.
    ["增长5.8%，提高1.2个百分点", ["百分点"], 0, 2],
    ["增长5.8%，提高1.2个百分点", ["百分点"], 13, 13],
    ["增长5.8%，提高1.2个百分点", ["百分点"], 14, 17],
    ["增长5.8%，同比提高", ["百分点"], 0, 12],
  ] as const)("%s needing %j: first start at or after %i is %i", (text, needs, from, at) => {
    expect(skipToStart(QUANTITY_START, needs)(text, from)).toBe(at);
  });

  it("reads the words of a unit alternation without their lookarounds, and refuses other regex syntax", () => {
    expect(literalWords(["个(?!千分点)", "(?<=[万亿]\\s*)度", "度(?=电)", "人次"])).toEqual(["个", "度", "度", "人次"]);
    expect(() => literalWords(["[万亿]元"])).toThrow(TypeError);
  });

  it("knows the first character of every qualifier word", () => {
    const words = PREFIX_QUALIFIER.replace(/\(\?<!\[[^\]]*\]\)/g, "").split("|");
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) expect(QUALIFIER_STARTS).toContain(w[0]);
  });
});
