import { regionOfFact, sentenceMentions } from "../regions/fact.ts";
import type { DocContext, FactDraft, FactRow, SentenceRow } from "../types.ts";
import { spanIds } from "./ids.ts";
import type { CodePoints } from "./offsets.ts";
import { assertUtf16Span } from "./provenance.ts";

/** Sentence rows (code-point offsets) of a document context. */
export function sentenceRows(context: DocContext, cp: CodePoints): SentenceRow[] {
  return context.sentences.map((s) => ({
    doc_id: context.doc_id,
    sentence_id: s.sentence_id,
    section: s.section,
    start: cp.toCodePoint(s.start),
    end: cp.toCodePoint(s.end),
    text: s.text,
  }));
}

/**
 * Fact rows of one sentence from drafts whose offsets are UTF-16 indices into the
 * sentence's match view; `text` is taken from the original characters.
 */
export function factRows(
  context: DocContext,
  sentence: DocContext["sentences"][number],
  view: string,
  drafts: readonly FactDraft[],
  cp: CodePoints,
): FactRow[] {
  const mentions = drafts.length > 0 ? sentenceMentions(sentence.text) : [];
  const placed = drafts.map((d) => {
    assertUtf16Span(`extractFacts on sentence ${sentence.sentence_id}`, view, d);
    const start = sentence.start + d.start;
    const end = sentence.start + d.end;
    const region = regionOfFact(context.region, sentence.text, mentions, d.start);
    return { d, start: cp.toCodePoint(start), end: cp.toCodePoint(end), text: context.text.slice(start, end), region };
  });
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = spanIds(`${sentence.sentence_id}-f`, placed);
  return placed.map(({ d, start, end, text, region }, i) => ({
    fact_id: ids[i]!,
    doc_id: context.doc_id,
    sentence_id: sentence.sentence_id,
    start,
    end,
    text,
    value: d.value,
    unit: d.unit,
    unit_text: d.unit_text,
    classifier: d.classifier,
    kind: d.kind,
    qualifier: d.qualifier,
    metric: d.metric,
    period: d.period,
    is_target: d.is_target,
    region: region?.name ?? null,
    region_code: region?.code ?? null,
    region_path: region?.path ?? null,
  }));
}
