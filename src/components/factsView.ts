// The facts page's charts and table over a selection of facts (src/queries/facts.ts):
// amounts by metric, growth rates with the rank stated beside them, and the fact table.
import * as aq from "npm:arquero";
import { html } from "npm:htl";
import type { SelectedFact } from "../queries/facts.js";
import { type BarDatum, barChart } from "./barChart.js";
import { type Dot, dotPlot } from "./dotPlot.js";
import { describeFact, factHref, factLink, KIND_LABELS, QUALIFIER_LABELS } from "./factLink.js";
import { formatValue, formatYuan } from "./format.js";
import { regionLabel } from "./palette.js";

/** Metric label of a fact whose metric was not recognized. */
export const METRIC_NONE = "（未识别指标）";
export const metricOf = (f: Pick<SelectedFact, "metric">): string => f.metric ?? METRIC_NONE;

/** A rank stated in a sentence for a metric. */
export interface StatedRank {
  sentence_id: string;
  metric: string | null;
  rank: number;
}

/** Growth rates in percent, each with the first rank stated in the same sentence for the same metric (or null). */
export function growthWithRanks(
  selection: readonly SelectedFact[],
  ranks: readonly StatedRank[],
): Array<SelectedFact & { rank: number | null }> {
  const growth = selection.filter((f) => f.kind === "growth" && f.unit === "percent");
  if (growth.length === 0) return [];
  // A left join on (sentence, metric) against the first rank of each pair; `order` keeps the selection's order.
  const firstRanks = aq
    .from(ranks.filter((r) => r.metric !== null).map(({ sentence_id, metric, rank }) => ({ sentence_id, metric, rank })))
    .dedupe("sentence_id", "metric");
  const rows = aq
    .from(growth.map((f, order) => ({ ...f, order })))
    .join_left(firstRanks, [
      ["sentence_id", "metric"],
      ["sentence_id", "metric"],
    ])
    .orderby("order")
    .objects() as Array<SelectedFact & { rank?: number; order?: number }>;
  return rows.map(({ order: _order, rank, ...f }) => ({ ...f, rank: rank ?? null }) as SelectedFact & { rank: number | null });
}

/** Yuan amounts, largest first, as bars keyed by metric (so a click selects the metric). */
export function amountBars(selection: readonly SelectedFact[]): BarDatum[] {
  return selection
    .filter((f) => f.unit === "CNY" && f.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((f) => ({
      key: f.fact_id,
      selectKey: metricOf(f),
      label: `${metricOf(f)}·${regionLabel(f.region)}${f.period ? `·${f.period}` : ""}`,
      value: f.value,
      href: factHref(f),
      title: describeFact(f),
      group: f.is_target ? "目标值" : "实际值",
    }));
}

/** Growth rates as dots by metric, the stated rank beside each. */
export function growthDots(growth: ReturnType<typeof growthWithRanks>): Dot[] {
  return growth.map((f) => ({
    key: f.fact_id,
    selectKey: metricOf(f),
    category: metricOf(f),
    value: f.value,
    note: f.rank != null ? `第${f.rank}位` : null,
    href: factHref(f),
    title: describeFact(f),
    group: regionLabel(f.region),
  }));
}

/** How a chart shows and reports the selected metric. */
export interface ChartSelection {
  width: number;
  /** The selected metric, or null. */
  selected: string | null;
  /** Called with the clicked bar's or dot's metric, or null when the selected one is clicked again. */
  onSelect: (metric: string | null) => void;
}

const picker = (onSelect: (metric: string | null) => void) => (d: { selectKey?: string } | null) => onSelect(d?.selectKey ?? null);

/** Yuan amounts by metric on a log scale, targets and results colored apart. */
export function amountChart(selection: readonly SelectedFact[], { width, selected, onSelect }: ChartSelection): SVGSVGElement {
  return barChart(amountBars(selection), {
    width,
    log: true,
    groups: ["实际值", "目标值"],
    xLabel: "金额（元，对数刻度）",
    yLabel: "指标·园区·时期",
    format: formatYuan,
    selected,
    onSelect: picker(onSelect),
    empty: "当前筛选没有人民币金额",
  });
}

/** Growth rates by metric, the stated rank beside each dot. */
export function growthChart(
  selection: readonly SelectedFact[],
  ranks: readonly StatedRank[],
  { width, selected, onSelect }: ChartSelection,
): SVGSVGElement {
  return dotPlot(growthDots(growthWithRanks(selection, ranks)), {
    width,
    xLabel: "同比增速（%）",
    yLabel: "指标",
    selected,
    onSelect: picker(onSelect),
    empty: "当前筛选没有百分比增速",
  });
}

/** The fact table (at most `limit` rows, saying so when cut), or the empty state. */
export function factsTable(rows: readonly SelectedFact[], limit = 500): HTMLElement {
  if (rows.length === 0) return html`<p class="empty-state">当前筛选没有事实。请放宽条件。</p>`;
  return html`<div><table class="facts-table">
  <thead><tr><th>地区</th><th>年份</th><th>原文</th><th class="num">标准化数值</th><th>指标</th><th>时期</th><th>类型</th><th>限定</th><th>目标</th></tr></thead>
  <tbody>${rows.slice(0, limit).map(
    (f) => html`<tr data-fact=${f.fact_id}>
      <td>${regionLabel(f.region)}</td><td>${f.year ?? "不详"}</td>
      <td>${factLink(f)}</td>
      <td class="num">${formatValue(f.value, f.unit, f.classifier)}</td>
      <td>${f.metric ?? html`<span class="muted">未识别</span>`}</td>
      <td>${f.period ?? "—"}</td>
      <td>${KIND_LABELS[f.kind] ?? f.kind}</td>
      <td>${f.qualifier ? QUALIFIER_LABELS[f.qualifier] : "—"}</td>
      <td>${f.is_target ? "目标" : "实际"}</td>
    </tr>`,
  )}</tbody></table>${rows.length > limit ? html`<p class="muted">只显示前 ${limit} 行；下载可得全部。</p>` : ""}</div>`;
}
