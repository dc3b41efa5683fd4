// A series chart per indicator: one line per place (results) and one per place's targets, across years.
import * as d3 from "npm:d3";
import { factHref } from "../factLink.js";
import { formatValue } from "../format.js";
import { type LinePoint, lineChart } from "../lineChart.js";
import { cellText, type PivotCell } from "./pivot.js";

/** A point of the series with the fact it links to. */
export type SeriesPoint = LinePoint & { fact_id: string; doc_id: string };

/** Points of one indicator and measure: x is the reference year (drawn mid-year), one series per place and scope. */
export function seriesPoints(
  cells: readonly PivotCell[],
  indicator: string,
  measure: string,
  scopeName: (s: string) => string,
): SeriesPoint[] {
  return (
    cells
      // Whole years only: a half year on a yearly axis would read as the year's figure.
      .filter((c) => c.indicator === indicator && c.measure === measure && c.ref_year !== null && !c.period)
      .map((c) => ({
        date: `${c.ref_year}-07-01`,
        value: c.value_high != null && c.value_low != null ? (c.value_low + c.value_high) / 2 : c.value,
        series: `${c.region ?? c.title}·${scopeName(c.scope)}`,
        detail: [`${c.ref_year}年${scopeName(c.scope)}：${cellText(c)}`, `原文：${c.text}`],
        fact_id: c.fact_id,
        doc_id: c.doc_id,
      }))
  );
}

/** The chart: `(points, {width}) → <svg>`, each dot linking to its sentence. */
export function seriesChart(
  points: readonly SeriesPoint[],
  { width, unit, classifier = null }: { width: number; unit: string; classifier?: string | null },
): SVGSVGElement {
  const color = d3.scaleOrdinal<string, string>(d3.schemeTableau10).domain([...new Set(points.map((p) => p.series))]);
  return lineChart(points, {
    width,
    color: (s) => color(s),
    format: (v) => formatValue(v, unit, classifier),
    formatDate: (d) => `${d.getUTCFullYear()}年`,
    href: (p) => factHref(p as SeriesPoint),
  });
}
