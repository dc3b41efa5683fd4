import type { FactDraft } from "../types.ts";

/** Quantitative facts in one sentence, sorted by start (work in progress). */
export function extractFacts(sentence: string, context: { year: number | null }): FactDraft[] {
  if (typeof sentence !== "string") throw new TypeError(`extractFacts: sentence must be a string, got ${typeof sentence}`);
  void context;
  return [];
}
