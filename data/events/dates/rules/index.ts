import { bracketedDay } from "./bracketed.ts";
import { dayOnly } from "./dayOnly.ts";
import { fullDate } from "./fullDate.ts";
import { half } from "./half.ts";
import { month } from "./month.ts";
import { monthDay } from "./monthDay.ts";
import { monthRange } from "./monthRange.ts";
import { quarter } from "./quarter.ts";
import { recentDay, relativeDay, sameDay } from "./relative.ts";
import { year } from "./year.ts";

/** Every date rule; overlaps are settled by the refiners (longest wins). */
export const DATE_RULES = [
  fullDate,
  monthDay,
  monthRange,
  month,
  quarter,
  half,
  year,
  dayOnly,
  bracketedDay,
  relativeDay,
  recentDay,
  sameDay,
] as const;
