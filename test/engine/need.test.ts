import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { holdsAny, neededUnits, presenceOf, presentBits, rulesNeed } from "../../data/engine/need.ts";
import { runRules } from "../../data/engine/run.ts";
import type { Rule } from "../../data/engine/types.ts";
import { ENTITY_RULES } from "../../data/entities/rules/index.ts";
import { DATE_RULES } from "../../data/events/dates/rules/index.ts";
import { EXTRACTORS } from "../../data/extract/config.ts";
import { YEAR_RULES } from "../../data/meta/year/rules.ts";

const units = (table: Uint8Array | null) =>
  table === null ? null : [...table].flatMap((v, c) => (v ? [String.fromCharCode(c)] : [])).join("");

describe("neededUnits(pattern)", () => {
  it.each([
    [/((?:19|20)\d{2})年/g, "年"],
    // Each alternative needs its own: the union.
    [/(?:昨日|昨天|前日|前天)(?!的)|(?:今日|今天)(?=上午)/g, "今昨前"],
    // An optional part needs nothing; a look-behind consumes nothing.
    [/(?:((?:19|20)\d{2})年)?(?<![0-9])([0-9]{1,2})月/g, "月"],
    [/[0-9]+(?:万|亿)/g, "万亿"],
    [/第\s*[一二三]/g, "第"],
    [/\d+/g, "0123456789"],
    // What a positive look-around reads is in the text: 记 of 记者 before the reporter's name; not what a negative one excludes.
    [/(?<=记者)[\u4e00-\u9fff]{2,3}/g, "记"],
    [/(?<!记者)[\u4e00-\u9fff]{2,3}(?=报道)/g, "报"],
  ] as const)("%s needs %s", (pattern, expected) => {
    expect(units(neededUnits(pattern))).toBe([...expected].sort().join(""));
  });

  it.each([
    [/(?:项目)?|签约/g, "an alternative that can match nothing"],
    [/[^，]+/g, "a negated class"],
    [/./g, "any character"],
    [/[\u4e00-\u9fff]{2,3}/g, "more units than worth a walk"],
    [/公司/gi, "case ignored"],
  ] as const)("%s: null (%s)", (pattern, _why) => {
    expect(neededUnits(pattern)).toBeNull();
  });
});

describe("rulesNeed(rules) and holdsAny(text, table)", () => {
  const rule = (name: string, pattern: RegExp): Rule<string, string> => ({ name, pattern, extract: (_c, m) => m[0] });
  it("is the union of the rules' units, or null when one rule's cannot be told", () => {
    expect(units(rulesNeed([rule("a", /年/g), rule("b", /月/g)]))).toBe("年月");
    expect(rulesNeed([rule("a", /年/g), rule("b", /./g)])).toBeNull();
  });

  it("lets runRules skip a text without any needed unit, and only such a text", () => {
    const rules = [rule("year", /((?:19|20)\d{2})年/g), rule("month", /([0-9]{1,2})月/g)];
    // Sentences of 2023年济宁高新区政府工作报告 (seeds).
    expect(runRules("全力推进重点项目建设", "", rules)).toEqual([]);
    expect(runRules("2022年，地区生产总值增长5.3%，3月完成", "", rules)).toEqual(["2022年", "3月"]);
    expect(holdsAny("全力推进", rulesNeed(rules)!)).toBe(false);
  });
});

describe("presenceOf(rules) and presentBits(text, presence)", () => {
  const rule = (name: string, pattern: RegExp): Rule<string, string> => ({ name, pattern, extract: (_c, m) => m[0] });
  const rules = [rule("year", /((?:19|20)\d{2})年/g), rule("beforePark", /[^，。]{2,3}(?=园|$)/g), rule("quarter", /第?[一二三四]季度/g)];
  it("gives each rule whose need is known a bit, and a text the bits of the needs it holds", () => {
    const presence = presenceOf(rules)!;
    expect([...presence.bits]).toEqual([1, 0, 2]);
    expect(presentBits("一季度，全区地区生产总值增长5.3%", presence)).toBe(2);
    expect(presentBits("2024年一季度", presence)).toBe(3);
  });

  it("lets runRules skip only the rules whose needs a text lacks", () => {
    // 2023年济宁高新区政府工作报告 (seeds): a quarter and a park, no year.
    expect(runRules("一季度，高新区科技园新签约项目12个", "", rules)).toEqual(["区科技", "12个", "一季度"]);
  });
});

// The claim behind the skip, checked on real report text: every sentence a production rule matches in holds one of the
// units its pattern is said to need (seeds and hold-out reports: work reports, bulletins, zone news).
describe("needed units of the production rules hold on real reports", () => {
  const root = join(import.meta.dirname, "..", "..");
  const files = [
    ...readdirSync(join(root, "seeds")).map((f) => join(root, "seeds", f)),
    ...["facts5", "events7", "entities10"].flatMap((d) =>
      readdirSync(join(root, "bench", "holdout", d))
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(root, "bench", "holdout", d, f)),
    ),
  ];
  const sentences = files.flatMap((f) => readFileSync(f, "utf8").split(/(?<=[。；！？\n])/));
  const rules = [...DATE_RULES, ...EXTRACTORS, ...YEAR_RULES, ...ENTITY_RULES] as readonly Rule<never, unknown>[];
  it.each(rules.map((r) => [r.name, r] as const))("%s", (_name, r) => {
    const table = neededUnits(r.pattern);
    if (table === null) return;
    const global = new RegExp(r.pattern.source, `${r.pattern.flags.replace(/[gy]/g, "")}g`);
    for (const s of sentences) {
      global.lastIndex = 0;
      if (global.test(s)) expect(holdsAny(s, table), `${r.name}: ${s}`).toBe(true);
    }
  });
});
