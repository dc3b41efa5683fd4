// The comparison page's shaping and table (rows from src/queries/compare.ts): metrics
// ranked by how many regions report them, the regions, rows by year and period, and
// the table of values with their sentences.
import * as d3 from "npm:d3";
import { html } from "npm:htl";
import type { CompareFact } from "../queries/compare.js";
import { factHref, factLink, KIND_LABELS, sentenceHref } from "./factLink.js";
import { formatValue } from "./format.js";
import { highlight } from "./highlight.js";
import { indicatorLabel } from "./indicators/labels.js";
import { regionLanes } from "./lanes.js";
import { regionLabel } from "./palette.js";
import { smallMultiples } from "./smallMultiples.js";

/** A fact with its metric label (indicator and measure) and region label. */
export type LabeledFact = CompareFact & { metric: string; zoneLabel: string };

export const labelFacts = (facts: readonly CompareFact[]): LabeledFact[] =>
  facts.map((f) => ({
    ...f,
    metric: indicatorLabel(f.indicator, f.kind === "growth" ? "growth" : "level"),
    zoneLabel: regionLabel(f.region),
  }));

/** Metrics with how many values and regions; those several regions report first (they are the ones worth comparing). */
export function rankMetrics(facts: readonly LabeledFact[]): Array<{ metric: string; count: number; zones: number }> {
  return d3
    .rollups(
      facts,
      (v) => ({ count: v.length, zones: new Set(v.map((f) => f.zoneLabel)).size }),
      (f) => f.metric,
    )
    .sort(([a, x], [b, y]) => y.zones - x.zones || y.count - x.count || a.localeCompare(b, "zh-CN"))
    .map(([metric, s]) => ({ metric, ...s }));
}

/** Every region the facts are about, most facts first, the unknown region last. */
export const compareRegions = (facts: readonly LabeledFact[]): string[] => regionLanes(facts);

/**
 * Row label of a fact: its year (or 年份不详) and, for a span shorter than the year, the period as written
 * (2025年 上半年, 2024年 1-8月); a year written out (2025年, 今年, 全年) is the year's own row.
 */
export const rowKey = (f: Pick<CompareFact, "year" | "period" | "ref_period">): string =>
  `${f.year ? `${f.year}年` : "年份不详"}${f.period && f.ref_period && f.ref_period !== "year" ? ` ${f.period}` : ""}`;

/** The value as printed, marked when it is a target. */
export const valueLabel = (f: CompareFact): string => `${formatValue(f.value, f.unit, f.classifier)}${f.is_target ? "（目标）" : ""}`;

/** Row labels in order: known years first, in Chinese order. */
export const keyOrder = (list: readonly CompareFact[]): string[] =>
  [...new Set(list.map(rowKey))].sort(
    (a, b) => (a.startsWith("年份不详") ? 1 : 0) - (b.startsWith("年份不详") ? 1 : 0) || a.localeCompare(b, "zh-CN"),
  );

/** The values of the chosen regions, by region order then row, each linked to its fact with the sentence highlighted. */
export function compareTable(chosen: readonly LabeledFact[], zones: readonly string[]): HTMLElement {
  if (chosen.length === 0) return html`<p class="empty-state">没有可列出的数值。</p>`;
  const row = (f: LabeledFact) => html`<tr data-fact-id=${f.fact_id} data-zone=${f.zoneLabel}>
  <td class="nowrap">${f.zoneLabel}</td>
  <td class="nowrap">${rowKey(f)}</td>
  <td class="num">${factLink(f, valueLabel(f))}<div class="muted small">${KIND_LABELS[f.kind] ?? f.kind}</div></td>
  <td><a href=${sentenceHref(f)}>${highlight(f.sentence, [{ start: f.start - f.s_start, end: f.end - f.s_start, className: "hl-amount" }], { tag: "span", className: "context" })}</a>
    <div class="muted small">${f.title}</div></td>
</tr>`;
  return html`<table class="data-table compare-table"><thead><tr><th>地区</th><th>年份 / 时期</th><th class="num">数值</th><th>原句（数值高亮，链接到原文）</th></tr></thead>
    <tbody>${d3.sort(chosen, (f) => zones.indexOf(f.zoneLabel), rowKey).map(row)}</tbody></table>`;
}

/** One unit's small multiples: a panel per region, a row per year and period, each bar linked to its fact. */
export function comparePanel(
  unit: string,
  list: readonly LabeledFact[],
  { width, facets, color }: { width: number; facets: string[]; color: (facet: string) => string },
): SVGSVGElement {
  return smallMultiples(
    list.map((f) => ({
      facet: f.zoneLabel,
      key: rowKey(f),
      value: f.value,
      label: valueLabel(f),
      id: f.fact_id,
      detail: [f.sentence],
      fact: f,
    })),
    { width, facets, keys: keyOrder(list), format: (v) => formatValue(v, unit, list[0]?.classifier), color, href: (d) => factHref(d.fact) },
  );
}
