import { describe, expect, it } from "vitest";
import { eventPeriod, isoDay, parseIsoDate } from "../../src/components/period.ts";

describe("eventPeriod", () => {
  it.each([
    // [date, precision, end_date, start, end (exclusive), point]
    ["2017-11-11", "day", null, "2017-11-11", "2017-11-12", true],
    ["2017-11-11", null, null, "2017-11-11", "2017-11-12", true],
    ["2023-05-01", "month", null, "2023-05-01", "2023-06-01", false],
    ["2023-10-01", "quarter", null, "2023-10-01", "2024-01-01", false],
    ["2024-01-01", "half", null, "2024-01-01", "2024-07-01", false],
    ["2020-01-01", "year", null, "2020-01-01", "2021-01-01", false],
    ["2023-01-01", "month", "2023-08-01", "2023-01-01", "2023-09-01", false],
    ["2024-03-05", "day", "2024-03-07", "2024-03-05", "2024-03-08", false],
  ])("eventPeriod(%s, %s, %s) → [%s, %s)", (date, precision, end, start, stop, point) => {
    const p = eventPeriod(date, precision, end);
    expect(p && [isoDay(p.start), isoDay(p.end), p.point]).toEqual([start, stop, point]);
  });

  it("eventPeriod(null) → null (日期不详)", () => {
    expect(eventPeriod(null, null)).toBeNull();
  });

  it("eventPeriod ignores an end date before the start", () => {
    const p = eventPeriod("2023-05-01", "month", "2022-01-01")!;
    expect(isoDay(p.end)).toBe("2023-06-01");
  });

  it("parseIsoDate rejects text that is not an ISO date", () => {
    expect(() => parseIsoDate("2023年5月")).toThrow(TypeError);
    expect(isoDay(parseIsoDate("2017-11-11T08:00:00Z"))).toBe("2017-11-11");
  });
});
