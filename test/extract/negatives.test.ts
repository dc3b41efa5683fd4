import { describe, it } from "vitest";
import { expectNoFacts } from "./helpers.ts";

// Real phrases from the seeds that hold numerals but no quantity. Each must yield no fact.
const NEGATIVES: [string, string][] = [
  ["year", "2024年,济宁高新区聚焦“又高又新”主责主业"],
  ["year with quarter", "11月11日上午,济宁高新区隆重举行2017年第四季度重大项目集中开工仪式"],
  ["date", "9月22日,在改革开放的最前沿,在充满生机与活力的美丽鹏城——深圳,济宁高新区珠三角专题招商推介会在此举行"],
  ["day and time of day", "6日上午,济宁高新区经济工作会议召开"],
  ["month range used as a period", "1-8月份"],
  ["month end", "截至2023年12月底"],
  ["date range", "2023年9月4日至5日,市委副书记、济宁高新区党工委书记陈成华带队在青岛开展系列招商考察活动"],
  ["congress ordinal", "推动十九大精神在高新区落地生根"],
  ["plenum ordinal", "结合贯彻党的十九届四中全会精神"],
  ["plan name in quotes", "2025年是“十四五”规划的收官之年"],
  ["quoted industry slogan", "全力培育“1+2”产业，整合优势资源补链延链强链"],
  ["quoted development slogan", "全面铺开“1477”发展思路布局"],
  ["edition ordinal", "济宁高新区第十三届金秋菊花展在蓼河公园开展"],
  ["batch ordinal", "成功入选山东省第一批婴幼儿照护服务示范区"],
  ["slogan 一区十园", "“一区十园”引领新旧动能转换"],
  ["slogan 八条路", "走好高质量发展的“八条路”"],
  ["slogan 三次创业 in quotes", "全面打响“三次创业”战役"],
  ["set phrase 三次创业 inside a longer quote", "此次专题招商推介会的主题为“新旧动能转换助推三次创业”"],
  ["slogan with distances", "进一步推进市民出门“300米见绿、500米见园”"],
  ["slogan with a distance", "全力扩大就业 打造“三公里”就业圈"],
  ["slogan with a count", "以“11条工作线”为抓手"],
  ["slogan 五个一", "建立“一个项目、一名包保责任人、一个责任部门、一张图表、一抓到底”的“五个一”项目推进机制"],
  ["slogan 四个一百", "启动实施“四个一百”计划"],
  ["model name", "近年来通过引进小松6T-50T级液压挖掘机和HD百吨级重卡生产线"],
  ["size class", "创造2吨级全球航程纪录"],
  ["standard name 5G", "推动5G网络向农村覆盖"],
  ["pollutant name", "确保PM2.5浓度持续改善"],
  ["land-use code", "“M0新型产业用地”"],
  ["technology name", "增材制造设计验证创新3D打印中心"],
  ["number in a policy title", "在全市率先出台《济宁高新区促进3岁以下婴幼儿照护服务发展的实施方案》"],
  ["article 一批", "帮助解决一批初创期、成长期科技型企业融资难题"],
  ["idiom 一步一个脚印", "高新区将进一步一个脚印走好“有效投资”之路"],
  ["唯一一个 is not eleven", "今年以来全市唯一一个"],
  ["canal names", "蓼源湿地、一支渠、二支渠等支连水系建成通水"],
  ["per-thousand word", "千人托位数"],
  ["idiom 五位一体", "“系统+物业+养老+服务+终端”五位一体的“智慧居家养老”服务项目"],
  ["set phrase 一次性", "一次性招引"],
  ["ranking list name", "瞄准世界500强、中国500强和知名跨国公司"],
  ["anniversary", "今年是济宁高新区建区25周年"],
  ["age", "平均年龄在35岁"],
  ["duration", "2020年全面消除3年以上未发展党员村"],
  ["walking time", "形成15分钟健康服务圈"],
  ["house number", "完成红星7号"],
  ["phone-like string", "咨询电话0537-2345678"],
  ["code-like string", "项目编号JN2023-0012"],
  ["ordinal without 位/名", "提振“争一流、争第一、争唯一”的胆识魄力"],
];

describe("extractFacts on non-quantities", () => {
  it.each(NEGATIVES)("yields nothing for %s: %s", (_why, phrase) => {
    expectNoFacts(phrase);
  });
});
