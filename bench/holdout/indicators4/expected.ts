// Hand-checked cells for the fourth held-out set (SOURCES.md), read off each text by hand before the
// pipeline was run on any of them: region × indicator × measure × target/result × year. Format as in
// ../indicators3/expected.ts: base units (yuan, USD for 美元, percent, persons, tonnes: 1 斤 = 0.5 kg), key
// "indicator/measure/scope/year", a number or { value, high } for a range. Required: the review's headline
// figures for last year and this year's yearly targets. Not cells: a five-year review's averages (年均),
// per-year figures over five years (每年), cumulative totals and the 十五五 plan's five-year targets; a
// share of trade (外贸出口) is not the trade total. OPTIONAL: absent is fine, present with a listed value is
// fine, anything else is invented.
import type { HandCells } from "../indicators3/expected.ts";

/** The region each file's table is about (indicator_values.region). */
export const REGION: Record<string, string> = {
  "01_辽宁省_2026_政府工作报告.txt": "辽宁省",
  "02_郑州市_2026_政府工作报告.txt": "郑州市",
  "03_沧州市_2025_政府工作报告.txt": "沧州市",
  "04_安庆市_2025_政府工作报告.txt": "安庆市",
  "05_芜湖市_2024_政府工作报告.txt": "芜湖市",
  "06_芜湖市_2025_政府工作报告_重点工作.txt": "芜湖市",
};

export const EXPECTED: HandCells = {
  "01_辽宁省_2026_政府工作报告.txt": {
    // 地区生产总值增长3.7%，一般公共预算收入增长0.4%，城镇新增就业48万人，城镇和农村居民人均可支配收入分别增长4.3%、5.3%
    "gdp/growth/result/2025": 3.7,
    "general_budget_revenue/growth/result/2025": 0.4,
    "urban_jobs/level/result/2025": 480_000,
    "urban_disposable_income/growth/result/2025": 4.3,
    "rural_disposable_income/growth/result/2025": 5.3,
    // 社会消费品零售总额增长1.4%; 规上工业增加值增长0.6%; 实际使用外资33.8亿美元，增长10%
    "retail_sales/growth/result/2025": 1.4,
    "industrial_value_added/growth/result/2025": 0.6,
    "foreign_investment/level/result/2025": 3.38e9,
    "foreign_investment/growth/result/2025": 10,
    // 粮食产量515.6亿斤、创历史新高
    "grain_output/level/result/2025": 25_780_000,
    // 主要预期目标是：地区生产总值增长4.5%左右，…一般公共预算收入增长2.5%左右，城镇新增就业45万人以上，城镇调查失业率
    // 5.5%左右，居民消费价格涨幅2%左右
    "gdp/growth/target/2026": 4.5,
    "general_budget_revenue/growth/target/2026": 2.5,
    "urban_jobs/level/target/2026": 450_000,
    "unemployment_rate/level/target/2026": 5.5,
    "cpi/growth/target/2026": 2,
    // plan: 社会消费品零售总额增长4%左右; 固定资产投资增长3%左右; 规模以上工业增加值增长3.5%左右; 进出口总额增长3.5%左右
    "retail_sales/growth/target/2026": 4,
    "fixed_asset_investment/growth/target/2026": 3,
    "industrial_value_added/growth/target/2026": 3.5,
    "foreign_trade/growth/target/2026": 3.5,
  },
  "02_郑州市_2026_政府工作报告.txt": {
    // 初步核算，地区生产总值突破1.52万亿元、增长5.4%，规上工业增加值增长9%…，社会消费品零售总额增长5%，一般公共预算收入增长2.3%
    "gdp/level/result/2025": 1.52e12,
    "gdp/growth/result/2025": 5.4,
    "industrial_value_added/growth/result/2025": 9,
    "retail_sales/growth/result/2025": 5,
    "general_budget_revenue/growth/result/2025": 2.3,
  },
  "03_沧州市_2025_政府工作报告.txt": {
    // 全年地区生产总值增长5.5%，固定资产投资增长8.9%，规上工业增加值增长7.5%，社会消费品零售总额增长6%，进出口总值增长18.2%，
    // 居民人均可支配收入增长5.6%
    "gdp/growth/result/2024": 5.5,
    "fixed_asset_investment/growth/result/2024": 8.9,
    "industrial_value_added/growth/result/2024": 7.5,
    "retail_sales/growth/result/2024": 6,
    "foreign_trade/growth/result/2024": 18.2,
    "disposable_income/growth/result/2024": 5.6,
  },
  "04_安庆市_2025_政府工作报告.txt": {
    // 全年GDP增长6%，…总量跨过3000亿元历史性节点
    "gdp/growth/result/2024": 6,
  },
  "05_芜湖市_2024_政府工作报告.txt": {
    // 全市实现地区生产总值4800亿元左右(预计数，下同)，增长6%；一般公共预算收入414.3亿元，增长6.6%；社会消费品零售总额2100亿元，
    // 增长5%以上；居民人均可支配收入增长6.5%
    "gdp/level/result/2023": 4.8e11,
    "gdp/growth/result/2023": 6,
    "general_budget_revenue/level/result/2023": 4.143e10,
    "general_budget_revenue/growth/result/2023": 6.6,
    "retail_sales/level/result/2023": 2.1e11,
    "retail_sales/growth/result/2023": 5,
    "disposable_income/growth/result/2023": 6.5,
  },
  "06_芜湖市_2025_政府工作报告_重点工作.txt": {
    // 2025年主要预期目标是：地区生产总值增长6%以上；固定资产投资增长6%左右；规上工业增加值增长9%以上；社会消费品零售总额增长
    // 5%左右；一般公共预算收入增长3%左右
    "gdp/growth/target/2025": 6,
    "fixed_asset_investment/growth/target/2025": 6,
    "industrial_value_added/growth/target/2025": 9,
    "retail_sales/growth/target/2025": 5,
    "general_budget_revenue/growth/target/2025": 3,
  },
};

export const OPTIONAL: Record<string, Record<string, number[]>> = {
  // 总量跨过3000亿元历史性节点: a threshold crossed, not the level
  "04_安庆市_2025_政府工作报告.txt": { "gdp/level/result/2024": [3e11] },
};
