// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  describeFact,
  entityHref,
  eventAnchor,
  factHref,
  factLink,
  mentionAnchor,
  readerHref,
  sentenceHref,
} from "../../src/components/factLink.ts";

// The 经开区 GDP fact of seeds/000.
const GDP = {
  fact_id: "45a71b88f5ba59cd-s0004-f207",
  doc_id: "45a71b88f5ba59cd",
  text: "43.31亿元",
  value: 4331000000,
  unit: "CNY",
  classifier: null,
  kind: "amount",
  qualifier: null,
  metric: "地区生产总值",
  period: "上半年",
  is_target: false,
};

describe("reader links", () => {
  it("factHref points at the fact's anchor in its report", () => {
    expect(factHref(GDP)).toBe("/reports/45a71b88f5ba59cd#f-45a71b88f5ba59cd-s0004-f207");
  });
  it("sentenceHref, mentionAnchor and eventAnchor use the s-, m- and e- prefixes", () => {
    expect(sentenceHref({ doc_id: "d", sentence_id: "d-s0001" })).toBe("/reports/d#s-d-s0001");
    expect(mentionAnchor("d", 42)).toBe("m-d-42");
    expect(eventAnchor("ev1")).toBe("e-ev1");
  });
  it("entityHref points at the entity page, with an optional query", () => {
    expect(entityHref("e-1a2b")).toBe("/entities/e-1a2b");
    expect(entityHref("e-1a2b", "?x=1")).toBe("/entities/e-1a2b?x=1");
    expect(() => entityHref("")).toThrow(TypeError);
  });
  it("readerHref throws a TypeError without a doc_id", () => {
    expect(() => readerHref("")).toThrow(TypeError);
  });
});

describe("describeFact", () => {
  it("gives normalized value, unit, metric, period, qualifier and target flag", () => {
    expect(describeFact(GDP)).toBe(
      "43.31亿元 → 43.31亿元\n类型：金额　单位：人民币元\n指标：地区生产总值\n时期：上半年\n限定：精确\n实际值（结果）",
    );
    expect(
      describeFact({ ...GDP, text: "约6亿元", value: 6e8, qualifier: "approx", is_target: true, metric: null, period: null }),
    ).toContain("指标：未识别\n时期：未注明\n限定：约\n目标值（计划）");
  });
});

describe("factLink", () => {
  it("is an anchor with the fact's text as text content and its description as title", () => {
    const a = factLink({ ...GDP, text: "<img src=x>" });
    expect(a.getAttribute("href")).toBe(factHref(GDP));
    expect(a.textContent).toBe("<img src=x>");
    expect(a.children).toHaveLength(0);
    expect(a.title).toContain("地区生产总值");
  });
});
