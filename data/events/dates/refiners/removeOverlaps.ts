import type { DateRefiner } from "../../types.ts";

/** Keeps the longest of overlapping dates (2023年5月12日 over 5月12日 and 2023年); text order out. */
export const removeDateOverlaps: DateRefiner = (_text, dates) => {
  const kept: typeof dates = [];
  const ranked = [...dates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const d of ranked) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
};
