// Horizontal bar chart (Plot): one bar per datum, optional log scale, Chinese
// axis labels, a <title> tooltip per bar, the value after each bar linked to its
// sentence, and click-to-select for cross-filtering.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { plotChart, tagged } from "./plotMarks.js";

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
  const [lo, hi] = d3.extent(rows, (d) => d.value) as [number, number];
  const x = log
    ? d3
        .scaleLog()
        .domain([lo / 2, hi])
        .nice()
    : d3
        .scaleLinear()
        .domain([Math.min(0, lo), Math.max(0, hi)])
        .nice();
  const base = x.domain()[0] > 0 ? x.domain()[0] : 0;
  const labels = new Map(rows.map((d) => [d.key, truncate(d.label, labelChars)]));
  const ticks = Math.max(2, Math.floor((width - margin.left - margin.right) / 90));
  return plotChart(
    {
      width,
      height: margin.top + rows.length * barHeight + margin.bottom,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: {
        type: log ? "log" : "linear",
        domain: x.domain(),
        ticks: tickValues(x, ticks, log),
        tickFormat: (v: number) => format(v),
        label: xLabel,
        labelArrow: "none",
      },
      y: {
        domain: rows.map((d) => d.key),
        padding: 0.2,
        tickFormat: (k: string) => labels.get(k),
        tickSize: 0,
        label: yLabel ?? null,
        labelAnchor: "top",
        labelArrow: "none",
      },
      color: { type: "ordinal", domain: options.groups ?? [...new Set(rows.map((d) => d.group ?? ""))], scheme: "tableau10" },
      marks: [
        Plot.barX(rows, {
          x1: () => base,
          x2: "value",
          y: "key",
          fill: (d) => d.group ?? "",
          fillOpacity: (d) => (selected == null || isSelected(d) ? 1 : 0.35),
          title: (d) => d.title ?? `${d.label}：${format(d.value)}`,
          render: tagged(rows, "bar bar-mark", {
            attrs: (d) => ({ "data-key": d.key, "data-select": d.selectKey ?? d.key, class: isSelected(d) ? "selected" : null }),
            onClick: onSelect && ((d) => onSelect(isSelected(d) ? null : d)),
          }),
        }),
        // The value after the bar links to the exact place in the reader.
        Plot.text(rows, {
          x: (d) => Math.max(base, d.value),
          y: "key",
          text: (d) => format(d.value),
          href: (d) => d.href ?? null,
          textAnchor: "start",
          dx: 4,
          fill: "currentColor",
          render: tagged(rows, "bar-value"),
        }),
      ],
    },
    "bar-chart",
    `${xLabel}条形图，共 ${rows.length} 条`,
  );
}
