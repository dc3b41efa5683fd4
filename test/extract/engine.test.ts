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
