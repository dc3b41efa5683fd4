import { describe, expect, it } from "vitest";
import { formatBytes, formatMs, formatNumber, formatReached, formatRows, table } from "../../bench/format.ts";

describe("format", () => {
  it.each([
    [null, "–"],
    [2.345, "2.3 ms"],
    [64.6, "65 ms"],
    [1240, "1.24 s"],
  ])("formatMs(%s) is %s", (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it.each([
    [812, "812 B"],
    [46_204, "46.2 kB"],
    [8_410_000, "8.41 MB"],
    [1_200_000_000, "1.20 GB"],
    [undefined, "–"],
  ])("formatBytes(%s) is %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("formatNumber groups thousands and fixes decimals", () => {
    expect(formatNumber(1234.567, 1)).toBe("1,234.6");
    expect(formatNumber(Number.NaN)).toBe("–");
  });

  it("formatRows writes 10k, 100k, 1M and leaves other counts as they are", () => {
    expect([10_000, 100_000, 1_000_000, 1234].map(formatRows)).toEqual(["10k", "100k", "1M", "1234"]);
  });

  it("formatReached marks reached, missed and not measured", () => {
    expect([true, false, null].map(formatReached)).toEqual(["✅ reached", "❌ missed", "– not measured"]);
  });

  it("table writes a Markdown table with right-aligned columns and escaped pipes", () => {
    expect(table(["a", "b"], [["x|y", "1"]], ["l", "r"])).toBe("| a | b |\n| --- | ---: |\n| x\\|y | 1 |");
  });
});
