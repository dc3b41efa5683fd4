import { describe, expect, it } from "vitest";
import { diffLines, unifiedDiff } from "./diff.ts";

describe("diffLines", () => {
  it("diffLines of equal lists keeps every line", () => {
    expect(diffLines(["a", "b"], ["a", "b"])).toEqual([
      { op: " ", text: "a" },
      { op: " ", text: "b" },
    ]);
  });

  it("diffLines finds a changed line as a removal then an addition", () => {
    expect(diffLines(["a", "b", "c"], ["a", "x", "c"])).toEqual([
      { op: " ", text: "a" },
      { op: "-", text: "b" },
      { op: "+", text: "x" },
      { op: " ", text: "c" },
    ]);
  });

  it("diffLines handles empty sides", () => {
    expect(diffLines([], ["a"])).toEqual([{ op: "+", text: "a" }]);
    expect(diffLines(["a"], [])).toEqual([{ op: "-", text: "a" }]);
  });

  it("diffLines keeps the longest common subsequence (an inserted fact does not look like a rewrite)", () => {
    const a = ['{"text":"43.31亿元"}', '{"text":"4.7%"}', '{"text":"第2位"}'];
    const b = ['{"text":"43.31亿元"}', '{"text":"2.6亿元"}', '{"text":"4.7%"}', '{"text":"第2位"}'];
    expect(diffLines(a, b).filter((l) => l.op !== " ")).toEqual([{ op: "+", text: '{"text":"2.6亿元"}' }]);
  });
});

describe("unifiedDiff", () => {
  it("unifiedDiff of equal texts is empty", () => {
    expect(unifiedDiff("a\nb", "a\nb")).toBe("");
  });

  it("unifiedDiff prints hunks with headers, line numbers and context", () => {
    const expected = ["1", "2", "3", "4", "5", "6", "7", "8", "9"].join("\n");
    const actual = ["1", "2", "3", "4", "five", "6", "7", "8", "9", "10"].join("\n");
    expect(unifiedDiff(expected, actual, 1)).toBe(
      ["--- expected", "+++ actual", "@@ -4,3 +4,3 @@", " 4", "-5", "+five", " 6", "@@ -9,1 +9,2 @@", " 9", "+10"].join("\n"),
    );
  });

  it("unifiedDiff merges changes whose context overlaps into one hunk", () => {
    const out = unifiedDiff("a\nb\nc\nd", "a\nB\nc\nD", 1);
    expect(out.split("\n").filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,4 +1,4 @@"]);
  });

  it("unifiedDiff rejects a bad context with a TypeError", () => {
    expect(() => unifiedDiff("a", "b", -1)).toThrow(TypeError);
  });
});
