// Figures that name a part or a flow of an indicator, not the indicator (real sentences; sources in the rows):
// trade of one channel or partner (跨境电商进出口, 对东盟进出口), exports alone (外贸出口), a migration flow of the
// population (常住人口…净流入), next to sentences where the indicator is the total; and a fall written 微降.
import { describe, it } from "vitest";
import { expectFactIn } from "../helpers.ts";

type Row = [source: string, sentence: string, text: string, check: Record<string, unknown>];

const CASES: Row[] = [
  // a channel's or a partner's trade is not the trade total
  ["黑龙江 2026 work report", "外贸新业态积极发展，跨境电商进出口增长61.6%。", "61.6%", { indicator: null }],
  ["广西 2026 work report", "对东盟进出口增长8%，互市贸易、跨境人民币结算量连续多年稳居西部和边境省区首位。", "8%", { indicator: null }],
  ["广东 2026 work report", "对共建“一带一路”国家进出口增长38%，中欧班列开行数量增长39.6%。", "38%", { indicator: null }],
  [
    "辽宁 2026 work report",
    "全面实施跨境电商加快发展行动，跨境电商进出口增长15%以上。进出口总额增长3.5%左右。",
    "15%以上",
    { indicator: null },
  ],
  // …while the total keeps its name, after a place, a year or a verb
  [
    "辽宁 2026 work report",
    "全面实施跨境电商加快发展行动，跨境电商进出口增长15%以上。进出口总额增长3.5%左右。",
    "3.5%左右",
    { indicator: "foreign_trade" },
  ],
  [
    "广东 2026 work report",
    "加快建立面向中长期的进出口贸易对冲平衡机制，全年进出口总额增长3%左右。",
    "3%左右",
    { indicator: "foreign_trade" },
  ],
  ["天津 2026 work report", "增强进口商品区域集散和延链增值功能，外贸进出口超8500亿元。", "超8500亿元", { indicator: "foreign_trade" }],
  ["江西 2026 work report", "社会消费品零售总额增长4.7%，外贸进出口增长2.7%。", "2.7%", { indicator: "foreign_trade" }],
  [
    "海南 2026 work report",
    "地区生产总值增长4%，规上工业增加值增长9.9%，社会消费品零售总额增长5%，服务进出口总额增长22.1%，实际使用外资增长19.9%。",
    "22.1%",
    { indicator: null },
  ],
  // 微降 is a fall (data/extract/lexicon.ts GROWTH_DOWN_CUE)
  [
    "海南 2026 work report",
    "CPI微降0.1%，城镇调查失业率5.2%，城镇、农村居民人均可支配收入分别增长3.4%、5.2%。",
    "0.1%",
    { indicator: "cpi", value: -0.1 },
  ],
  // some projects' investment is not the region's fixed-asset investment
  ["西藏 2026 work report", "加大“双招双引”力度，确保招商引资项目完成固定资产投资220亿元。", "220亿元", { indicator: null }],
  [
    "西藏 2026 work report",
    "地区生产总值增长7%，固定资产投资增长17.2%，社会消费品零售总额增长4.4%。",
    "17.2%",
    { indicator: "fixed_asset_investment" },
  ],
  // exports alone are not the trade total
  [
    "浙江 2026 work report",
    "持续打好“稳拓调优”组合拳，外贸出口增长7.2%，其中对东盟、非洲、中东、拉美等新兴市场出口快速增长。",
    "7.2%",
    { indicator: null },
  ],
  ["辽宁 2026 work report", "外贸外资稳量提质。外贸出口总额增长8%。", "8%", { indicator: null }],
  // a migration flow is not the population; an increase is not its level
  ["辽宁 2026 work report", "去年常住人口省际净流入4.5万人，越来越多的人对辽宁投下“信任票”。", "4.5万人", { indicator: null }],
  [
    "中新财经 2024 (千万人口城市变局)",
    "北京2023年末全市常住人口2185.8万人，比上年末增加1.5万人，结束了六连降。",
    "1.5万人",
    { indicator: null },
  ],
  [
    "中新财经 2024 (千万人口城市变局)",
    "北京2023年末全市常住人口2185.8万人，比上年末增加1.5万人，结束了六连降。",
    "2185.8万人",
    { indicator: "population" },
  ],
  // the year's new above-scale firms are not the number of them
  [
    "云南 2026 work report",
    "用好国补资金和“两个10亿元”省级资金，带动消费超650亿元，新增规模以上工业企业755户。",
    "755户",
    { indicator: null },
  ],
  ["云南 2026 work report", "园区新增规模以上工业企业600户左右，主导产业集中度提升至55%以上。", "600户左右", { indicator: null }],
  // …while the firms a place has keep the name
  [
    "seeds/000 (a zone's 2024 half-year news)",
    "高端装备制造产业集群、新能源新材料产业链条集聚规模以上工业企业61家。",
    "61家",
    { indicator: "above_scale_enterprises" },
  ],
];

describe("parts and flows of an indicator", () => {
  for (const [source, sentence, text, check] of CASES) {
    it(`${source}: ${text} in ${sentence.slice(0, 24)}…`, () => {
      expectFactIn(sentence, text, check, 2025);
    });
  }
});
