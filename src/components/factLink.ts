// How facts, mentions, events and sentences are named, described and linked to
// their exact place in the report reader (/reports/<doc_id>#f-<fact_id> …).
import { FACT_KINDS, labelUnit, QUALIFIERS, UNITS } from "../contract/index.js";
import { labelOf } from "../contract/labels.js";
import { formatValue } from "./format.js";
import { siteHref } from "./siteHref.js";

/** Chinese label of each fact kind, qualifier and base unit (from the data contract). */
export const KIND_LABELS: Readonly<Record<string, string>> = FACT_KINDS;
export const QUALIFIER_LABELS: Readonly<Record<string, string>> = QUALIFIERS;
export const UNIT_LABELS: Readonly<Record<string, string>> = UNITS;

/** The fact fields a link or a tooltip needs. */
export interface FactLike {
  fact_id: string;
  doc_id: string;
  text: string;
  value: number;
  unit: string;
  classifier?: string | null;
  kind: string;
  qualifier?: string | null;
  metric?: string | null;
  period?: string | null;
  is_target?: boolean | null;
}

/** Reader URL of a report, optionally with an anchor (without '#'). */
export function readerHref(docId: string, anchor?: string): string {
  if (typeof docId !== "string" || docId === "") throw new TypeError(`readerHref: doc_id must be a non-empty string, got ${String(docId)}`);
  return siteHref(`/reports/${encodeURIComponent(docId)}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`);
}

/** URL of an entity's page (respects a deployment sub-folder). */
export function entityHref(entityId: string, search = ""): string {
  if (typeof entityId !== "string" || entityId === "")
    throw new TypeError(`entityHref: entity_id must be a non-empty string, got ${String(entityId)}`);
  return siteHref(`/entities/${encodeURIComponent(entityId)}${search}`);
}

/** Anchor id of a fact span in the reader. */
export const factAnchor = (factId: string): string => `f-${factId}`;
/** Anchor id of a mention span (mentions have no id of their own: doc and start offset identify them). */
export const mentionAnchor = (docId: string, start: number): string => `m-${docId}-${start}`;
/** Anchor id of an event span. */
export const eventAnchor = (eventId: string): string => `e-${eventId}`;
/** Anchor id of a sentence. */
export const sentenceAnchor = (sentenceId: string): string => `s-${sentenceId}`;

/** Reader URL of a fact. */
export const factHref = (fact: { doc_id: string; fact_id: string }): string => readerHref(fact.doc_id, factAnchor(fact.fact_id));
/** Reader URL of a sentence. */
export const sentenceHref = (s: { doc_id: string; sentence_id: string }): string => readerHref(s.doc_id, sentenceAnchor(s.sentence_id));

/** One line per property of a fact, for tooltips: normalized value, unit, metric, period, qualifier, target flag. */
export function describeFact(fact: FactLike): string {
  return [
    `${fact.text} → ${formatValue(fact.value, fact.unit, fact.classifier)}`,
    `类型：${labelOf("facts", "kind", fact.kind)}　单位：${labelUnit(fact.unit)}`,
    `指标：${labelOf("facts", "metric", fact.metric)}`,
    `时期：${labelOf("facts", "period", fact.period)}`,
    `限定：${labelOf("facts", "qualifier", fact.qualifier)}`,
    fact.is_target ? "目标值（计划）" : "实际值（结果）",
  ].join("\n");
}

/** A link to the fact in the reader, showing `label` (default: the fact's text) and its description as tooltip. */
export function factLink(fact: FactLike, label: string = fact.text): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = factHref(fact);
  a.textContent = label;
  a.title = describeFact(fact);
  a.className = "fact-link";
  return a;
}

/** A link to any place in the reader, with text content (never HTML). */
export function readerLink(docId: string, anchor: string | undefined, label: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = readerHref(docId, anchor);
  a.textContent = label;
  return a;
}
