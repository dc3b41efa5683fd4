import { describe, expect, it } from "vitest";
import { normalizeText } from "../../data/normalize/index.ts";
import { frontMatter, textBlocks } from "../../data/structure/index.ts";
import { seedText } from "../fixtures/seeds.ts";

const front = (text: string) => {
  const { title, subtitle, byline } = frontMatter(text, textBlocks(text));
  return { title, subtitle, byline };
};

describe("frontMatter", () => {
  it.each([
    [
      "000_ffb5c2e5c6763d0c.txt",
      { title: "济宁经开区以“产业立区、制造强区、特色兴区”", subtitle: "产业集聚加速成型，双招双引成效显著", byline: "通讯员 王婷" },
    ],
    [
      "001_dd31bf420b4d610c.txt",
      { title: "济宁高新区书写高质量发展新答卷", subtitle: "强产业 求创新 惠民生", byline: "通讯员 王硕 绪言 张勇" },
    ],
    [
      "002_e70ec2d6cbeccfa8.txt",
      {
        title: "积极打造区域领先的黄河新区和济宁城市复合中心",
        subtitle: "创新招商引资体制机制 拉开“一区十园”建设序幕 打响项目建设攻坚战 济宁高新区加快新旧动能转换步伐",
        byline: "本报通讯员 姜海珍",
      },
    ],
    [
      "003_38f6dc02bb8fa8db.txt",
      {
        title: "济宁高新区开创格局新、体制新、面貌新、风气新的“三次创业”新局面 走好高质量发展的“八条路”",
        subtitle: null,
        byline: "本报记者 张慧",
      },
    ],
    ["004_58c0054395c95171.txt", { title: "回望2023 济宁高新区高质量发展步履坚实", subtitle: null, byline: "本报记者 刘菲 曹俐" }],
  ])("frontMatter(%s) finds title, subtitle and byline", (file, expected) => {
    expect(front(normalizeText(seedText(file)).text)).toEqual(expected);
  });

  it("frontMatter without a byline takes a first heading-shaped line as the title", () => {
    expect(front("产业集聚加速成型 项目建设加快推进\n\n济宁经开区发挥区位优势，加速产业集聚成型。")).toEqual({
      title: "产业集聚加速成型 项目建设加快推进",
      subtitle: null,
      byline: null,
    });
  });

  it.each([
    // 云南自贸试验区昆明片区 start news (2021): a 43-character headline, longer than a heading, with a dateline after it.
    [
      "云南自贸试验区昆明片区建设发展提速 今年首批27个建设项目集中开工 总投资近127亿元\n\n2021-03-18 13:12\n\n本报讯 记者从昆明片区获悉。",
      "云南自贸试验区昆明片区建设发展提速 今年首批27个建设项目集中开工 总投资近127亿元",
    ],
    // 房县 live report of a project start (十堰, 2021): the first line is a clock time, not a title.
    ["9:50\n北京忠和酒业二期（扩能）项目开工\n9:50\n城区老旧片区改造项目开工", ""],
    // A report that is one line long has nothing for a title to name.
    ["全县新签约项目12个", ""],
  ])("frontMatter without a byline: %s → title %j", (text, title) => {
    expect(front(text).title).toBe(title);
  });

  it("frontMatter of text that starts with a sentence has no title", () => {
    expect(front("济宁经开区发挥区位优势，加速产业集聚成型。\n\n通讯员 王婷")).toEqual({
      title: "",
      subtitle: null,
      byline: "通讯员 王婷",
    });
  });

  it("frontMatter relabels only the first byline; a later one is a paragraph", () => {
    const text = "标题\n\n记者 张三\n\n正文。\n\n记者 李四";
    expect(frontMatter(text, textBlocks(text)).blocks.map((b) => b.kind)).toEqual(["title", "byline", "paragraph", "paragraph"]);
  });
});
