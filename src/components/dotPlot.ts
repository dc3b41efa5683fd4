// Dot plot (Plot) of rates by category: one row per category, one dot per value,
// a zero rule, and a text label next to each dot (e.g. the rank 第2位) linked to
// its sentence; labels that would cover another are left to the dot's tooltip.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import { truncate } from "./barChart.js";
import { emptyChart } from "./emptyChart.js";
import { formatPercent } from "./format.js";
import { placeLabels, textWidth } from "./labelPlacement.js";
import { plotChart, tagged } from "./plotMarks.js";

/** Font size the value labels are measured at (the page's chart text is 12–13 px). */
const LABEL_FONT = 13;

/** One dot. */
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
  const labelText = (d: Dot) => `${format(d.value)}${d.note ? ` · ${d.note}` : ""}`;
  // Value labels that would overlap one already drawn (close values in one row) are left to the tooltip.
  const labels = tagged(dots, "dot-label");
  return plotChart(
    {
      width,
      // The point scale keeps half a step at each end: n rows need n steps of rowHeight.
      height: margin.top + categories.length * rowHeight + margin.bottom,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: {
        domain: d3.extent([0, ...dots.map((d) => d.value)]) as [number, number],
        nice: true,
        tickFormat: format,
        label: xLabel,
        labelArrow: "none",
        labelOffset: 42,
      },
      y: {
        type: "point",
        domain: categories,
        grid: true,
        tickSize: 0,
        tickFormat: (c: string) => truncate(c, labelChars),
        label: yLabel ?? null,
        labelAnchor: "top",
        labelArrow: "none",
      },
      r: { type: "identity" },
      color: { type: "ordinal", domain: [...new Set(dots.map((d) => d.group ?? ""))], scheme: "tableau10" },
      marks: [
        Plot.ruleX([0], { strokeOpacity: 0.5, className: "zero-rule" }),
        Plot.dot(dots, {
          x: "value",
          y: "category",
          r: (d) => (isSelected(d) ? 7 : 5),
          fill: (d) => d.group ?? "",
          stroke: "var(--theme-background, white)",
          fillOpacity: (d) => (selected == null || isSelected(d) ? 1 : 0.35),
          title: (d) => d.title ?? `${d.category}：${format(d.value)}${d.note ? `，${d.note}` : ""}`,
          render: tagged(dots, "dot dot-mark", {
            attrs: (d) => ({ "data-key": d.key, "data-select": d.selectKey ?? d.key, class: isSelected(d) ? "selected" : null }),
            onClick: onSelect && ((d) => onSelect(isSelected(d) ? null : d)),
          }),
        }),
        Plot.text(dots, {
          x: "value",
          y: "category",
          text: labelText,
          href: (d) => d.href ?? null,
          dx: 9,
          textAnchor: "start",
          fill: "currentColor",
          render(index, scales, values, dimensions, context, next) {
            const box = (i: number) => ({
              id: String(i),
              x: scales.x!(dots[i].value) + 9,
              y: scales.y!(dots[i].category) - 6,
              width: textWidth(labelText(dots[i]), LABEL_FONT),
              height: 12,
            });
            const ordered = [...index.filter((i) => isSelected(dots[i])), ...index.filter((i) => !isSelected(dots[i]))];
            const shown = placeLabels(ordered.map(box));
            return labels(
              index.filter((i) => shown.has(String(i))),
              scales,
              values,
              dimensions,
              context,
              next,
            );
          },
        }),
      ],
    },
    "dot-plot",
    `${xLabel}点图，共 ${dots.length} 个点`,
  );
}
