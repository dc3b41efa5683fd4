import { describe, expect, it } from "vitest";
import { parseQualifier } from "../../../data/extract/parse/qualifier.ts";

describe("parseQualifier(before, ...after)", () => {
  it.each([
    ["约", [], "approx"],
    ["近", [], "approx"],
    [undefined, ["左右"], "approx"],
    [undefined, ["余"], "more_than"],
    [undefined, ["多"], "more_than"],
    ["超过", [], "more_than"],
    ["过", [], "more_than"],
    ["逾", [], "more_than"],
    ["突破", [], "at_least"],
    [undefined, ["以上"], "at_least"],
    ["不少于", [], "at_least"],
    ["不到", [], "less_than"],
    ["不足", [], "less_than"],
    [undefined, ["以下"], "at_most"],
    ["不超过", [], "at_most"],
    [undefined, [], null],
  ] as const)("maps %s / %j to %s", (before, after, q) => {
    expect(parseQualifier(before, ...after)).toBe(q);
  });

  it("lets the word before the number win over the words after it", () => {
    expect(parseQualifier("超过", "以上")).toBe("more_than");
  });
});
