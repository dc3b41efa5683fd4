// The region of a number: the sentence's own place when it reports on another one. Sentences from the
// seeds (济宁高新区/经开区 reports, 2017–2024) and public reports named per case.
import { describe, expect, it } from "vitest";
import { regionOfFact, sentenceMentions } from "../../data/regions/fact.ts";
import { regionRef } from "../entities/helpers.ts";

/** Region path of the number `fact` (its first occurrence) in `sentence` of a report about `doc`. */
function regionOf(doc: string | null, sentence: string, fact: string): string | null {
  const at = sentence.indexOf(fact);
  if (at === -1) throw new TypeError(`${fact} is not in ${sentence}`);
  return regionOfFact(regionRef(doc), sentence, sentenceMentions(sentence), at)?.path ?? null;
}

describe("regionOfFact", () => {
  const zone = "济宁经济技术开发区";
  const hitech = "济宁高新技术产业开发区";
  const cases = [
    // The report's own numbers, with its rank in the city: the zone's (seed 000).
    [zone, "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；", "43.31亿元", "山东省/济宁市/济宁经济技术开发区"],
    [zone, "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；", "2位", "山东省/济宁市/济宁经济技术开发区"],
    // A city-wide count in a zone's report: the city's (seed 004).
    [hitech, "此次纳入全市集中开工的项目共20个,涵盖高端装备、医药健康等领域", "20个", "山东省/济宁市/济宁高新技术产业开发区"],
    // The zone as subject of its own number (seed 004).
    [hitech, "济宁高新区17个项目纳入全市高质量发展重大项目建设现场推进会", "17个", "山东省/济宁市/济宁高新技术产业开发区"],
    // 在深圳 is where, not whose (seed 002).
    [
      hitech,
      "9月22日,在深圳举办的济宁高新区珠三角专题招商推介会上,与11家企业重点项目签约,总投资额达197亿元",
      "197亿元",
      "山东省/济宁市/济宁高新技术产业开发区",
    ],
    // A share of the city is the zones' number (te-ch.tech, a city's 16 高新区).
    ["重庆市", "高新技术企业2182家、占全市34.4%", "34.4%", "重庆市"],
    // The city's average in a zone report → the zone's city (issue 11).
    [hitech, "全市平均水平为5.2%,高新区高于全市平均水平2个百分点", "5.2%", "山东省/济宁市"],
    // Another place as the subject of a clause in a report about its province (constructed in the
    // format of provincial bulletins' city breakdowns, not quoted).
    ["福建省", "全省地区生产总值增长4.5%;其中,福州市增长5.0%,泉州市增长4.1%", "5.0%", "福建省/福州市"],
    ["福建省", "全省地区生产总值增长4.5%;其中,福州市增长5.0%,泉州市增长4.1%", "4.1%", "福建省/泉州市"],
    ["福建省", "全省地区生产总值增长4.5%;其中,福州市增长5.0%,泉州市增长4.1%", "4.5%", "福建省"],
    // A county's plan in a prefecture's report (…县计划投资…亿元; constructed), and two places sharing one number.
    ["黔东南苗族侗族自治州", "麻江县计划投资12亿元建设产业园", "12亿元", "贵州省/黔东南苗族侗族自治州/麻江县"],
    ["黔东南苗族侗族自治州", "凯里市、麻江县计划投资12亿元建设产业园", "12亿元", "贵州省/黔东南苗族侗族自治州"],
    // A county-level city's 全市 is itself (2024年东阳市国民经济和社会发展统计公报, 东阳市统计局, 2025).
    ["东阳市", "初步核算,2024年全市地区生产总值875.14亿元,按可比价计算,比上年增长5.4%。", "875.14亿元", "浙江省/金华市/东阳市"],
    // No region known: null stays null.
    [null, "16个高新区重大项目开工382个,总投资1269.4亿元", "382个", null],
  ] as const;
  it.each(cases)("%s: %s [%s] → %s", (doc, sentence, fact, path) => {
    expect(regionOf(doc, sentence, fact)).toBe(path);
  });
});

describe("regionOfFact keeps the report's region", () => {
  const hitech = "济宁高新技术产业开发区";
  const cases = [
    // A road and a company named after the city (seeds 003, 004).
    [hitech, "全力做好济宁新机场高速路建设保障,济宁大道东延工程主体完工,打通山博路、康泰路等12条断头路", "12条"],
    [hitech, "11月25日,济宁玉柴三款低排量柴油发动机同步下线", "三款"],
    // The zone's lead over the city average is the zone's number (seed 000).
    ["济宁经济技术开发区", "带动全区1-8月固定资产投资增长7.7%，超全市平均水平24个百分点", "24个百分点"],
  ] as const;
  it.each(cases)("%s: %s [%s]", (doc, sentence, fact) => {
    expect(regionOf(doc, sentence, fact)).toBe(regionRef(doc)!.path);
  });
});
