// The analyst's table for the four held-out work reports, written by hand after reading them at the
// end of the work (results of 2025 from the review, 2026 targets). Base units: yuan, percent, persons.
import type { HandTable } from "../../../test/indicators/table.ts";

export const HOLDOUT: HandTable = {
  "2026_天津市_政府工作报告.txt": {
    // 全市地区生产总值增长4.8%，一般公共预算收入增长4.1%。
    "gdp/growth/result": { value: 4.8 },
    "general_budget_revenue/growth/result": { value: 4.1 },
    // 民心工程…发放就业创业补贴13亿元，新增就业32.7万人 (the report's own words for its jobs figure)
    "urban_jobs/level/result": { value: 327_000 },
    // 主要预期目标是：地区生产总值增长4.5%…；一般公共预算收入增长2%；城镇调查失业率5.5%左右，城镇新增就业28万人；居民消费价格涨幅2%左右
    "gdp/growth/target": { value: 4.5 },
    "general_budget_revenue/growth/target": { value: 2 },
    "unemployment_rate/level/target": { value: 5.5 },
    "urban_jobs/level/target": { value: 280_000 },
    "cpi/growth/target": { value: 2 },
  },
  "2026_湖南省_政府工作报告.txt": {
    // 全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%…地方一般公共预算收入达3507.6亿元、增长1.7%
    "gdp/level/result": { value: 5.53e12 },
    "gdp/growth/result": { value: 4.8 },
    "general_budget_revenue/level/result": { value: 350.76e9 },
    "general_budget_revenue/growth/result": { value: 1.7 },
    // 城镇新增就业82.7万人
    "urban_jobs/level/result": { value: 827_000 },
    // 今年主要预期目标是：地区生产总值增长5%左右…；地方一般公共预算收入增长1.5%左右；…城镇新增就业70万人；居民消费价格涨幅2%左右
    "gdp/growth/target": { value: 5 },
    "general_budget_revenue/growth/target": { value: 1.5 },
    "urban_jobs/level/target": { value: 700_000 },
    "cpi/growth/target": { value: 2 },
  },
  "2026_甘肃省_政府工作报告.txt": {
    // 全省地区生产总值达到13697.5亿元 (end of 十四五, 2025); 一般公共预算收入从874.6亿元增加到1112.4亿元
    "gdp/level/result": { value: 1369.75e9 },
    "general_budget_revenue/level/result": { value: 111.24e9 },
    // 刚刚过去的2025年…地区生产总值增长5.8%…一般公共预算收入增长5.7%…城镇新增就业31.7万人
    "gdp/growth/result": { value: 5.8 },
    "general_budget_revenue/growth/result": { value: 5.7 },
    "urban_jobs/level/result": { value: 317_000 },
    // 主要预期目标是：地区生产总值增长5.5%左右…；一般公共预算收入同口径增长5.5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅2%
    "gdp/growth/target": { value: 5.5 },
    "general_budget_revenue/growth/target": { value: 5.5 },
    "unemployment_rate/level/target": { value: 5.5 },
    "cpi/growth/target": { value: 2 },
    // 三是支持1万名未就业普通高校毕业生到基层就业，城镇新增就业30万人 (2026年重点工作)
    "urban_jobs/level/target": { value: 300_000 },
  },
  "2026_陕西省_政府工作报告.txt": {
    // 刚刚过去的一年…地区生产总值增长5.1％，城镇新增就业44.1万人
    "gdp/growth/result": { value: 5.1 },
    "urban_jobs/level/result": { value: 441_000 },
    // 实施促进高质量充分就业“一揽子”政策…城镇调查失业率5.3％
    "unemployment_rate/level/result": { value: 5.3 },
    // 主要预期目标是：生产总值增长5％左右…一般公共预算收入增长3％…城镇新增就业40万人以上，城镇调查失业率5.5％左右，居民消费价格涨幅2％左右
    "gdp/growth/target": { value: 5 },
    "general_budget_revenue/growth/target": { value: 3 },
    "urban_jobs/level/target": { value: 400_000 },
    "unemployment_rate/level/target": { value: 5.5 },
    "cpi/growth/target": { value: 2 },
  },
};
