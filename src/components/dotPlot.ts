// Dot plot (D3) of rates by category: one row per category, one dot per value,
// a zero rule, and a text label next to each dot (e.g. the rank 第2位).
import * as d3 from "npm:d3";
import { axisTitles } from "./axes.js";
import { truncate } from "./barChart.js";
import { emptyChart } from "./emptyChart.js";
import { formatPercent } from "./format.js";
import { placeLabels, textWidth } from "./labelPlacement.js";

/** One dot. */
/** Font size the value labels are measured at (the page's chart text is 12–13 px). */
const LABEL_FONT = 13;

export interface Dot {
  /** Unique key (e.g. a fact_id). */
  key: string;
  /** Key that selection compares (e.g. the metric); default `key`. */
  selectKey?: string;
  /** Row (category) the dot is drawn in, e.g. the metric. */
  category: string;
  value: number;
  /** Text next to the dot, e.g. "第2位", or null. */
  note?: string | null;
  href?: string;
  title?: string;
  group?: string;
}

/** Options of `dotPlot`. */
export interface DotPlotOptions {
  width: number;
  /** Axis label under the x axis, in Chinese. */
  xLabel: string;
  /** Label above the categories, in Chinese. */
  yLabel?: string;
  format?: (value: number) => string;
  selected?: string | null;
  /** Called with the clicked dot, or null when the selected dot is clicked again. */
  onSelect?: (dot: Dot | null) => void;
  rowHeight?: number;
  empty?: string;
}

/** Draws `data` as dots on a linear scale, one row per category; an empty state when there is nothing to draw. */
export function dotPlot(data: readonly Dot[], options: DotPlotOptions): SVGSVGElement {
  const { width, xLabel, yLabel, format = formatPercent, selected = null, onSelect, rowHeight = 28 } = options;
  const isSelected = (d: Dot): boolean => selected != null && (d.selectKey ?? d.key) === selected;
  if (!(width > 0)) throw new TypeError(`dotPlot: width must be positive, got ${width}`);
  const dots = data.filter((d) => Number.isFinite(d.value));
  if (dots.length === 0) return emptyChart(width, 60, options.empty ?? "当前筛选没有可绘制的数据");
  const categories = [...new Set(dots.map((d) => d.category))];
  const labelChars = Math.max(4, Math.min(14, Math.floor((width * 0.3) / 13)));
  const margin = {
    top: yLabel ? 26 : 8,
    right: 56,
    bottom: 42,
    left: Math.min(labelChars, d3.max(categories, (c) => Array.from(c).length) ?? 4) * 13 + 12,
  };
  const height = margin.top + categories.length * rowHeight + margin.bottom;
  const y = d3
    .scalePoint()
    .domain(categories)
    .range([margin.top + rowHeight / 2, height - margin.bottom - rowHeight / 2]);
  const [lo, hi] = d3.extent(dots, (d) => d.value) as [number, number];
  const x = d3
    .scaleLinear()
    .domain([Math.min(0, lo), Math.max(0, hi)])
    .nice()
    .range([margin.left, width - margin.right]);
  const color = d3.scaleOrdinal<string, string>([...new Set(dots.map((d) => d.group ?? ""))], d3.schemeTableau10);

  const svg = d3
    .create("svg")
    .attr("class", "chart dot-plot")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", [0, 0, width, height].join(" "))
    .attr("role", "img")
    .attr("aria-label", `${xLabel}点图，共 ${dots.length} 个点`);
  svg
    .append("g")
    .attr("class", "axis axis-x")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 80)))
        .tickFormat((v) => format(Number(v))),
    );
  axisTitles(svg, { width, height, right: margin.right, xLabel, yLabel });
  svg
    .append("g")
    .attr("class", "rows")
    .selectAll("g")
    .data(categories)
    .join("g")
    .call((g) =>
      g
        .append("line")
        .attr("x1", margin.left)
        .attr("x2", width - margin.right)
        .attr("y1", (c) => y(c)!)
        .attr("y2", (c) => y(c)!)
        .attr("stroke", "currentColor")
        .attr("stroke-opacity", 0.12),
    )
    .append("text")
    .attr("class", "dot-category")
    .attr("x", margin.left - 6)
    .attr("y", (c) => y(c)!)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .attr("fill", "currentColor")
    .text((c) => truncate(c, labelChars));
  svg
    .append("line")
    .attr("class", "zero-rule")
    .attr("x1", x(0))
    .attr("x2", x(0))
    .attr("y1", margin.top)
    .attr("y2", height - margin.bottom)
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.5);
  const dot = svg
    .append("g")
    .attr("class", "dots")
    .selectAll("g")
    .data(dots)
    .join("g")
    .attr("class", (d) => `dot${isSelected(d) ? " selected" : ""}`)
    .attr("data-key", (d) => d.key)
    .attr("transform", (d) => `translate(${x(d.value)},${y(d.category)})`);
  dot
    .append("circle")
    .attr("class", "dot-mark")
    .attr("r", (d) => (isSelected(d) ? 7 : 5))
    .attr("fill", (d) => color(d.group ?? ""))
    .attr("stroke", "var(--theme-background, white)")
    .attr("opacity", (d) => (selected == null || isSelected(d) ? 1 : 0.35))
    .style("cursor", () => (onSelect ? "pointer" : null))
    .on("click", (_event, d) => onSelect?.(isSelected(d) ? null : d))
    .append("title")
    .text((d) => d.title ?? `${d.category}：${format(d.value)}${d.note ? `，${d.note}` : ""}`);
  // Value labels that would overlap one already drawn (close values in one row) are left to the tooltip.
  const labelText = (d: Dot) => `${format(d.value)}${d.note ? ` · ${d.note}` : ""}`;
  const ordered = [...dots.filter(isSelected), ...dots.filter((d) => !isSelected(d))];
  const shown = placeLabels(
    ordered.map((d) => ({
      id: d.key,
      x: x(d.value) + 9,
      y: (y(d.category) ?? 0) - 6,
      width: textWidth(labelText(d), LABEL_FONT),
      height: 12,
    })),
  );
  const label = dot
    .filter((d) => shown.has(d.key))
    .append((d) => document.createElementNS("http://www.w3.org/2000/svg", d.href ? "a" : "g"));
  label.filter((d) => d.href != null).attr("href", (d) => d.href!);
  label.append("text").attr("class", "dot-label").attr("x", 9).attr("dy", "0.35em").attr("fill", "currentColor").text(labelText);
  return svg.node()!;
}
