import { describe, expect, it } from "vitest";
import { findAmountCny, findProjectCount, parseCny, parseCount } from "../../data/events/amount.ts";

describe("findAmountCny / parseCny", () => {
  it.each([
    ["总投资达124.7亿元的20个重大项目集中开工", 12_470_000_000],
    ["与中科深圳先进院等11家企业重点项目签约,总投资额达197亿元", 19_700_000_000],
    ["总投资金额达到197亿元", 19_700_000_000],
    ["启动总投资7.6亿元的民生实事工程", 760_000_000],
    ["上半年新签约亿元以上产业项目17个,到位资金25.8亿元", null],
    ["设立5000万元的“政银园投”基金", null],
  ] as const)("findAmountCny(%j) → %s", (clause, amount) => {
    expect(findAmountCny(clause)).toBe(amount);
  });

  it("parseCny throws TypeError on an unknown unit or a non-number", () => {
    expect(() => parseCny("1", "千")).toThrow(TypeError);
    expect(() => parseCny("一", "亿")).toThrow(TypeError);
    expect(parseCny("0.5", "万")).toBe(5000);
  });
});

describe("findProjectCount / parseCount", () => {
  it.each([
    ["总投资达124.7亿元的20个重大项目集中开工", 20],
    ["此次纳入全市集中开工的项目共20个", 20],
    ["此次推进会共有14个项目进行签约、开工和投产", 14],
    ["本次签约的13个项目,涵盖工程机械", 13],
    ["上半年新签约亿元以上产业项目17个", 17],
    ["济宁高新区又一个基础设施项目幸福河公园正式开园纳客", null],
    ["与中科深圳先进院等11家企业重点项目签约", null],
  ] as const)("findProjectCount(%j) → %s", (clause, count) => {
    expect(findProjectCount(clause)).toBe(count);
  });

  it.each([
    ["20", 20],
    ["十三", 13],
    ["三", 3],
    ["二十", 20],
    ["", null],
  ] as const)("parseCount(%j) → %s", (text, n) => {
    expect(parseCount(text)).toBe(n);
  });
});
