import { describe, expect, it } from "vitest";
import { quoteDepth } from "../../data/structure/index.ts";

describe("quoteDepth", () => {
  it("quoteDepth counts matched pairs strictly between the marks", () => {
    const text = "突出“产业立区、制造强区”。";
    expect([...quoteDepth(text, 0, text.length)]).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
  });

  it("quoteDepth nests brackets inside quotes", () => {
    const text = "“清控智运(济宁)”";
    expect([...quoteDepth(text, 0, text.length)]).toEqual([0, 1, 1, 1, 1, 1, 2, 2, 1, 0, 0]);
  });

  it("quoteDepth ignores an unmatched opener and a stray closer", () => {
    const text = "营造“安全）放心";
    expect([...quoteDepth(text, 0, text.length)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("quoteDepth works on a range", () => {
    const text = "x“a”";
    expect([...quoteDepth(text, 1, 4)]).toEqual([0, 1, 0, 0]);
  });
});
