// Stacked bars by year and action (Plot): one bar per year (every year between
// the first and last, so gaps in time stay visible), one segment per action.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { actionColor, sortActions } from "./palette.js";
import { plotChart, tagged } from "./plotMarks.js";

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

const MARGINS = { marginTop: 28, marginRight: 12, marginBottom: 28, marginLeft: 64 };

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
  const totals = [
    ...d3.rollup(
      segments,
      (s) => d3.sum(s, (d) => d.value),
      (s) => s.year,
    ),
  ];
  // A total is written over its bar only when every total fits its band (Plot's 10 px sans: a digit about 6 px,
  // a Chinese character 10 px); else two neighbours would print over each other, and the tooltip has them.
  const band = ((width - MARGINS.marginLeft - MARGINS.marginRight) / years.length) * 0.9;
  const textWidth = (t: string) => Array.from(t).reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 10 : 6), 0);
  const labelled = totals.every(([, total]) => textWidth(format(total)) <= band) ? totals : [];
  const tip = (s: Segment) =>
    [`${s.year}年 · ${s.action}`, format(s.value), s.events ? `${s.events}个事件` : ""].filter(Boolean).join("\n");
  return plotChart(
    {
      width,
      height,
      ...MARGINS,
      x: {
        type: "band",
        domain: years,
        padding: 0.2,
        ticks: years.filter((_, i) => i % Math.ceil((years.length * 48) / width) === 0),
        tickFormat: (yr: number) => `${yr}年`,
        label: null,
      },
      y: {
        domain: [0, d3.max(totals, ([, total]) => total)!],
        nice: true,
        ticks: 5,
        tickFormat: format,
        label: yLabel,
        labelArrow: "none",
      },
      color: { type: "identity" },
      marks: [
        Plot.rectY(segments, {
          x: "year",
          y1: "y0",
          y2: "y1",
          fill: (s) => color(s.action),
          title: tip,
          className: "stacked-bar-segments",
          render: tagged(segments, "stacked-bar-segment", {
            attrs: (s) => ({ "data-year": s.year, "data-action": s.action, "data-value": s.value }),
          }),
        }),
        Plot.tip(segments, Plot.pointerX({ x: "year", y: "y1", title: tip })),
        Plot.text(labelled, {
          x: ([yr]) => yr,
          y: ([, total]) => total,
          text: ([, total]) => format(total),
          dy: -8,
          fill: "currentColor",
          className: "stacked-bar-totals",
        }),
      ],
    },
    "stacked-bar",
    `按年份和动作堆叠：${segments.length}段`,
  );
}
