import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Sources: [Dalian] 大连日报 本报讯 (大连新闻传媒集团, 2023); [Mawei] 马尾新闻网 (2015-01-01, 福建); [CQAward] 西部(重庆)
// 科学城正式获授牌 (人民网, 2021-05-20); [Xiangjiang] 湖南湘江新区重大投资商座谈会暨项目集中签约 (华夏经纬网, 2016-01-28).

const FOUND: Found[] = [
  [
    "a company in a byline bracket [Dalian]",
    "本报讯（大连新闻传媒集团记者鹿道铭）昨日上午，由市政府外办组织成立的审核委员会举行座谈会",
    "大连新闻传媒集团",
    "company",
  ],
  ["a closed bracket stays in the name [Issue14]", "清控智运(苏州)产业创新基地项目开工", "清控智运(苏州)产业创新基地项目", "project"],
  [
    "an academy's institute is one name [CQAward]",
    "当天授牌仪式后，中国科学院软件研究所、中科院重庆绿色智能研究院和科学城管委会、长安汽车公司签署了合作协议。",
    "中国科学院软件研究所",
    "institution",
  ],
  [
    "a company led by 中国 [Xiangjiang]",
    "中国储能技术有限公司拟投资50亿元，在宁乡高新区建设储能技术与创新科技研发制造中心",
    "中国储能技术有限公司",
    "company",
  ],
];

const NOT_FOUND: NotFound[] = [
  [
    "a company's name without 中国 is a common noun, not its short name [Xiangjiang]",
    "中国储能技术有限公司拟投资50亿元，在宁乡高新区建设储能技术与创新科技研发制造中心",
    "储能技术",
  ],
  ["the opening bracket is not in the name [Dalian]", "本报讯（大连新闻传媒集团记者鹿道铭）昨日上午", "本报讯（大连新闻传媒集团"],
  ["nor the words before it [Mawei]", "马尾新闻网讯(记者 王彦 文/图)1月1日上午", "马尾新闻网讯(记者"],
];

describe("suffixRule boundaries", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
