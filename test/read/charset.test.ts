import { describe, expect, it } from "vitest";
import { declaredCharset, decodeHtml } from "../../data/read/charset.ts";
import { encodeGbk } from "../fixtures/gbk.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const BODY = "<p>全市第一产业实现增加值185亿元，同比增长8.5%。</p>";

describe("declaredCharset", () => {
  it.each([
    ['<meta charset="gb2312">', "gb2312"],
    ["<META CHARSET=UTF-8>", "utf-8"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', "gbk"],
    ["<meta name=viewport content=width=device-width>", null],
    ["<p>charset=gbk</p>", null],
  ])("declaredCharset(%s) is %s", (head, expected) => {
    expect(declaredCharset(utf8(`<html><head>${head}</head>`))).toBe(expected);
  });
});

describe("decodeHtml", () => {
  it("decodeHtml reads a page declared gb2312 as GB18030", () => {
    const page = `<html><head><meta charset="gb2312"></head><body>${BODY}</body></html>`;
    expect(decodeHtml(encodeGbk(page))).toEqual({ ok: true, text: page, encoding: "gb18030" });
  });

  it("decodeHtml falls back to detection when the declared charset is wrong (GBK bytes declared utf-8)", () => {
    const page = `<html><head><meta charset="utf-8"></head><body>${BODY}</body></html>`;
    expect(decodeHtml(encodeGbk(page))).toEqual({ ok: true, text: page, encoding: "gb18030" });
  });

  it("decodeHtml lets a UTF-8 byte-order mark win over a declared gb2312", () => {
    const page = `<html><head><meta charset="gb2312"></head><body>${BODY}</body></html>`;
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(page)]))).toEqual({ ok: true, text: page, encoding: "utf-8-bom" });
  });

  it("decodeHtml detects an undeclared charset as for text files", () => {
    const page = `<html><body>${BODY}</body></html>`;
    expect(decodeHtml(utf8(page))).toEqual({ ok: true, text: page, encoding: "utf-8" });
  });
});
