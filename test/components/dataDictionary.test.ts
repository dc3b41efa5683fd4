// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { columnValues, dataDictionary } from "../../src/components/dataDictionary.ts";
import { columnSpec, TABLES } from "../../src/contract/index.ts";

describe("dataDictionary", () => {
  it("lists every table of the contract with every column, its label and doc", () => {
    const node = dataDictionary(TABLES, { facts: { facts: { rows: 1234, href: "/_file/facts.parquet" } } });
    expect([...node.querySelectorAll("section")].map((s) => s.id)).toEqual(TABLES.map((t) => `table-${t.name}`));
    const facts = node.querySelector("#table-facts")!;
    expect(facts.querySelectorAll("tbody tr")).toHaveLength(TABLES.find((t) => t.name === "facts")!.columns.length);
    expect(facts.textContent).toContain("1,234 行");
    expect(facts.querySelector("a")!.getAttribute("href")).toBe("/_file/facts.parquet");
    expect(node.querySelector("#table-documents a")).toBeNull();
  });

  it("describes enums with their labels and nullable columns with what pages show for null", () => {
    expect(columnValues(columnSpec("facts", "kind"))).toMatch(/^文本（VARCHAR）；取值：amount = 金额，count = 数量/);
    expect(columnValues(columnSpec("facts", "metric"))).toBe("文本（VARCHAR）；可为空（页面显示为“未识别”）");
    expect(columnValues(columnSpec("facts", "value"))).toBe("数值（DOUBLE）");
  });

  it("renders declarations as text, never as HTML", () => {
    const evil = { ...TABLES[6], doc: "<img src=x onerror=alert(1)>" };
    const node = dataDictionary([evil]);
    expect(node.querySelector("img")).toBeNull();
    expect(node.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("is strict with programmers", () => {
    expect(() => dataDictionary(null as never)).toThrow(TypeError);
  });
});
