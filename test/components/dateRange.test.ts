import { describe, expect, it } from "vitest";
import { dayParam, formatDay, parseDay, rangeFromParams, rangeToParams } from "../../src/components/dateRange.ts";
import { parseParams } from "../../src/components/urlState.ts";

describe("parseDay and dayParam", () => {
  it.each([
    ["2017-11-11", "2017-11-11"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-30", undefined],
    ["2017-11", undefined],
    ["2017年11月11日", undefined],
  ])("parseDay(%s) → %s", (raw, iso) => {
    const day = parseDay(raw);
    expect(day && formatDay(day)).toBe(iso);
  });

  it("dayParam in parseParams rejects a bad date with a reason and keeps the default", () => {
    const parsed = parseParams({ from: dayParam(), to: dayParam() }, "?from=2017-13-01&to=2017-12-31");
    expect(parsed.values).toEqual({ from: null, to: "2017-12-31" });
    expect(parsed.rejected).toEqual([{ name: "from", value: "2017-13-01", reason: "应为YYYY-MM-DD 格式的日期" }]);
  });
});

describe("rangeFromParams and rangeToParams", () => {
  it("rangeFromParams makes the end day inclusive (exclusive end the next day)", () => {
    const { range, rejected } = rangeFromParams("2017-09-01", "2017-11-11");
    expect(rejected).toEqual([]);
    expect(range?.map(formatDay)).toEqual(["2017-09-01", "2017-11-12"]);
  });

  it.each([
    ["2017-09-01", null, "from"],
    [null, "2017-09-01", "to"],
    ["2018-01-01", "2017-01-01", "from"],
  ])("rangeFromParams(%s, %s) → no range and a note on %s", (from, to, name) => {
    const { range, rejected } = rangeFromParams(from, to);
    expect(range).toBeNull();
    expect(rejected.map((r) => r.name)).toEqual([name]);
  });

  it("rangeFromParams(null, null) is no range and no note", () => {
    expect(rangeFromParams(null, null)).toEqual({ range: null, rejected: [] });
  });

  it("rangeToParams round-trips through rangeFromParams", () => {
    const { range } = rangeFromParams("2017-09-01", "2017-11-11");
    expect(rangeToParams(range)).toEqual({ from: "2017-09-01", to: "2017-11-11" });
    expect(rangeToParams(null)).toEqual({ from: null, to: null });
  });
});
