import { describe, expect, it } from "vitest";
import { readSource } from "../../data/read/index.ts";
import { expectSource, flat, formatBytes } from "./helpers/fixtures.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("readSource(.md)", () => {
  it("reads YAML front matter into metadata and the body's inline HTML as text (大庆市统计局, 2017)", async () => {
    const s = expectSource(await readSource("opening.md", formatBytes("daqing-opening.md")));
    expect(s).toMatchObject({ format: "md", encoding: "utf-8", rejoin: false });
    expect(s.meta).toEqual({ title: "大庆市经济运行开局良好", published: "2017-06-04", source: "大庆市统计局" });
    const lines = s.raw.split("\n");
    expect(lines[0]).toBe("大庆市经济运行开局良好");
    for (const m of ["---", "tags:", "#", "<", "span", "style="]) expect(s.raw, m).not.toContain(m);
    expect(flat(s)).toContain("一季度全市实现地区生产总值626.9亿元，现价总量比同期增加73.5亿元，同比增长2%");
  });

  it("keeps Markdown headings as their own lines and drops emphasis and link syntax", async () => {
    // Sentences of 国家统计局《2023年国民经济和社会发展统计公报》(2024).
    const md = [
      "# 2023年国民经济和社会发展统计公报",
      "",
      "## 一、综合",
      "",
      "初步核算，全年国内生产总值**1260582亿元**，比上年增长[5.2%](https://example.invalid/gdp)。",
      "",
      "- 第一产业增加值89755亿元，比上年增长4.1%；",
    ].join("\n");
    const s = expectSource(await readSource("a.md", utf8(md)));
    expect(s.raw.split("\n")).toEqual([
      "2023年国民经济和社会发展统计公报",
      "一、综合",
      "初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。",
      "第一产业增加值89755亿元，比上年增长4.1%；",
    ]);
    expect(s.meta.title).toBe("2023年国民经济和社会发展统计公报");
  });

  it("takes author when the front matter names no source, and a date written in Chinese", async () => {
    const md = "---\ntitle: 全年经济运行情况\nauthor: 某市统计局\ndate: 2024年1月25日\n---\n\n正文第一句。";
    expect(expectSource(await readSource("a.md", utf8(md))).meta).toEqual({
      title: "全年经济运行情况",
      published: "2024-01-25",
      source: "某市统计局",
    });
  });

  it("front matter that is not YAML is a read error naming the problem", async () => {
    const r = await readSource("a.md", utf8("---\ntitle: [未闭合\n---\n\n正文。"));
    expect(r).toMatchObject({ ok: false, stage: "read" });
    expect(r && !r.ok && r.message).toMatch(/^YAML front matter cannot be parsed/);
  });
});
