// Lines over time (Plot), one per series, with a dot per observation (each dot
// can link to its source, with a tooltip). Used for cumulative investment by action.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { actionColor } from "./palette.js";
import { parseIsoDate } from "./period.js";
import { plotChart, tagged } from "./plotMarks.js";
import { zhTimeTick } from "./timeAxis.js";

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

const MARGINS = { marginTop: 28, marginRight: 16, marginBottom: 28, marginLeft: 64 };

/** Line chart: `(data, {width, ...}) → <svg>`; non-finite values are skipped. */
export function lineChart<P extends LinePoint>(data: readonly P[], options: LineChartOptions<P>): SVGSVGElement {
  const { width, height = 280, color = actionColor, format = formatNumber, yLabel = "", step = false, href } = options;
  if (!(width > 0)) throw new TypeError(`lineChart: width must be positive, got ${width}`);
  const points = data
    .filter((p) => Number.isFinite(p.value))
    .map((p) => ({ p, date: parseIsoDate(p.date) }))
    .sort((a, b) => +a.date - +b.date);
  if (points.length === 0) return emptyChart(width, height);
  const [d0, d1] = d3.extent(points, (q) => q.date) as [Date, Date];
  const dots = points.filter((q) => q.p.dot !== false);
  const when = options.formatDate ?? ((d: Date) => zhTimeTick(d));
  const tip = (q: { p: P; date: Date }) => [`${when(q.date, q.p)} · ${q.p.series}`, format(q.p.value), ...(q.p.detail ?? [])].join("\n");
  const series = new Set(points.map((q) => q.p.series));
  return plotChart(
    {
      width,
      height,
      ...MARGINS,
      x: {
        type: "utc",
        domain: [d3.utcYear.floor(d0), d3.utcYear.ceil(d1 > d0 ? d1 : d3.utcDay.offset(d1, 1))],
        ticks: Math.max(2, Math.floor(width / 90)),
        tickFormat: zhTimeTick,
        label: null,
      },
      y: {
        domain: [Math.min(0, d3.min(points, (q) => q.p.value)!), d3.max(points, (q) => q.p.value)!],
        nice: true,
        // The lowest tick label stands clear of the first date under it (0人 over 2023年 on a phone).
        insetBottom: 8,
        ticks: 5,
        tickFormat: format,
        label: yLabel,
        labelArrow: "none",
      },
      color: { type: "identity" },
      marks: [
        Plot.line(points, {
          x: "date",
          y: (q) => q.p.value,
          z: (q) => q.p.series,
          stroke: (q) => color(q.p.series),
          strokeWidth: 2,
          curve: step ? "step-after" : "linear",
          className: "line-chart-lines",
          render: tagged(points, "line-chart-line", { attrs: (q) => ({ "data-series": q.p.series }) }),
        }),
        Plot.dot(dots, {
          x: "date",
          y: (q) => q.p.value,
          r: 4,
          fill: (q) => color(q.p.series),
          stroke: "var(--theme-background, #fff)",
          href: href && ((q) => href(q.p)),
          title: tip,
          render: tagged(dots, "line-chart-dot", {
            attrs: (q) => ({ "data-date": q.date.toISOString().slice(0, 10), "data-series": q.p.series }),
          }),
        }),
        Plot.tip(dots, Plot.pointer({ x: "date", y: (q) => q.p.value, title: tip })),
      ],
    },
    "line-chart",
    `折线图：${series.size}条线，${points.length}个点`,
  );
}
