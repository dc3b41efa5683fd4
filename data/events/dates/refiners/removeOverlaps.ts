import { keepBest, longerFirst } from "../../../engine/overlap.ts";
import type { DateRefiner } from "../../types.ts";

/** Keeps the longest of overlapping dates (2023年5月12日 over 5月12日 and 2023年); text order out. */
export const removeDateOverlaps: DateRefiner = (_text, dates) => keepBest(dates, longerFirst);
