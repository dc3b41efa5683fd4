import { describe, expect, it } from "vitest";
import { findMentions } from "../../data/entities/find.ts";
import type { EntityType } from "../../data/types.ts";
import { mentionsWithTrace, sentenceDoc } from "./helpers.ts";

/** Asserts that `name` is found in `sentence` with `type` (and role), printing the trace on failure. */
async function expectMention(sentence: string, name: string, type: EntityType, role?: string | null) {
  const { mentions, readable } = await mentionsWithTrace(sentence);
  const found = mentions.find((m) => m.text === name);
  expect(found, `"${name}" not found in "${sentence}"\n${readable}`).toBeDefined();
  expect(found!.type, readable).toBe(type);
  if (role !== undefined) expect(found!.role, readable).toBe(role);
  expect(sentence.slice(found!.start, found!.end)).toBe(name);
}

/** Asserts that nothing named `word` is found in `sentence`. */
async function expectNoMention(sentence: string, word: string) {
  const { mentions, readable } = await mentionsWithTrace(sentence);
  expect(
    mentions.filter((m) => m.text === word),
    `"${word}" wrongly found in "${sentence}"\n${readable}`,
  ).toEqual([]);
}

describe("findMentions on seed sentences (suffix, list and person rules)", () => {
  const cases: Array<[string, string, EntityType, (string | null)?]> = [
    ["其中,山推工程机械股份有限公司YUESHENG HE(何悦盛)、山东铭德机械有限公司李继入选国家级重点人才计划", "山东铭德机械有限公司", "company"],
    ["其中,山推工程机械股份有限公司YUESHENG HE(何悦盛)、山东铭德机械有限公司李继入选国家级重点人才计划", "李继", "person", null],
    ["其中,山推工程机械股份有限公司YUESHENG HE(何悦盛)、山东铭德机械有限公司李继入选国家级重点人才计划", "YUESHENG HE(何悦盛)", "person"],
    ["山推工程机械股份有限公司霍厚志入选国家级制造业先进基础工艺创新人才。", "霍厚志", "person"],
    ["长城控股集团下属长城重工有限公司与山东省济宁市人民政府签署合作协议", "长城重工有限公司", "company"],
    ["长城控股集团下属长城重工有限公司与山东省济宁市人民政府签署合作协议", "长城控股集团", "company"],
    ["济宁高新区管委会与小松(中国)投资有限公司签署小松全球智能制造产业基地项目合作协议", "小松(中国)投资有限公司", "company"],
    ["济宁高新区管委会与小松(中国)投资有限公司签署小松全球智能制造产业基地项目合作协议", "小松全球智能制造产业基地项目", "project"],
    ["与日照银行济宁分行、南京银行下属企业江苏鑫智开展战略合作", "日照银行济宁分行", "company"],
    ["与日照银行济宁分行、南京银行下属企业江苏鑫智开展战略合作", "南京银行", "company"],
    ["中祥金属、神力索具、中北锂电等11家企业过亿元", "神力索具", "company"],
    ["乾钢金属、嘉兴包装、精拓机械等6个项目建成投产", "嘉兴包装", "company"],
    ["9月29日,辰欣药业在上海证券交易所主板挂牌上市", "上海证券交易所", "institution"],
    ["加快山东省激光研究所建设,导入2家国家级、8家省级创新平台", "山东省激光研究所", "institution"],
    ["日前,高新区正式设立了全盘会战的投资促进局", "投资促进局", "government"],
    [
      "2023年9月4日至5日,市委副书记、济宁高新区党工委书记陈成华带队在青岛开展系列招商考察活动",
      "陈成华",
      "person",
      "市委副书记、济宁高新区党工委书记",
    ],
    ["2023年9月4日至5日,市委副书记、济宁高新区党工委书记陈成华带队在青岛开展系列招商考察活动", "青岛", "place"],
    ["通讯员 王婷", "王婷", "person", "通讯员"],
    ["■本报记者 刘菲 曹俐", "曹俐", "person", "记者"],
    ["编辑：晋森 组版：李腾 校对：丁安顺", "丁安顺", "person", "校对"],
    ["柳行街道“杨家河科技产业园”,重点发展商贸物流", "柳行街道", "place"],
    ["柳行街道“杨家河科技产业园”,重点发展商贸物流", "杨家河科技产业园", "park"],
    ["全面启动海川路北跨工程,打通山博路、康泰路等12条断头路", "山博路", "place"],
    ["成功推动腾讯一融发产教融合示范园项目签约并投产运行", "腾讯一融发产教融合示范园项目", "project"],
    ["在高新区分别与中科深圳先进院、宏凯集团、红星美凯龙等11家企业的重点项目进行签约", "宏凯集团", "company"],
    // A 与 inside a project name does not cut it.
    ["其中,凯登绿色制浆装备与集成供应链全球制造中心项目位居第二名", "凯登绿色制浆装备与集成供应链全球制造中心项目", "project"],
    // Industry words alone name a park.
    ["重点发挥高端装备产业城、信息技术产业园、新材料产业园、医养健康产业园四大专业园区招商引资“主战场”作用", "新材料产业园", "park"],
    ["黄屯街道“安全装备产业园”,重点发展安全产业、智能装备制造,同步承担国家安全产业园创建工作", "安全装备产业园", "park"],
    // 顶峰航空 is the company; the product 顶峰盛世龙 is not (see negatives).
    ["该飞行器由顶峰航空自主研发,可搭载5人,巡航速度200公里每小时", "顶峰航空", "company"],
    // 民办/义务教育 describe the school; the name is 修文学校.
    ["预计教育投入预算执行1.5亿元,民办义务教育修文学校实现规范办学", "修文学校", "institution"],
    // The byline as printed: 通讯员 王硕 绪言 张勇 (绪言 "preface" is not a name).
    ["通讯员 王硕 绪言 张勇", "王硕", "person", "通讯员"],
    ["通讯员 王硕 绪言 张勇", "张勇", "person", "通讯员"],
  ];
  it.each(cases)("findMentions(%j) finds %s as %s", async (sentence, name, type, role) => {
    await expectMention(sentence, name, type, role);
  });
});

