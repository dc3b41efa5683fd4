// The timeline's context strip: every event as a tick on the full time domain,
// with the brush that picks the range the lanes above zoom to.
import * as d3 from "npm:d3";
import { actionColor } from "./palette.js";
import type { Period } from "./period.js";
import { zhTimeTick } from "./timeAxis.js";

/** Height of the strip in px. */
export const CONTEXT_HEIGHT = 36;

/** A date range [start, end). */
export type DateRange = [Date, Date];

/** What the strip draws and where. */
export interface ContextOptions {
  width: number;
  /** Left and right margins of the plot area in px. */
  left: number;
  right: number;
  domain: DateRange;
  range: DateRange | null;
  /** Top of the strip in px. */
  top: number;
  /** Called when the user ends a brush gesture (null when cleared). */
  onBrush?: (range: DateRange | null) => void;
}

/** The context strip: every event as a tick on the full domain, with the brush. */
export function drawContext(
  svg: d3.Selection<SVGSVGElement, undefined, null, undefined>,
  dated: { d: { action: string }; period: Period }[],
  { width, left, right, domain, range, top, onBrush }: ContextOptions,
): void {
  const x = d3
    .scaleUtc()
    .domain(domain)
    .range([left, width - right]);
  const g = svg.append("g").attr("class", "timeline-context").attr("transform", `translate(0,${top})`);
  g.append("text")
    .attr("x", left - 8)
    .attr("y", CONTEXT_HEIGHT / 2)
    .attr("text-anchor", "end")
    .attr("dominant-baseline", "middle")
    .attr("fill", "currentColor")
    .attr("fill-opacity", 0.7)
    .text("拖动选择");
  g.append("g")
    .attr("class", "timeline-context-ticks")
    .selectAll("line")
    .data(dated)
    .join("line")
    .attr("x1", (e) => x(e.period.start))
    .attr("x2", (e) => (e.period.point ? x(e.period.start) : x(e.period.end)))
    .attr("y1", (e) => (e.period.point ? 6 : CONTEXT_HEIGHT / 2))
    .attr("y2", (e) => (e.period.point ? CONTEXT_HEIGHT - 6 : CONTEXT_HEIGHT / 2))
    .attr("stroke", (e) => actionColor(e.d.action))
    .attr("stroke-width", (e) => (e.period.point ? 1.5 : 4))
    .attr("stroke-opacity", 0.7);
  g.append("g")
    .attr("transform", `translate(0,${CONTEXT_HEIGHT})`)
    .call(
      d3
        .axisBottom(x)
        // One label per year when there is room (~56 px per "2017年"), else every 2nd, 5th … year.
        .ticks(d3.utcYear.every(yearStep(x)))
        .tickFormat((d) => zhTimeTick(d as Date)),
    );
  const brush = d3
    .brushX<undefined>()
    .extent([
      [left, 0],
      [width - right, CONTEXT_HEIGHT],
    ])
    .on("end", (event: d3.D3BrushEvent<undefined>) => {
      // Programmatic moves (restoring the URL range) have no source event.
      if (!event.sourceEvent || !onBrush) return;
      const selection = event.selection as [number, number] | null;
      onBrush(selection ? [d3.utcDay.round(x.invert(selection[0])), d3.utcDay.round(x.invert(selection[1]))] : null);
    });
  const brushG = g.append("g").attr("class", "timeline-brush").call(brush);
  if (range) brushG.call(brush.move, [x(range[0]), x(range[1])]);
}

/** Years between axis labels so that labels of about 56 px never overlap. */
export function yearStep(x: d3.ScaleTime<number, number>): number {
  const [a, b] = x.domain();
  const years = Math.max(1, b.getUTCFullYear() - a.getUTCFullYear() + 1);
  const [r0, r1] = x.range();
  const perYear = Math.abs(r1 - r0) / years;
  return [1, 2, 5, 10, 20, 50].find((step) => step * perYear >= 56) ?? 100;
}
