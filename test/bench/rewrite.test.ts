import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../bench/prng.ts";
import { type RewriteContext, renumber, rewrite } from "../../bench/rewrite.ts";

function context(zone: RewriteContext["zone"], year: number): RewriteContext {
  return { random: mulberry32(42), zone, year, companies: new Map([["中北锂电", "泰和锂电"]]) };
}

// Sentences copied from seeds/000 and seeds/004.
const JINGKAI = "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；1-8月份，完成一般公共预算收入2.6亿元";
const DATED = "2023年5月12日,在省市主要领导";

describe("rewrite", () => {
  it("rewrite swaps each written zone form for the same form of the other zone", () => {
    const out = rewrite(
      context("gaoxin", 2023),
      "一直以来，济宁经济技术开发区在市委、市政府的坚强领导下，济宁经开区发挥区位优势，经开区把项目建设放在重要位置",
    );
    expect(out).toContain("济宁高新技术产业开发区");
    expect(out).toContain("济宁高新区发挥");
    expect(out).toContain("高新区把项目");
    expect(out).not.toMatch(/经开区|经济技术开发区/);
  });

  it("rewrite changes amounts but keeps their decimals, and keeps dates, ranges and ordinals", () => {
    const out = rewrite(context("jingkai", 2023), JINGKAI);
    expect(out).toMatch(/地区生产总值\d+\.\d{2}亿元/);
    expect(out).not.toContain("43.31亿元");
    expect(out).toContain("全市第2位");
    expect(out).toContain("1-8月份");
  });

  it("rewrite shifts years so that 2023 becomes the context's year, and keeps month and day", () => {
    expect(rewrite(context("jingkai", 2019), DATED)).toBe("2019年5月12日,在省市主要领导");
  });

  it("rewrite renames seed companies with the document's map", () => {
    expect(rewrite(context("jingkai", 2023), "集中研究解决中北锂电、宏远钢构等项目实际问题")).toContain("泰和锂电");
  });
});

describe("renumber", () => {
  it("renumber keeps the number of decimals and stays positive", () => {
    const random = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const out = renumber(random, "0.05", false);
      expect(out).toMatch(/^\d+\.\d{2}$/);
      expect(Number(out)).toBeGreaterThan(0);
    }
  });

  it("renumber keeps percentages below 100", () => {
    const random = mulberry32(2);
    for (let i = 0; i < 200; i++) expect(Number(renumber(random, "95", true))).toBeLessThanOrEqual(99);
  });
});
