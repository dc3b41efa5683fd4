import { describe, expect, it } from "vitest";
import { afterPark, placeNameAt } from "../../data/entities/placeStart.ts";

// Names from the reports cited in test/entities/rules/park.test.ts and place.test.ts.

describe("placeNameAt", () => {
  it.each([
    ["长沙数据标注基地", 2, false],
    ["汉中航空关键零部件基地", 2, false],
    ["洋县园区", 2, false],
    ["产业化基地", 0, false],
  ] as const)("%s starts with a division of %i characters (weak: %s)", (text, length, weak) => {
    const found = placeNameAt(text);
    expect(found.length).toBe(length);
    if (length > 0) expect(found.weak).toBe(weak);
  });

  it("reads from the given position", () => {
    expect(placeNameAt("建设长沙数据标注基地", 2).length).toBe(2);
  });
});

describe("afterPark", () => {
  it.each([
    ["蓝田开发区朝阳园区龙港", 0, 9],
    ["新港园区海口湖", 0, 4],
    ["蓝田开发区朝阳", 0, 5],
    ["新区大", 0, 0],
    ["海川", 0, 0],
  ] as const)("%s from %i: the park takes %i characters", (body, at, length) => {
    expect(afterPark(body, at)).toBe(length);
  });
});
