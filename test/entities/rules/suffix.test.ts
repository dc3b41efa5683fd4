import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Sources: [Dalian] 大连日报 本报讯 (大连新闻传媒集团, 2023); [Mawei] 马尾新闻网 (2015-01-01, 福建).

const FOUND: Found[] = [
  [
    "a company in a byline bracket [Dalian]",
    "本报讯（大连新闻传媒集团记者鹿道铭）昨日上午，由市政府外办组织成立的审核委员会举行座谈会",
    "大连新闻传媒集团",
    "company",
  ],
  ["a closed bracket stays in the name [Issue14]", "清控智运(苏州)产业创新基地项目开工", "清控智运(苏州)产业创新基地项目", "project"],
];

const NOT_FOUND: NotFound[] = [
  ["the opening bracket is not in the name [Dalian]", "本报讯（大连新闻传媒集团记者鹿道铭）昨日上午", "本报讯（大连新闻传媒集团"],
  ["nor the words before it [Mawei]", "马尾新闻网讯(记者 王彦 文/图)1月1日上午", "马尾新闻网讯(记者"],
];

describe("suffixRule boundaries", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
