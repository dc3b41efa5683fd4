// Words and regex fragments of the quantity domain. Every pattern in the extractors is
// built from these strings; they are matched against the ASCII-folded view (see view.ts).

import type { FactUnit, Qualifier } from "../types.ts";

/** Chinese digits (两 counts; 〇/零 only inside numerals). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A small number in Chinese numerals (三, 十三, 二十五): counts of projects, anniversaries; parsed by parseChineseNumber. */
export const SMALL_CN_NUMBER = /^(?:[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)$/;

/** Small multipliers inside a section. */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Powers of ten of the magnitude characters (compound 万亿 = 4 + 8). */
export const MAGNITUDE_EXPONENT: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** Arabic number, optionally with thousands separators and decimals; not glued to Latin letters or other digits (5G, PM2.5, M0). */
export const ARABIC = String.raw`(?<![\dA-Za-z.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!(?!TEU)[A-Za-z]|\.\d)`;
/** Magnitudes after an Arabic number; 千 is not a magnitude before 米/克/瓦 (千米 is a unit). */
export const MAGNITUDE = "(?:[十百万亿]|千(?![米克瓦]))";
/** Chinese numeral run, optionally with a decimal part (七点五, 三点零五); validated by parseChineseNumber. */
export const CN_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]*)?";
/**
 * An explicit minus right before a number: ASCII -, U+2212 −, full-width － (folded to -), or 负.
 * Not after a digit, letter or closing bracket, where - joins a range or a code (3-5万元, 2023-2024),
 * nor right after a number's unit, where it joins two amounts (5亿元-10亿元, 3个-5个).
 */
export const SIGN = String.raw`(?<![\dA-Za-z.%)）])(?<!\d\s*[十百千万亿]*(?:元|个|家|项|吨|亩|人|座|台|套|户|所|年|米|千瓦|千瓦时|平方米|平方公里))(?:[-−](?=\d)|负(?=\d|百分之))`;
/** Between the two bounds of a range (3-5万元, 3～5亿元, 三至五个). */
export const RANGE_DASH = "[-~～—–至到]";
/** Any numeral the extractors accept: Arabic with optional magnitudes, or Chinese. */
export const NUMERAL = String.raw`(?:${ARABIC}(?:\s*${MAGNITUDE}+)?|${CN_NUMERAL})`;

/** Words before a number that qualify it. 约 after 签/预/节/制/契 is part of a verb (签约), 过 after 通/经/不 likewise. */
export const PREFIX_QUALIFIER =
  "大约|约为|(?<![签预节制契履公])约|(?<![最临将接靠附])近|超过|(?<![不])超|(?<![通经不超])过|逾|突破|不少于|至少|不到|不足|不超过";
/** Words after a number (between numeral and unit, or after the unit) that qualify it. */
export const SUFFIX_QUALIFIER = "以上|以下|左右";
/** Words that make a bare magnitude an approximate count: 上万人 (at least), 数百家 (several hundred). */
export const APPROX_PREFIX =
  "(?<![一二三四五六七八九十百千万亿\\d])(?:上|数)(?=[十百千万](?:余|多)?(?:人|家|个|名|户|项|场|次|辆|台|套|位))";
/** Filler between a numeral and its unit that qualifies it (5万余盆, 100多名). */
export const INFIX_QUALIFIER = "余|多";

/** Qualifier of each qualifying word. */
export const QUALIFIER_OF: Readonly<Record<string, Qualifier>> = {
  约: "approx",
  大约: "approx",
  约为: "approx",
  近: "approx",
  左右: "approx",
  余: "more_than",
  多: "more_than",
  超: "more_than",
  超过: "more_than",
  过: "more_than",
  逾: "more_than",
  以上: "at_least",
  突破: "at_least",
  不少于: "at_least",
  至少: "at_least",
  级: "at_least",
  不到: "less_than",
  不足: "less_than",
  以下: "at_most",
  不超过: "at_most",
};

/** Currency words: written form → ISO code. A value is CNY only where the text says 元 (or 人民币). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  元人民币: "CNY",
  人民币: "CNY",
  美元: "USD",
  港元: "HKD",
  港币: "HKD",
  欧元: "EUR",
  日元: "JPY",
  英镑: "GBP",
  元: "CNY",
};
/** Currency alternation, longest first. */
export const CURRENCY = Object.keys(CURRENCIES)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * Measure units: written form → base unit and the power of ten to the base unit. Base units:
 * kW for power (兆瓦 = 10^3 kW), kWh for energy (度电 is a kWh), km2, ha, m2, m3, t, kg-free
 * weights in t (公斤 = 10^-3 t), 斤 kept as jin (a factor of 0.5 kg is not a power of ten) and so 担 (100 斤), TEU.
 */
