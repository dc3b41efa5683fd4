// The automatic chart under a result, drawn with the site's D3 components:
// bars for unique categories, dots for repeated ones, a line over dates or years.
import { formatNumber } from "../format.js";
import { chooseChart } from "./chartChoice.js";
import { el } from "./dom.js";
import type { ChartChoice, ResultColumn } from "./types.js";
import { type CellValue, valueText } from "./values.js";

/** Rows the chart draws at most. */
export const CHART_ROWS = 500;

// One series: the first colour of the site's categorical scheme (d3.schemeTableau10).
const LINE_COLOR = "#4e79a7";

type Row = Record<string, CellValue>;

function label(value: CellValue): string {
  return value == null ? "（空）" : valueText(value);
}

// Loaded on first use: the chart modules (and Observable Plot under them) stay out of the SQL page's
// first load, which shows build-time tables before any chart.
let barModule: Promise<typeof import("../barChart.js")> | undefined;
let dotModule: Promise<typeof import("../dotPlot.js")> | undefined;
let lineModule: Promise<typeof import("../lineChart.js")> | undefined;

/** Draws the chosen chart at `width`. */
export async function drawChart(
  choice: Exclude<ChartChoice, { kind: "none" }>,
  rows: readonly Row[],
  width: number,
): Promise<SVGSVGElement> {
  const shown = rows.slice(0, CHART_ROWS).filter((r) => typeof r[choice.y] === "number" && r[choice.x] != null);
  switch (choice.kind) {
    case "bar": {
      barModule ??= import("../barChart.js");
      const { barChart } = await barModule;
      return barChart(
        shown.map((r, i) => ({ key: String(i), label: label(r[choice.x]), value: r[choice.y] as number })),
        { width, xLabel: choice.y, yLabel: choice.x, format: formatNumber },
      );
    }
    case "dot": {
      dotModule ??= import("../dotPlot.js");
      const { dotPlot } = await dotModule;
      return dotPlot(
        shown.map((r, i) => ({ key: String(i), category: label(r[choice.x]), value: r[choice.y] as number })),
        { width, xLabel: choice.y, yLabel: choice.x, format: formatNumber },
      );
    }
    case "line": {
      lineModule ??= import("../lineChart.js");
      const { lineChart } = await lineModule;
      return lineChart(
        shown.map((r) => {
          const x = r[choice.x];
          const date = x instanceof Date ? x : `${x}-01-01`;
          return { date, value: r[choice.y] as number, series: choice.y };
        }),
        {
          width,
          yLabel: choice.y,
          color: () => LINE_COLOR,
          format: formatNumber,
          formatDate: (d: Date) => (choice.temporal === "year" ? `${d.getUTCFullYear()}年` : valueText(d)),
        },
      );
    }
  }
}

/** The chart panel of a result: the chart that fits (redrawn when its width changes), or a note why there is none. */
export function autoChart(columns: readonly ResultColumn[], rows: readonly Row[]): HTMLElement {
  const choice = chooseChart(columns, rows);
  if (choice.kind === "none") return el("p", { class: "nb-chart-none" }, choice.reason);
  const kind = { bar: "条形图", dot: "点图", line: "折线图" }[choice.kind];
  const caption = el(
    "p",
    { class: "nb-chart-caption" },
    `自动图表（${kind}）：${choice.x} × ${choice.y}`,
    rows.length > CHART_ROWS ? `，只画前 ${CHART_ROWS} 行` : "",
  );
  const frame = el("div", { class: "nb-chart-frame" });
  const root = el("figure", { class: "nb-chart", dataset: { kind: choice.kind } }, caption, frame);
  let drawn = 0;
  const draw = async () => {
    const width = Math.floor(frame.clientWidth || 640);
    if (width === drawn) return;
    drawn = width;
    try {
      const svg = await drawChart(choice, rows, width);
      if (drawn === width) frame.replaceChildren(svg);
    } catch (error) {
      // A chart that cannot be drawn must not hide the result table above it.
      frame.replaceChildren(el("p", { class: "nb-chart-none" }, `图表无法绘制：${error instanceof Error ? error.message : String(error)}`));
    }
  };
  new ResizeObserver(() => void draw()).observe(frame);
  queueMicrotask(() => void draw());
  return root;
}
