import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "../rules/cases.ts";

// Sources: [Haifeng] 海丰县产业转移工业园中心启动区市政工程动工 (太平洋建设集团新闻, 2014-09-26, 广东);
// [Suqian] 宿迁经开区:全力以赴推动科创园项目建设提速提效 (宿迁经济技术开发区, 2023-11-23, 江苏);
// [Pinghe] 平和:科技产业园区签约16个项目 (闽南日报 excerpt, 福建); [Issue14] a category of projects.

const FOUND: Found[] = [
  [
    "a project without a name of its own names its park [Haifeng]",
    "海丰生态科技城项目是该县加快转型升级、促进经济增长的重要引擎",
    "海丰生态科技城",
    "park",
  ],
  ["a facility project keeps its 项目 [Suqian]", "11月21日，记者在宿迁科技创新产业园项目现场看见", "宿迁科技创新产业园项目", "project"],
  [
    "平和 is not cut at 和 [Pinghe]",
    "现已有厦门平和商会创业园、德健温泉大酒店等一批超10亿元的大项目相继落地建设",
    "厦门平和商会创业园",
    "park",
  ],
];

const NOT_FOUND: NotFound[] = [
  ["a bare park word is no park [Suqian]", "宿迁经开区:全力以赴推动科创园项目建设提速提效", "科创园"],
  ["nor is a category of parks [Issue14]", "全市重点产业园项目加快推进", "全市重点产业园"],
  ["and the dropped project stays dropped [Haifeng]", "海丰生态科技城项目是该县加快转型升级的重要引擎", "海丰生态科技城项目"],
];

describe("anchorProjects", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
