// Hand-checked cells for the third held-out set (SOURCES.md), read off each text by hand before the
// pipeline was run on any of them: region × indicator × measure × target/result × year. Base units:
// yuan (USD for figures given in 美元), percent, persons, tonnes (1 斤 = 0.5 kg). Key:
// "indicator/measure/scope/year"; a number, or { value, high } for a range (value = its low end).
// Required cells: the review's headline figures for last year (also a level stated for the last year of
// a five-year review, 达到…), the 主要预期目标 and this year's yearly targets stated in the plan.
// OPTIONAL: cells a reader may or may not put in the table (a threshold such as 突破/以上 in a five-year
// review, a 控制目标 quoted by a bulletin); absent is fine, present with one of the listed values is fine,
// present with another value counts as invented.
export type HandCell = number | { value: number; high: number };
export type HandCells = Record<string, Record<string, HandCell>>;

/** The region each file's table is about (indicator_values.region). */
export const REGION: Record<string, string> = {
  "01_云南省_2026_政府工作报告.txt": "云南省",
  "02_江西省_2026_政府工作报告.txt": "江西省",
  "03_福建省_2026_政府工作报告.txt": "福建省",
  "04_内蒙古自治区_2026_政府工作报告.txt": "内蒙古自治区",
  "05_北林区_2025_政府工作报告.txt": "北林区",
  "06_靖安县_2025_政府工作报告.txt": "靖安县",
  "07_进贤县_2019_政府工作报告.txt": "进贤县",
  "08_玉环市_2019_统计公报.txt": "玉环市",
  "09_浙江省_2023_统计公报.txt": "浙江省",
};