describe("findMentions on unseen names of the same shapes", () => {
  const cases: Array<[string, string, EntityType, (string | null)?]> = [
    ["2024年3月1日,济宁高新区管委会与华东数控有限公司签署华东数控智能装备基地项目合作协议。", "华东数控有限公司", "company"],
    ["2024年3月1日,济宁高新区管委会与华东数控有限公司签署华东数控智能装备基地项目合作协议。", "华东数控智能装备基地项目", "project"],
    ["推动蓝海新材、北辰光电、东岳精工等8家企业营业收入过亿元。", "北辰光电", "company"],
    ["推动蓝海新材、北辰光电、东岳精工等8家企业营业收入过亿元。", "蓝海新材", "company"],
    ["加快泰山智能装备研究院建设,推动成果转化。", "泰山智能装备研究院", "institution"],
    ["与曲阜师范大学共建联合实验室。", "曲阜师范大学", "institution"],
    ["接庄街道“清河科技产业园”,重点发展新材料。", "清河科技产业园", "park"],
    ["位于运河街道的光明社区完成改造。", "运河街道", "place"],
    ["区委副书记、区长李建国带队赴苏州招商。", "李建国", "person", "区委副书记、区长"],
    ["高新区设立了科技创新局,负责创新平台建设。", "科技创新局", "government"],
    ["鲁西药业在深圳证券交易所挂牌上市。", "鲁西药业", "company"],
    ["其中,蓝海重工精密铸造与智能装配一体化项目位居第三名。", "蓝海重工精密铸造与智能装配一体化项目", "project"],
  ];
  it.each(cases)("findMentions(%j) finds %s as %s", async (sentence, name, type, role) => {
    await expectMention(sentence, name, type, role);
  });
});

