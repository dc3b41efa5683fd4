import { describe, expect, it } from "vitest";
import { wholeMatch } from "../../../data/entities/rules/wholeMatch.ts";

describe("wholeMatch", () => {
  it("covers the match without its look-behind (来源：湖南日报)", () => {
    const match = /(?<=来源：)湖南日报/g.exec("来源：湖南日报 2024-05-06")!;
    expect(wholeMatch(match, "institution", "sourceOutlet", 2)).toEqual({
      start: 3,
      end: 7,
      text: "湖南日报",
      type: "institution",
      canonical: null,
      role: null,
      rule: "sourceOutlet",
      priority: 2,
    });
  });
});
