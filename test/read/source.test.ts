import { describe, expect, it, vi } from "vitest";
import { readSource, readSourceSync } from "../../data/read/index.ts";

// A format library that throws on some malformed file (simulated: the real ones are tested on real files).
vi.mock("../../data/read/html.ts", () => ({
  readHtml: () => {
    throw new RangeError("Maximum call stack size exceeded");
  },
}));

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("readSource", () => {
  it("turns an exception of a format's reader into a read error of that file only", async () => {
    expect(await readSource("page.html", utf8("<html><body><p>正文</p></body></html>"))).toEqual({
      ok: false,
      stage: "read",
      message: "cannot read this html file: RangeError: Maximum call stack size exceeded",
    });
  });

  it.each([
    ["empty.docx", new Uint8Array(), "empty file (0 bytes)"],
    [
      "表.xlsx",
      utf8("x"),
      "skipped: extension .xlsx is not a report format ingest reads (it reads .txt, .md, .markdown, .docx, .html, .htm, .pdf)",
    ],
  ])("readSourceSync(%s) answers without a format library", (name, bytes, message) => {
    expect(readSourceSync(name, bytes)).toEqual({ ok: false, stage: "read", message });
  });

  it("reads plain text as it always did: decoded, no locations, lines to rejoin", () => {
    expect(readSourceSync("a.txt", utf8("标题\n\n正文。"))).toEqual({
      ok: true,
      source: {
        format: "txt",
        encoding: "utf-8",
        raw: "标题\n\n正文。",
        lines: null,
        rejoin: true,
        meta: { title: null, published: null, source: null },
      },
    });
  });
});
