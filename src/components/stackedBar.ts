// Stacked bars by year and action: one bar per year (every year between the
// first and last, so gaps in time stay visible), one segment per action.
import * as d3 from "npm:d3";
import { valueAxisLeft } from "./axes.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { actionColor, sortActions } from "./palette.js";
import { addTooltip } from "./tooltip.js";

/** One segment: a year, an action and its value (e.g. yuan or a project count). */
export interface StackedDatum {
  year: number;
  action: string;
  value: number;
  /** Number of events behind the value (shown in the tooltip). */
  events?: number;
}

/** Options of `stackedBar`. */
export interface StackedBarOptions {
  width: number;
  height?: number;
  /** Stack order; defaults to the actions in display order. */
  keys?: string[];
  color?: (key: string) => string;
  /** Formats a value for the axis, totals and tooltips. */
  format?: (value: number) => string;
  /** Y axis label, e.g. 总投资（元）. */
  yLabel?: string;
  /** Years on the axis (e.g. 2017 to this year); defaults to first through last year with data. */
  years?: number[];
}

const MARGIN = { top: 28, right: 12, bottom: 28, left: 64 };

/** A stacked segment with its pixel-independent extent. */
interface Segment {
  year: number;
  action: string;
  y0: number;
  y1: number;
  value: number;
  events: number;
}

/** Stacks rows per year in key order (bottom first); years without rows get no segments. */
export function stackSegments(data: readonly StackedDatum[], keys: readonly string[]): Segment[] {
  const cells = d3.rollup(
    data,
    (rows) => ({ value: d3.sum(rows, (r) => r.value), events: d3.sum(rows, (r) => r.events ?? 0) }),
    (d) => d.year,
    (d) => d.action,
  );
  const segments: Segment[] = [];
  for (const year of [...cells.keys()].sort((a, b) => a - b)) {
    let y0 = 0;
    for (const action of keys) {
      const cell = cells.get(year)?.get(action);
      if (!cell || !(cell.value > 0)) continue;
      segments.push({ year, action, y0, y1: y0 + cell.value, value: cell.value, events: cell.events });
      y0 += cell.value;
    }
  }
  return segments;
}

/** Stacked bar chart: `(data, {width, ...}) → <svg>`; rows with non-positive values are not drawn. */
export function stackedBar(data: readonly StackedDatum[], options: StackedBarOptions): SVGSVGElement {
  const { width, height = 300, format = formatNumber, yLabel = "", color = actionColor } = options;
  if (!(width > 0)) throw new TypeError(`stackedBar: width must be positive, got ${width}`);
  const keys = options.keys ?? sortActions(data.map((d) => d.action));
  const segments = stackSegments(data, keys);
  if (segments.length === 0) return emptyChart(width, height);
  const [first, last] = d3.extent(segments, (s) => s.year) as [number, number];
  const years = options.years
    ? [...new Set([...options.years, ...segments.map((s) => s.year)])].sort((a, b) => a - b)
    : d3.range(first, last + 1);
  const x = d3
    .scaleBand<number>()
    .domain(years)
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.2);
  const totals = d3.rollup(
    segments,
    (s) => d3.sum(s, (d) => d.value),
    (s) => s.year,
  );
  const y = d3
    .scaleLinear()
    .domain([0, d3.max(totals.values())!])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);

  const svg = d3
    .create("svg")
    .attr("class", "chart stacked-bar")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", 11)
    .attr("role", "img")
    .attr("aria-label", `按年份和动作堆叠：${segments.length}段`);
  svg
    .append("g")
    .attr("transform", `translate(0,${height - MARGIN.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(years.filter((_, i) => i % Math.ceil((years.length * 48) / width) === 0))
        .tickFormat((yr) => `${yr}年`),
    );
  valueAxisLeft(svg, d3.axisLeft(y), { left: MARGIN.left, top: MARGIN.top, format, label: yLabel });
  const bars = svg
    .append("g")
    .attr("class", "stacked-bar-segments")
    .selectAll("rect")
    .data(segments)
    .join("rect")
    .attr("class", "stacked-bar-segment")
    .attr("x", (s) => x(s.year)!)
    .attr("width", x.bandwidth())
    .attr("y", (s) => y(s.y1))
    .attr("height", (s) => Math.max(0.5, y(s.y0) - y(s.y1)))
    .attr("fill", (s) => color(s.action))
    .attr("data-year", (s) => s.year)
    .attr("data-action", (s) => s.action)
    .attr("data-value", (s) => s.value);
  addTooltip(svg.node()!, bars, (s) => [`${s.year}年 · ${s.action}`, format(s.value), s.events ? `${s.events}个事件` : ""]);
  svg
    .append("g")
    .attr("class", "stacked-bar-totals")
    .selectAll("text")
    .data(totals)
    .join("text")
    .attr("x", ([yr]) => x(yr)! + x.bandwidth() / 2)
    .attr("y", ([, total]) => y(total) - 4)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text(([, total]) => format(total));
  return svg.node()!;
}
