// The search page's results: hits grouped by report (at most `limit` sentences), the
// words highlighted in each sentence, each sentence linked to its place in the reader;
// before any words, the reports it searches (known at build time).
import * as d3 from "npm:d3";
import { html } from "npm:htl";
import type { SearchHit, SearchReport } from "../queries/search.js";
import { readerHref, sentenceHref } from "./factLink.js";
import { formatNumber } from "./format.js";
import { findMatches, highlight } from "./highlight.js";

/** The results for `query`, or the empty states (no words yet, nothing found). */
export function searchResults(hits: readonly SearchHit[], query: string, limit = 300): HTMLElement {
  if (!query) return html`<p class="empty-state">输入词语开始搜索。</p>`;
  if (hits.length === 0) return html`<p class="empty-state">没有句子包含“${query}”。</p>`;
  const groups = d3.groups(hits.slice(0, limit), (h) => h.doc_id);
  const item = (h: SearchHit) => {
    const spans = findMatches(h.text, query).map((m) => ({ ...m, className: "hl-match" }));
    const sentence = highlight(h.text, spans, { tag: "span", className: "sentence" });
    return html`<li class="hit" data-sentence=${h.sentence_id}><a href=${sentenceHref(h)}>${sentence}</a>${h.section ? html` <span class="section">（${h.section}）</span>` : ""}</li>`;
  };
  return html`<div class="search-results">
  <p>“${query}”出现在 ${groups.length} 篇报告的 ${hits.length} 个句子中${hits.length > limit ? `（只显示前 ${limit} 句）` : ""}。</p>
  ${groups.map(
    ([docId, items]) => html`<section class="report-group" data-doc=${docId}>
      <h3><a href=${readerHref(docId)}>${items[0]!.title}</a> <span class="muted small">${items[0]!.year ?? "年份不详"} · <code>${items[0]!.file}</code> · ${items.length} 句</span></h3>
      <ol>${items.map(item)}</ol>
    </section>`,
  )}
</div>`;
}

/** The first view, before any words: what to do, and the reports searched (newest first), each opening the reader. */
export function searchStart(reports: readonly SearchReport[]): HTMLElement {
  const sentences = d3.sum(reports, (r) => r.sentences);
  return html`<div class="search-start">
  <p class="empty-state">输入词语开始搜索：将在 ${reports.length} 篇报告的 ${formatNumber(sentences)} 个句子中查找。</p>
  <table class="data-table"><thead><tr><th>年份</th><th>报告</th><th>地区</th><th class="num">句子</th></tr></thead>
  <tbody>${reports.map(
    (r) => html`<tr data-doc=${r.doc_id}><td>${r.year ?? "不详"}</td><td><a href=${readerHref(r.doc_id)}>${r.title}</a></td>
    <td>${r.region ?? "—"}</td><td class="num">${formatNumber(r.sentences)}</td></tr>`,
  )}</tbody></table>
</div>`;
}
