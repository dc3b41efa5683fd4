import type { FactKind, Qualifier } from "../types.ts";
import type { Candidate, ExtractContext } from "./types.ts";

/** The fields an extractor decides; the rest are filled by attribution later. */
export interface CandidateFields {
  value: number;
  unit: string;
  unit_text: string | null;
  classifier: string | null;
  kind: FactKind;
  qualifier: Qualifier;
  revalue: (numeral: string) => number | null;
}

/**
 * Builds a candidate from a match made with the `d` flag: the span is the whole match,
 * the numeral span is the `num` group. Metric, period and is_target start empty.
 */
export function makeCandidate(extractor: string, context: ExtractContext, match: RegExpExecArray, fields: CandidateFields): Candidate {
  const indices = match.indices;
  if (!indices) throw new TypeError(`${extractor}: pattern must use the d flag (no match.indices)`);
  // Alternatives may name the numeral differently (cn/ar); the first one that matched is it.
  const num = indices.groups?.num ?? indices.groups?.cn ?? indices.groups?.ar;
  if (!num) throw new TypeError(`${extractor}: pattern must have a "num" (or "cn"/"ar") group that matched`);
  let start = match.index;
  let end = match.index + match[0].length;
  // Whitespace can sit between number and unit (line breaks in the source) but never at the edges.
  while (end > start && /\s/.test(context.sentence[end - 1]!)) end--;
  while (start < end && /\s/.test(context.sentence[start]!)) start++;
  return {
    extractor,
    start,
    end,
    text: context.sentence.slice(start, end),
    numStart: num[0],
    numEnd: num[1],
    metric: null,
    period: null,
    is_target: false,
    target_basis: null,
    indicator: null,
    value_low: null,
    value_high: null,
    ...fields,
  };
}

/** True when the text right after `end` in the view starts with `pattern`. */
export function followedBy(context: ExtractContext, end: number, pattern: RegExp): boolean {
  return pattern.test(context.view.slice(end));
}
