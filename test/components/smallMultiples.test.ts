// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/components/format.ts";
import { type MultipleDatum, smallMultiples, subRows } from "../../src/components/smallMultiples.ts";

// 固定资产投资 growth in the seeds: 经开区 7.7% (twice: 全年 and 1-8月), 高新区 one value.
const DATA: MultipleDatum[] = [
  { facet: "经开区", key: "2023年", value: 7.7, id: "f1", detail: ["固定资产投资增长7.7%"] },
  { facet: "经开区", key: "2023年", value: 7.7, label: "7.7%（1-8月）", id: "f2" },
  { facet: "高新区", key: "2024年", value: -3.2, id: "f3" },
];

const dots = (svg: SVGSVGElement) => [...svg.querySelectorAll(".small-multiples-dot")];

describe("smallMultiples", () => {
  it("smallMultiples(data) draws one panel per facet and one dot per value", () => {
    const svg = smallMultiples(DATA, { width: 700, facets: ["经开区", "高新区"], format: formatPercent });
    expect([...svg.querySelectorAll(".small-multiples-title")].map((p) => p.getAttribute("data-facet"))).toEqual(["经开区", "高新区"]);
    expect(dots(svg).map((d) => d.getAttribute("data-id"))).toEqual(["f1", "f2", "f3"]);
  });

  it("smallMultiples puts two values of one cell on separate sub-rows", () => {
    const svg = smallMultiples(DATA, { width: 700, format: formatPercent });
    const [a, b] = dots(svg);
    expect(a.getAttribute("cy")).not.toBe(b.getAttribute("cy"));
    expect(subRows(DATA)).toEqual([0, 1, 0]);
  });

  it("smallMultiples uses one value axis for all panels, with negatives left of zero", () => {
    const svg = smallMultiples(DATA, { width: 700, format: formatPercent });
    const [a, , c] = dots(svg);
    expect(Number(c.getAttribute("cx"))).toBeLessThan(Number(a.getAttribute("cx")));
    expect(svg.textContent).toContain("7.7%（1-8月）");
  });

  it("smallMultiples says so in a panel whose facet has no values", () => {
    const svg = smallMultiples(DATA.slice(0, 2), { width: 700, facets: ["经开区", "高新区"] });
    expect(svg.querySelector('.small-multiples-none[data-facet="高新区"]')?.textContent).toBe("报告中没有该指标的数值");
    expect(svg.querySelectorAll(".small-multiples-none")).toHaveLength(1);
  });

  it("smallMultiples wraps panels into one column on a narrow page", () => {
    const svg = smallMultiples(DATA, { width: 320 });
    // Plot draws each panel in a group translated to its facet cell.
    const at = (facet: string) =>
      svg.querySelector(`.small-multiples-title[data-facet="${facet}"]`)!.parentElement!.getAttribute("transform");
    const [x0, y0] = /translate\(([\d.]+),([\d.]+)\)/
      .exec(at("经开区") ?? "")!
      .slice(1)
      .map(Number);
    const [x1, y1] = /translate\(([\d.]+),([\d.]+)\)/
      .exec(at("高新区") ?? "")!
      .slice(1)
      .map(Number);
    expect(x1).toBe(x0);
    expect(y1).toBeGreaterThan(y0);
    const wide = smallMultiples(DATA, { width: 700 });
    expect(wide.querySelectorAll('[aria-label="x-axis tick label"]').length).toBeGreaterThan(0);
  });

  it("smallMultiples links each value and puts its source sentence in the tooltip as text", () => {
    const svg = smallMultiples(DATA, { width: 700, href: (d) => `/reports/x#f-${d.id}` });
    const first = dots(svg)[0].parentElement!;
    expect(first.getAttribute("href")).toBe("/reports/x#f-f1");
    expect(first.querySelector("title")?.textContent).toContain("固定资产投资增长7.7%");
  });

  it("smallMultiples([]) shows the empty state", () => {
    expect(smallMultiples([], { width: 500 }).classList.contains("chart-empty")).toBe(true);
  });
});

describe("smallMultiples margins", () => {
  it("smallMultiples leaves room for the longest value label inside the panel", () => {
    const long = [{ facet: "高新区", key: "2020年", value: 100, label: "100家（目标）" }];
    const svg = smallMultiples(long, { width: 600 });
    const cx = Number(svg.querySelector(".small-multiples-dot")?.getAttribute("cx"));
    // 8 px gap + the label "100家（目标）" (3 digits at 0.6em, 5 full-width characters at 1em, 11 px font) must fit.
    expect(cx + 8 + (3 * 0.6 + 5) * 11).toBeLessThanOrEqual(600);
  });
});
