import { describe, expect, it } from "vitest";
import { matchView } from "../../data/extract/view.ts";

describe("matchView(sentence)", () => {
  it("folds full-width digits, ％ and ，to ASCII without changing the length", () => {
    const s = "增长４.７％，全市第２位";
    const v = matchView(s);
    expect(v).toBe("增长4.7%,全市第2位");
    expect(v.length).toBe(s.length);
  });

  it("leaves CJK text and Chinese quotes alone", () => {
    expect(matchView("“1+2”产业")).toBe("“1+2”产业");
  });

  it("throws TypeError on a non-string", () => {
    expect(() => matchView(undefined as unknown as string)).toThrow(TypeError);
  });
});
