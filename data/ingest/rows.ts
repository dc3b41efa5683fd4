import { regionOfFact, sentenceMentions } from "../regions/fact.ts";
import type { DocContext, FactDraft, FactRow, SentenceRow } from "../types.ts";
import { spanIds } from "./ids.ts";
import type { CodePoints } from "./offsets.ts";
import { assertUtf16Span } from "./provenance.ts";

/** Where a sentence starts in the source file (page or paragraph), nulls when the format has none. */
export type LocateSentence = (start: number) => { page: number | null; paragraph: number | null };

const NOWHERE: LocateSentence = () => ({ page: null, paragraph: null });

/** Sentence rows (code-point offsets) of a document context; `locate` takes a UTF-16 offset. */
export function sentenceRows(context: DocContext, cp: CodePoints, locate: LocateSentence = NOWHERE): SentenceRow[] {
  return context.sentences.map((s) => ({
    doc_id: context.doc_id,
    sentence_id: s.sentence_id,
    section: s.section,
    start: cp.toCodePoint(s.start),
    end: cp.toCodePoint(s.end),
    text: s.text,
    ...locate(s.start),
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
  const mentions = drafts.length > 0 ? sentenceMentions(sentence.text, { text: context.text, start: sentence.start }) : [];
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
    value_max: d.value_max,
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
    target_basis: d.target_basis,
    indicator: d.indicator,
    value_low: d.value_low,
    value_high: d.value_high,
    // Resolved against the whole document (data/indicators/resolve.ts) when the caller did.
    ref_year: d.ref_year ?? null,
    ref_period: d.ref_period ?? null,
    ref_basis: d.ref_basis ?? null,
  }));
}
