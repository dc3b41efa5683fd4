import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Sources: [Xinhua] 750千伏和田—民丰—且末—若羌输变电工程 (新华社 photo news via 东南网, 2024-11-12, 新疆);
// [Chifeng] 赤峰市2025年政府工作报告 (内蒙古, dev set); [Huangshi] 中华网 (2022-07-16, 湖北); [Seeds] the
// seeds' 海川路北跨工程 (its road must stay a road); [Shanghang] 上杭县政府工作报告 (福建); [Issue14] number shapes
// of issue 14.

const FOUND: Found[] = [
  [
    "voltage first [Xinhua]",
    "750千伏和田—民丰—且末—若羌输变电工程是新疆环塔里木盆地750千伏输变电工程中的最后一段。",
    "750千伏和田—民丰—且末—若羌输变电工程",
    "project",
  ],
  [
    "voltage after the end points [Chifeng]",
    "东北电网投资最大的单体项目巴林—奈曼—阜新500千伏输变电工程竣工投运",
    "巴林—奈曼—阜新500千伏输变电工程",
    "project",
  ],
  ["a railway by its end points [Issue14]", "加快推进郑州—济南高铁建设", "郑州—济南高铁", "place"],
  ["至 after a city [Shanghang]", "龙岩至龙川铁路项目(上杭段)实现开工", "龙岩至龙川铁路", "place"],
];

const NOT_FOUND: NotFound[] = [
  ["a doubled dash is punctuation [Huangshi]", "央地融合,筑梦未来——黄石新港园区开工项目", "筑梦未来——黄石新港园区开工项目"],
  ["an ordinary 工程 has no end points [Seeds]", "全面启动海川路北跨工程", "海川路北跨工程"],
  ["a range of months [Issue14]", "2023年1-8月份完成投资项目", "1-8月份完成投资项目"],
  ["至 after no place [Issue14]", "延伸至城区的道路工程", "延伸至城区的道路工程"],
  ["至 between years [Issue14]", "2023年至2025年铁路投资", "年至2025年铁路"],
];

describe("routeWorks", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
