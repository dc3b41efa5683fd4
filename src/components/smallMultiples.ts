// Small multiples for comparing one metric across regions: one panel per facet
// (region), the same rows (years/periods) and the same value axis in every
// panel, so a dot further right means more everywhere. Several values for the
// same row sit on sub-rows, each with its own tooltip and link.
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { addTooltip, textWidth } from "./tooltip.js";

/** One value: facet (panel), key (row), the value and where it came from. */
export interface MultipleDatum {
  facet: string;
  key: string;
  value: number;
  /** Value as it should be printed (e.g. 4.7%); defaults to `format(value)`. */
  label?: string;
  /** Extra tooltip lines (the source sentence), set as text. */
  detail?: string[];
  /** Stable id, written to data-id (e.g. the fact id). */
  id?: string;
}

/** Options of `smallMultiples`. */
export interface SmallMultiplesOptions<D extends MultipleDatum = MultipleDatum> {
  width: number;
  /** Panels in display order (panels with no values still show, saying so). */
  facets?: string[];
  /** Rows in display order; defaults to the keys sorted. */
  keys?: string[];
  format?: (value: number) => string;
  color?: (facet: string) => string;
  href?: (d: D) => string;
  /** Narrowest panel in px; fewer columns when the page is narrow. */
  minPanelWidth?: number;
}

const SUB_ROW = 18;
const PANEL = { top: 24, bottom: 24, gap: 16 };

/** Sub-row index of each datum within its (facet, key) cell, in input order. */
export function subRows(data: readonly MultipleDatum[]): number[] {
  const seen = new Map<string, number>();
  return data.map((d) => {
    const cell = `${d.facet}\u0000${d.key}`;
    const n = seen.get(cell) ?? 0;
    seen.set(cell, n + 1);
    return n;
  });
}

