// The overview's tables over its build-time summary (src/contract/summary.ts): one row per
// report (title to the reader), the corpus per region and year, and the headline indicators
// (every value linked to its sentence).
import { html } from "npm:htl";
import type { CorpusCell, FactBrief, HeadlineRow, ReportSummary } from "../contract/summary.js";
import { factLink, readerHref } from "./factLink.js";
import { figureText, formatNumber } from "./format.js";

/** One row per report, or the empty state. */
export function reportTable(reports: readonly ReportSummary[]): HTMLElement {
  if (reports.length === 0) return html`<p class="empty-state">该地区没有报告。</p>`;
  return html`<table class="report-table">
  <thead><tr><th>地区</th><th>年份</th><th>标题</th><th>文件</th><th class="num">字数</th><th class="num">句子</th><th class="num">事实</th></tr></thead>
  <tbody>${reports.map(
    (r) => html`<tr>
      <td title=${r.region_path ?? ""}>${r.region_short}</td>
      <td>${r.year ?? "不详"}</td>
      <td><a href=${readerHref(r.doc_id)}>${r.title}</a>${r.subtitle ? html`<div class="muted small">${r.subtitle}</div>` : ""}</td>
      <td><code>${r.file}</code></td>
      <td class="num">${formatNumber(r.chars)}</td>
      <td class="num">${r.sentences}</td>
      <td class="num">${r.facts}</td>
    </tr>`,
  )}</tbody>
</table>`;
}

/** The corpus per region and year, as chips. */
export function corpusChips(corpus: readonly CorpusCell[]): HTMLElement {
  return html`<p class="corpus-cells">${corpus.map(
    (c) =>
      html`<span class="chip">${c.region_short} · ${c.year ?? "年份不详"}：${c.reports} 篇，${formatNumber(c.chars)} 字，${c.facts} 条事实</span>`,
  )}</p>`;
}

const cell = (f: FactBrief | null) => (f ? factLink(f, figureText(f)) : html`<span class="muted">—</span>`);

/** One row per headline indicator, region (or report) and reference year: level, growth and rank linked to their sentences, with the words. */
export function headlineTable(headline: readonly HeadlineRow[]): HTMLElement {
  if (headline.length === 0) return html`<p class="empty-state">该地区的报告中没有识别出主要指标。</p>`;
  return html`<table class="headline-table">
  <thead><tr><th>指标</th><th>地区</th><th>年份</th><th>时期</th><th class="num">数值</th><th class="num">增速</th><th class="num">排名</th><th>原文</th></tr></thead>
  <tbody>${headline.map(
    (h) => html`<tr>
      <td>${h.indicator}</td><td>${h.region_short}</td><td>${h.year ?? "不详"}</td><td>${h.period ?? "—"}</td>
      <td class="num">${cell(h.amount)}</td><td class="num">${cell(h.growth)}</td><td class="num">${cell(h.rank)}</td>
      <td class="muted">${[h.amount, h.growth, h.rank].flatMap((f) => (f ? [f.text] : [])).join("，")}</td>
    </tr>`,
  )}</tbody>
</table>`;
}
