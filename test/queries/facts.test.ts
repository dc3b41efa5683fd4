import { describe, expect, it } from "vitest";
import { type FactFilters, factsWhere, NO_QUALIFIER, UNKNOWN_YEAR } from "../../src/queries/facts.ts";

const none: FactFilters = { region: "", year: "", kind: "", unit: "", qualifier: "", target: "", q: "" };

describe("factsWhere", () => {
  it("is empty without filters", () => {
    expect(factsWhere(none)).toEqual({ where: "", params: [] });
  });
  it("binds every value as a parameter, never in the SQL text", () => {
    const hostile = "'; drop table facts; --";
    const { where, params } = factsWhere({ ...none, region: hostile, q: hostile, kind: hostile, unit: hostile, qualifier: hostile });
    expect(where).not.toContain("drop");
    expect(params).toEqual([hostile, `${hostile}/`, hostile, hostile, hostile, hostile]);
  });
  it("reads a region as itself or below it, a year as a number, and the unknown choices as null", () => {
    expect(factsWhere({ ...none, region: "山东省", year: "2024" })).toEqual({
      where: "where (f.region_path = ? or starts_with(f.region_path, ?)) and d.year = ?",
      params: ["山东省", "山东省/", 2024],
    });
    expect(factsWhere({ ...none, year: UNKNOWN_YEAR, qualifier: NO_QUALIFIER, target: "result" }).where).toBe(
      "where d.year is null and f.qualifier is null and not f.is_target",
    );
  });
  it("matches metric words case-insensitively, trimmed, and ignores blank words", () => {
    expect(factsWhere({ ...none, q: " GDP " }).params).toEqual(["GDP"]);
    expect(factsWhere({ ...none, q: "  " }).where).toBe("");
  });
});