/** Panels of dots: `(data, {width, ...}) → <svg>`; non-finite values are skipped. */
export function smallMultiples<D extends MultipleDatum>(data: readonly D[], options: SmallMultiplesOptions<D>): SVGSVGElement {
  const { width, format = formatNumber, color = () => "var(--theme-foreground-focus, steelblue)", href, minPanelWidth = 280 } = options;
  if (!(width > 0)) throw new TypeError(`smallMultiples: width must be positive, got ${width}`);
  const rows = data.filter((d) => Number.isFinite(d.value));
  if (rows.length === 0) return emptyChart(width, 200);
  const facets = options.facets ?? [...new Set(rows.map((d) => d.facet))].sort();
  const keys = options.keys ?? [...new Set(rows.map((d) => d.key))].sort();
  const sub = subRows(rows);
  const depth = new Map<string, number>();
  rows.forEach((d, i) => {
    depth.set(d.key, Math.max(depth.get(d.key) ?? 1, sub[i] + 1));
  });
  // Row offsets are shared by all panels so the same key lines up across them.
  const rowTop = new Map<string, number>();
  let offset = 0;
  for (const key of keys) {
    rowTop.set(key, offset);
    offset += (depth.get(key) ?? 1) * SUB_ROW + 6;
  }
  const columns = Math.max(1, Math.min(facets.length, Math.floor((width + PANEL.gap) / (minPanelWidth + PANEL.gap))));
  const panelWidth = (width - (columns - 1) * PANEL.gap) / columns;
  const panelHeight = PANEL.top + offset + PANEL.bottom;
  const height = Math.ceil(facets.length / columns) * (panelHeight + PANEL.gap) - PANEL.gap;
  // Margins fit the longest row label and value label, but never take more than a third of a panel each.
  const left = Math.min(panelWidth / 3, Math.max(40, ...keys.map((k) => textWidth(k, 11))) + 10);
  const right = Math.min(panelWidth / 3, Math.max(24, ...rows.map((d) => textWidth(d.label ?? format(d.value), 11))) + 12);
  const [lo, hi] = d3.extent(rows, (d) => d.value) as [number, number];
  const x = d3
    .scaleLinear()
    .domain([Math.min(0, lo), Math.max(0, hi)])
    .nice()
    .range([left, panelWidth - right]);

  const svg = d3
    .create("svg")
    .attr("class", "chart small-multiples")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", 11)
    .attr("role", "img")
    .attr("aria-label", `分面对比：${facets.length}个面板，${rows.length}个数值`);
  const panel = svg
    .selectAll("g.small-multiples-panel")
    .data(facets)
    .join("g")
    .attr("class", "small-multiples-panel")
    .attr("data-facet", (f) => f)
    .attr(
      "transform",
      (_, i) => `translate(${(i % columns) * (panelWidth + PANEL.gap)},${Math.floor(i / columns) * (panelHeight + PANEL.gap)})`,
    );
  panel
    .append("text")
    .attr("x", 0)
    .attr("y", 14)
    .attr("font-size", 13)
    .attr("font-weight", "bold")
    .attr("fill", "currentColor")
    .text((f) => f);
  panel.each(function (facet) {
    const g = d3.select(this);
    g.append("g")
      .attr("transform", `translate(0,${panelHeight - PANEL.bottom})`)
      .call(
        d3
          .axisBottom(x)
          .ticks(Math.max(2, Math.floor(panelWidth / 80)))
          .tickFormat((v) => format(Number(v))),
      );
    g.append("line")
      .attr("x1", x(0))
      .attr("x2", x(0))
      .attr("y1", PANEL.top)
      .attr("y2", panelHeight - PANEL.bottom)
      .attr("stroke", "currentColor")
      .attr("stroke-opacity", 0.3);
    g.append("g")
      .selectAll("text")
      .data(keys)
      .join("text")
      .attr("x", left - 8)
      .attr("y", (k) => PANEL.top + rowTop.get(k)! + SUB_ROW / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("fill", "currentColor")
      .text((k) => k);
    if (!rows.some((d) => d.facet === facet)) {
      g.append("text")
        .attr("class", "small-multiples-none")
        .attr("x", (left + panelWidth - right) / 2)
        .attr("y", PANEL.top + offset / 2)
        .attr("text-anchor", "middle")
        .attr("fill", "currentColor")
        .attr("fill-opacity", 0.6)
        .text("报告中没有该指标的数值");
    }
  });
  const cy = (d: MultipleDatum, i: number) => PANEL.top + rowTop.get(d.key)! + sub[i] * SUB_ROW + SUB_ROW / 2;
  const placed = rows.map((d, i) => ({ d, i })).filter(({ d }) => facets.includes(d.facet) && rowTop.has(d.key));
  const mark = panel
    .append("g")
    .selectAll("a")
    .data((f) => placed.filter(({ d }) => d.facet === f))
    .join("a")
    .attr("href", href ? ({ d }) => href(d as D) : null);
  mark
    .append("line")
    .attr("x1", x(0))
    .attr("x2", ({ d }) => x(d.value))
    .attr("y1", ({ d, i }) => cy(d, i))
    .attr("y2", ({ d, i }) => cy(d, i))
    .attr("stroke", ({ d }) => color(d.facet))
    .attr("stroke-opacity", 0.5);
  mark
    .append("circle")
    .attr("class", "small-multiples-dot")
    .attr("cx", ({ d }) => x(d.value))
    .attr("cy", ({ d, i }) => cy(d, i))
    .attr("r", 5)
    .attr("fill", ({ d }) => color(d.facet))
    .attr("data-facet", ({ d }) => d.facet)
    .attr("data-key", ({ d }) => d.key)
    .attr("data-value", ({ d }) => d.value)
    .attr("data-id", ({ d }) => d.id ?? null);
  mark
    .append("text")
    .attr("x", ({ d }) => x(d.value) + (d.value < 0 ? -8 : 8))
    .attr("y", ({ d, i }) => cy(d, i))
    .attr("dy", "0.35em")
    .attr("text-anchor", ({ d }) => (d.value < 0 ? "end" : "start"))
    .attr("fill", "currentColor")
    .text(({ d }) => d.label ?? format(d.value));
  addTooltip(svg.node()!, mark, ({ d }) => [`${d.facet} · ${d.key}`, d.label ?? format(d.value), ...(d.detail ?? [])]);
  return svg.node()!;
}
