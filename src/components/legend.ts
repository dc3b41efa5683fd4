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

/** The three largest round amounts (1, 2 or 5 × 10^k yuan, at least 1万元) not above `max`, ascending. */
export function roundAmounts(max: number): number[] {
  if (!(max >= 1e4)) return [];
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(max)); k >= 4 && out.length < 3; k--) {
    for (const m of [5, 2, 1]) if (m * 10 ** k <= max && out.length < 3) out.push(m * 10 ** k);
  }
  return out.reverse();
}

/** Circles side by side explaining a sqrt size scale, each labeled in 万元/亿元 below. */
export function sizeLegend({ radius, values, title = "金额" }: SizeLegendOptions): SVGSVGElement {
  const shown = [...(values ?? [])].sort((a, b) => a - b);
  const maxR = Math.max(4, ...shown.map(radius));
  const cell = Math.max(2 * maxR + 8, 56);
  const width = Math.max(title.length * 12 + 4, shown.length * cell);
  const height = 16 + 2 * maxR + 18;
  const svg = d3
    .create("svg")
    .attr("class", "chart-size-legend")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", 11);
  svg.append("text").attr("x", 0).attr("y", 11).attr("fill", "currentColor").text(title);
  const item = svg
    .selectAll("g")
    .data(shown)
    .join("g")
    .attr("transform", (_, i) => `translate(${i * cell + cell / 2},${16 + maxR})`);
  item
    .append("circle")
    .attr("r", radius)
    .attr("fill", "currentColor")
    .attr("fill-opacity", 0.15)
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.6);
  item
    .append("text")
    .attr("y", maxR + 14)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text((v) => formatYuan(v));
  return svg.node()!;
}
