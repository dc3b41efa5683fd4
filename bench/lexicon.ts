// Names the corpus generator swaps, as they are written in the seed reports.

/** The two zones: every written form of each, aligned by position (full, city-prefixed short, bare short). */
export const ZONE_FORMS = {
  jingkai: ["济宁经济技术开发区", "济宁经开区", "经开区"],
  gaoxin: ["济宁高新技术产业开发区", "济宁高新区", "高新区"],
} as const;

/** Zone keys in a fixed order. */
export const ZONE_KEYS = ["jingkai", "gaoxin"] as const;

/**
 * Local companies named in the seeds as brand (2 characters) + trade (2 characters);
 * the generator keeps the trade and swaps the brand, e.g. 中北锂电 → 泰和锂电.
 */
export const SEED_COMPANIES = [
  "华宇金属",
  "恒大板材",
  "中祥金属",
  "神力索具",
  "中北锂电",
  "中科泰阳",
  "宏远钢构",
  "乾钢金属",
  "嘉兴包装",
  "精拓机械",
  "华隆机械",
  "海推重工",
  "楷益塑业",
  "浩珂科技",
  "艾美科健",
  "辰欣药业",
] as const;

/** Brand syllables for synthetic company names. */
export const BRANDS = [
  "泰和",
  "金宇",
  "鲁信",
  "东岳",
  "宏达",
  "新港",
  "华泰",
  "瑞丰",
  "恒通",
  "永盛",
  "鼎力",
  "蓝海",
  "银河",
  "正阳",
  "天元",
  "广源",
  "博远",
  "中孚",
  "利民",
  "汇金",
  "齐峰",
  "岱宗",
  "运河",
  "圣地",
] as const;

/** Reporter names for bylines. */
export const REPORTERS = ["王婷", "王硕", "张慧", "刘菲", "曹俐", "姜海珍", "李明", "赵静", "孙浩", "周倩", "陈晨", "吴磊"] as const;

/** Sentence ends: a sentence is cut after one of these (and after any closing quotes that follow). */
export const SENTENCE_END = /[。！？!?][”’」』）)]*/g;

/** Characters after a number that make it a date or time part, which is kept as written. */
export const DATE_UNIT_AFTER = /^[月日号时点]/;

/** Characters next to a number that make it part of a range, an ordinal or a code, which is kept as written. */
export const KEEP_BEFORE = /[-—–~～至第A-Za-z]$/;
export const KEEP_AFTER = /^[-—–~～至A-Za-z]/;

/** Years the generator writes reports about. */
export const YEARS = { min: 2016, max: 2025 } as const;
