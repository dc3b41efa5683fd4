import { describe, expect, it } from "vitest";
import { EXTRACTORS, REFINERS } from "../../data/extract/config.ts";
import { runExtractors } from "../../data/extract/engine.ts";
import { matchView } from "../../data/extract/view.ts";

describe("runExtractors(context, extractors)", () => {
  it("runs every extractor and returns candidates sorted by start with a match trace", () => {
    const sentence = "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位";
    const { candidates, steps } = runExtractors({ sentence, view: matchView(sentence), year: null, mode: null }, EXTRACTORS);
    expect(candidates.map((c) => `${c.extractor}:${c.text}`)).toEqual(["amount:43.31亿元", "percent:4.7%", "rank:第2位"]);
    expect(steps.filter((s) => s.stage === "match" && s.accepted).length).toBe(3);
  });

  it("runExtractors(context, extractors, false) finds the same candidates without a trace", () => {
    const sentence = "全年实施重点项目128个，总投资1000亿元，其中3-5万元的补贴覆盖2000余户";
    const context = { sentence, view: matchView(sentence), year: null, mode: null };
    const traced = runExtractors(context, EXTRACTORS);
    const plain = runExtractors(context, EXTRACTORS, false);
    expect(plain.steps).toEqual([]);
    expect(plain.candidates.map((c) => `${c.extractor}:${c.text}@${c.start}`)).toEqual(
      traced.candidates.map((c) => `${c.extractor}:${c.text}@${c.start}`),
    );
    expect(traced.candidates.length).toBeGreaterThan(2);
  });

  it("runExtractors leaves each pattern's lastIndex at 0, so a second run finds the same", () => {
    const sentence = "增长4.7%，全市第2位";
    const context = { sentence, view: matchView(sentence), year: null, mode: null };
    const first = runExtractors(context, EXTRACTORS, false).candidates.length;
    for (const e of EXTRACTORS) expect(e.pattern.lastIndex).toBe(0);
    expect(runExtractors(context, EXTRACTORS, false).candidates.length).toBe(first);
  });

  it("throws TypeError for an extractor whose pattern is not global", () => {
    const bad = { name: "bad", pattern: /\d/, extract: () => null };
    expect(() => runExtractors({ sentence: "1", view: "1", year: null, mode: null }, [bad])).toThrow(TypeError);
  });
});

describe("config", () => {
  it("declares every refiner with a reason, overlap removal last", () => {
    for (const r of REFINERS) expect(r.reason.length).toBeGreaterThan(20);
    expect(REFINERS[REFINERS.length - 1]!.name).toBe("overlap");
  });
});
