// Hand-checked cells for the second held-out set (SOURCES.md): region × indicator × measure ×
// target/result × year, read off each text by hand. Base units: yuan, percent, persons, tonnes
// (1 斤 = 0.5 kg). Key: "indicator/measure/scope/year".
export type HandCells = Record<string, Record<string, number>>;

export const EXPECTED: HandCells = {
  "01_松原市_2024_统计公报.txt": {
    // 全年全市实现地区生产总值1002.18亿元,按可比价格计算,比上年增长3.8%
    "gdp/level/result/2024": 100.218e9,
    "gdp/growth/result/2024": 3.8,
    "gdp_per_capita/level/result/2024": 47544,
    // 年末全市常住人口为209.00万人
    "population/level/result/2024": 2_090_000,
    // 全年全市居民消费价格比上年下降0.7%
    "cpi/growth/result/2024": -0.7,
  },
  "02_晋中市_2024_统计公报.txt": {
    "gdp/level/result/2024": 245.88e9,
    "gdp/growth/result/2024": 2.3,
    "gdp_per_capita/level/result/2024": 73232,
    "population/level/result/2024": 3_338_533,
    // 全年全市城镇新增就业人数38129人
    "urban_jobs/level/result/2024": 38_129,
    "cpi/growth/result/2024": 0.4,
  },
  "03_宜章縣_2023_統計公報.txt": {
    "gdp/level/result/2023": 27.629e9,
    "gdp/growth/result/2023": 5.1,
    // 全年城鎮新增就業人員5688人; 年末城鎮登記失業率0.7%
    "urban_jobs/level/result/2023": 5688,
    "unemployment_rate/level/result/2023": 0.7,
  },
  "04_延津縣_2023_統計公報.txt": {
    "gdp/level/result/2023": 18.63e9,
    "gdp/growth/result/2023": 5.1,
    "gdp_per_capita/level/result/2023": 42666,
    "gdp_per_capita/growth/result/2023": 5.9,
    "population/level/result/2023": 430_500,
    "urban_jobs/level/result/2023": 4896,
    "unemployment_rate/level/result/2023": 3.75,
    // 全年糧食產量10.3億斤 … 同比下降3.45%
    "grain_output/level/result/2023": 515_000,
    "grain_output/growth/result/2023": -3.45,
  },
  "05_天镇县_2023_统计公报.txt": {
    // 全年全县地区生产总值554400万元 … 比上年增长4.4%
    "gdp/level/result/2023": 5.544e9,
    "gdp/growth/result/2023": 4.4,
    "gdp_per_capita/level/result/2023": 35265,
    "gdp_per_capita/growth/result/2023": 5.5,
    "population/level/result/2023": 155_446,
  },
  "06_平陆县_2023_统计公报.txt": {
    "gdp/level/result/2023": 7.02922e9,
    "gdp/growth/result/2023": 1.6,
    "gdp_per_capita/level/result/2023": 35488,
    "gdp_per_capita/growth/result/2023": 2.5,
  },
  "07_湖北省_2025_政府工作报告摘要.txt": {
    // 2024年成绩单: 预计全省地区生产总值增长6%左右; 粮食总产达到557亿斤
    "gdp/growth/result/2024": 6,
    "grain_output/level/result/2024": 27_850_000,
    // 2025年主要预期目标: 经济增长6%左右; 城镇调查失业率5.5%左右,城镇新增就业70万人以上; 居民消费价格涨幅2%左右; 粮食产量继续保持500亿斤以上
    "gdp/growth/target/2025": 6,
    "unemployment_rate/level/target/2025": 5.5,
    "urban_jobs/level/target/2025": 700_000,
    "cpi/growth/target/2025": 2,
    "grain_output/level/target/2025": 25_000_000,
  },
  "08_涪城區_2019_新聞.txt": {
    // 2018年 … 區屬地區生產總值達到379.95億元、增長9.3%; 地方一般公共預算收入20.84億元、增長9.7%
    "gdp/level/result/2018": 37.995e9,
    "gdp/growth/result/2018": 9.3,
    "general_budget_revenue/level/result/2018": 2.084e9,
    "general_budget_revenue/growth/result/2018": 9.7,
    // 2019年 … 主要預期目標: 區屬地區生產總值增長9%, 一般公共預算收入同口徑增長9%, 城鎮登記失業率控制在4%以內
    "gdp/growth/target/2019": 9,
    "general_budget_revenue/growth/target/2019": 9,
    "unemployment_rate/level/target/2019": 4,
  },
  "09_龙华区_2018_新闻.txt": {
    // 预计地区生产总值超过2100亿元,增长8.8%左右 (the year before the 2018 session)
    "gdp/level/result/2017": 210e9,
    "gdp/growth/result/2017": 8.8,
  },
};
