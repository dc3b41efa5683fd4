import { describe, expect, it } from "vitest";
import { formatTrace } from "../../../data/engine/trace.ts";
import type { TraceStep } from "../../../data/engine/types.ts";
import { collectYearEvidence, inferYear } from "../../../data/meta/year/infer.ts";

// Sentences from 2024年龙岗区政府工作报告 and 2025年汉滨区政府工作报告 (bench/holdout/*/SOURCES.md),
// and the seeds' 2023年济宁高新区政府工作报告.
describe("collectYearEvidence(context, source, rules, trace) on the engine", () => {
  it.each([
    ["2024年，全区将继续推进重点项目建设", [2024]],
    ["回顾过去的2023年，我们攻坚克难", [2023]],
    ["2023年地区生产总值增长5.8%，2024年预期目标增长6%左右", [2023, 2024]],
    ["建区30周年之际", []],
  ] as const)("%s → years %j in text order, each words read once", (text, years) => {
    const context = { text, title: "", region: null };
    expect(collectYearEvidence(context, text).map((e) => e.year)).toEqual(years);
  });

  it("an earlier rule's reading of the same words stands (future-looking 2024年…将, not also a bare mention)", () => {
    const text = "2024年，全区将继续推进重点项目建设";
    const trace: TraceStep[] = [];
    const evidence = collectYearEvidence({ text, title: "", region: null }, text, undefined, trace);
    expect(evidence).toHaveLength(1);
    const matched = trace.filter((s) => s.stage === "match" && s.accepted);
    expect(matched.length, formatTrace(text, trace)).toBeGreaterThanOrEqual(1);
  });

  it("inferYear weighs the title above the body", () => {
    expect(inferYear("2022年全区实现地区生产总值增长", "2023年政府工作报告").year).toBe(2023);
  });
});
