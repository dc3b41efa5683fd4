// The one rule engine's shapes (chrono-style): rules find spans, refiners decide between them.

/** A span of the scanned text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A rule: a pattern and a pure function from one match to an item (or null to reject it).
 * The pattern carries the `g` flag, or `y` with `skipTo`: then it is tried only at the
 * positions `skipTo` names (see runRules).
 */
export interface Rule<C, T> {
  name: string;
  pattern: RegExp;
  extract(context: C, match: RegExpExecArray): T | null;
  /**
   * Optional shortcut: the earliest index at or after `from` where a match can start (greater
   * than the text's length when none can). It must never skip a match: a wrong bound changes
   * the output.
   */
  skipTo?(text: string, from: number, context: C): number;
}

/** A refiner: a pure pass over the items, with the reason for its place in the order. */
export interface Refiner<C, T> {
  name: string;
  reason: string;
  refine(context: C, items: T[]): T[];
}

/** One line of a trace, the same for every domain (quantities, entities, dates, years, actions). */
export type TraceStep =
  | { stage: "match"; rule: string; start: number; end: number; text: string; accepted: boolean }
  | { stage: "refine"; refiner: string; removed: string[]; added: string[] }
  | { stage: "note"; text: string };
