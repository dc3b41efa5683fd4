// The investment page's shaping and tables over its rows (src/queries/investment.ts):
// regions by event count, filtered events and totals, yearly and running totals, and
// the event and project tables (every figure linked to its sentence).
import * as d3 from "npm:d3";
import { html } from "npm:htl";
import type { InvestmentEvent, ProjectMentionRow } from "../queries/investment.js";
import { entityHref, eventAnchor, factLink, mentionAnchor, readerHref } from "./factLink.js";
import { formatDate, formatYuan } from "./format.js";
import { highlight } from "./highlight.js";
import { regionLanes } from "./lanes.js";
import type { LinePoint } from "./lineChart.js";
import { actionColor, regionLabel } from "./palette.js";
import type { StackedDatum } from "./stackedBar.js";

/** What the charts add up: total investment or the number of projects. */
export type Measure = "amount" | "count";

export const eventHref = (e: Pick<InvestmentEvent, "doc_id" | "event_id">): string => readerHref(e.doc_id, eventAnchor(e.event_id));

/** The event's figure for the measure, or null when the report does not state it. */
export const measureOf = (e: InvestmentEvent, measure: Measure): number | null => (measure === "amount" ? e.amount_cny : e.project_count);

/** Formats a figure of the measure (元 with 万/亿, or 个). */
export const formatMeasure = (measure: Measure): ((v: number) => string) =>
  measure === "amount" ? formatYuan : (v) => `${d3.format(",~d")(v)}个`;

/** Region labels with events, most events first; the unknown region last. */
export const eventRegions = regionLanes;

/** Events in the region label and action ("" = any); `kept` counts each happening once (later tellings carry duplicate_of). */
export function selectEvents(
  events: readonly InvestmentEvent[],
  region: string,
  action: string,
): { filtered: InvestmentEvent[]; kept: InvestmentEvent[]; amount: number; projects: number } {
  const filtered = events.filter((e) => (!region || regionLabel(e.region) === region) && (!action || e.action === action));
  const kept = filtered.filter((e) => e.duplicate_of == null);
  return { filtered, kept, amount: d3.sum(kept, (e) => e.amount_cny ?? 0), projects: d3.sum(kept, (e) => e.project_count ?? 0) };
}

/** Dated events stating the measure, as stacked-bar data by year and action. */
export function yearTotals(kept: readonly InvestmentEvent[], measure: Measure): StackedDatum[] {
  return kept.flatMap((e) => {
    const value = measureOf(e, measure);
    return e.date != null && value != null ? [{ year: Number(e.date.slice(0, 4)), action: e.action, value, events: 1 }] : [];
  });
}

/** A running-total point; carries its event (absent on the point that only carries a line on). */
export type CumulativePoint = LinePoint & { event?: InvestmentEvent };

/** Running totals per action; each line carried on to the last event's date so a single event still shows as a step. */
export function cumulativePoints(kept: readonly InvestmentEvent[], measure: Measure): CumulativePoint[] {
  const format = formatMeasure(measure);
  const withValue = kept.filter((e) => e.date != null && measureOf(e, measure) != null);
  const lastDate = d3.max(withValue, (e) => e.date!);
  return d3
    .groups(withValue, (e) => e.action)
    .flatMap(([action, list]) => {
      let sum = 0;
      const points: CumulativePoint[] = list.map((e) => {
        sum += measureOf(e, measure)!;
        return { date: e.date!, value: sum, series: action, detail: [`本次：${format(measureOf(e, measure)!)}`, e.text], event: e };
      });
      return lastDate !== undefined && String(points.at(-1)!.date) < lastDate
        ? [...points, { date: lastDate, value: sum, series: action, dot: false }]
        : points;
    });
}

