import { describe, expect, it } from "vitest";
import { lexiconMetricBefore } from "../../../data/extract/attribution/metric.ts";
import { expectFactIn, expectFacts } from "../helpers.ts";

describe("lexiconMetricBefore(view, from, end)", () => {
  it("prefers the longest term ending nearest the number", () => {
    const v = "完成一般公共预算收入2.6亿元";
    expect(lexiconMetricBefore(v, 0, v.indexOf("2.6"))).toBe("一般公共预算收入");
  });
});

describe("metric attribution", () => {
  it("gives growth and rank the metric of the amount before them", () => {
    expectFacts("上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位", [
      { metric: "地区生产总值" },
      { metric: "地区生产总值" },
      { metric: "地区生产总值" },
    ]);
  });

  it("gives each amount its own metric in enumerations (到位资金…、完成实物工作量…)", () => {
    const s = "上半年新签约亿元以上产业项目17个，到位资金25.8亿元、完成实物工作量11.7亿元";
    expectFactIn(s, "25.8亿元", { metric: "到位资金", period: "上半年" });
    expectFactIn(s, "11.7亿元", { metric: "实物工作量" });
  });

  it("gives 其中税收收入 its own metric", () => {
    expectFactIn("1-8月份，完成一般公共预算收入2.6亿元，其中税收收入1.8亿元", "1.8亿元", { metric: "税收收入" });
  });

  it("inherits the previous amount's metric for a growth after 、 (教育投入…1.5亿元、增长4.74%)", () => {
    expectFactIn("预计教育投入预算执行1.5亿元、增长4.74%", "4.74%", { metric: "教育投入", kind: "growth" });
  });

  it("does not let a project rank inherit a count's noun", () => {
    expectFactIn("3个项目入选全市上半年十佳招商引资项目,其中,凯登绿色制浆装备与集成供应链全球制造中心项目位居第二名", "第二名", {
      metric: null,
    });
  });
});

describe("metric attribution: the noun after an amount or measure", () => {
  it.each([
    ["与日照银行济宁分行、南京银行下属企业江苏鑫智开展战略合作，设立5000万元的“政银园投”基金，创新", "5000万元", "“政银园投”基金"],
    ["特别是900马力推土机整车重量达到106吨,打破了国外品牌超大功率推土机市场垄断地位", "900马力", "推土机"],
    [
      "重点推动“一片、一带、一镇、一中心”建设,加快城乡供水一体化、2万亩高标准农田、农村污水处理示范工程等重点项目建设",
      "2万亩",
      "高标准农田",
    ],
    ["提速1.2万亩的产业集聚区建设,重点启动中日韩国际合作项目试验区", "1.2万亩", "产业集聚区"],
    ["实体化运作“一区十园”,高标准建设70万平方米标准化厂房", "70万平方米", "标准化厂房"],
    ["新增水系27公里,实现88公里主要水系连通", "88公里", "主要水系"],
    ["启动百亿技改投资计划,争取企业技改扶持资金2000万元", "百亿", "技改投资计划"],
    ["以小松、长城、山推等领航型企业为牵引,带动国内外19家配套企业落地,三年内将形成千亿元以上规模", "千亿元以上", "规模"],
  ])("extractFacts(%j): %s → metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });

  it.each([
    // A metric before the number wins over a noun after it.
    ["投产后,能带动周边就业1000人以上,入园企业年产值约6亿元,利税5000万元", "5000万元", "利税"],
    ["建立匹配四大产业、规模百亿的产业基金", "百亿", "规模"],
    ["特别是900马力推土机整车重量达到106吨", "106吨", "整车重量"],
    // A 、 ends the clause: 十亿元 modifies a list of project kinds, not a thing after it.
    ["据了解,清控智运项目是济宁高新区通过市场化方式推动落地的十亿元、十强产业项目之一", "十亿元", null],
  ])("extractFacts(%j): %s keeps metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });
});

describe("metric attribution: the classifier's head noun ends a count's noun phrase", () => {
  it.each([
    ["9月22日,在深圳举办的济宁高新区珠三角专题招商推介会上,与中科深圳先进院、红星美凯龙、中建八局等11家企业重点项目签约", "11家", "企业"],
    ["打通山博路、康泰路等12条断头路,完成7座市政桥梁主体工程", "7座", "市政桥梁"],
    // The head at the end of the phrase: nothing to cut.
    ["培育山推5G工厂等10家智能制造标杆企业,新增省级以上“两化融合企业”5家", "10家", "智能制造标杆企业"],
    ["新建7所公办幼儿园,高中学位扩增560个", "7所", "公办幼儿园"],
    // No head of the classifier in the phrase: unchanged.
    ["启动30条交通路网工程建设", "30条", "交通路网工程"],
  ])("extractFacts(%j): %s → metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });

  it.each([
    ["与32家“国字号”科研院所合作,共建创新载体3家", "3家", "创新载体"],
    ["组织各类产学研对接活动57次,达成技术合作协议27项", "57次", "产学研对接活动"],
    ["组织各类产学研对接活动57次,达成技术合作协议27项", "27项", "技术合作协议"],
    ["规范物业服务,全年累计培训项目经理630人,从业人员1200人次", "630人", "项目经理"],
    ["区级文化惠民演出370场次,惠及群众10万余人次", "370场次", "区级文化惠民演出"],
  ])("extractFacts(%j): %s written noun-first → metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });
});

describe("metric attribution: more classifier heads", () => {
  it.each([
    // 台 counts machines: the park after them is what they are made in.
    ["双方共建可满足年产5万台智能绿色工程机械产业园,打造工程机械绿智代表品牌", "5万台", "智能绿色工程机械"],
    ["实现了44台织布机的集中监控和数据分析", "44台", "织布机"],
    // 5个 counts 街道卫生院, not 街道.
    ["聚焦解决看病难、看病贵等问题,5个街道卫生院全部升级为一级甲等医院", "5个", "街道卫生院"],
    ["在区域内设立5个街道属地区区和5个专业产业园区", "5个", "街道"],
  ])("extractFacts(%j): %s → metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });
});

describe("metric attribution: works words, quoted subjects and 和-lists", () => {
  it.each([
    ["全区新增体育健身设施综合体建设4处,新增健身器材120余件", "4处", "体育健身设施综合体"],
    ["完善“街呼区应”,打造“红色物业”10处,居民小区、网格“红帆驿站”覆盖达到100%", "10处", "“红色物业”"],
    // A ratio whose clause names its own quoted subject does not inherit the count's noun.
    ["完善“街呼区应”,打造“红色物业”10处,居民小区、网格“红帆驿站”覆盖达到100%", "100%", null],
    ["先后顺利迎接2次国家级和1次省级现场观摩会", "2次", "国家级现场观摩会"],
    ["先后顺利迎接2次国家级和1次省级现场观摩会", "1次", "省级现场观摩会"],
  ])("extractFacts(%j): %s → metric %s", (s, text, metric) => {
    expectFactIn(s, text, { metric });
  });
});
