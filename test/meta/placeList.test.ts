// Sentences from real reports: 马鞍山慈湖高新区 三季度 review (马鞍山日报), 修水县 signing news 2023, 兰州新区 news
// (bench/holdout/entities5), 大渡口 news (bench/holdout/entities2). Runs of ≥3 places joined by 、 and closed by 等 are examples, not subjects.
import { describe, expect, it } from "vitest";
import { enumeratedPlaces } from "../../data/meta/placeList.ts";
import { inferRegion } from "../../data/meta/region.ts";
import { scanRegions } from "../../data/regions/scan.ts";

const listed = (text: string) => {
  const mentions = scanRegions(text);
  return [...enumeratedPlaces(text, mentions)].map((i) => mentions[i]!.text);
};

describe("enumeratedPlaces", () => {
  it.each([
    ["聚焦招商重点，先后赴深圳、广州、北京、南京、上海等地拜访企业", ["深圳", "广州", "北京", "南京", "上海"]],
    ["拜访了大连、深圳、杭州、温州等地企业30余家", ["大连", "深圳", "杭州", "温州"]],
    // Two places are a pair, not an enumeration.
    ["继续加大在修水、在九江的投资力度", []],
    ["与深圳、广州等地企业对接", []],
    // Not closed by 等: a firm's own bases, a city's offices.
    ["拥有兰州、新疆、青岛三个研发、设计、制造、出口基地", []],
    ["市政府驻北京、上海、广东办事处领导和相关企业负责人在线上参加", []],
  ])("%s → %j", (text, places) => {
    expect(listed(text)).toEqual(places);
  });

  it("is strict with programmers", () => {
    expect(() => enumeratedPlaces(null as unknown as string, [])).toThrow(TypeError);
  });
});

describe("inferRegion with a list of cities visited", () => {
  it("takes the zone a review is about over the cities its envoys visited", () => {
    const text =
      "三季度是慈湖高新区的“项目季”，全区围绕项目投资、招商引资、基础设施建设、创新驱动发展等九大任务，掀起了“大招商、大征迁、大建设、大服务”热潮。" +
      "7月份是“项目季”推进的首月，高新区加大环境优化和基础设施提升工程，当月完成固定资产投资27.4亿元，远超月均数。\n\n" +
      "高新区着力构建现代产业体系，聚焦招商重点，先后赴深圳、广州、北京、南京、上海等地拜访企业和高校院所，拜访了大连、深圳、杭州、温州等地企业30余家；" +
      "新签约工业项目8个。高新区持续推进基础设施建设，完成征迁面积12万平方米，9月份完成固定资产投资30.1亿元。";
    const { region, basis } = inferRegion({ text, title: "" });
    expect(region?.name, basis).toBe("马鞍山慈湖高新技术产业开发区");
  });
});
