// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { param, parseParams, rejectedNote, serializeParams, writeParams } from "../../src/components/urlState.ts";

const schema = {
  kind: param.oneOf(["", "amount", "growth", "rank"], ""),
  year: param.integer(null, 1990, 2100),
  q: param.text("", 20),
};

describe("parseParams", () => {
  it.each([
    ["", { kind: "", year: null, q: "" }],
    ["?kind=growth", { kind: "growth", year: null, q: "" }],
    ["kind=rank&year=2023&q=%E5%B0%8F%E6%9D%BE", { kind: "rank", year: 2023, q: "小松" }],
    ["?q=++%E5%B0%8F%E6%9D%BE++", { kind: "", year: null, q: "小松" }],
    ["?year=", { kind: "", year: null, q: "" }],
  ])("parseParams(schema, %j) → %j with nothing rejected", (search, values) => {
    expect(parseParams(schema, search)).toEqual({ values, rejected: [] });
  });

  it.each([
    ["?kind=bogus", "kind", "bogus", /以下之一/],
    ["?year=20x3", "year", "20x3", /整数/],
    ["?year=1800", "year", "1800", /1990 到 2100/],
    [`?q=${"长".repeat(21)}`, "q", "长".repeat(21), /20 个字符/],
    ["?zone=高新区", "zone", "高新区", /未知参数/],
  ])("parseParams(schema, %j) rejects %s=%s and keeps the default", (search, name, value, reason) => {
    const { values, rejected } = parseParams(schema, search);
    expect(values).toEqual({ kind: "", year: null, q: "" });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ name, value });
    expect(rejected[0].reason).toMatch(reason);
  });

  it("uses the first of duplicate parameters and rejects the rest", () => {
    const { values, rejected } = parseParams(schema, "?kind=growth&kind=rank");
    expect(values.kind).toBe("growth");
    expect(rejected).toEqual([{ name: "kind", value: "rank", reason: "重复参数，只用第一个" }]);
  });

  it("keeps valid parameters when others are invalid", () => {
    const { values, rejected } = parseParams(schema, "?kind=growth&year=abc");
    expect(values).toEqual({ kind: "growth", year: null, q: "" });
    expect(rejected.map((r) => r.name)).toEqual(["year"]);
  });
});

describe("param constructors", () => {
  it("param.oneOf throws a TypeError when the default is not a choice", () => {
    expect(() => param.oneOf(["a", "b"], "c" as "a")).toThrow(TypeError);
  });
  it("param.integer throws a TypeError when min > max", () => {
    expect(() => param.integer(null, 5, 1)).toThrow(/min 5 > max 1/);
  });
});

describe("serializeParams", () => {
  it("omits defaults and keeps the schema's order", () => {
    expect(serializeParams(schema, { q: "小松", kind: "growth", year: null })).toBe("?kind=growth&q=%E5%B0%8F%E6%9D%BE");
    expect(serializeParams(schema, { kind: "", year: null, q: "" })).toBe("");
  });

  it("round-trips through parseParams", () => {
    const values = { kind: "rank" as const, year: 2017, q: "a&b=c" };
    expect(parseParams(schema, serializeParams(schema, values)).values).toEqual(values);
  });
});

describe("writeParams", () => {
  it("replaces the query string and keeps path and hash", () => {
    window.history.replaceState(null, "", "/indicators?kind=amount#top");
    writeParams(schema, { kind: "growth", year: 2023, q: "" });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe("/indicators?kind=growth&year=2023#top");
  });
});

describe("site-wide parameters", () => {
  it("parseParams accepts ?present without a note", () => {
    expect(parseParams(schema, "?present=2&kind=growth").rejected).toEqual([]);
  });

  it("writeParams keeps ?present when it rewrites the page's own parameters", () => {
    window.history.replaceState(null, "", "/indicators?present=2&kind=amount");
    writeParams(schema, { kind: "growth", year: null, q: "" });
    expect(window.location.search).toBe("?kind=growth&present=2");
    writeParams(schema, { kind: "", year: null, q: "" });
    expect(window.location.search).toBe("?present=2");
  });
});

describe("rejectedNote", () => {
  it("lists each refused parameter as text", () => {
    const note = rejectedNote([{ name: "kind", value: "<b>x</b>", reason: "应为…" }]);
    expect(note.hidden).toBe(false);
    expect(note.textContent).toContain("kind=<b>x</b>");
    expect(note.querySelector("b")).toBeNull();
  });
  it("is hidden when nothing was refused", () => {
    expect(rejectedNote([]).hidden).toBe(true);
  });
});
