import { amountExtractor } from "./amount.ts";
import { countExtractor } from "./count.ts";
import { durationExtractor } from "./duration.ts";
import { flatExtractor } from "./flat.ts";
import { headcountExtractor } from "./headcount.ts";
import { measureExtractor } from "./measure.ts";
import { percentExtractor } from "./percent.ts";
import { pointsExtractor } from "./points.ts";
import { bareRankExtractor, rankExtractor, topRankExtractor } from "./rank.ts";
import { classDesignationRefiner } from "./refiners/class-designation.ts";
import { implausibleRefiner } from "./refiners/implausible.ts";
import { loneNumeralRefiner } from "./refiners/lone-numeral.ts";
import { namedCapacityRefiner } from "./refiners/named-capacity.ts";
import { overlapRefiner } from "./refiners/overlap.ts";
import { quotedRefiner } from "./refiners/quoted.ts";
import { rangeRefiner } from "./refiners/range.ts";
import { rateRefiner } from "./refiners/rate.ts";
import { setPhraseRefiner } from "./refiners/set-phrase.ts";
import { sharedUnitRefiner } from "./refiners/shared-unit.ts";
import { thresholdRefiner } from "./refiners/threshold.ts";
import type { Extractor, Refiner } from "./types.ts";

/** All extractors; order does not matter (overlap removal decides between them). */
export const EXTRACTORS: readonly Extractor[] = [
  amountExtractor,
  percentExtractor,
  pointsExtractor,
  measureExtractor,
  countExtractor,
  rankExtractor,
  bareRankExtractor,
  topRankExtractor,
  flatExtractor,
  headcountExtractor,
  durationExtractor,
];

/**
 * Refiners in the order they run. Filters first, so a rejected reading cannot win an
 * overlap against a valid shorter one; range merging before overlap removal, because it
 * widens spans; overlap removal last.
 */
export const REFINERS: readonly Refiner[] = [
  // Slogans, names and 《》 titles label things (“八条路”, “1+2”产业).
  quotedRefiner,
  // 三次创业, 一次性: set phrases with a numeral and classifier.
  setPhraseRefiner,
  // 一批, 二支渠, 千人托位数: numerals that are not tallies.
  loneNumeralRefiner,
  // 2吨级, 百吨级: size classes.
  classDesignationRefiner,
  // 年产40条…项目, 2.3万吨选厂: capacities naming a project or plant.
  namedCapacityRefiner,
  // 23323395346268亿元: digits run together, past any region's means.
  implausibleRefiner,
  // 3000元/吨, 30万元/亩: rates, not amounts; 每百元: a base. Widens spans, so before overlap.
  rateRefiner,
  // 3-5万元: one fact for the range.
  rangeRefiner,
  // 分别…775.28、112.91亿元: the last item's unit for every item.
  sharedUnitRefiner,
  // 营收过百亿企业3家, 百亿级项目: size classes become thresholds, not amounts.
  thresholdRefiner,
  // 24个百分点 vs 24个: keep the longer reading.
  overlapRefiner,
];
