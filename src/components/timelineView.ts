// The timeline page's shaping and tables (rows from src/queries/timeline.ts): the axis
// domain, the events of a region, action and brushed range, and the event tables.
import * as d3 from "npm:d3";
import { html } from "npm:htl";
import type { TimelineEvent, TimelineView } from "../queries/timeline.js";
import type { DayRange } from "./dateRange.js";
import { entityHref, eventAnchor, readerHref } from "./factLink.js";
import { formatDate, formatYuan } from "./format.js";
import { actionColor, dateBasisLabel, entityTypeLabel, regionLabel } from "./palette.js";
import { eventPeriod } from "./period.js";

/** An event with its lane (region label), as the chart draws it. */
export type LaneEvent = TimelineEvent & { lane: string };

export const withLanes = (events: readonly TimelineEvent[]): LaneEvent[] => events.map((e) => ({ ...e, lane: regionLabel(e.region) }));

export const eventHref = (e: Pick<TimelineEvent, "doc_id" | "event_id">): string => readerHref(e.doc_id, eventAnchor(e.event_id));

/** The axis: from 1 January of 2017 or the first event's year, whichever is earlier, to today. */
export function timelineDomain(events: readonly TimelineEvent[], today: Date = new Date()): DayRange {
  const firstYear = d3.min(events, (e) => (e.date ? Number(e.date.slice(0, 4)) : undefined)) ?? 2017;
  return [new Date(Date.UTC(Math.min(2017, firstYear), 0, 1)), d3.utcDay.ceil(today)];
}

/** Inclusive days of a [start, end) range, in Chinese. */
export const rangeText = (r: DayRange): string =>
  `${formatDate(r[0].toISOString())}至${formatDate(new Date(r[1].getTime() - 864e5).toISOString())}`;

/** Events of the lane and action ("" = any): dated and undated, and the dated ones whose period overlaps the range (all when null). */
export function selectTimeline(
  events: readonly LaneEvent[],
  lane: string,
  action: string,
  range: DayRange | null,
): { dated: LaneEvent[]; undated: LaneEvent[]; shown: LaneEvent[] } {
  const filtered = events.filter((e) => (!lane || e.lane === lane) && (!action || e.action === action));
  const dated = filtered.filter((e) => e.date != null);
  const overlaps = (e: LaneEvent) => {
    const p = eventPeriod(e.date, e.precision, e.end_date);
    return p !== null && range !== null && p.end > range[0] && p.start < range[1];
  };
  return { dated, undated: filtered.filter((e) => e.date == null), shown: range ? dated.filter(overlaps) : dated };
}

/** An event table: date (with how it was inferred), region, action, amount, projects, clause (linked), named entities (linked). */
export function timelineTable(list: readonly LaneEvent[], entities: TimelineView["entities"], className: string): HTMLElement {
  const byId = new Map(entities.map((e) => [e.entity_id, e]));
  const entityLinks = (e: LaneEvent) =>
    e.entity_ids
      .flatMap((id) => byId.get(id) ?? [])
      .map((en, i) => html`${i ? "、" : ""}<a href=${entityHref(en.entity_id)} title=${entityTypeLabel(en.type)}>${en.name}</a>`);
  const basis = (e: LaneEvent) =>
    e.date_basis && e.date_basis !== "explicit"
      ? html`<div class="muted small date-basis">${dateBasisLabel(e.date_basis, e.date_evidence)}</div>`
      : "";
  const row = (
    e: LaneEvent,
  ) => html`<tr data-event-id=${e.event_id} data-date=${e.date ?? ""} data-precision=${e.precision ?? ""} data-end-date=${e.end_date ?? ""}>
  <td class="nowrap">${formatDate(e.date, e.precision)}${e.end_date ? `至${formatDate(e.end_date, e.precision)}` : ""}${basis(e)}</td>
  <td class="nowrap">${e.lane}</td>
  <td class="nowrap"><span class="chip"><span class="chip-swatch" style=${{ background: actionColor(e.action) }}></span>${e.action}</span></td>
  <td class="num">${e.amount_cny == null ? "—" : formatYuan(e.amount_cny)}</td>
  <td class="num">${e.project_count == null ? "—" : `${e.project_count}个`}</td>
  <td class="event-text"><a href=${eventHref(e)}>${e.text}</a></td>
  <td>${entityLinks(e)}</td>
</tr>`;
  return html`<table class=${`data-table ${className}`}>
  <thead><tr><th>日期</th><th>地区</th><th>动作</th><th class="num">金额</th><th class="num">项目数</th><th>事件（链接到原文）</th><th>相关实体</th></tr></thead>
  <tbody>${list.map(row)}</tbody>
</table>`;
}
