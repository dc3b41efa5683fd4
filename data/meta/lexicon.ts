/** Founding years of zones, from the gazetteer (建区N周年). */
export { ZONE_FOUNDED } from "../gazetteer/founded.ts";

/** A four-digit year of this or the last century. */
export const YEAR = "(?:19|20)\\d{2}";

/** Words after a year that make the sentence look ahead (2024年，某高新区将…). */
export const FUTURE_MARKERS = ["将", "要", "力争", "计划", "预计", "展望"] as const;

/**
 * Weight of each kind of evidence. A look-back title names the year outright; a quarter or an
 * anniversary is specific; a future-looking year is indirect; a bare year mention is weakest.
 */
export const YEAR_WEIGHTS = {
  published: 20,
  lookBack: 10,
  quarter: 5,
  anniversary: 5,
  futureLooking: 2,
  explicit: 1,
  inTitle: 3,
} as const;

/**
 * Words that say a text lays out plans: future 将/要 before a verb of doing (高新区将进一步…走好,
 * 要加快), goal words (力争, 确保, 目标), and a work meeting setting this year's tasks.
 * 将 alone is also the disposal marker (将全区所有企业全部纳入), hence the verb list.
 */
export const PLAN_CUES: readonly RegExp[] = [
  /(?<![即])将(?=进一步|继续|坚持|全面|加快|着力|更加|努力|持续|大力|重点|聚焦|围绕|推动|推进|打造|实现|建成|形成|于)/g,
  /(?<![不需])要(?=加快|着力|扛牢|把|坚持|抓好|确保|全面|持续|进一步)/g,
  /力争|确保|目标任务|重点工作|工作会议|展望/g,
];

/**
 * Words that say a text reports what happened: looking back (回望, 回顾, 一年来), outcomes told
 * as done (取得…成效, 成功, 荣获, 实现了), the past marker 了 after a verb (扩大了, 出台了; not
 * 为了, 了解), cut-off dates (截至), and dated happenings opening a clause (9月22日,在深圳…).
 */
export const REVIEW_CUES: readonly RegExp[] = [
  /回望|回顾|一年来|过去一年|近年来|以来/g,
  /取得(?:了)?[^，,。；;]{0,8}(?:成效|成果|突破|进展|佳绩)|成功|荣获|获评|位居|位列|入选/g,
  /(?<![为除据])了(?!解)|截至|截止/g,
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚)?[,，]/g,
];

/** A paragraph opening with the zone's own future (2024年，某高新区将继续…) is a plan, whatever the document. */
export const PARAGRAPH_PLAN_CUE =
  /(?:高新区|经开区|开发区|全区|我区|我们)(?:也)?将(?=继续|进一步|坚持|更加|着力|努力|全面|持续|加快|聚焦)/g;

/** A paragraph opening by looking back (回望2023，…) is a review, whatever the document. */
export const PARAGRAPH_REVIEW_CUE = /回望|回顾|一年来|过去一年/g;

/** How much one kind of evidence must outweigh the other for a document to be "plan" or "review" rather than "mixed". */
export const MODE_DOMINANCE = 2;

/** Characters of a paragraph searched for its own plan or review cue (its opening words set its mode). */
export const PARAGRAPH_OPENING = 40;
