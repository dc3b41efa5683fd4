// Hand-checked cells for the fifth held-out set (SOURCES.md), the final blind set: read off each text by
// hand before the pipeline was run on any of them. Format and rules as in ../indicators4/expected.ts.
import type { HandCells } from "../indicators3/expected.ts";

/** The region each file's table is about (indicator_values.region). */
export const REGION: Record<string, string> = {
  "01_湖北省_2026_政府工作报告.txt": "湖北省",
  "02_咸阳市_2026_政府工作报告_新闻.txt": "咸阳市",
  "03_宝鸡市_2024_政府工作报告_摘要.txt": "宝鸡市",
  "04_襄阳市_2026_政府工作报告.txt": "襄阳市",
  "05_玉林市_2025_政府工作报告.txt": "玉林市",
};

export const EXPECTED: HandCells = {
  "01_湖北省_2026_政府工作报告.txt": {
    // 2025: 地区生产总值增长5.5%; 地方一般公共预算收入突破4000亿元、达到4211亿元，其中税收收入增长3%; 进出口总额增长18.2%
    "gdp/growth/result/2025": 5.5,
    "general_budget_revenue/level/result/2025": 4.211e11,
    "tax_revenue/growth/result/2025": 3,
    "foreign_trade/growth/result/2025": 18.2,
    // 主要预期目标是：经济增长5.5%左右…；城镇调查失业率5.5%左右，城镇新增就业70万人以上；居民消费价格涨幅2%左右；…粮食产量
    // 继续保持500亿斤以上
    "gdp/growth/target/2026": 5.5,
    "unemployment_rate/level/target/2026": 5.5,
    "urban_jobs/level/target/2026": 700_000,
    "cpi/growth/target/2026": 2,
    "grain_output/level/target/2026": 25_000_000,
  },
  "02_咸阳市_2026_政府工作报告_新闻.txt": {
    // 2025: 全市生产总值增长5.5%，一般公共预算收入增长3.1%
    "gdp/growth/result/2025": 5.5,
    "general_budget_revenue/growth/result/2025": 3.1,
    // 主要预期目标是：生产总值增长5.5%以上，一般公共预算收入增长3%左右，居民收入增长6%左右，居民消费价格涨幅2%左右
    "gdp/growth/target/2026": 5.5,
    "general_budget_revenue/growth/target/2026": 3,
    "disposable_income/growth/target/2026": 6,
    "cpi/growth/target/2026": 2,
  },
  "03_宝鸡市_2024_政府工作报告_摘要.txt": {
    // 2023: 全年地区生产总值增长3.3%、规模以上工业增加值增长4.9%、全体居民人均可支配收入增长6.8%，一般公共预算收入突破百亿、
    // 达到102.57亿元、增长10.7%
    "gdp/growth/result/2023": 3.3,
    "industrial_value_added/growth/result/2023": 4.9,
    "disposable_income/growth/result/2023": 6.8,
    "general_budget_revenue/level/result/2023": 1.0257e10,
    "general_budget_revenue/growth/result/2023": 10.7,
  },
  // No headline figure in these openings: every watched row would be invented.
  "04_襄阳市_2026_政府工作报告.txt": {},
  "05_玉林市_2025_政府工作报告.txt": {},
};

export const OPTIONAL: Record<string, Record<string, number[]>> = {
  "01_湖北省_2026_政府工作报告.txt": {
    // the 十四五 review's end levels (地区生产总值迈上6万亿元台阶，达到62661亿元; 社会消费品零售总额增至2.79万亿元) and 粮食总产量
    // 稳定在550亿斤左右 (over the five years): a reader may or may not put them in 2025. (2.79万亿元 was mistyped
    // 2.79e13 at the blind score; corrected after it, see RESULTS.md.)
    "gdp/level/result/2025": [6.2661e12],
    "retail_sales/level/result/2025": [2.79e12],
    "grain_output/level/result/2025": [27_500_000],
  },
};