export const EXPECTED: HandCells = {
  "01_云南省_2026_政府工作报告.txt": {
    // 完成地区生产总值32765亿元、增长4.1%，规模以上工业增加值增长4.5%，…社会消费品零售总额增长2.4%，货物贸易进出口总额
    // 增长10.2%，地方一般公共预算收入增长2.3%…，城镇调查失业率均值5.2%，居民人均可支配收入增长4.6%。
    "gdp/level/result/2025": 3.2765e12,
    "gdp/growth/result/2025": 4.1,
    "industrial_value_added/growth/result/2025": 4.5,
    "retail_sales/growth/result/2025": 2.4,
    "foreign_trade/growth/result/2025": 10.2,
    "general_budget_revenue/growth/result/2025": 2.3,
    "unemployment_rate/level/result/2025": 5.2,
    "disposable_income/growth/result/2025": 4.6,
    // 主要预期目标为：地区生产总值增长4.5%左右，…地方一般公共预算收入增长2%，城镇调查失业率5.5%以内，城镇新增就业50万人
    // 以上，…粮食总产量稳定在1955万吨以上
    "gdp/growth/target/2026": 4.5,
    "general_budget_revenue/growth/target/2026": 2,
    "unemployment_rate/level/target/2026": 5.5,
    "urban_jobs/level/target/2026": 500_000,
    "grain_output/level/target/2026": 19_550_000,
    // 抓实常态化帮扶 (2026 plan): 农村居民人均可支配收入增长6%以上。
    "rural_disposable_income/growth/target/2026": 6,
  },
  "02_江西省_2026_政府工作报告.txt": {
    // 地区生产总值增长5.2%，规模以上工业增加值增长7.5%，固定资产投资增长1.6%，社会消费品零售总额增长4.7%…外贸进出口增长2.7%
    "gdp/growth/result/2025": 5.2,
    "industrial_value_added/growth/result/2025": 7.5,
    "fixed_asset_investment/growth/result/2025": 1.6,
    "retail_sales/growth/result/2025": 4.7,
    "foreign_trade/growth/result/2025": 2.7,
    // 粮食总产达446.1亿斤
    "grain_output/level/result/2025": 22_305_000,
    // 城镇、农村居民人均可支配收入分别增长4.3%、5.7%
    "urban_disposable_income/growth/result/2025": 4.3,
    "rural_disposable_income/growth/result/2025": 5.7,
    // 五年来…地区生产总值突破3万亿元、达3.6万亿元，人均地区生产总值突破1万美元、达1.12万美元
    "gdp/level/result/2025": 3.6e12,
    "gdp_per_capita/level/result/2025": 11_200,
    // 主要预期目标是：地区生产总值增长5%-5.5%，规模以上工业增加值增长7.3%以上，固定资产投资增长3.5%左右，社会消费品零售
    // 总额增长4.5%以上，城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右，居民消费价格涨幅2%左右，城镇调查失业率控制
    // 在5.5%左右
    "gdp/growth/target/2026": { value: 5, high: 5.5 },
    "industrial_value_added/growth/target/2026": 7.3,
    "fixed_asset_investment/growth/target/2026": 3.5,
    "retail_sales/growth/target/2026": 4.5,
    "urban_disposable_income/growth/target/2026": 4.5,
    "rural_disposable_income/growth/target/2026": 5.5,
    "cpi/growth/target/2026": 2,
    "unemployment_rate/level/target/2026": 5.5,
    // plan: 粮食总产436亿斤以上; 城镇新增就业41万人
    "grain_output/level/target/2026": 21_800_000,
    "urban_jobs/level/target/2026": 410_000,
  },
  "03_福建省_2026_政府工作报告.txt": {
    // 2025年全省地区生产总值60199.45亿元、增长5%，地方一般公共预算收入3723.35亿元、增长3%，社会消费品零售总额增长4.4%，
    // 固定资产投资下降3.3%，进出口下降5.4%，城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%，城镇调查失业率4.7%，
    // 居民消费价格与上年持平。
    "gdp/level/result/2025": 6.019945e12,
    "gdp/growth/result/2025": 5,
    "general_budget_revenue/level/result/2025": 372.335e9,
    "general_budget_revenue/growth/result/2025": 3,
    "retail_sales/growth/result/2025": 4.4,
    "fixed_asset_investment/growth/result/2025": -3.3,
    "foreign_trade/growth/result/2025": -5.4,
    "urban_disposable_income/growth/result/2025": 4.5,
    "rural_disposable_income/growth/result/2025": 5.7,
    "unemployment_rate/level/result/2025": 4.7,
    "cpi/growth/result/2025": 0,
    // 就业促进更有力 (2025): 城镇新增就业54.58万人
    "urban_jobs/level/result/2025": 545_800,
    // 主要预期目标是：全省地区生产总值增长5%左右…；城镇调查失业率控制在5%左右，城镇新增就业50万人；居民消费价格涨幅2%左右；
    // …粮食产量513万吨以上
    "gdp/growth/target/2026": 5,
    "unemployment_rate/level/target/2026": 5,
    "urban_jobs/level/target/2026": 500_000,
    "cpi/growth/target/2026": 2,
    "grain_output/level/target/2026": 5_130_000,
  },
  "04_内蒙古自治区_2026_政府工作报告.txt": {
    // 地区生产总值增长4.7%…，规上工业增加值增长6.7%…，固定资产投资增长4%…，社会消费品零售总额增长4.3%…，进出口总值增长6.4%
    "gdp/growth/result/2025": 4.7,
    "industrial_value_added/growth/result/2025": 6.7,
    "fixed_asset_investment/growth/result/2025": 4,
    "retail_sales/growth/result/2025": 4.3,
    "foreign_trade/growth/result/2025": 6.4,
    // 这五年…经济总量达到2.67万亿元…进出口总值翻番达到2206亿元
    "gdp/level/result/2025": 2.67e12,
    "foreign_trade/level/result/2025": 220.6e9,
    // 主要预期目标是：地区生产总值增长5%左右…；城镇调查失业率5.7%左右，城镇新增就业18万人以上；居民消费价格涨幅2%左右；
    // …粮食产量超过840亿斤
    "gdp/growth/target/2026": 5,
    "unemployment_rate/level/target/2026": 5.7,
    "urban_jobs/level/target/2026": 180_000,
    "cpi/growth/target/2026": 2,
    "grain_output/level/target/2026": 42_000_000,
  },
  "05_北林区_2025_政府工作报告.txt": {
    // 2024年末,地区生产总值预计完成230.6亿元,增长4%;…规上工业增加值增长6.5%;固定资产投资预计完成38.7亿元,增长-18.9%;
    // 社会消费品零售总额预计完成78.2亿元,增长1%;…外贸进出口总额预计完成2亿元,增长12%;一般公共预算收入完成10亿元,增长14%
    "gdp/level/result/2024": 23.06e9,
    "gdp/growth/result/2024": 4,
    "industrial_value_added/growth/result/2024": 6.5,
    "fixed_asset_investment/level/result/2024": 3.87e9,
    "fixed_asset_investment/growth/result/2024": -18.9,
    "retail_sales/level/result/2024": 7.82e9,
    "retail_sales/growth/result/2024": 1,
    "foreign_trade/level/result/2024": 0.2e9,
    "foreign_trade/growth/result/2024": 12,
    "general_budget_revenue/level/result/2024": 1e9,
    "general_budget_revenue/growth/result/2024": 14,
    // 粮食产量实现26.92亿斤
    "grain_output/level/result/2024": 1_346_000,
  },
  "06_靖安县_2025_政府工作报告.txt": {
    // GDP增长6.0%,首次突破百亿元大关,达到100.6亿元…;规模以上工业增加值增长10.8%,固定资产投资增长5.5%,社会消费品零售总额增长5.9%
    "gdp/growth/result/2024": 6,
    "gdp/level/result/2024": 10.06e9,
    "industrial_value_added/growth/result/2024": 10.8,
    "fixed_asset_investment/growth/result/2024": 5.5,
    "retail_sales/growth/result/2024": 5.9,
  },
  "07_进贤县_2019_政府工作报告.txt": {
    // 全年共实现地区生产总值362.7亿元,同比增长9.1%;规模以上工业增加值增长9.9%;社会消费品零售总额98.9亿元,增长12.2%。
    // 完成固定资产投资166.5亿元,增长11.6%;…一般公共预算收入17.5亿元,增长11.5%;实际利用外资15975万美元,增长20.1%;…
    // 城镇和农村居民人均可支配收入分别达34525元、18352元,分别增长8.5%、9%。
    "gdp/level/result/2018": 36.27e9,
    "gdp/growth/result/2018": 9.1,
    "industrial_value_added/growth/result/2018": 9.9,
    "retail_sales/level/result/2018": 9.89e9,
    "retail_sales/growth/result/2018": 12.2,
    "fixed_asset_investment/level/result/2018": 16.65e9,
    "fixed_asset_investment/growth/result/2018": 11.6,
    "general_budget_revenue/level/result/2018": 1.75e9,
    "general_budget_revenue/growth/result/2018": 11.5,
    "foreign_investment/level/result/2018": 159.75e6,
    "foreign_investment/growth/result/2018": 20.1,
    "urban_disposable_income/level/result/2018": 34_525,
    "rural_disposable_income/level/result/2018": 18_352,
    "urban_disposable_income/growth/result/2018": 8.5,
    "rural_disposable_income/growth/result/2018": 9,
  },
  "08_玉环市_2019_统计公报.txt": {
    // 全市实现生产总值617.50亿元,按可比价格计算,比上年增长5.2%
    "gdp/level/result/2019": 61.75e9,
    "gdp/growth/result/2019": 5.2,
    // 户籍人均生产总值为141647元,比上年增长4.8%…;常住人均生产总值为98094元,增长4.8%
    "gdp_per_capita/growth/result/2019": 4.8,
  },
  "09_浙江省_2023_统计公报.txt": {
    // 2023年全省生产总值[2]82553亿元,比上年增长6.0%…人均地区生产总值为125043元…,增长5.3%
    "gdp/level/result/2023": 8.2553e12,
    "gdp/growth/result/2023": 6,
    "gdp_per_capita/level/result/2023": 125_043,
    "gdp_per_capita/growth/result/2023": 5.3,
    // 年末全省常住人口6627万人
    "population/level/result/2023": 66_270_000,
    // 全年城镇新增就业116.3万人…城镇调查失业率平均值为4.6%
    "urban_jobs/level/result/2023": 1_163_000,
    "unemployment_rate/level/result/2023": 4.6,
    // 全年居民消费价格比上年上涨0.3%
    "cpi/growth/result/2023": 0.3,
  },
};

export const OPTIONAL: Record<string, Record<string, readonly number[]>> = {
  "01_云南省_2026_政府工作报告.txt": {
    // 十四五 review: 粮食…年度产量首次突破2000万吨; 居民人均可支配收入超3.1万元
    "grain_output/level/result/2025": [20_000_000],
    // Added post hoc (after the blind score; a threshold of the same five-year review that the hand table
    // had overlooked): 人均地区生产总值超1万美元
    "gdp_per_capita/level/result/2025": [10_000],
    "disposable_income/level/result/2025": [31_000],
  },
  "04_内蒙古自治区_2026_政府工作报告.txt": {
    // 这五年: 一般公共预算收入…稳步达到3000亿元以上; 居民人均可支配收入突破4万元
    "general_budget_revenue/level/result/2025": [300e9],
    "disposable_income/level/result/2025": [40_000],
  },
  "08_玉环市_2019_统计公报.txt": {
    // 户籍 or 常住 per-capita GDP: a reader may take either
    "gdp_per_capita/level/result/2019": [141_647, 98_094],
  },
  "09_浙江省_2023_统计公报.txt": {
    // 城镇调查失业率平均值为4.6%,低于5%的控制目标
    "unemployment_rate/level/target/2023": [5],
  },
};
