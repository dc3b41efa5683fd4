import { MODE_DOMINANCE, PLAN_CUES, REVIEW_CUES } from "../lexicon.ts";
import type { ModeEvidence } from "../types.ts";
import { findCues } from "./cues.ts";

/**
 * Whether a report lays out plans (a work-plan report: 高新区将…走好…之路, 力争…), reports
 * results (a year-end review: 回望2023, 取得…成效) or both: "plan" or "review" when that kind of
 * cue outnumbers the other MODE_DOMINANCE times over, else "mixed". Returns the cues as evidence.
 */
export function inferDocumentMode(text: string): ModeEvidence {
  if (typeof text !== "string") throw new TypeError(`inferDocumentMode(text) expects a string, got ${typeof text}`);
  const plan = findCues(text, PLAN_CUES).map((c) => c.text);
  const review = findCues(text, REVIEW_CUES).map((c) => c.text);
  let mode: ModeEvidence["mode"] = "mixed";
  if (plan.length > 0 && plan.length >= MODE_DOMINANCE * review.length) mode = "plan";
  else if (review.length > 0 && review.length >= MODE_DOMINANCE * plan.length) mode = "review";
  return { mode, plan, review };
}
