import type { Zone } from "../types.ts";

/** Canonical zone names. */
export const JINING_HIGH_TECH_ZONE = "济宁高新技术产业开发区" as const;
export const JINING_ECONOMIC_ZONE = "济宁经济技术开发区" as const;

/**
 * Surface forms of each zone, longest first so 济宁高新区 is counted once, not also as 高新区.
 * 国家高新区 alone is a category (力争在国家高新区中赶超跨越), so it is not listed.
 */
export const ZONE_ALIASES: ReadonlyArray<readonly [Exclude<Zone, null>, readonly string[]]> = [
  [JINING_HIGH_TECH_ZONE, ["济宁高新技术产业开发区", "济宁国家级高新区", "济宁国家高新区", "济宁高新区", "高新区"]],
  [JINING_ECONOMIC_ZONE, ["济宁经济技术开发区", "济宁经开区", "经开区"]],
];

/**
 * Founding years, for "建区N周年".
 * 济宁高新区: founded 1992 as a provincial zone (national since 2010); seed 002 says 2017 is its 25th year.
 * 济宁经开区: inaugurated in February 2014 after the city's redistricting.
 */
export const ZONE_FOUNDED: Readonly<Record<Exclude<Zone, null>, number>> = {
  [JINING_HIGH_TECH_ZONE]: 1992,
  [JINING_ECONOMIC_ZONE]: 2014,
};

/** A four-digit year of this or the last century. */
export const YEAR = "(?:19|20)\\d{2}";

/** Chinese numerals used in counts of years (建区二十五周年). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Words after a year that make the sentence look ahead (2024年，济宁高新区将…). */
export const FUTURE_MARKERS = ["将", "要", "力争", "计划", "预计", "展望"] as const;

/**
 * Weight of each kind of evidence. A look-back title names the year outright; a quarter or an
 * anniversary is specific; a future-looking year is indirect; a bare year mention is weakest.
 */
export const YEAR_WEIGHTS = {
  lookBack: 10,
  quarter: 5,
  anniversary: 5,
  futureLooking: 2,
  explicit: 1,
  inTitle: 3,
} as const;
