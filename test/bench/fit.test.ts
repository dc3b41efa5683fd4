import { describe, expect, it } from "vitest";
import { fitExponent, fitLinear, median, quantile } from "../../bench/fit.ts";

describe("fitLinear", () => {
  it("fitLinear recovers slope and intercept of exact points with R² 1", () => {
    const fit = fitLinear([1, 2, 3, 4], [3, 5, 7, 9]);
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.intercept).toBeCloseTo(1);
    expect(fit.r2).toBeCloseTo(1);
  });

  it("fitLinear rejects fewer than two points and equal x", () => {
    expect(() => fitLinear([1], [1])).toThrow(TypeError);
    expect(() => fitLinear([2, 2], [1, 3])).toThrow(TypeError);
  });
});

describe("fitExponent", () => {
  it("fitExponent gives 1 for linear growth and 2 for quadratic growth", () => {
    expect(fitExponent([1, 10, 100], [3, 30, 300]).slope).toBeCloseTo(1);
    expect(fitExponent([1, 10, 100], [1, 100, 10000]).slope).toBeCloseTo(2);
  });

  it("fitExponent rejects non-positive values", () => {
    expect(() => fitExponent([0, 1], [1, 2])).toThrow(TypeError);
  });
});

describe("median and quantile", () => {
  it("median of an even list interpolates; quantile 0.95 of 1..21 is 20", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(
      quantile(
        Array.from({ length: 21 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(20);
  });

  it("quantile of an empty list throws", () => {
    expect(() => quantile([], 0.5)).toThrow(TypeError);
  });
});