describe("findMentions negatives: generic words are not entities", () => {
  const cases: Array<[string, string]> = [
    ["经开区把项目建设放在重要位置,加快推进重点项目建设。", "重点项目"],
    ["经开区把项目建设放在重要位置,加快推进重点项目建设。", "项目"],
    ["该项目建成后围绕清华大学的技术优势。", "该项目"],
    ["2025年是“十四五”规划的收官之年,济宁高新区将坚持把高质量发展作为新时代的硬道理", "十四五"],
    ["2025年是“十四五”规划的收官之年,济宁高新区将坚持把高质量发展作为新时代的硬道理", "新时代"],
    ["2025年是“十四五”规划的收官之年,济宁高新区将坚持把高质量发展作为新时代的硬道理", "高质量发展"],
    ["这里,就是济宁高新区“一区十园”之一。", "一区十园"],
    ["帮助7家企业解决土地244.359亩", "企业"],
    ["所有园区都推行实体化运营", "园区"],
    ["新建7所公办幼儿园,高中学位扩增560个", "公办幼儿园"],
    ["形成“专业、专注、专门、专人”的招商格局", "招商格局"],
    ["走好“有效投资”之路、走好“产业升级”之路", "有效投资”之路"],
    ["实施城区排涝综合整治、市政基础设施维护、雨污分流改造等项目", "雨污分流改造"],
    ["瞄准世界500强、中国500强和知名跨国公司", "知名跨国公司"],
    ["力争在国家高新区中赶超跨越", "高新区"],
    ["实施了27项涵盖就业、教育、养老托育等领域的民生实事项目", "教育"],
    ["严格落实“河长制”“湖长制”", "湖长制"],
    ["拓宽高新区数字经济新质生产力", "拓宽高新区"],
    // A title still to be earned is not a park.
    ["黄屯街道“安全装备产业园”,重点发展安全产业、智能装备制造,同步承担国家安全产业园创建工作", "国家安全产业园"],
    // Modifiers + industry describe a park, they do not name one.
    ["双方共建可满足年产5万台智能绿色工程机械产业园,打造工程机械绿智代表品牌", "智能绿色工程机械产业园"],
    // The product 顶峰盛世龙 is not the company 顶峰航空.
    ["2023年2月,顶峰盛世龙单次航程250.3公里,创造2吨级全球航程纪录。", "顶峰"],
    ["2023年2月,顶峰盛世龙单次航程250.3公里,创造2吨级全球航程纪录。", "顶峰盛世龙"],
    ["预计教育投入预算执行1.5亿元,民办义务教育修文学校实现规范办学", "义务教育修文学校"],
    ["通讯员 王硕 绪言 张勇", "绪言"],
    // 与 joins only when the words after it make a name: 管委会 is one already.
    ["济宁高新区管委会与华东数控智能装备基地项目签约。", "济宁高新区管委会与华东数控智能装备基地项目"],
    ["加快破解企业发展和项目建设中的各项难题", "企业发展和项目"],
  ];
  it.each(cases)("findMentions(%j) does not find %j", async (sentence, word) => {
    await expectNoMention(sentence, word);
  });
});

describe("findMentions with zone context", () => {
  it("findMentions reads 高新区 as the zone only in a 高新区 report", () => {
    const text = "高新区正式设立了投资促进局。";
    const inZone = findMentions(sentenceDoc(text, "济宁高新技术产业开发区"));
    expect(inZone.find((m) => m.text === "高新区")?.canonical).toBe("济宁高新技术产业开发区");
    const elsewhere = findMentions(sentenceDoc(text, "济宁经济技术开发区"));
    expect(elsewhere.find((m) => m.text === "高新区")).toBeUndefined();
  });

  it("findMentions returns document offsets (sentence start added)", () => {
    const doc = sentenceDoc("引言。与南京银行合作。");
    const bank = findMentions(doc).find((m) => m.text === "南京银行")!;
    expect(doc.text.slice(bank.start, bank.end)).toBe("南京银行");
    expect(bank.sentence_id).toBe("t-s1");
  });

  it("findMentions throws TypeError when a sentence does not match the text", () => {
    const doc = sentenceDoc("与南京银行合作。");
    doc.sentences[0]!.text = "别的文字";
    expect(() => findMentions(doc)).toThrow(TypeError);
  });
});
