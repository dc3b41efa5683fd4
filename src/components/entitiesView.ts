// The entity list page's shaping and table (rows from src/queries/entities.ts): the
// entities of a type, the network's top N, a focused entity's neighbours, and the list.
import { html } from "npm:htl";
import type { CoMention, EntityListRow } from "../queries/entities.js";
import { entityHref, mentionAnchor, readerHref } from "./factLink.js";
import { formatNumber } from "./format.js";
import { neighbourhood } from "./networkChart.js";
import { entityTypeColor, entityTypeLabel } from "./palette.js";

/** What the page shows for a type ("" = any), a network size and a focused entity id ("" = none). */
export interface EntitySelection {
  ofType: EntityListRow[];
  /** The `n` most mentioned of the type, and the links among them. */
  top: EntityListRow[];
  topLinks: CoMention[];
  /** The list: the focused entity and its neighbours of the type, or every entity of the type. */
  listed: EntityListRow[];
  /** Entity id → sentences shared with the focused entity. */
  shared: Map<string, number>;
}

export function selectEntities(
  entities: readonly EntityListRow[],
  links: readonly CoMention[],
  type: string,
  n: number,
  focus: string,
): EntitySelection {
  const ofType = entities.filter((e) => !type || e.type === type);
  const top = ofType.slice(0, n);
  const topIds = new Set(top.map((e) => e.entity_id));
  const near = focus ? neighbourhood(focus, links) : null;
  const shared = new Map<string, number>();
  if (focus)
    for (const l of links) if (l.source === focus || l.target === focus) shared.set(l.source === focus ? l.target : l.source, l.weight);
  return {
    ofType,
    top,
    topLinks: links.filter((l) => topIds.has(l.source) && topIds.has(l.target)),
    listed: near ? ofType.filter((e) => near.has(e.entity_id)) : ofType,
    shared,
  };
}

/** The entity table: name (to its page), type, counts, shared sentences while focused, other spellings, first mention, focus button. */
export function entitiesTable(
  listed: readonly EntityListRow[],
  { focus, shared, onFocus }: { focus: string; shared: ReadonlyMap<string, number>; onFocus: (id: string | null) => void },
): HTMLElement {
  if (listed.length === 0)
    return html`<p class="empty-state">没有符合当前筛选条件的实体。${focus ? "聚焦的实体与这一类型的实体没有同句出现，可以取消聚焦或更换类型。" : ""}</p>`;
  const row = (e: EntityListRow) => html`<tr data-entity-id=${e.entity_id} data-type=${e.type}>
  <td><a href=${entityHref(e.entity_id)}>${e.name}</a>${e.entity_id === focus ? html` <span class="chip">聚焦</span>` : ""}</td>
  <td class="nowrap"><span class="chip"><span class="chip-swatch" style=${{ background: entityTypeColor(e.type) }}></span>${entityTypeLabel(e.type)}</span></td>
  <td class="num">${formatNumber(e.mentions)}</td>
  <td class="num">${formatNumber(e.docs)}</td>
  ${focus ? html`<td class="num">${e.entity_id === focus ? "—" : `${shared.get(e.entity_id) ?? 0}句`}</td>` : ""}
  <td class="small">${e.aliases.filter((a) => a !== e.name).join("、") || "—"}</td>
  <td class="nowrap small">${e.first_doc != null && e.first_start != null ? html`<a class="first-mention" href=${readerHref(e.first_doc, mentionAnchor(e.first_doc, e.first_start))}>原文</a>` : "—"}</td>
  <td class="no-print"><button onclick=${() => onFocus(e.entity_id === focus ? null : e.entity_id)}>${e.entity_id === focus ? "取消" : "聚焦"}</button></td>
</tr>`;
  return html`<table class="data-table entities-table">
    <thead><tr><th>名称</th><th>类型</th><th class="num">提及次数</th><th class="num">报告数</th>${focus ? html`<th class="num">同句次数</th>` : ""}<th>其他写法</th><th>首次提及</th><th class="no-print"></th></tr></thead>
    <tbody>${listed.map(row)}</tbody>
  </table>`;
}
