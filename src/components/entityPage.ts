// An entity page's tables over its build-time data (src/contract/entityPage.ts): each
// mention in its sentence (highlighted, linked to the reader) and the events naming it.
import { html } from "npm:htl";
import type { EntityPageData } from "../contract/entityPage.js";
import { eventAnchor, mentionAnchor, readerHref } from "./factLink.js";
import { formatDate, formatYuan } from "./format.js";
import { highlight } from "./highlight.js";
import { actionColor, regionLabel } from "./palette.js";

/** One row per mention: the report, the words as written (and role), the sentence with the mention highlighted. */
export function mentionsTable(mentions: EntityPageData["mentions"]): HTMLElement {
  if (mentions.length === 0) return html`<p class="empty-state">没有找到这个实体的提及。</p>`;
  const row = (m: EntityPageData["mentions"][number]) => {
    // Offsets are code points into the document; the sentence starts at s_start.
    const context = highlight(m.sentence, [{ start: m.start - m.s_start, end: m.end - m.s_start, className: "hl-mention" }], {
      tag: "span",
      className: "context",
    });
    return html`<tr data-doc-id=${m.doc_id} data-start=${m.start}>
    <td class="small">${m.title}<div class="muted">${regionLabel(m.region)} · ${m.year ? `${m.year}年` : "年份不详"}${m.section ? ` · ${m.section}` : ""}</div></td>
    <td class="nowrap">${m.text}${m.role ? html`<div class="muted small">${m.role}</div>` : ""}</td>
    <td><a class="mention-link" href=${readerHref(m.doc_id, mentionAnchor(m.doc_id, m.start))}>${context}</a></td>
  </tr>`;
  };
  return html`<table class="data-table mentions-table"><thead><tr><th>报告</th><th>写法</th><th>句子</th></tr></thead><tbody>${mentions.map(row)}</tbody></table>`;
}

/** One row per event naming the entity, its clause linked to the reader. */
export function entityEventsTable(events: EntityPageData["events"]): HTMLElement {
  if (events.length === 0) return html`<p class="empty-state">没有事件提到这个实体。</p>`;
  return html`<table class="data-table events-table"><thead><tr><th>日期</th><th>地区</th><th>动作</th><th class="num">金额</th><th class="num">项目数</th><th>事件</th></tr></thead>
      <tbody>${events.map(
        (e) => html`<tr data-event-id=${e.event_id}>
          <td class="nowrap">${formatDate(e.date, e.precision)}${e.end_date ? `至${formatDate(e.end_date, e.precision)}` : ""}</td>
          <td class="nowrap">${regionLabel(e.region)}</td>
          <td class="nowrap"><span class="chip"><span class="chip-swatch" style=${{ background: actionColor(e.action) }}></span>${e.action}</span></td>
          <td class="num">${e.amount_cny == null ? "—" : formatYuan(e.amount_cny)}</td>
          <td class="num">${e.project_count == null ? "—" : `${e.project_count}个`}</td>
          <td><a href=${readerHref(e.doc_id, eventAnchor(e.event_id))}>${e.text}</a></td>
        </tr>`,
      )}</tbody></table>`;
}
