// The briefing's slides: the reports table, figures with their source sentence,
// the yearly amounts as bars and the largest events. Every number links to its
// place in the report; report text is set as text.
import { html } from "npm:htl";
import type { BriefingEvent, BriefingFact, BriefingReport } from "../queries/briefing.js";
import { barChart } from "./barChart.js";
import { factHref, factLink, readerLink } from "./factLink.js";
import { formatValue } from "./format.js";

/** The reports with their fact and event counts, each title opening the reader. */
export function reportTable(reports: readonly BriefingReport[]): HTMLElement {
  return html`<table class="briefing-table">
  <thead><tr><th>年份</th><th>报告</th><th>数字事实</th><th>事件</th></tr></thead>
  <tbody>${reports.map(
    (r) => html`<tr>
    <td>${r.year ?? "不详"}</td><td>${readerLink(r.doc_id, undefined, r.title)}</td>
    <td class="num">${r.facts}</td><td class="num">${r.events}</td></tr>`,
  )}</tbody>
</table>`;
}

/** One figure: year, metric and period, the value linked to its place in the report, and the sentence. */
function factItem(f: BriefingFact): HTMLElement {
  return html`<li class="briefing-fact">
    <strong>${f.year ?? "年份不详"}年 · ${f.metric}${f.period ? `（${f.period}）` : ""}：</strong>
    ${factLink(f, formatValue(f.value, f.unit, f.classifier))}
    <blockquote>${f.sentence}</blockquote>
  </li>`;
}

/** The figures as a list, or `empty` as a muted line. */
export function factList(rows: readonly BriefingFact[], empty: string): HTMLElement {
  return rows.length ? html`<ul class="briefing-facts">${rows.map(factItem)}</ul>` : html`<p class="muted">${empty}</p>`;
}

/** Yearly amounts as bars, each value linked to its sentence. */
export function amountChart(amounts: readonly BriefingFact[], width: number): SVGSVGElement {
  return barChart(
    amounts.map((f) => ({ key: f.fact_id, label: `${f.year}年 ${f.metric}`, value: f.value, href: factHref(f), group: String(f.year) })),
    { width, xLabel: "金额（元）", format: (v) => formatValue(v, "CNY"), empty: "没有抽取到金额" },
  );
}

/** The events: action, amount and the clause linked to the reader. */
export function eventList(events: readonly BriefingEvent[]): HTMLElement {
  return events.length
    ? html`<ul class="briefing-facts">${events.map(
        (e) => html`<li>
      <strong>${e.action}</strong>${e.amount_cny != null ? html` · ${formatValue(e.amount_cny, "CNY")}` : ""}：
      ${readerLink(e.doc_id, `e-${e.event_id}`, e.text)}</li>`,
      )}</ul>`
    : html`<p class="muted">没有抽取到带日期的事件。</p>`;
}
