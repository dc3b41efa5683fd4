// Target lists written as a heading and one target per line, as news summaries of work reports print
// them: 要點速讀 of the 2025 national government work report (a Hong Kong news page, 2025-03-05,
// traditional characters, folded to simplified as the pipeline's match view does).
import { describe, expect, it } from "vitest";
import { targetListOpenings } from "../../data/indicators/sections.ts";
import { toMatchView } from "../../data/normalize/index.ts";

const SUMMARY = toMatchView(
  [
    "2024年工作回顧",
    "國內生產總值達到134.9萬億元,增長5%。",
    "2025年發展主要預期目標",
    "國內生產總值(GDP)增長5%左右。",
    "城鎮調查失業率5.5%左右,城鎮新增就業1200萬人以上。",
    "居民消費價格漲幅2%左右;居民收入增長和經濟增長同步。",
    "國際收支保持基本平衡。",
    "糧食產量1.4萬億斤左右。",
    "2025年部分重點工作",
    "擬發行超長期特別國債1.3萬億元。",
  ].join("\n"),
);

describe("targetListOpenings", () => {
  it("after a 主要预期目标 heading, every following line with a figure is in the list, up to a line without one", () => {
    const lines = targetListOpenings(SUMMARY).map((l) => SUMMARY.slice(l.start, l.end));
    expect(lines).toEqual([
      "国内生产总值(GDP)增长5%左右。",
      "城镇调查失业率5.5%左右,城镇新增就业1200万人以上。",
      "居民消费价格涨幅2%左右;居民收入增长和经济增长同步。",
    ]);
    expect(targetListOpenings(SUMMARY).every((l) => l.cue === "2025年发展主要预期目标")).toBe(true);
  });
});
