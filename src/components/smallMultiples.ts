// Small multiples (Plot facets) for comparing one metric across regions: one
// panel per facet (region), wrapped into as many columns as the width allows,
// the same rows (years/periods) and the same value axis in every panel, so a dot
// further right means more everywhere. Several values for the same row sit on
// sub-rows, each with its own tooltip and link.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./format.js";
import { plotChart, tagged } from "./plotMarks.js";
import { textWidth } from "./tooltip.js";

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
/** The y slot above the rows that holds the panel's title. */
const TITLE = "\u0001";

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
  const finite = data.filter((d) => Number.isFinite(d.value));
  if (finite.length === 0) return emptyChart(width, 200);
  const facets = options.facets ?? [...new Set(finite.map((d) => d.facet))].sort();
  const keys = options.keys ?? [...new Set(finite.map((d) => d.key))].sort();
  // Each value gets a y slot "key␀sub-row"; every panel has the same slots so a key lines up across them.
  const sub = subRows(finite);
  const rows = finite
    .map((d, i) => ({ d, slot: `${d.key}\u0000${sub[i]}` }))
    .filter(({ d }) => facets.includes(d.facet) && keys.includes(d.key));
  const slots = [
    TITLE,
    ...keys.flatMap((k) =>
      d3.range(Math.max(1, ...sub.filter((_, i) => finite[i].key === k).map((s) => s + 1))).map((s) => `${k}\u0000${s}`),
    ),
  ];
  const columns = Math.max(1, Math.min(facets.length, Math.floor((width + 16) / (minPanelWidth + 16))));
  const cell = (facet: string) => ({ fx: facets.indexOf(facet) % columns, fy: Math.floor(facets.indexOf(facet) / columns) });
  const label = (d: MultipleDatum) => d.label ?? format(d.value);
  const panelWidth = width / columns;
  // Margins fit the longest row label and value label, but never take more than a third of a panel each.
  const left = Math.min(panelWidth / 3, Math.max(40, ...keys.map((k) => textWidth(k, 11))) + 10);
  const inset = Math.min(panelWidth / 3, Math.max(24, ...rows.map(({ d }) => textWidth(label(d), 11))) + 12);
  const tip = ({ d }: { d: MultipleDatum }) => [`${d.facet} · ${d.key}`, label(d), ...(d.detail ?? [])].join("\n");
  const gridRows = Math.ceil(facets.length / columns);
  const at = {
    x: ({ d }: { d: MultipleDatum }) => d.value,
    y: "slot",
    fx: ({ d }: { d: MultipleDatum }) => cell(d.facet).fx,
    fy: ({ d }: { d: MultipleDatum }) => cell(d.facet).fy,
  } as const;
  const positive = rows.filter(({ d }) => d.value >= 0);
  const negative = rows.filter(({ d }) => d.value < 0);
  const valueText = (list: typeof rows, dx: number) =>
    Plot.text(list, {
      ...at,
      text: ({ d }) => label(d),
      dx,
      textAnchor: dx > 0 ? "start" : "end",
      fill: "currentColor",
      href: href && (({ d }) => href(d as D)),
    });
  const none = facets.filter((f) => !rows.some(({ d }) => d.facet === f));
  return plotChart(
    {
      width,
      height: 8 + gridRows * (slots.length * SUB_ROW + 30) + 24,
      marginTop: 8,
      marginLeft: left,
      marginRight: 0,
      marginBottom: 24,
      fx: { domain: d3.range(columns), axis: null, padding: 0.08 },
      fy: { domain: d3.range(gridRows), axis: null, padding: 0.1 },
      x: {
        domain: [Math.min(0, d3.min(rows, ({ d }) => d.value) ?? 0), Math.max(0, d3.max(rows, ({ d }) => d.value) ?? 0)],
        nice: true,
        insetLeft: negative.length ? inset : 8,
        insetRight: inset,
        ticks: Math.max(3, Math.floor((panelWidth - left - inset) / 60)),
        tickFormat: format,
        label: null,
      },
      y: { domain: slots, tickSize: 0, tickFormat: (slot: string) => (slot.endsWith("\u00000") ? slot.slice(0, -2) : ""), label: null },
      color: { type: "identity" },
      marks: [
        Plot.ruleX([0], { strokeOpacity: 0.3 }),
        // Titles start at the figure's left edge in the first column (over the row labels), at the panel elsewhere.
        ...[0, 1].map((other) => {
          const titled = facets.filter((f) => (cell(f).fx > 0 ? 1 : 0) === other);
          return Plot.text(titled, {
            fx: (f) => cell(f).fx,
            fy: (f) => cell(f).fy,
            y: () => TITLE,
            text: (f) => f,
            frameAnchor: "left",
            dx: other ? 4 : -left + 4,
            textAnchor: "start",
            fontSize: 13,
            fontWeight: "bold",
            fill: "currentColor",
            render: tagged(titled, "small-multiples-title", { attrs: (f) => ({ "data-facet": f }) }),
          });
        }),
        Plot.text(none, {
          fx: (f) => cell(f).fx,
          fy: (f) => cell(f).fy,
          frameAnchor: "middle",
          text: () => "报告中没有该指标的数值",
          fill: "currentColor",
          fillOpacity: 0.6,
          render: tagged(none, "small-multiples-none", { attrs: (f) => ({ "data-facet": f }) }),
        }),
        Plot.ruleY(rows, { ...at, x: undefined, x1: 0, x2: ({ d }) => d.value, stroke: ({ d }) => color(d.facet), strokeOpacity: 0.5 }),
        Plot.dot(rows, {
          ...at,
          r: 5,
          fill: ({ d }) => color(d.facet),
          href: href && (({ d }) => href(d as D)),
          title: tip,
          render: tagged(rows, "small-multiples-dot", {
            attrs: ({ d }) => ({ "data-facet": d.facet, "data-key": d.key, "data-value": d.value, "data-id": d.id }),
          }),
        }),
        valueText(positive, 8),
        valueText(negative, -8),
        Plot.tip(rows, Plot.pointer({ ...at, title: tip })),
      ],
    },
    "small-multiples",
    `分面对比：${facets.length}个面板，${rows.length}个数值`,
  );
}
