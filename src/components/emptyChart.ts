// The empty state every chart shows when a filter leaves no rows: same size as
// the chart would be, so the layout does not jump, with a sentence saying why.
import * as d3 from "npm:d3";

/** Message shown when no rows are left. */
export const EMPTY_MESSAGE = "没有符合当前筛选条件的数据";

/** An <svg class="chart-empty"> of the given size with `message` centered. */
export function emptyChart(width: number, height: number, message = EMPTY_MESSAGE): SVGSVGElement {
  if (!(width > 0) || !(height > 0)) throw new TypeError(`emptyChart: width and height must be positive, got ${width}×${height}`);
  const svg = d3
    .create("svg")
    .attr("class", "chart chart-empty")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("role", "img")
    .attr("aria-label", message);
  svg
    .append("rect")
    .attr("x", 0.5)
    .attr("y", 0.5)
    .attr("width", width - 1)
    .attr("height", height - 1)
    .attr("fill", "none")
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.2)
    .attr("stroke-dasharray", "4,4");
  svg
    .append("text")
    .attr("x", width / 2)
    .attr("y", height / 2)
    .attr("text-anchor", "middle")
    .attr("dominant-baseline", "middle")
    .attr("fill", "currentColor")
    .attr("fill-opacity", 0.7)
    .text(message);
  return svg.node()!;
}
