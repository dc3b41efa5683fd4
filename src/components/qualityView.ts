// The data-quality page's tables (rows from src/queries/quality.ts): counts per report,
// sentences with digits but no fact (digits highlighted, linked to the reader), read errors.
import { html } from "npm:htl";
import type { PossibleMiss, QualityView, ReportCounts } from "../queries/quality.js";
import { readerHref, sentenceHref } from "./factLink.js";
import { formatNumber } from "./format.js";
import { type HighlightSpan, highlight } from "./highlight.js";

const DIGIT = /[0-9０-９]/;

/** Runs of Arabic digits (half or full width) in `text`, as code-point spans to highlight. */
export function digitSpans(text: string): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let i = 0;
  for (const ch of text) {
    if (DIGIT.test(ch)) {
      const last = spans.at(-1);
      if (last && last.end === i) last.end = i + 1;
      else spans.push({ start: i, end: i + 1, className: "hl-match" });
    }
    i++;
  }
  return spans;
}

/** One row per report: its counts and how many of its sentences may have missed a number. */
export function reportCountsTable(reports: readonly ReportCounts[], misses: readonly PossibleMiss[]): HTMLElement {
  const missed = new Map<string, number>();
  for (const m of misses) missed.set(m.doc_id, (missed.get(m.doc_id) ?? 0) + 1);
  return html`<table class="quality-table">
  <thead><tr><th>文件</th><th>标题</th><th>年份</th><th class="num">字数</th><th class="num">句子</th><th class="num">事实</th><th class="num">实体</th><th class="num">提及</th><th class="num">事件</th><th class="num">疑似漏抽</th></tr></thead>
  <tbody>${reports.map(
    (r) => html`<tr data-doc=${r.doc_id}>
      <td><code>${r.file}</code></td><td><a href=${readerHref(r.doc_id)}>${r.title}</a></td><td>${r.year ?? "不详"}</td>
      <td class="num">${formatNumber(r.chars)}</td><td class="num">${r.sentences}</td><td class="num">${r.facts}</td>
      <td class="num">${r.entities}</td><td class="num">${r.mentions}</td><td class="num">${r.events}</td><td class="num">${missed.get(r.doc_id) ?? 0}</td>
    </tr>`,
  )}</tbody>
</table>`;
}

/** The possible misses, each sentence linked to the reader with its digits highlighted. */
export function missList(misses: readonly PossibleMiss[]): HTMLElement {
  if (misses.length === 0) return html`<p class="empty-state">没有含数字却无事实的句子。</p>`;
  return html`<ol class="miss-list">${misses.map(
    (m) =>
      html`<li data-sentence=${m.sentence_id}><span class="muted small"><code>${m.file}</code>${m.has_event ? "（句中有事件，数字可能是日期）" : ""}</span><br><a href=${sentenceHref(m)}>${highlight(m.text, digitSpans(m.text), { tag: "span" })}</a></li>`,
  )}</ol>`;
}

/** The files that could not be read, or a sentence saying all were. */
export function errorsTable(errors: QualityView["errors"]): HTMLElement {
  if (errors.length === 0) return html`<p class="empty-state">没有读取错误：所有文件都已成功处理。</p>`;
  return html`<table class="errors-table"><thead><tr><th>文件</th><th>阶段</th><th>信息</th></tr></thead>
  <tbody>${errors.map((e) => html`<tr><td><code>${e.file}</code></td><td>${e.stage}</td><td>${e.message}</td></tr>`)}</tbody></table>`;
}
