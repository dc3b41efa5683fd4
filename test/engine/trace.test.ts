import { describe, expect, it } from "vitest";
import { formatTrace } from "../../data/engine/trace.ts";

describe("formatTrace(title, steps)", () => {
  it("prints one line per step under the title", () => {
    const text = formatTrace("sentence: 增长4.7%", [
      { stage: "match", rule: "percent", start: 2, end: 6, text: "4.7%", accepted: true },
      { stage: "refine", refiner: "overlap", removed: ["count:4@2"], added: [] },
      { stage: "note", text: "attrib  4.7% kind=growth" },
    ]);
    expect(text.split("\n")).toEqual([
      "sentence: 增长4.7%",
      "  match   percent  ok   [2,6) 4.7%",
      "  refine  overlap: -[count:4@2] +[]",
      "  attrib  4.7% kind=growth",
    ]);
  });
});
