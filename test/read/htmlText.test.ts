import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type DomNode, domLines } from "../../data/read/htmlText.ts";

const lines = (html: string) => domLines(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNode);

describe("domLines", () => {
  it("joins inline elements: a number and its unit in different spans stay one phrase (大庆市统计局, 2017)", () => {
    const html =
      '<p style="text-indent: 43px"><span style="font-size: 21px">2014</span><span style="font-family: 仿宋_GB2312">年，全市第一产业实现增加值</span><span>185</span><span>亿元，同比增长</span><span>8.5%</span><span>。</span></p>';
    expect(lines(html)).toEqual(["2014年，全市第一产业实现增加值185亿元，同比增长8.5%。"]);
  });

  it("keeps a company name split by a stock-quote link whole", () => {
    expect(lines('<p>签约企业包括<a href="/quote/300001">特锐德</a>科技有限公司等12家企业。</p>')).toEqual([
      "签约企业包括特锐德科技有限公司等12家企业。",
    ]);
  });

  it("makes block elements and <br> into lines, drops scripts, styles and forms", () => {
    const html =
      '<h2>一、经济运行</h2><div>第一行<br>第二行</div><script>var a = "不要";</script><style>p{}</style><form><input value="x">登录</form><ul><li>甲</li><li>乙</li></ul>';
    expect(lines(html)).toEqual(["一、经济运行", "第一行", "第二行", "甲", "乙"]);
  });

  it("writes a table row as one line with cells separated by tabs", () => {
    const html = "<table><tr><th>产业</th><th>增加值（亿元）</th></tr><tr><td>第一产业</td><td> 47.5 </td></tr></table>";
    expect(lines(html)).toEqual(["产业\t增加值（亿元）", "第一产业\t47.5"]);
  });

  it("collapses runs of whitespace from the page source to one space", () => {
    expect(lines("<p>GDP   增长  5.2%</p>")).toEqual(["GDP 增长 5.2%"]);
  });
});

describe("domLines and source line breaks", () => {
  it.each([
    ["<p>实施挂图\n作战、定期调度</p>", "实施挂图作战、定期调度"],
    ["<p>比上年增长\n  5.2%。</p>", "比上年增长5.2%。"],
    ["<p>GDP\ngrowth</p>", "GDP growth"],
    ["<table><tr>\n<td>第一产业</td>\n<td>47.5</td>\n</tr></table>", "第一产业\t47.5"],
  ])("domLines(%j) joins a wrapped line as the .txt path does", (html, line) => {
    expect(lines(html)).toEqual([line]);
  });
});
