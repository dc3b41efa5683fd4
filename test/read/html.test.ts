import { describe, expect, it } from "vitest";
import { readSource } from "../../data/read/index.ts";
import { expectSource, flat, formatBytes } from "./helpers/fixtures.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const MARKUP = [
  "<",
  ">",
  "span",
  "style",
  "font-family",
  "_hmt",
  "document.write",
  "首页",
  "版权所有",
  "分享到",
  "当前位置",
  "页面加载完成",
];

describe("readSource(.html)", () => {
  it("reads a UTF-8 government page (大庆市统计局, 2017): title, date and source from the page, the article only, no markup", async () => {
    const s = expectSource(await readSource("rural.html", formatBytes("daqing-rural-2014.html")));
    expect(s).toMatchObject({ format: "html", encoding: "utf-8", rejoin: false });
    expect(s.meta).toEqual({ title: "我市农村经济在新常态下稳步发展", published: "2017-06-04", source: "大庆市统计局" });
    expect(s.raw.split("\n")[0]).toBe("我市农村经济在新常态下稳步发展");
    for (const m of MARKUP) expect(s.raw, m).not.toContain(m);
    expect(flat(s)).toContain("全市第一产业实现增加值185亿元，同比增长8.5%，增速比上年提高1.5个百分点");
    expect(s.raw).toContain("\n一、粮食产量稳步增长，粮食生产能力持续增强。\n");
    expect(s.lines!.length).toBe(s.raw.split("\n").length);
  });

  it("reads a page declared gb2312 in <meta http-equiv> and encoded so", async () => {
    const s = expectSource(await readSource("h1.htm", formatBytes("daqing-h1-2017-gb2312.htm")));
    expect(s).toMatchObject({ format: "html", encoding: "gb18030" });
    expect(s.meta.title).toBe("上半年全市经济运行情况分析");
    expect(flat(s)).toContain("上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%");
    for (const m of MARKUP) expect(s.raw, m).not.toContain(m);
  });

  it("gives every line its paragraph number in the page", async () => {
    const s = expectSource(await readSource("rural.html", formatBytes("daqing-rural-2014.html")));
    expect(s.lines!.map((l) => l.paragraph)).toEqual(s.lines!.map((_, i) => i + 1));
    expect(s.lines!.every((l) => l.page === null)).toBe(true);
  });

  it("takes the title from <title> without the site name when the page has no better one, and heads the text with it", async () => {
    // 国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》(2024).
    const body = "<p>全年全国居民人均可支配收入39218元，比上年增长6.3%，扣除价格因素，实际增长6.1%。</p>".repeat(8);
    const page = `<html><head><title>2023年国民经济和社会发展统计公报_国家统计局</title></head><body><div>${body}</div></body></html>`;
    const s = expectSource(await readSource("a.html", utf8(page)));
    expect(s.meta.title).toBe("2023年国民经济和社会发展统计公报");
    expect(s.raw.split("\n")[0]).toBe("2023年国民经济和社会发展统计公报");
    expect(s.lines![0]).toEqual({ page: null, paragraph: null });
    expect(s.lines![1]).toEqual({ page: null, paragraph: 1 });
  });

  it.each([
    [
      "a meta refresh",
      '<html><head><meta http-equiv="refresh" content="0;url=/index.html"></head><body>正在跳转……</body></html>',
      /redirect page.*meta refresh/,
    ],
    [
      "a script redirect",
      '<html><head><script>window.location.href="/login";</script></head><body>请稍候</body></html>',
      /redirect page.*script/,
    ],
    [
      "a login form",
      '<html><body><form><input name="u"><input type="password" name="p"><button>登录</button></form></body></html>',
      /login page.*password/,
    ],
  ])("a page that is only %s is a read error that says so", async (_what, page, message) => {
    const r = await readSource("p.html", utf8(page));
    expect(r).toMatchObject({ ok: false, stage: "read" });
    expect(r && !r.ok && r.message).toMatch(message);
  });
});

describe("readSource(.html) of a short page", () => {
  it("drops navigation, footer and share bars even where readability keeps the whole body", async () => {
    const page =
      '<html><head><title>快讯</title></head><body><div class="nav">首页 | 新闻</div><p>全年全国居民人均可支配收入39218元，比上年增长6.3%。</p><div class="share-bar">分享到微信</div><footer>版权所有</footer></body></html>';
    const s = expectSource(await readSource("a.html", new TextEncoder().encode(page)));
    expect(s.raw).toBe("快讯\n全年全国居民人均可支配收入39218元，比上年增长6.3%。");
  });
});
