// Lines over time, one per series, with a dot per observation (each dot can
// link to its source). Used for cumulative investment by action.
import * as d3 from "npm:d3";
import { valueAxisLeft } from "./axes.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { actionColor } from "./palette.js";
import { parseIsoDate } from "./period.js";
import { zhTimeTick } from "./timeAxis.js";
import { addTooltip } from "./tooltip.js";

/** One observation. */
export interface LinePoint {
  /** ISO date or Date (UTC). */
  date: string | Date;
  value: number;
  series: string;
  /** Extra tooltip lines (e.g. the event clause), set as text. */
  detail?: string[];
  /** False for points that only carry a line on (e.g. a running total to today): no dot, no link. */
  dot?: boolean;
}

/** Options of `lineChart`. */
export interface LineChartOptions<P extends LinePoint = LinePoint> {
  width: number;
  height?: number;
  color?: (series: string) => string;
  format?: (value: number) => string;
  /** Formats a point's date for the tooltip. */
  formatDate?: (date: Date, point: P) => string;
  yLabel?: string;
  /** Draw steps (for cumulative totals) instead of straight segments. */
  step?: boolean;
  href?: (point: P) => string;
}

const MARGIN = { top: 28, right: 16, bottom: 28, left: 64 };

/** Line chart: `(data, {width, ...}) → <svg>`; non-finite values are skipped. */
export function lineChart<P extends LinePoint>(data: readonly P[], options: LineChartOptions<P>): SVGSVGElement {
  const { width, height = 280, color = actionColor, format = formatNumber, yLabel = "", step = false, href } = options;
  if (!(width > 0)) throw new TypeError(`lineChart: width must be positive, got ${width}`);
  const points = data.filter((p) => Number.isFinite(p.value)).map((p) => ({ p, date: parseIsoDate(p.date) }));
  if (points.length === 0) return emptyChart(width, height);
  const [d0, d1] = d3.extent(points, (q) => q.date) as [Date, Date];
  const x = d3
    .scaleUtc()
    .domain([d3.utcYear.floor(d0), d3.utcYear.ceil(d1 > d0 ? d1 : d3.utcDay.offset(d1, 1))])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = d3
    .scaleLinear()
    .domain([Math.min(0, d3.min(points, (q) => q.p.value)!), d3.max(points, (q) => q.p.value)!])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const series = d3.group(
    [...points].sort((a, b) => +a.date - +b.date),
    (q) => q.p.series,
  );

  const svg = d3
    .create("svg")
    .attr("class", "chart line-chart")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", 11)
    .attr("role", "img")
    .attr("aria-label", `折线图：${series.size}条线，${points.length}个点`);
  svg
    .append("g")
    .attr("transform", `translate(0,${height - MARGIN.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(Math.max(2, Math.floor(width / 90)))
        .tickFormat((d) => zhTimeTick(d as Date)),
    );
  valueAxisLeft(svg, d3.axisLeft(y), { left: MARGIN.left, top: MARGIN.top, format, label: yLabel });
  const line = d3
    .line<{ date: Date; p: LinePoint }>()
    .x((q) => x(q.date))
    .y((q) => y(q.p.value))
    .curve(step ? d3.curveStepAfter : d3.curveLinear);
  svg
    .append("g")
    .attr("class", "line-chart-lines")
    .attr("fill", "none")
    .attr("stroke-width", 2)
    .selectAll("path")
    .data(series)
    .join("path")
    .attr("data-series", ([name]) => name)
    .attr("stroke", ([name]) => color(name))
    .attr("d", ([, qs]) => line(qs));
  const dots = svg
    .append("g")
    .attr("class", "line-chart-dots")
    .selectAll("a")
    .data(points.filter((q) => q.p.dot !== false))
    .join("a")
    .attr("href", href ? (q) => href(q.p) : null);
  dots
    .append("circle")
    .attr("class", "line-chart-dot")
    .attr("cx", (q) => x(q.date))
    .attr("cy", (q) => y(q.p.value))
    .attr("r", 4)
    .attr("fill", (q) => color(q.p.series))
    .attr("stroke", "var(--theme-background, #fff)")
    .attr("data-date", (q) => q.date.toISOString().slice(0, 10))
    .attr("data-series", (q) => q.p.series);
  const when = options.formatDate ?? ((d: Date) => zhTimeTick(d));
  addTooltip(svg.node()!, dots, (q) => [`${when(q.date, q.p)} · ${q.p.series}`, format(q.p.value), ...(q.p.detail ?? [])]);
  return svg.node()!;
}
