// @vitest-environment happy-dom
import * as d3 from "d3";
import { describe, expect, it } from "vitest";
import { eventPeriod } from "../../src/components/period.ts";
import { CONTEXT_HEIGHT, drawContext, yearStep } from "../../src/components/timelineContext.ts";

const DOMAIN: [Date, Date] = [new Date("2017-01-01T00:00:00Z"), new Date("2025-01-01T00:00:00Z")];
const DATED = [
  { d: { action: "开工" }, period: eventPeriod("2017-11-11", "day")! },
  { d: { action: "投产" }, period: eventPeriod("2023-01-01", "year")! },
];

function strip(range: [Date, Date] | null) {
  const svg = d3.create("svg").attr("viewBox", "0 0 880 100");
  drawContext(svg, DATED, { width: 880, left: 64, right: 16, domain: DOMAIN, range, top: 0 });
  return svg.node()!;
}

describe("drawContext", () => {
  it("drawContext draws a short tick for a day event and a thick bar over a year event", () => {
    const lines = [...strip(null).querySelectorAll(".timeline-context-ticks line")];
    expect(lines).toHaveLength(2);
    const [day, year] = lines;
    expect(day.getAttribute("x1")).toBe(day.getAttribute("x2"));
    expect(Number(day.getAttribute("y2")) - Number(day.getAttribute("y1"))).toBe(CONTEXT_HEIGHT - 12);
    // 2023 spans one eighth of the 800 px plot width.
    expect(Number(year.getAttribute("x2")) - Number(year.getAttribute("x1"))).toBeCloseTo(100, 0);
  });

  it("drawContext places the brush selection over the given range", () => {
    const selection = strip([new Date("2017-01-01T00:00:00Z"), new Date("2018-01-01T00:00:00Z")]).querySelector(
      ".timeline-brush .selection",
    );
    expect(Number(selection?.getAttribute("x"))).toBeCloseTo(64, 0);
    expect(Number(selection?.getAttribute("width"))).toBeCloseTo(100, 0);
  });

  it("drawContext without a range draws no brush selection", () => {
    expect(strip(null).querySelector(".timeline-brush .selection")?.getAttribute("width")).toBeNull();
  });
});

describe("yearStep", () => {
  it("labels every year when there is room and every 2nd/5th year on a phone", () => {
    const domain = [new Date(Date.UTC(2017, 0, 1)), new Date(Date.UTC(2024, 11, 31))];
    expect(yearStep(d3.scaleUtc().domain(domain).range([0, 900]))).toBe(1);
    expect(yearStep(d3.scaleUtc().domain(domain).range([0, 300]))).toBe(2);
    expect(yearStep(d3.scaleUtc().domain(domain).range([0, 150]))).toBe(5);
  });
});
