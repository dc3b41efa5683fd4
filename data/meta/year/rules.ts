import { anniversary } from "./anniversary.ts";
import { explicit } from "./explicit.ts";
import { futureLooking } from "./futureLooking.ts";
import { lookBack } from "./lookBack.ts";
import { newStart } from "./newStart.ts";
import { period } from "./period.ts";
import { published } from "./published.ts";

/**
 * Year rules in precedence order (the publication line first: it dates the document itself): where two rules match overlapping words, the earlier one's
 * reading stands (a future-looking "2024年…将" must not also count as a bare mention of 2024).
 */
export const YEAR_RULES = [published, lookBack, period, anniversary, newStart, futureLooking, explicit] as const;
