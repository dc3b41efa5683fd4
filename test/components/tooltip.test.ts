// @vitest-environment happy-dom
import * as d3 from "d3";
import { describe, expect, it } from "vitest";
import { addTooltip, textWidth, wrapLines } from "../../src/components/tooltip.ts";

function chart() {
  const svg = d3.create("svg").attr("viewBox", "0 0 400 200").attr("width", 400).attr("height", 200);
  const marks = svg
    .selectAll("circle")
    .data([{ text: "11月11日,总投资达124.7亿元的20个重大项目集中开工" }, { text: "<script>x</script>" }])
    .join("circle")
    .attr("r", 5);
  return { svg: svg.node()!, marks };
}

describe("addTooltip", () => {
  it("addTooltip(svg, marks, lines) gives each mark a <title> with its lines", () => {
    const { svg, marks } = chart();
    addTooltip(svg, marks, (d) => ["开工", d.text]);
    expect([...svg.querySelectorAll("circle > title")].map((t) => t.textContent)).toEqual([
      "开工\n11月11日,总投资达124.7亿元的20个重大项目集中开工",
      "开工\n<script>x</script>",
    ]);
    expect(svg.querySelector("script")).toBeNull();
  });

  it("addTooltip shows the box on pointerenter and hides it on pointerleave", () => {
    const { svg, marks } = chart();
    addTooltip(svg, marks, (d) => [d.text]);
    const tip = svg.querySelector<SVGGElement>("g.chart-tip")!;
    expect(tip.getAttribute("display")).toBe("none");
    const circle = svg.querySelector("circle")!;
    circle.dispatchEvent(new PointerEvent("pointerenter", { clientX: 10, clientY: 10 }));
    expect(tip.getAttribute("display")).toBeNull();
    expect(tip.querySelectorAll("tspan").length).toBe(1);
    expect(tip.textContent).toContain("124.7亿元");
    circle.dispatchEvent(new PointerEvent("pointerleave"));
    expect(tip.getAttribute("display")).toBe("none");
  });

  it("addTooltip throws a TypeError when not given an <svg>", () => {
    const { marks } = chart();
    expect(() => addTooltip(document.createElement("div") as unknown as SVGSVGElement, marks, () => [])).toThrow(TypeError);
  });
});

describe("wrapLines and textWidth", () => {
  it("wrapLines splits long lines by characters and drops empty ones", () => {
    expect(wrapLines(["一二三四五", "", "ab"], 2)).toEqual(["一二", "三四", "五", "ab"]);
  });

  it("textWidth counts CJK characters as full width and Latin as narrower", () => {
    expect(textWidth("开工", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBe(12);
  });
});
