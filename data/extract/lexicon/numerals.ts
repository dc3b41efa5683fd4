// Numerals and the words that qualify them (quantity domain; re-exported by ../lexicon.ts).

import type { Qualifier } from "../../types.ts";

/** Chinese digits (两 counts; 〇/零 only inside numerals). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
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

/** A small number in Chinese numerals (三, 十三, 二十五): counts of projects, anniversaries; parsed by parseChineseNumber. */
export const SMALL_CN_NUMBER = /^(?:[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)$/;

/** Small multipliers inside a section. */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Powers of ten of the magnitude characters (compound 万亿 = 4 + 8). */
export const MAGNITUDE_EXPONENT: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** Arabic number, optionally with thousands separators and decimals; not glued to Latin letters or other digits (5G, PM2.5, M0). */
export const ARABIC = String.raw`(?<![\dA-Za-z.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!(?!TEU)[A-Za-z]|\.\d)`;
/** Magnitudes after an Arabic number; 千 is not a magnitude before 米/克/瓦 (千米 is a unit). */
export const MAGNITUDE = "(?:[十百万亿]|千(?![米克瓦]))";
/** Chinese numeral run, optionally with a decimal part (七点五, 三点零五); validated by parseChineseNumber. */
export const CN_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]*)?";
/**
 * An explicit minus right before a number: ASCII -, U+2212 −, full-width － (folded to -), or 负.
 * Not after a digit, letter or closing bracket, where - joins a range or a code (3-5万元, 2023-2024),
 * nor right after a number's unit, where it joins two amounts (5亿元-10亿元, 3个-5个).
 */
export const SIGN = String.raw`(?<![\dA-Za-z.%)）])(?<!\d\s*[十百千万亿]*(?:元|个|家|项|吨|亩|人|座|台|套|户|所|年|米|千瓦|千瓦时|平方米|平方公里))(?:[-−](?=\d)|负(?=\d|百分之))`;
/** Between the two bounds of a range (3-5万元, 3～5亿元, 三至五个). */
export const RANGE_DASH = "[-~～—–至到]";
/** Any numeral the extractors accept: Arabic with optional magnitudes, or Chinese. */
export const NUMERAL = String.raw`(?:${ARABIC}(?:\s*${MAGNITUDE}+)?|${CN_NUMERAL})`;

/** Words before a number that qualify it. 约 after 签/预/节/制/契 is part of a verb (签约), 过 after 通/经/不 likewise. */
export const PREFIX_QUALIFIER =
  "大约|约为|(?<![签预节制契履公])约|(?<![最临将接靠附])近|超过|(?<![不])超|(?<![通经不超])过|逾|突破|不少于|至少|不到|不足|不超过";
/** Words after a number (between numeral and unit, or after the unit) that qualify it. */
export const SUFFIX_QUALIFIER = "以上|以下|左右";
/** Words that make a bare magnitude an approximate count: 上万人 (at least), 数百家 (several hundred). */
export const APPROX_PREFIX =
  "(?<![一二三四五六七八九十百千万亿\\d])(?:上|数)(?=[十百千万](?:余|多)?(?:人|家|个|名|户|项|场|次|辆|台|套|位))";
/** Filler between a numeral and its unit that qualifies it (5万余盆, 100多名). */
export const INFIX_QUALIFIER = "余|多";

/** Qualifier of each qualifying word. */
export const QUALIFIER_OF: Readonly<Record<string, Qualifier>> = {
  约: "approx",
  大约: "approx",
  约为: "approx",
  近: "approx",
  左右: "approx",
  余: "more_than",
  多: "more_than",
  超: "more_than",
  超过: "more_than",
  过: "more_than",
  逾: "more_than",
  以上: "at_least",
  突破: "at_least",
  不少于: "at_least",
  至少: "at_least",
  级: "at_least",
  不到: "less_than",
  不足: "less_than",
  以下: "at_most",
  不超过: "at_most",
};
