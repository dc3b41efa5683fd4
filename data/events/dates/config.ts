import type { DateRefiner } from "../types.ts";
import { mergeRanges } from "./refiners/mergeRanges.ts";
import { removeDateOverlaps } from "./refiners/removeOverlaps.ts";

/** Date refiners in the order they run, each with the reason for its place. */
export const DATE_REFINERS: ReadonlyArray<{ name: string; refine: DateRefiner; reason: string }> = [
  {
    name: "removeOverlaps",
    refine: removeDateOverlaps,
    reason: "first: 2023年5月12日 is also read as 5月12日, 2023年 and 12日; only the longest reading may take part in ranges",
  },
  {
    name: "mergeRanges",
    refine: mergeRanges,
    reason: "after overlaps, so 至5日 is a lone day-only date that can be completed from the range start",
  },
];
