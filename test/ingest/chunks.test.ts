import { describe, expect, it } from "vitest";
import { CHUNK_CAP, chunkSpans } from "../../data/ingest/chunks.ts";

const pieces = (text: string, cap: number) => chunkSpans(text, cap).map(({ start, end }) => text.slice(start, end));

describe("chunkSpans", () => {
  it("leaves a sentence that fits in one piece", () => {
    // 山东省2024年政府工作报告（山东省人民政府，2024）
    const s = "全省生产总值突破9万亿元、增长6%，一般公共预算收入增长4.2%。";
    expect(chunkSpans(s)).toEqual([{ start: 0, end: s.length }]);
    expect(CHUNK_CAP).toBeGreaterThanOrEqual(275); // the seeds' longest sentence
  });

  it.each([
    ["after the last clause break", "规上工业增加值增长7.1%，固定资产投资增长5.2%，社会消费品零售总额增长6.0%", 20],
    ["after other punctuation when there is no clause break", "进出口总额3.3万亿元“一带一路”沿线贸易增长6.5%规上工业增加值增长7.1%", 20],
    ["outside a number in text without punctuation", "地区生产总值增长百分之八企业数量达到一百家项目投资12.5亿元建设加快推进", 14],
  ])("cuts %s, never inside a number, and the pieces add up to the sentence", (_how, text, cap) => {
    const parts = pieces(text, cap);
    expect(parts.join("")).toBe(text);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(cap);
    for (let i = 1; i < parts.length; i++)
      expect(`${parts[i - 1]!.at(-1)}${parts[i]![0]}`).not.toMatch(/^[0-9.百千万亿一二两三四五六七八九十]{2}$/);
  });

  it("cuts at the window's end in a run of digits, never inside a surrogate pair", () => {
    expect(pieces("1".repeat(25), 10)).toEqual(["1".repeat(10), "1".repeat(10), "1".repeat(5)]);
    const parts = pieces("𠀀".repeat(9), 5);
    expect(parts.join("")).toBe("𠀀".repeat(9));
    for (const p of parts) expect(p.length % 2).toBe(0);
  });

  it("is linear: 1.7M characters without punctuation are cut in well under a second", () => {
    const text = "地区生产总值增长百分之八企业数量达到一百家".repeat(85_000);
    const started = performance.now();
    const spans = chunkSpans(text);
    expect(spans.at(-1)!.end).toBe(text.length);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
