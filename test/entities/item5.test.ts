import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./rules/cases.ts";

// Issue 14 item 5, on sentences from reports outside the seeds. Sources: [Handan] 邯郸市2025年政府工作报告
// (河北); [Yulin] 玉林市2025年政府工作报告 (广西); [Quanshan] 徐州市泉山区2024年政府工作报告 (江苏; its
// signature line 区 长 庄 红, here with the ideographic spaces of the example); [Tianqu] 德州天衢新区
// 2024年工作 (山东); [Caofeidian] 曹妃甸新区首批重点项目集中签约暨开工 (河北新闻网, 2011); [NBS] 国家统计局
// 公告 (2024); [Issue14] the shapes listed in issue 14 item 5, with names of real bodies.

const FOUND: Found[] = [
  ["我代表 is not part of the name [Handan]", "现在，我代表市人民政府向大会报告工作，请予审议", "市人民政府", "government"],
  ["优化 is not part of the name [Issue14]", "持续优化玉林高新区营商环境", "玉林高新区", "park"],
  ["并来到 is not part of the name [Issue14]", "随后并来到德州经济技术开发区工业园调研", "德州经济技术开发区工业园", "park"],
  ["title with ideographic spaces [Quanshan]", "区　长　　庄红", "庄红", "person", "区长"],
  ["党工委书记 then 讲话 [Issue14]", "区党工委书记张伟讲话并宣布项目集中开工", "张伟", "person", "区党工委书记"],
  ["副所长 [Issue14]", "副所长李明介绍了研究进展", "李明", "person", "副所长"],
  ["公司 without 有限 [Tianqu]", "国网德州供电公司全力保障电力供应", "国网德州供电公司", "company"],
  ["盟 [Issue14]", "锡林郭勒盟、阿拉善盟新能源装机持续增长", "锡林郭勒盟", "place"],
  ["旗 [Issue14]", "鄂托克旗和乌审旗加快建设", "鄂托克旗", "place"],
  ["自治州 [Issue14]", "延边朝鲜族自治州开展招商", "延边朝鲜族自治州", "place"],
  ["自治县 [Issue14]", "长阳土家族自治县获批", "长阳土家族自治县", "place"],
  ["科技园区 not cut to 科技园 [Issue14]", "加快建设张江科技园区", "张江科技园区", "park"],
  ["调查队 after 国家统计局 [NBS]", "国家统计局德州调查队发布数据", "国家统计局德州调查队", "government"],
  ["县统计局 [NBS]", "数据由县统计局负责核算", "县统计局", "government"],
  ["市委 and 市政府 by level [Yulin]", "在市委、市政府坚强领导下，全市上下沉着应变", "市委", "government"],
  ["city after 在…举行 [Caofeidian]", "曹妃甸新区2011年首批重点项目集中签约暨开工仪式在唐山举行", "唐山", "place"],
  ["cities after 赴…招商 [Issue14]", "主要负责同志带队赴苏州、宁波招商", "宁波", "place"],
  ["numbered 局 is a company [Handan]", "与中铁十局、河钢集团等企业签约", "中铁十局", "company"],
  ["trade-word company after 走进 [Issue14]", "走进好盈科技生产车间", "好盈科技", "company"],
  ["named facility project [Handan]", "中信博光伏支架制造基地项目开工建设", "中信博光伏支架制造基地项目", "project"],
];

const NOT_FOUND: NotFound[] = [
  ["我代表 swallowed", "现在，我代表市人民政府向大会报告工作", "我代表市人民政府"],
  ["优化 swallowed", "持续优化玉林高新区营商环境", "优化玉林高新区"],
  ["科技园 cut", "加快建设张江科技园区", "张江科技园"],
  ["红旗 is not a 旗", "五星红旗冉冉升起", "五星红旗"],
  ["联盟 is not a 盟", "产业联盟正式成立", "产业联盟"],
  ["城镇 is not a 镇", "新型城镇建设加快", "新型城镇"],
  ["子公司 is not a name", "设立子公司", "子公司"],
  ["全市 is not a venue", "在全市开展招商活动", "全市"],
  ["an industry is not a company", "壮大生物制药产业", "生物制药"],
  ["a generic trade phrase is not a company", "发展数字科技产业", "数字科技"],
];

describe("entity rules on reports outside the seeds (issue 14 item 5)", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type, role) => expectFound(sentence, name, type, role));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
