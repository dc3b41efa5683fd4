import { describe, expect, it } from "vitest";
import { rejoinParagraphs, sourceLines } from "../../data/normalize/index.ts";

const rejoin = (raw: string) => rejoinParagraphs(sourceLines(raw));

describe("rejoinParagraphs", () => {
  it.each([
    [
      "a break before a quote (000)",
      "设立5000万元的“政银园投”基金，创新\n\n“小股权+大债权”投贷联动模式，帮助解决一批初创期、成长期科技型企业融资难题。",
      "设立5000万元的“政银园投”基金，创新“小股权+大债权”投贷联动模式，帮助解决一批初创期、成长期科技型企业融资难题。",
    ],
    [
      "a break inside a name (002)",
      "同步承担省科技金融试点园区建设工作;柳行街道“杨家河\n\n科技产业园”,重点发展商贸物流、总部经济、专用汽车及零部件产业;",
      "同步承担省科技金融试点园区建设工作;柳行街道“杨家河科技产业园”,重点发展商贸物流、总部经济、专用汽车及零部件产业;",
    ],
    [
      "a break inside a word (000)",
      "聚焦“十强”产业、基础设施“七网”建设、社会民生等重点领域谋划项目，实施挂图\n\n作战、定期调度、重点跟踪、靠上服务。",
      "聚焦“十强”产业、基础设施“七网”建设、社会民生等重点领域谋划项目，实施挂图作战、定期调度、重点跟踪、靠上服务。",
    ],
    [
      "a short broken line (003)",
      "拿出绣花功夫,打好\n\n“露天烧烤、渣土治理”等六大攻坚战,全面提升城市管理科学化、精细化水平。",
      "拿出绣花功夫,打好“露天烧烤、渣土治理”等六大攻坚战,全面提升城市管理科学化、精细化水平。",
    ],
    [
      "a break after a digit (003)",
      "实施党建指导员制度,组建“区域党建联合体”“商圈党建联盟”等,年内打造3\n\n处园区党群中心、创建8个“六好”示范点。",
      "实施党建指导员制度,组建“区域党建联合体”“商圈党建联盟”等,年内打造3处园区党群中心、创建8个“六好”示范点。",
    ],
    [
      "a short continuation ending in an ellipsis (002)",
      "11月25日,济宁玉柴三款低排量柴油发动机同步下线,标志着济宁\n\n装备制造业向高端转型升级……",
      "11月25日,济宁玉柴三款低排量柴油发动机同步下线,标志着济宁装备制造业向高端转型升级……",
    ],
    [
      "two Latin words",
      "其中,山推工程机械股份有限公司YUESHENG\n\nHE(何悦盛)入选。",
      "其中,山推工程机械股份有限公司YUESHENG HE(何悦盛)入选。",
    ],
  ])("rejoinParagraphs glues %s", (_name, raw, joined) => {
    expect(rejoin(raw)).toEqual([joined]);
  });

  it("rejoinParagraphs moves image captions found inside a break after the paragraph (001)", () => {
    const raw =
      "其中,积极推进公办学前教育资源扩容提质,新建7所公\n\n\n\n加大创新激发新活力。\n\n\n\n惠民活动提升居民幸福指数。\n\n\n\n办幼儿园,高中学位扩增560个;";
    expect(rejoin(raw)).toEqual([
      "其中,积极推进公办学前教育资源扩容提质,新建7所公办幼儿园,高中学位扩增560个;",
      "加大创新激发新活力。",
      "惠民活动提升居民幸福指数。",
    ]);
  });

  it.each([
    [
      "a finished sentence and the next paragraph (000)",
      "规上工业增加值增长12%，位列全市第2位。\n\n济宁经开区发挥区位优势，加速产业集聚成型。",
      ["规上工业增加值增长12%，位列全市第2位。", "济宁经开区发挥区位优势，加速产业集聚成型。"],
    ],
    [
      "an unfinished paragraph and a plain heading (002)",
      "力争在国家高新区中赶超跨越、争先\n\n创新招商引资体制机制\n\n9月22日,在改革开放的最前沿。",
      ["力争在国家高新区中赶超跨越、争先", "创新招商引资体制机制", "9月22日,在改革开放的最前沿。"],
    ],
    [
      "an unfinished paragraph and a marked heading (003)",
      "四大产业总产值突破2000亿,各园区重点打好四场“硬仗”\n\n### ◎打好产业集聚区建设“硬仗”",
      ["四大产业总产值突破2000亿,各园区重点打好四场“硬仗”", "### ◎打好产业集聚区建设“硬仗”"],
    ],
    [
      "a title, subtitle and byline (000)",
      "济宁经开区以“产业立区、制造强区、特色兴区”\n\n产业集聚加速成型，双招双引成效显著\n\n通讯员 王婷",
      ["济宁经开区以“产业立区、制造强区、特色兴区”", "产业集聚加速成型，双招双引成效显著", "通讯员 王婷"],
    ],
    [
      "a short finished line after one blank line is not a caption",
      "济宁玉柴三款低排量柴油发动机同步下线,标志着济宁\n\n装备制造业向高端转型升级。\n\n大时代呼唤大担当。",
      ["济宁玉柴三款低排量柴油发动机同步下线,标志着济宁装备制造业向高端转型升级。", "大时代呼唤大担当。"],
    ],
  ])("rejoinParagraphs keeps apart %s", (_name, raw, paragraphs) => {
    expect(rejoin(raw)).toEqual(paragraphs);
  });

  it("rejoinParagraphs takes a caption-like line as the continuation when no body line follows it", () => {
    const raw = "其中,积极推进公办学前教育资源扩容提质,新建7所公\n\n\n\n加大创新激发新活力。\n\n\n\n办幼儿园。\n\n\n\n## 下一节";
    expect(rejoin(raw)).toEqual(["其中,积极推进公办学前教育资源扩容提质,新建7所公办幼儿园。", "加大创新激发新活力。", "## 下一节"]);
  });

  // 新疆 2022 一季度 project-start news (天山网, traditional characters as published): a headline with a comma, a blank
  // line, then the lead's date. A broken sentence at a document's start, or before a line that is no lead, is glued.
  it.each([
    [
      "4467個項目復工開工，新疆吹響發展沖鋒號\n\n3月17日，2022年一季度新疆維吾爾自治區重大項目集中復工開工儀式在烏魯木齊和新疆各地同時舉行。",
      [
        "4467個項目復工開工，新疆吹響發展沖鋒號",
        "3月17日，2022年一季度新疆維吾爾自治區重大項目集中復工開工儀式在烏魯木齊和新疆各地同時舉行。",
      ],
    ],
    [
      "济宁玉柴三款低排量柴油发动机同步下线,标志着济宁\n\n装备制造业向高端转型升级。",
      ["济宁玉柴三款低排量柴油发动机同步下线,标志着济宁装备制造业向高端转型升级。"],
    ],
    [
      "4467個項目復工開工，新疆吹響發展沖鋒號\n3月17日，重大項目集中復工開工儀式在烏魯木齊舉行。",
      ["4467個項目復工開工，新疆吹響發展沖鋒號3月17日，重大項目集中復工開工儀式在烏魯木齊舉行。"],
    ],
  ])("rejoinParagraphs keeps a document's headline off its lead only after a blank line: %s", (raw, paragraphs) => {
    expect(rejoin(raw)).toEqual(paragraphs);
  });

  it("rejoinParagraphs keeps an unfinished last line as it is", () => {
    expect(rejoin("济宁高新区黄河新区建设战时指挥部,")).toEqual(["济宁高新区黄河新区建设战时指挥部,"]);
  });
});
