import { describe, expect, it } from "vitest";
import { runRefiners, runRules } from "../../data/engine/run.ts";
import type { Refiner, Rule, TraceStep } from "../../data/engine/types.ts";

// Sentences: 2023年济宁高新区政府工作报告 (seeds/), 2024年龙岗区政府工作报告 (bench/holdout/extract/SOURCES.md).
type Hit = { start: number; end: number; text: string; rule: string };

const hit =
  (name: string) =>
  (_context: unknown, m: RegExpExecArray): Hit => ({ start: m.index, end: m.index + m[0].length, text: m[0], rule: name });

const YEARS: Rule<unknown, Hit> = { name: "year", pattern: /\d{4}年/g, extract: hit("year") };
const PERCENT: Rule<unknown, Hit> = { name: "percent", pattern: /\d+(?:\.\d+)?%/g, extract: hit("percent") };
const DIGIT_START = (text: string, from: number) => {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return i;
  return text.length + 1;
};
/** The same percentage rule as a sticky pattern tried only where a digit starts. */
const PERCENT_STICKY: Rule<unknown, Hit> = { ...PERCENT, pattern: /\d+(?:\.\d+)?%/y, skipTo: DIGIT_START };

describe("runRules(text, context, rules, options)", () => {
  it.each([
    ["2023年全区地区生产总值增长4.7%，规上工业增加值增长6.2%", [YEARS, PERCENT], ["2023年", "4.7%", "6.2%"]],
    ["全年地区生产总值增长5.8%，2024年目标增长6%左右", [PERCENT, YEARS], ["5.8%", "6%", "2024年"]],
    ["一般公共预算收入增长8.1%", [YEARS], []],
    ["", [YEARS, PERCENT], []],
  ] as const)("%s → matches in rule order, then text order", (text, rules, expected) => {
    expect(runRules(text, null, rules).map((h) => h.text)).toEqual(expected);
  });

  it("a sticky pattern with skipTo finds what the global pattern finds, on real sentences", () => {
    for (const text of ["固定资产投资增长12.5%，社会消费品零售总额增长7.3%", "进出口总额下降3.1%", "无数字的句子。"]) {
      expect(runRules(text, null, [PERCENT_STICKY])).toEqual(runRules(text, null, [PERCENT]));
    }
  });

  it("an extract returning null rejects the match and the trace says so", () => {
    const onlyBig: Rule<unknown, Hit> = {
      name: "big",
      pattern: /\d+(?:\.\d+)?%/g,
      extract: (c, m) => (Number.parseFloat(m[0]) > 5 ? hit("big")(c, m) : null),
    };
    const trace: TraceStep[] = [];
    const found = runRules("地区生产总值增长4.7%，规上工业增加值增长6.2%", null, [onlyBig], { trace });
    expect(found.map((h) => h.text)).toEqual(["6.2%"]);
    expect(trace).toEqual([
      { stage: "match", rule: "big", start: 8, end: 12, text: "4.7%", accepted: false },
      { stage: "match", rule: "big", start: 22, end: 26, text: "6.2%", accepted: true },
    ]);
  });

  it("quotes traceText in the trace (the sentence, when rules match its folded view)", () => {
    const trace: TraceStep[] = [];
    runRules("增长4.7%", null, [PERCENT], { trace, traceText: "增长４.７％" });
    expect(trace[0]).toMatchObject({ text: "４.７％" });
  });

  it("limit 1 stops at the first accepted item: the first rule that fires wins", () => {
    expect(runRules("2023年增长4.7%", null, [PERCENT, YEARS], { limit: 1 }).map((h) => h.text)).toEqual(["4.7%"]);
  });

  it("skipTo past the end skips the rule without running its pattern", () => {
    const never: Rule<unknown, Hit> = { name: "never", pattern: /./g, extract: () => expect.unreachable(), skipTo: (t) => t.length + 1 };
    expect(runRules("签约项目20个", null, [never])).toEqual([]);
  });

  it("leaves every pattern's lastIndex at 0 and survives empty matches", () => {
    const empty: Rule<unknown, Hit> = { name: "empty", pattern: /(?=增长)/g, extract: hit("empty") };
    expect(runRules("增长5%，增长6%", null, [empty, PERCENT]).map((h) => h.start)).toEqual([0, 5, 2, 7]);
    expect(empty.pattern.lastIndex).toBe(0);
    expect(PERCENT.pattern.lastIndex).toBe(0);
  });

  it("throws TypeError for a pattern that is neither global nor sticky with skipTo", () => {
    expect(() => runRules("1", null, [{ name: "bad", pattern: /\d/, extract: () => null }])).toThrow(TypeError);
    expect(() => runRules("1", null, [{ name: "bad", pattern: /\d/y, extract: () => null }])).toThrow(/skipTo/);
  });
});

describe("runRefiners(context, items, refiners, trace, label)", () => {
  const dropSmall: Refiner<unknown, Hit> = { name: "dropSmall", reason: "test", refine: (_c, xs) => xs.filter((x) => x.text !== "4.7%") };
  const keep: Refiner<unknown, Hit> = { name: "keep", reason: "test", refine: (_c, xs) => xs };

  it("runs refiners in order and traces only the ones that changed something", () => {
    const items = runRules("增长4.7%，增长6.2%", null, [PERCENT]);
    const trace: TraceStep[] = [];
    const out = runRefiners(null, items, [keep, dropSmall], trace, (h) => `${h.text}@${h.start}`);
    expect(out.map((h) => h.text)).toEqual(["6.2%"]);
    expect(trace).toEqual([{ stage: "refine", refiner: "dropSmall", removed: ["4.7%@2"], added: [] }]);
  });
});
