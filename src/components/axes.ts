// Axis pieces shared by the D3 charts: a left value axis with its title, and
// x/y axis titles in the chart's corners (Chinese labels, theme colour).
import type * as d3 from "npm:d3";

type Svg = d3.Selection<SVGSVGElement, undefined, null, undefined>;

/** Draws a left value axis at `left` (no domain line) with `label` above it. */
export function valueAxisLeft(
  svg: Svg,
  axis: d3.Axis<d3.NumberValue>,
  { left, top, format, label }: { left: number; top: number; format: (v: number) => string; label: string },
): void {
  svg
    .append("g")
    .attr("transform", `translate(${left},0)`)
    .call(axis.ticks(5).tickFormat((v) => format(Number(v))))
    .call((g) => g.select(".domain").remove())
    .call((g) =>
      g
        .append("text")
        .attr("x", -left + 4)
        .attr("y", top - 12)
        .attr("fill", "currentColor")
        .attr("text-anchor", "start")
        .text(label),
    );
}

/** Writes the x-axis title at the bottom right and, when given, the y-axis title at the top left. */
export function axisTitles(
  svg: Svg,
  { width, height, right, xLabel, yLabel }: { width: number; height: number; right: number; xLabel: string; yLabel?: string },
): void {
  svg
    .append("text")
    .attr("class", "axis-label axis-label-x")
    .attr("x", width - right)
    .attr("y", height - 6)
    .attr("text-anchor", "end")
    .attr("fill", "currentColor")
    .text(xLabel);
  if (yLabel)
    svg.append("text").attr("class", "axis-label axis-label-y").attr("x", 0).attr("y", 14).attr("fill", "currentColor").text(yLabel);
}
