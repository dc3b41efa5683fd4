import { describe, expect, it } from "vitest";
import { packRows } from "../../src/components/packRows.ts";

describe("packRows", () => {
  it.each([
    [
      "disjoint extents share row 0",
      [
        { x0: 0, x1: 10 },
        { x0: 20, x1: 30 },
      ],
      [0, 0],
    ],
    [
      "overlapping extents go to the next row",
      [
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
        { x0: 8, x1: 9 },
      ],
      [0, 1, 2],
    ],
    [
      "a later extent reuses the first free row",
      [
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
        { x0: 13, x1: 20 },
      ],
      [0, 1, 0],
    ],
    [
      "extents closer than the gap do not share a row",
      [
        { x0: 0, x1: 10 },
        { x0: 11, x1: 12 },
      ],
      [0, 1],
    ],
    [
      "input order does not matter for the rows, only x0",
      [
        { x0: 20, x1: 30 },
        { x0: 0, x1: 25 },
      ],
      [1, 0],
    ],
  ])("packRows: %s", (_, extents, rows) => {
    expect(packRows(extents)).toEqual(rows);
  });

  it("packRows rejects an extent with x1 < x0", () => {
    expect(() => packRows([{ x0: 5, x1: 1 }])).toThrow(TypeError);
  });
});
