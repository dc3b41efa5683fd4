import { describe, expect, it } from "vitest";
import { normalizeText } from "../../data/normalize/index.ts";
import { decodeBytes } from "../../data/read/index.ts";
import { structureDocument } from "../../data/structure/index.ts";
import { SEED_FILES, seedText } from "../fixtures/seeds.ts";

const structureOf = (file: string) => {
  const text = normalizeText(seedText(file)).text;
  return { text, s: structureDocument(text) };
};

describe("structureDocument", () => {
  it.each(SEED_FILES)("structureDocument(%s) gives sentences in order whose text is their span", (file) => {
    const { text, s } = structureOf(file);
    expect(s.sentences.length).toBeGreaterThan(40);
    let last = 0;
    for (const sentence of s.sentences) {
      expect(sentence.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      last = sentence.end;
    }
  });

  it.each([
    ["003_38f6dc02bb8fa8db.txt", "启动百亿技改投资计划,争取企业技改扶持资金2000万元,", "重点谋划产业技改项目"],
    ["003_38f6dc02bb8fa8db.txt", "实施重点产业项目128个,", "(二) “产业升级”之路,新旧动能转换"],
    ["004_58c0054395c95171.txt", "2023年5月12日,在省市主要领导见证下,", "围绕主导产业核心产业链 签约落地2个百亿级大项目"],
    ["001_dd31bf420b4d610c.txt", "投产后,能带动周边就业1000人以上,", "1. 聚焦“产业提优” 赋能高质量发展"],
    ["000_ffb5c2e5c6763d0c.txt", "新增3岁以下婴幼儿托位90个", "城乡建设稳步推进 民生福祉持续改善"],
    ["000_ffb5c2e5c6763d0c.txt", "上半年，实现地区生产总值43.31亿元", null],
    ["002_e70ec2d6cbeccfa8.txt", "济宁玉柴发动机车间一景", "营造优质营商环境"],
  ])("structureDocument(%s): the sentence starting %j is in section %j", (file, start, section) => {
    const { s } = structureOf(file);
    const sentence = s.sentences.find((x) => x.text.startsWith(start));
    expect(sentence?.section).toBe(section);
  });

  it("structureDocument gives a heading its own sentence, labelled with itself, without the marker", () => {
    const { s } = structureOf("003_38f6dc02bb8fa8db.txt");
    expect(s.sentences).toContainEqual(expect.objectContaining({ text: "重点谋划产业技改项目", section: "重点谋划产业技改项目" }));
    expect(s.sentences.some((x) => x.text.startsWith("#") || x.text.startsWith("◎"))).toBe(false);
  });

  it("structureDocument labels title, subtitle and byline sentences with a null section", () => {
    const { s } = structureOf("001_dd31bf420b4d610c.txt");
    expect(s.sentences.slice(0, 3).map((x) => [x.text, x.section])).toEqual([
      ["强产业 求创新 惠民生", null],
      ["济宁高新区书写高质量发展新答卷", null],
      ["通讯员 王硕 绪言 张勇", null],
    ]);
  });

  it("structureDocument finds the sentence counts of the seeds", () => {
    expect(SEED_FILES.map((f) => structureOf(f).s.sentences.length)).toEqual([51, 44, 56, 93, 81]);
  });

  it("structureDocument(normalizeText(decodeBytes(50 MB of reports))) finishes with every sentence on its span", {
    timeout: 300_000,
  }, () => {
    const corpus = SEED_FILES.map(seedText).join("\n\n");
    const copies = Math.ceil(50e6 / Buffer.byteLength(corpus));
    const decoded = decodeBytes(new TextEncoder().encode(Array(copies).fill(corpus).join("\n\n")));
    if (!decoded.ok) throw new Error(decoded.message);
    const text = normalizeText(decoded.text).text;
    const { sentences } = structureDocument(text);
    expect(sentences).toHaveLength(copies * 325);
    for (const s of sentences) if (text.slice(s.start, s.end) !== s.text) throw new Error(`sentence ${JSON.stringify(s)} is off its span`);
  });

  it("structureDocument(non-string) throws a TypeError", () => {
    expect(() => structureDocument(1 as unknown as string)).toThrow(TypeError);
  });
});
