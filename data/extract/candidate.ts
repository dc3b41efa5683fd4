import { isSpace } from "../engine/skip.ts";
import type { FactKind, FactUnit, Qualifier } from "../types.ts";
import type { Candidate, ExtractContext } from "./types.ts";

/** The fields an extractor decides; the rest are filled by attribution later. */
export interface CandidateFields {
  value: number;
  /** Upper bound of a range (3-5亿元), else null. */
  value_max: number | null;
  unit: FactUnit;
  unit_text: string | null;
  classifier: string | null;
  kind: FactKind;
  qualifier: Qualifier;
  revalue: (numeral: string) => number | null;
}

/**
 * Builds a candidate from a match and the UTF-16 span of its numeral (derived by the extractor
 * from its groups, so patterns need no `d` flag). The span is the whole match without edge
 * whitespace. Metric, period and is_target start empty.
 */
export function candidateAt(
  extractor: string,
  context: ExtractContext,
  match: RegExpExecArray,
  numStart: number,
  numEnd: number,
  fields: CandidateFields,
): Candidate {
  let start = match.index;
  let end = match.index + match[0].length;
  // Whitespace can sit between number and unit (line breaks in the source) but never at the edges.
  while (end > start && isSpace(context.sentence.charCodeAt(end - 1))) end--;
  while (start < end && isSpace(context.sentence.charCodeAt(start))) start++;
  return {
    extractor,
    start,
    end,
    text: context.sentence.slice(start, end),
    numStart,
    numEnd,
    metric: null,
    period: null,
    is_target: false,
    target_basis: null,
    indicator: null,
    value_low: null,
    value_high: null,
    value: fields.value,
    value_max: fields.value_max,
    unit: fields.unit,
    unit_text: fields.unit_text,
    classifier: fields.classifier,
    kind: fields.kind,
    qualifier: fields.qualifier,
    revalue: fields.revalue,
  };
}

/**
 * Start of group text `part` in the match, searching from `from` characters into it: groups
 * before the numeral (qualifier words, sign) contain no digits, so the first occurrence at or
 * after their length is the numeral itself.
 */
export function groupStart(match: RegExpExecArray, part: string, from: number): number {
  const at = match[0].indexOf(part, from);
  if (at < 0) throw new TypeError(`group "${part}" not found in match "${match[0]}"`);
  return match.index + at;
}