export const MEASURE_UNITS: Readonly<Record<string, { unit: FactUnit; exponent: number }>> = {
  公里每小时: { unit: "km/h", exponent: 0 },
  千米每小时: { unit: "km/h", exponent: 0 },
  平方公里: { unit: "km2", exponent: 0 },
  平方千米: { unit: "km2", exponent: 0 },
  平方米: { unit: "m2", exponent: 0 },
  平米: { unit: "m2", exponent: 0 },
  立方米: { unit: "m3", exponent: 0 },
  公顷: { unit: "ha", exponent: 0 },
  千瓦时: { unit: "kWh", exponent: 0 },
  兆瓦时: { unit: "kWh", exponent: 3 },
  "度(?=电)": { unit: "kWh", exponent: 0 },
  "(?<=[万亿]\\s*)度": { unit: "kWh", exponent: 0 },
  千瓦: { unit: "kW", exponent: 0 },
  兆瓦: { unit: "kW", exponent: 3 },
  吉瓦: { unit: "kW", exponent: 6 },
  公里: { unit: "km", exponent: 0 },
  千米: { unit: "km", exponent: 0 },
  马力: { unit: "hp", exponent: 0 },
  亩: { unit: "mu", exponent: 0 },
  公斤: { unit: "t", exponent: -3 },
  千克: { unit: "t", exponent: -3 },
  吨: { unit: "t", exponent: 0 },
  斤: { unit: "jin", exponent: 0 },
  // 市担 = 100 斤 (收购烟叶21.43万担); not the 担 of 担保, 担任, 担当, 担负 (1000万担保资金).
  "担(?![保任当负心纲])": { unit: "jin", exponent: 2 },
  标准箱: { unit: "TEU", exponent: 0 },
  // 标箱 is the short form ports use (183.35万标箱); 标准箱 wins where written in full.
  标箱: { unit: "TEU", exponent: 0 },
  // Freight turnover (水运周转量9000亿吨公里): not a weight, so 吨 must not end it.
  吨公里: { unit: "t·km", exponent: 0 },
  TEU: { unit: "TEU", exponent: 0 },
  米: { unit: "m", exponent: 0 },
};
/** Measure unit alternation, longest first so 公里每小时 wins over 公里 and 平方米 over 米. */
export const MEASURE_UNIT = Object.keys(MEASURE_UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** The MEASURE_UNITS entry of a unit as written (the keys of 度 and 担 carry lookarounds). */
export function measureUnit(written: string): { unit: string; exponent: number } | undefined {
  if (written === "度") return { unit: "kWh", exponent: 0 };
  if (written === "担") return { unit: "jin", exponent: 2 };
  return MEASURE_UNITS[written];
}

/**
 * Words that make a bare 亿 (no 元) money when they come earlier in the clause (commas and 、 lists
 * included, up to the previous ，。；): 总产值突破2000亿, 营收过百亿企业3家、过50亿2家. Without one,
 * 人口1.4亿 or 吞吐量突破1亿 is not yuan.
 */
export const MONEY_CONTEXT =
  /产值|投资|收入|营收|营业额|销售|总额|资金|税收|税|利润|利税|消费|生产总值|GDP|增加值|融资|贷款|存款|进出口|出口|进口|资产|预算|财政|支出|成本|基金|规模|效益|价值|交易|成交|金额|造价|补贴|奖励|资本|市值|估值|募资|元/;

/** After a 亿/万 numeral: words that make it a count or measure of something other than money (5亿股, 1.2亿粒). */
export const NOT_MONEY_AFTER = "股|颗|粒|册|份|千伏|伏|瓦|像素|部|本|首|篇|双|副|对|棵|株|尾|羽|匹|口|字|年";

/**
 * Count classifiers, longest first. A negative lookahead keeps a classifier character
 * from being read out of a following word (处理, 次性, 所有, 人员, 条件).
 */
export const CLASSIFIERS = [
  "人次",
  "场次",
  "架次",
  "床位",
  "个(?!千分点)",
  "家",
  "项(?!目)",
  "人(?![员民])",
  "名",
  "次(?!性)",
  "场",
  "所(?![有属在])",
  "处(?!理)",
  "座",
  "条(?![件例])",
  "台",
  "件",
  "支",
  "款",
  "种",
  "盆",
  "辆",
  "套",
  "位",
  "批",
  "户",
  "间",
  "栋",
  "片(?![区])",
  "头(?![部雁])",
  "只(?![有要是能])",
  "张",
  "枚",
  "艘",
  "架(?![构])",
  "股(?![份权东票])",
  "类(?![别型])",
];
/** Count classifier alternation. */
export const CLASSIFIER = CLASSIFIERS.join("|");

/**
 * A ranking verb and where, right before a rank written without 第 or without 位/名 (综合排名24位, 位居全国第二,
 * 名列第一, 列第二); 居 and 列 only where they rank (not 居民, 居住, 系列, 并列).
 */
export const RANKED_BEFORE =
  /(?:排名|排在|(?<![定聚移安旅邻群杂散蜗])居(?![民住家委室所])|(?<![系行陈并序])列(?![车席入举入]))[\u4e00-\u9fff]{0,6}$/;

/** Cues just before a percentage that make it a change (growth); the sign says which way. */
export const GROWTH_UP_CUE = /增长|增速|增幅|涨幅|同比增|提高|提升|上升|攀升|上涨/g;
export const GROWTH_DOWN_CUE = /负增长|下降|微降|降低|减少|缩减|减免|回落|压减|缩短|下跌/g;
/** Cues that make a percentage a share of a whole. */
export const SHARE_CUE = /占比|占|比例|比重/g;
/** Cues that make a percentage a completion or coverage ratio. */
export const RATIO_CUE = /完成率|覆盖率|完成[^，,、]*的|率|覆盖|达标|指数/g;

/** Clause separators for metric and cue scoping. */
export const CLAUSE_BREAK = /[，,、：:；;（）()]/;

/** Breaks between clause groups (；, ASCII ; in seed 001, 。): a period written before one does not reach past it. */
export const PERIOD_BREAK = /[；;。]/;

/**
 * Metric lexicon: the things reports measure. Longest match wins at a position, so
 * 一般公共预算收入 is preferred over 收入.
 */
export const METRICS = [
  "地区生产总值",
  "一般公共预算收入",
  "税收收入",
  "固定资产投资",
  "规上工业增加值",
  "规模以上工业增加值",
  "工业增加值",
  "实际利用外资",
  "外贸进出口总额",
  "城镇新增就业",
  "新增城镇就业",
  "城乡公益性岗位",
  "营业收入",
  "营收",
  "总产值",
  "年产值",
  "产值",
  "利税",
  "总投资额",
  "总投资金额",
  "总投资",
  "到位资金",
  "实物工作量",
  "资金",
  "土地",
  "教育投入",
  "规模",
  "覆盖率",
  "完成率",
  // A rate of the population is not the population (常住人口728万人，城镇化率66.34%).
  "常住人口城镇化率",
  "户籍人口城镇化率",
  "城镇化率",
  "比例",
  "千人托位数",
  "托位",
  "托育机构",
  "高技能人才",
  "科技型中小企业",
  "高新技术企业",
  "规模以上工业企业",
  "省级创新平台",
  "市级创新平台及人才工程",
  "市级人才平台",
  "学位",
  "充电车位",
  "就业",
  "巡航速度",
  "综合排名",
  "综合成绩",
  "投入",
  "最大航程",
  "航程",
  "整车重量",
  "水系",
  "基金",
];

/** Words that end the noun phrase after a count: verbs, adverbs and function words (10家企业获批…, 65个5G基站的建设). */
export const COUNT_PHRASE_STOP =
  /获批|入选|参评|参加|纳入|解决|建成|投产|完成|实现|达到|进行|加快|集中|全部|有序|扎实|按时|同步|入驻|落地|开展|升级|撤并|改建|营业收入|过|均|也|已|是|为|将|被|与|和|及|的|\d+(?![\dA-Za-z])/;

/** Head nouns that end the noun phrase a count is about (56个重点产业项目 → 重点产业项目). */
export const COUNT_HEADS =
  /项目经理|项目|企业家|企业|平台|基站|幼儿园|中小学校|学校|小学|充电站|超充站|车位|学位|人才大使|人才|团队|园区|街道|村庄|行政村|断头路|桥梁|创客|产业工人|研究生|客商|工作人员|高校|示范点|党群中心|托位|教学班|套餐|发动机|织布机|民生实事|科研院所|卫生院|卫生室|食堂|服务站|口袋公园|设施综合体|器材|驿站|院所|部门|工程|观摩会|政策|专业园区|属地园区|产业园区|专业园区|产业园|公园|机构|残疾儿童|群众|项目经理|从业人员|企业|硬仗|载体|活动|协议|演出|物业/g;

/**
 * Head nouns a count's classifier counts (11家企业重点项目 counts 企业, 7座市政桥梁主体工程 counts
 * 桥梁): a noun phrase running past its first such head is cut after it.
 */
export const CLASSIFIER_HEADS: Readonly<Record<string, RegExp>> = {
  家: /企业|公司|院所|机构|银行/,
  座: /桥梁|大桥|桥|驿站|场馆|公园/,
  所: /幼儿园|小学|中学|中小学校|学校|医院|卫生室/,
  台: /工程机械|推土机|挖掘机|发动机|织布机|机械|设备/,
};

/**
 * Head nouns of the thing an amount or measure is about when it is written number-first
 * (设立5000万元的“政银园投”基金, 2万亩高标准农田, 900马力推土机).
 */
export const AMOUNT_HEADS = /基金|计划|工程|农田|厂房|集聚区|产业园|水系|推土机|项目|生产线|资金|园区|规模/g;

/** Administrative levels that qualify a noun (2家国家级、8家省级创新平台). */
export const LEVEL_WORDS = /^(?:国家级|省级以上|省级|市级以上|市级|区级|县级)/;

/** Words after which a noun phrase starts (for counts written noun-first: 新增“四上”企业17家). */
export const NOUN_PHRASE_OPENERS =
  /新增|培训|培育|各类|集聚|实现|完成|建成|引进|帮助|推动|达到|全区|全市|备案|扶持|吸引|带动|共建|组织|达成|获批|签约|实施|开展|新建|建设|打造|启动|推进|争取|设立|救助|其中|累计|共有|以及|和|与|及/g;

/** A works word between a noun and its count (体育健身设施综合体建设4处). */
export const WORKS_AFTER_NOUN = /(?:建设|改造)$/;

/** Verbs between a noun phrase and its number (科技型中小企业达到36家). */
export const LINKING_VERBS = /(?:达到|达|为|共|累计|突破|超过|增加到|增至)$/;

/** Periods as written; the nearest one before a fact is its period. Longest alternatives first. */
export const PERIOD_PATTERN = new RegExp(
  [
    String.raw`截[至止](?:目前|\d{4}年(?:\d{1,2}月(?:底|末|\d{1,2}日)?)?)`,
    String.raw`\d{4}年(?:\d{1,2}月(?:份|底|末|\d{1,2}日)?|上半年|下半年|前三季度|第?[一二三四]季度|全年|年底|年末|底)?`,
    String.raw`\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?`,
    String.raw`\d{1,2}月(?:\d{1,2}日|份|底|末)?`,
    "上半年",
    "下半年",
    "前三季度",
    "今年以来",
    "今年",
    "去年",
    "全年",
    "年内",
    "近年来",
    String.raw`[一二三四五六七八九十\d]+年内`,
  ].join("|"),
  "g",
);

/** Cues that put every later number in the sentence under a plan or goal. */
export const TARGET_CUE =
  /力争|预计|确保|目标|年内|计划(?![的，,、])|(?<![不])将(?=形成|达到|实现|建成|新增|突破|带动|全面|打造)|拟|启动|投产后|建成后|达产后|可满足/g;
/** Past markers that end a plan's scope (a later number is a result again). */
export const RESULT_MARKER = /已|了|累计|截至|截止/g;

/** Set phrases that contain a numeral and classifier but are names, not quantities (五位一体 is an idiom). */
export const SET_PHRASES =
  /三次创业|三次产业|两件大事|一次性|一次办|一件事|一张网|[一二三四五六七八九十]位一体|[一二三四五六七八九十]+项规定|[四五]套班子|[一两二三四五六七八九]位数|[一二三四五六七八九十]+届[一二三四五六七八九十]+次(?:全会|会议)|(?:世界|中国|全国|全球|民营企业|制造业)?(?:前)?\d+强|前\d+(?:家|名|位)/g;
