import { describe, expect, it } from "vitest";
import { lineKind } from "../../data/normalize/index.ts";

describe("lineKind", () => {
  it.each([
    ["# 济宁高新区书写高质量发展新答卷", "markdown", 1, "济宁高新区书写高质量发展新答卷"],
    ["## 1. 聚焦“产业提优” 赋能高质量发展", "markdown", 2, "1. 聚焦“产业提优” 赋能高质量发展"],
    ["## (一) “有效投资”之路,坚持稳中求进", "markdown", 2, "(一) “有效投资”之路,坚持稳中求进"],
    ["### ◎重点谋划产业技改项目", "markdown", 3, "重点谋划产业技改项目"],
    ["◆ 围绕主导产业核心产业链 签约落地2个百亿级大项目", "bullet", 3, "围绕主导产业核心产业链 签约落地2个百亿级大项目"],
    ["◆ 济宁高新区:“一件事一次办”便民利企出实招", "bullet", 3, "济宁高新区:“一件事一次办”便民利企出实招"],
    ["（一）坚持稳中求进", "numbered", 2, "（一）坚持稳中求进"],
    ["三、优化营商环境", "numbered", 2, "三、优化营商环境"],
    ["2. 聚焦创新提能", "numbered", 3, "2. 聚焦创新提能"],
    ["产业集聚加速成型 项目建设加快推进", "plain", 1, "产业集聚加速成型 项目建设加快推进"],
    ["“项目建设”真抓实干", "plain", 1, "“项目建设”真抓实干"],
    ["回望2023 济宁高新区高质量发展步履坚实", "plain", 1, "回望2023 济宁高新区高质量发展步履坚实"],
  ])("lineKind(%j) is a %s heading of level %i", (line, marker, level, content) => {
    const kind = lineKind(line);
    expect(kind).toMatchObject({ kind: "heading", marker, level });
    if (kind.kind === "heading") expect(line.slice(kind.contentStart)).toBe(content);
  });

  it.each([
    ["通讯员 王婷", "通讯员 王婷"],
    ["通讯员 王硕 绪言 张勇", "通讯员 王硕 绪言 张勇"],
    ["本报通讯员 姜海珍", "本报通讯员 姜海珍"],
    ["本报记者 张慧", "本报记者 张慧"],
    ["■本报记者 刘菲 曹俐", "本报记者 刘菲 曹俐"],
  ])("lineKind(%j) is a byline", (line, content) => {
    const kind = lineKind(line);
    expect(kind.kind).toBe("byline");
    if (kind.kind === "byline") expect(line.slice(kind.contentStart)).toBe(content);
  });

  it.each([
    "一直以来，济宁经济技术开发区在市委、市政府的坚强领导下，提振“争一流、争第一、争唯一”的胆识魄力。",
    "项目建设释放新动能。",
    "拿出绣花功夫,打好",
    "实施党建指导员制度,组建“区域党建联合体”“商圈党建联盟”等,年内打造3",
    "产业集聚加速成型，双招双引成效显著",
    "记者从市发改委获悉，项目进展顺利。",
    "◆ 全区新增就业10353人。",
  ])("lineKind(%j) is body text", (line) => {
    expect(lineKind(line)).toEqual({ kind: "body" });
  });

  it('lineKind("1.2亿元的项目") is not a numbered heading: 1.2 is a decimal', () => {
    expect(lineKind("1.2亿元的项目")).toMatchObject({ kind: "heading", marker: "plain" });
  });

  it("lineKind(non-string) throws a TypeError", () => {
    expect(() => lineKind(null as unknown as string)).toThrow(TypeError);
  });
});
