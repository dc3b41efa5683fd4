import { describe, expect, it } from "vitest";
import { keepBest, longerFirst } from "../../data/engine/overlap.ts";

type S = { start: number; end: number; id: string };
const span = (text: string, part: string, id = part, from = 0): S => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new TypeError(`${part} not in ${text}`);
  return { start, end: start + part.length, id };
};

// 2023年5月12日 from a seed news report; 24个百分点 from 2024年龙岗区政府工作报告.
const DATE = "2023年5月12日，项目集中签约";
const POINTS = "高于全市24个百分点";

describe("keepBest(items, better)", () => {
  it.each([
    [
      "the longest date reading",
      DATE,
      [span(DATE, "5月12日"), span(DATE, "2023年"), span(DATE, "2023年5月12日"), span(DATE, "12日")],
      ["2023年5月12日"],
    ],
    ["24个百分点 over 24个", POINTS, [span(POINTS, "24个"), span(POINTS, "24个百分点")], ["24个百分点"]],
    ["disjoint spans all kept, in text order", DATE, [span(DATE, "签约"), span(DATE, "2023年")], ["2023年", "签约"]],
  ] as const)("%s", (_what, _text, items, expected) => {
    expect(keepBest(items, longerFirst).map((s) => s.id)).toEqual(expected);
  });

  it("equal spans keep their input order (stable), so the first listed wins", () => {
    const a = { ...span(POINTS, "24个"), id: "count" };
    const b = { ...span(POINTS, "24个"), id: "rank" };
    expect(keepBest([b, a], longerFirst).map((s) => s.id)).toEqual(["rank"]);
  });

  it("empty spans overlap nothing and are kept", () => {
    const empty = { start: 3, end: 3, id: "empty" };
    expect(keepBest([span(DATE, "2023年5月12日"), empty], longerFirst).map((s) => s.id)).toEqual(["2023年5月12日", "empty"]);
  });

  it("matches the pairwise definition on many random spans", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 400; round++) {
      // Short lists take the pairwise path, long ones the coverage tree; some spans are empty.
      const items: S[] = Array.from({ length: round % 2 ? 12 : 60 }, (_, i) => {
        const start = Math.floor(random() * 40);
        return { start, end: start + Math.floor(random() * 8), id: String(i) };
      });
      const kept: S[] = [];
      const overlaps = (s: S, k: S) => s.end > s.start && k.end > k.start && s.start < k.end && k.start < s.end;
      for (const s of [...items].sort(longerFirst)) if (!kept.some((k) => overlaps(s, k))) kept.push(s);
      kept.sort((a, b) => a.start - b.start);
      expect(keepBest(items, longerFirst)).toEqual(kept);
    }
  });
});
