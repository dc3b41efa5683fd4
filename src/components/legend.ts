// Legends for the analyst charts: color swatches (HTML, wraps with the page)
// and a size legend for sqrt-scaled amounts (SVG).
import * as d3 from "npm:d3";
import { formatYuan } from "./format.js";

/** One swatch: a label and its color. */
export interface SwatchItem {
  label: string;
  color: string;
  /** Optional count shown after the label. */
  count?: number;
}

/** Options of `swatches`. */
export interface SwatchOptions {
  title?: string;
  /** Dims every item not in this set (e.g. the active filter). */
  active?: ReadonlySet<string> | null;
}

/** Color swatches as a <div class="chart-legend">; labels are set as text. */
export function swatches(items: readonly SwatchItem[], { title, active = null }: SwatchOptions = {}): HTMLDivElement {
  const root = document.createElement("div");
  root.className = "chart-legend";
  if (title) {
    const heading = document.createElement("span");
    heading.className = "chart-legend-title";
    heading.textContent = title;
    root.append(heading);
  }
  for (const item of items) {
    const entry = document.createElement("span");
    entry.className = "chart-legend-item";
    if (active && !active.has(item.label)) entry.classList.add("chart-legend-inactive");
    entry.dataset.label = item.label;
    const swatch = document.createElement("span");
    swatch.className = "chart-legend-swatch";
    swatch.style.background = item.color;
    const label = document.createElement("span");
    label.textContent = item.count === undefined ? item.label : `${item.label}（${item.count}）`;
    entry.append(swatch, label);
    root.append(entry);
  }
  return root;
}

/** Options of `sizeLegend`. */
export interface SizeLegendOptions {
  /** The chart's radius scale (amount in yuan → radius in px). */
  radius: (value: number) => number;
  /** Amounts to show; defaults to three round values up to the maximum. */
  values?: number[];
  title?: string;
}

/** Three round amounts (powers of ten in yuan) up to `max`. */
export function roundAmounts(max: number): number[] {
  if (!(max > 0)) return [];
  const top = 10 ** Math.floor(Math.log10(max));
  return [top / 100, top / 10, top].filter((v) => v >= 1e4);
}

/** Nested circles explaining a sqrt size scale, labeled in 万元/亿元. */
export function sizeLegend({ radius, values, title = "金额" }: SizeLegendOptions): SVGSVGElement {
  const shown = values ?? [];
  const maxR = Math.max(4, ...shown.map(radius));
  const width = 2 * maxR + 90;
  const height = 2 * maxR + 24;
  const svg = d3
    .create("svg")
    .attr("class", "chart-size-legend")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", 11);
  svg.append("text").attr("x", 0).attr("y", 11).attr("fill", "currentColor").text(title);
  const g = svg.append("g").attr("transform", `translate(${maxR + 1},${height - 1})`);
  const item = g
    .selectAll("g")
    .data([...shown].sort((a, b) => b - a))
    .join("g");
  item
    .append("circle")
    .attr("cy", (v) => -radius(v))
    .attr("r", radius)
    .attr("fill", "none")
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.6);
  item
    .append("line")
    .attr("x1", 0)
    .attr("x2", maxR + 8)
    .attr("y1", (v) => -2 * radius(v))
    .attr("y2", (v) => -2 * radius(v))
    .attr("stroke", "currentColor")
    .attr("stroke-dasharray", "2,2")
    .attr("stroke-opacity", 0.6);
  item
    .append("text")
    .attr("x", maxR + 10)
    .attr("y", (v) => -2 * radius(v) + 4)
    .attr("fill", "currentColor")
    .text((v) => formatYuan(v));
  return svg.node()!;
}
