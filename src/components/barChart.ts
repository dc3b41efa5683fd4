// Horizontal bar chart (D3): one bar per datum, optional log scale, Chinese
// axis labels, a <title> tooltip per bar, and click-to-select for cross-filtering.
import * as d3 from "npm:d3";
import { axisTitles } from "./axes.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";

/** One bar. */
export interface BarDatum {
  /** Unique key (e.g. a fact_id). */
  key: string;
  /** Key that selection compares (e.g. the metric, so all its bars are selected together); default `key`. */
  selectKey?: string;
  /** Row label on the left. */
  label: string;
  value: number;
  /** Reader link of the bar's value label. */
  href?: string;
  /** Tooltip text. */
  title?: string;
  /** Group used for color (e.g. region); bars of the same group share a color. */
  group?: string;
}

/** Options of `barChart`. */
export interface BarChartOptions {
  width: number;
  /** Axis label under the x axis, in Chinese. */
  xLabel: string;
  /** Label above the row labels, in Chinese. */
  yLabel?: string;
  /** Log-scaled x (values ≤ 0 are dropped). */
  log?: boolean;
  /** Formats values on the axis and after the bars; default formatNumber. */
  format?: (value: number) => string;
  /** Selection key of the selected bars (drawn emphasized), or null. */
  selected?: string | null;
  /** Called with the clicked bar, or null when the selected bar is clicked again. */
  onSelect?: (datum: BarDatum | null) => void;
  barHeight?: number;
  /** Color order of the groups (so a legend can match); default order of appearance. */
  groups?: readonly string[];
  /** Text of the empty state. */
  empty?: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Shortens a label to `max` code points with an ellipsis. */
export function truncate(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join("")}…`;
}

/** Tick values: on a log scale only powers of ten (thinned to fit), else the scale's own ticks. */
export function tickValues(x: { ticks(count?: number): number[] }, count: number, log: boolean): number[] {
  if (!log) return x.ticks(count);
  const powers = x.ticks().filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  const step = Math.ceil(powers.length / count);
  return powers.length >= 2 ? powers.filter((_, i) => i % step === 0) : x.ticks(count);
}

/** Draws `data` as horizontal bars; an empty state when no bar can be drawn. */
export function barChart(data: readonly BarDatum[], options: BarChartOptions): SVGSVGElement {
  const { width, xLabel, yLabel, log = false, format = formatNumber, selected = null, onSelect, barHeight = 22 } = options;
  const isSelected = (d: BarDatum): boolean => selected != null && (d.selectKey ?? d.key) === selected;
  if (!(width > 0)) throw new TypeError(`barChart: width must be positive, got ${width}`);
  const rows = data.filter((d) => Number.isFinite(d.value) && (!log || d.value > 0));
  if (rows.length === 0) return emptyChart(width, 60, options.empty ?? "当前筛选没有可绘制的数据");
  const labelChars = Math.max(4, Math.min(16, Math.floor((width * 0.35) / 13)));
  const margin = {
    top: yLabel ? 26 : 8,
    right: 70,
    bottom: 42,
    left: Math.min(labelChars, d3.max(rows, (d) => Array.from(d.label).length) ?? 4) * 13 + 12,
  };
  const height = margin.top + rows.length * barHeight + margin.bottom;
  const y = d3
    .scaleBand()
    .domain(rows.map((d) => d.key))
    .range([margin.top, height - margin.bottom])
    .padding(0.2);
  const [lo, hi] = d3.extent(rows, (d) => d.value) as [number, number];
  const x = log
    ? d3
        .scaleLog()
        .domain([lo / 2, hi])
        .nice()
        .range([margin.left, width - margin.right])
    : d3
        .scaleLinear()
        .domain([Math.min(0, lo), Math.max(0, hi)])
        .nice()
        .range([margin.left, width - margin.right]);
  const base = log ? x.range()[0] : x(0);
  const groups = options.groups ?? [...new Set(rows.map((d) => d.group ?? ""))];
  const color = d3.scaleOrdinal<string, string>(groups, d3.schemeTableau10);

  const svg = d3
    .create("svg")
    .attr("class", "chart bar-chart")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", [0, 0, width, height].join(" "))
    .attr("role", "img")
    .attr("aria-label", `${xLabel}条形图，共 ${rows.length} 条`);

  const ticks = Math.max(2, Math.floor((width - margin.left - margin.right) / 90));
  svg
    .append("g")
    .attr("class", "axis axis-x")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(tickValues(x, ticks, log))
        .tickFormat((v) => format(Number(v))),
    )
    .call((g) => g.selectAll(".tick text").attr("fill", "currentColor"));
  axisTitles(svg, { width, height, right: margin.right, xLabel, yLabel });

  const bar = svg
    .append("g")
    .attr("class", "bars")
    .selectAll("g")
    .data(rows)
    .join("g")
    .attr("class", (d) => `bar${isSelected(d) ? " selected" : ""}`)
    .attr("data-key", (d) => d.key)
    .attr("transform", (d) => `translate(0,${y(d.key)})`);
  bar
    .append("text")
    .attr("class", "bar-label")
    .attr("x", margin.left - 6)
    .attr("y", y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .attr("fill", "currentColor")
    .text((d) => truncate(d.label, labelChars));
  bar
    .append("rect")
    .attr("class", "bar-mark")
    .attr("x", (d) => Math.min(base, x(d.value)))
    .attr("width", (d) => Math.max(1, Math.abs(x(d.value) - base)))
    .attr("height", y.bandwidth())
    .attr("fill", (d) => color(d.group ?? ""))
    .attr("opacity", (d) => (selected == null || isSelected(d) ? 1 : 0.35))
    .style("cursor", () => (onSelect ? "pointer" : null))
    .on("click", (_event, d) => onSelect?.(isSelected(d) ? null : d))
    .append("title")
    .text((d) => d.title ?? `${d.label}：${format(d.value)}`);
  // The value after the bar links to the exact place in the reader.
  const value = bar.append((d) => document.createElementNS(SVG_NS, d.href ? "a" : "g"));
  value.filter((d) => d.href != null).attr("href", (d) => d.href!);
  value
    .append("text")
    .attr("class", "bar-value")
    .attr("x", (d) => Math.max(base, x(d.value)) + 4)
    .attr("y", y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("fill", "currentColor")
    .text((d) => format(d.value));
  return svg.node()!;
}
