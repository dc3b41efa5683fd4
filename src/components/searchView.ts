// The search page's results: hits grouped by report (at most `limit` sentences), the
// words highlighted in each sentence, each sentence linked to its place in the reader.
import * as d3 from "npm:d3";
import { html } from "npm:htl";
import type { SearchHit } from "../queries/search.js";
import { readerHref, sentenceHref } from "./factLink.js";
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
