// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { kpiCard, kpiGrid } from "../../src/components/kpi.ts";

describe("kpiCard", () => {
  it("shows label, value and note, and links the value when given an href", () => {
    const card = kpiCard({ label: "经开区 地区生产总值", value: "43.31亿元", note: "上半年", href: "/reports/d#f-1" });
    expect(card.querySelector("h2")?.textContent).toBe("经开区 地区生产总值");
    expect(card.querySelector("a.kpi-value")?.getAttribute("href")).toBe("/reports/d#f-1");
    expect(card.querySelector(".kpi-value")?.textContent).toBe("43.31亿元");
    expect(card.querySelector(".kpi-note")?.textContent).toBe("上半年");
  });
  it("renders values as text", () => {
    expect(kpiCard({ label: "<i>x</i>", value: "<b>1</b>" }).querySelectorAll("i, b")).toHaveLength(0);
  });
});

describe("kpiGrid", () => {
  it("holds one card per item in at most four columns", () => {
    const grid = kpiGrid(Array.from({ length: 6 }, (_, i) => ({ label: `k${i}`, value: String(i) })));
    expect(grid.querySelectorAll(".kpi")).toHaveLength(6);
    expect(grid.className).toContain("grid-cols-4");
  });
});
