// Metrics and the noun phrases a number is about (quantity domain; re-exported by ../lexicon.ts).

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
