// The report reader over its build-time data (src/contract/reader.ts): the highlighted
// text (sentences, events, mentions, facts, each with an anchor), and the side lists
// that link into it. Report text is set as text, never as HTML.
import { html } from "npm:htl";
import type { ReaderData } from "../contract/reader.js";
import { describeFact, eventAnchor, factAnchor, mentionAnchor, sentenceAnchor } from "./factLink.js";
import { formatDate, formatValue } from "./format.js";
import { flashAnchor, type HighlightSpan, highlight } from "./highlight.js";
import { dateBasisLabel, entityTypeLabel } from "./palette.js";

type Sentence = ReaderData["sentences"][number];

/** Where a sentence is in the original file: its page (PDF) or paragraph (Word, web page, Markdown), or null. */
export const whereIn = (s: Sentence | undefined): string | null =>
  s?.page != null ? `第${s.page}页` : s?.paragraph != null ? `第${s.paragraph}段` : null;

/** Every highlighted span of the report, sentences outermost and facts innermost. */
export function readerSpans({ document: doc, sentences, events, mentions, facts }: ReaderData): HighlightSpan[] {
  return [
    ...sentences.map((s) => ({
      start: s.start,
      end: s.end,
      className: "hl-sentence",
      id: sentenceAnchor(s.sentence_id),
      title: whereIn(s) ?? undefined,
      layer: 0,
    })),
    ...events.map((e) => ({
      start: e.start,
      end: e.end,
      className: "hl hl-event",
      id: eventAnchor(e.event_id),
      title: `事件：${e.action}\n日期：${e.date ? formatDate(e.date, e.precision) : "日期不详"}（${dateBasisLabel(e.date_basis, e.date_evidence)}）${e.amount_cny != null ? `\n金额：${formatValue(e.amount_cny, "CNY")}` : ""}`,
      layer: 1,
    })),
    ...mentions.map((m) => ({
      start: m.start,
      end: m.end,
      className: `hl hl-mention hl-${m.type ?? "entity"}`,
      id: mentionAnchor(doc.doc_id, m.start),
      title: `${m.name ?? m.text}（${entityTypeLabel(m.type)}）${m.role ? `\n角色：${m.role}` : ""}`,
      layer: 2,
    })),
    ...facts.map((f) => ({
      start: f.start,
      end: f.end,
      className: `hl hl-fact hl-${f.kind}`,
      id: factAnchor(f.fact_id),
      title: describeFact(f),
      layer: 3,
    })),
  ];
}

/** The report's text with its spans highlighted, as #report-text. */
export function readerText(data: ReaderData, spans: readonly HighlightSpan[] = readerSpans(data)): HTMLElement {
  const el = highlight(data.document.text, spans, { className: "report-text" });
  el.id = "report-text";
  return el;
}

/** The side panel: facts (value, metric, period, place in the file), mentions and events, each linking into `textEl`. */
export function readerSide({ document: doc, facts, sentences, mentions, events }: ReaderData, textEl: HTMLElement): HTMLElement {
  const sentenceById = new Map(sentences.map((s) => [s.sentence_id, s]));
  const factList = html`<ol class="fact-list">${facts.map((f) => {
    const where = whereIn(sentenceById.get(f.sentence_id));
    const anchor = factAnchor(f.fact_id);
    // Following the same link twice does not fire hashchange: flash here too.
    // (A block body: an onclick that returns false would cancel the navigation.)
    const again = () => {
      if (location.hash === `#${anchor}`) flashAnchor(textEl, anchor);
    };
    return html`<li class=${f.is_target ? "target" : ""}>
    <a href=${`#${anchor}`} title=${describeFact(f)} onclick=${again}><span class=${`hl hl-fact hl-${f.kind}`}>${f.text}</span></a>
    <span class="fact-value">${formatValue(f.value, f.unit, f.classifier)}</span>
    <span class="muted">${f.metric ?? "未识别指标"}${f.period ? ` · ${f.period}` : ""}${f.is_target ? " · 目标" : ""}${where ? ` · ${where}` : ""}</span>
  </li>`;
  })}</ol>`;
  const entityList = html`<ul class="mention-list">${mentions.map(
    (m) =>
      html`<li><a href=${`#${mentionAnchor(doc.doc_id, m.start)}`}>${m.text}</a> <span class="muted">${entityTypeLabel(m.type)}</span></li>`,
  )}</ul>`;
  const eventList = html`<ul class="event-list">${events.map(
    (e) =>
      html`<li><a href=${`#${eventAnchor(e.event_id)}`}>${e.date ? formatDate(e.date, e.precision) : "日期不详"} · ${e.action}</a></li>`,
  )}</ul>`;
  return html`<aside class="reader-side">
    <h2>本篇事实（${facts.length}）</h2>
    ${facts.length ? factList : html`<p class="empty-state">本篇没有识别出数量事实。</p>`}
    <details><summary>实体提及（${mentions.length}）</summary>${mentions.length ? entityList : html`<p class="muted">无</p>`}</details>
    <details><summary>事件（${events.length}）</summary>${events.length ? eventList : html`<p class="muted">无</p>`}</details>
  </aside>`;
}