/** One row per event, linked to its clause; later tellings of a happening say they are not counted again. */
export function eventsTable(filtered: readonly InvestmentEvent[]): HTMLElement {
  if (filtered.length === 0) return html`<p class="empty-state">没有符合当前筛选条件的项目事件。</p>`;
  const row = (e: InvestmentEvent) => html`<tr data-event-id=${e.event_id} data-date=${e.date ?? ""}>
  <td class="nowrap">${formatDate(e.date, e.precision)}${e.end_date ? `至${formatDate(e.end_date, e.precision)}` : ""}</td>
  <td class="nowrap">${regionLabel(e.region)}</td>
  <td class="nowrap"><span class="chip"><span class="chip-swatch" style=${{ background: actionColor(e.action) }}></span>${e.action}</span></td>
  <td class="num project-count">${e.project_count == null ? "—" : `${e.project_count}个`}</td>
  <td class="num amount">${e.amount_cny == null ? "—" : formatYuan(e.amount_cny)}</td>
  <td><a href=${eventHref(e)}>${e.text}</a>${e.duplicate_of != null ? html`<div class="muted small">同一事件的另一处记述，合计时不重复计算</div>` : ""}</td>
</tr>`;
  return html`<table class="data-table investment-table">
    <thead><tr><th>日期</th><th>地区</th><th>动作</th><th class="num">项目数</th><th class="num">总投资</th><th>事件（链接到原文）</th></tr></thead>
    <tbody>${filtered.map(row)}</tbody>
  </table>`;
}

/** A named project: its mentions, each with the yuan facts of its sentence. */
export interface Project {
  entity_id: string;
  name: string;
  mentions: Array<ProjectMentionRow & { facts: ProjectMentionRow[] }>;
}

/** Project rows (one per mention × sentence amount) grouped by project and mention, in the region label ("" = any). */
export function groupProjects(rows: readonly ProjectMentionRow[], region: string): Project[] {
  return d3
    .groups(
      rows.filter((r) => !region || regionLabel(r.region) === region),
      (r) => r.entity_id,
    )
    .map(([entity_id, list]) => ({
      entity_id,
      name: list[0]!.name,
      mentions: d3
        .groups(list, (r) => `${r.doc_id}:${r.m_start}`)
        .map(([, rs]) => ({ ...rs[0]!, facts: rs.filter((r) => r.fact_id != null) })),
    }));
}

/** The project table: name, the distinct amounts of its sentences, and each sentence with project and amounts highlighted. */
export function projectsTable(projects: readonly Project[]): HTMLElement {
  if (projects.length === 0) return html`<p class="empty-state">当前筛选条件下没有点名的项目。</p>`;
  const item = (p: Project) => {
    const facts = [...new Map(p.mentions.flatMap((m) => m.facts).map((f) => [f.fact_id, f])).values()];
    return html`<tr data-entity-id=${p.entity_id}>
  <td><a href=${entityHref(p.entity_id)}>${p.name}</a></td>
  <td class="num">${
    facts.length
      ? facts.map(
          (f, i) =>
            html`${i ? html`<br>` : ""}${factLink({ ...f, fact_id: f.fact_id!, text: f.f_text!, value: f.value!, unit: f.unit!, kind: f.kind!, is_target: f.is_target! }, formatYuan(f.value!))}${f.metric ? html` <span class="muted small">${f.metric}</span>` : ""}`,
        )
      : "—"
  }</td>
  <td>${p.mentions.map(
    (m) =>
      html`<div class="context-line"><a href=${readerHref(m.doc_id, mentionAnchor(m.doc_id, m.m_start))}>${highlight(
        m.sentence,
        [
          { start: m.m_start - m.s_start, end: m.m_end - m.s_start, className: "hl-mention", layer: 0 },
          ...m.facts.map((f) => ({ start: f.f_start! - m.s_start, end: f.f_end! - m.s_start, className: "hl-amount", layer: 1 })),
        ],
        { tag: "span", className: "context" },
      )}</a> <span class="muted small">${regionLabel(m.region)} · ${m.year ? `${m.year}年` : "年份不详"}</span></div>`,
  )}</td>
</tr>`;
  };
  return html`<table class="data-table projects-table"><thead><tr><th>项目</th><th class="num">同句金额</th><th>原句（项目与金额高亮）</th></tr></thead><tbody>${projects.map(item)}</tbody></table>`;
}
