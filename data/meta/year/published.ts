import { YEAR, YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

/**
 * The publication line of a web page or news item: "发布时间：2024-09-20", "发稿时间:2024年9月20日",
 * "2022-01-15 19:13来源:…". The strongest evidence: a year in the body is often incidental
 * (a plan's horizon, a founding year), the publication line dates the document itself.
 */
export const published: YearRule = {
  name: "published",
  pattern: new RegExp(
    `(?:发布时间|发稿时间|发布日期|发表时间|发文日期|更新时间|日期|时间)[:：]\\s*(${YEAR})[-年./]|(?<=^|\\n)\\s*(${YEAR})-[01]?\\d-[0-3]?\\d\\s+[0-2]?\\d:[0-5]\\d`,
    "g",
  ),
  extract: (_context, match) => ({
    year: Number(match[1] ?? match[2]),
    weight: YEAR_WEIGHTS.published,
    basis: match[0].trim(),
    index: match.index,
    rule: "published",
  }),
};
