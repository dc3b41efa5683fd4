import type { RegionLevel } from "../regions/lexicon.ts";
import type { EntityType } from "../types.ts";

export { COMPOUND_SURNAMES, RARE_SURNAMES, SURNAMES } from "./surnames.ts";
export { ROLE_TITLES } from "./titles.ts";

/** A word list written on one line (space-separated), to keep the lexicon readable. */
function words(list: string): readonly string[] {
  return list.split(" ");
}

/** Characters a name may contain (CJK, Latin, digits, parentheses, middle dot). */
export const NAME_CHAR = "[\\u4e00-\\u9fffA-Za-z0-9()（）·]";

/** Name suffixes by type; longer alternatives first so 股份有限公司 wins over 股份. */
export const SUFFIXES: Readonly<Record<Exclude<EntityType, "person">, readonly string[]>> = {
  company: [
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "分公司",
    "公司",
    "集团",
    "控股",
    "股份",
    "药业",
    "银行[\\u4e00-\\u9fff]{2,4}?(?:分行|支行)",
    "银行",
    "重工",
    "电网",
  ],
  institution: [
    "大学",
    "学院",
    "研究院",
    "研究所",
    "分院",
    "产研院",
    "先进院",
    "设计院",
    "实验室",
    "创新中心",
    "研发中心",
    "研究中心",
    "大数据中心",
    "数据中心",
    "质量中心",
    "交易所",
    "协会",
    "商会",
    "学会",
    "联合会",
    "基金会",
    "促进会",
    "贸促会",
    "(?<!夜)总会",
    "研究会",
    "科学院",
    "工程院",
    "党校",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "医院",
    "博物馆",
    "政务服务中心",
    "孵化中心",
    "规划展示馆",
    "展示馆",
    "规划馆",
    "展览馆",
    "展示中心",
    "新闻网",
    "代表处",
  ],
  government: [
    "管委会",
    "党工委",
    "人民政府",
    "(?<=特区)政府",
    "立法会",
    "委员会",
    "指挥部",
    "办公室",
    "调查总队",
    "调查队",
    "局",
    // Not a hall: 贵宾厅, 会议厅, 报告厅, 多功能厅, 宴会厅, a hotel's hall (某宾馆中华厅).
    "(?<![餐大客展门歌舞前宾议告能宴])(?<!(?:宾馆|酒店|饭店|大厦|会堂|中心)[\\u4e00-\\u9fff]{0,4})厅",
    "(?<![部签])署",
    "发改委",
    "卫健委",
    "国资委",
  ],
  park: [
    // An airport's or a port's economic zone (湛江空港经济区); 经济区 alone also names regions (淮海经济区).
    "(?:空港|临空|临港|航空港)经济区",
    "科技园区",
    "工业园区",
    "产业园区",
    "物流园区",
    "物流园",
    "产业园",
    "科技园",
    "智创园",
    "科创园",
    "创业园",
    "软件园",
    "双创园",
    "孵化园",
    "工业园",
    "创新园",
    "制造园",
    "开发区",
    "高新区",
    "经开区",
    "保税区",
    "综保区",
    "新区",
    "产业功能区",
    "产业基地",
    "产业城",
    "科技城",
    "科学城",
    "科创城",
    "创新城(?![市乡镇])",
    "小镇",
    "集聚区",
    "(?:工业|产业)集中区",
    "试验区",
    "示范区",
    "先行区",
    "合作区",
    "自贸区",
    "示范带",
    "陆港",
  ],
  place: [
    "自治州",
    "自治县",
    "自治区(?!级)",
    "街道",
    "社区",
    "小区",
    "大道",
    "路",
    "铁路",
    "湖",
    "河",
    "湿地",
    "公园",
    "片区",
    "(?<!创)新城(?!市)",
    "大厦",
    "会展中心",
    // Venues of meetings and signings (某宾馆, 某酒店, 某会议中心).
    "宾馆",
    "(?<!星级)酒店",
    "饭店",
    "会议中心",
    "机场(?![\\u4e00-\\u9fff]{0,4}?(?:铁路|高速|快速路|大道|路|线))",
    "镇",
    "盟",
    "旗",
    "(?<!陆)港",
  ],
  project: ["项目"],
};

/**
 * Park endings that are also ordinary words (园区 of "all parks", 生产基地 of any plant): a name ending
 * in them must start with a division's name (朝阳园区, 龙岗…测试基地) or follow a park's name
 * (蓝田开发区朝阳园区, a sub-park).
 */
export const WEAK_PARK_SUFFIXES = ["园区", "基地"] as const;

/**
 * Usual short names of government committees (发展和改革委员会 → 发改委) and offices (台湾事务办公室 → 台办, 外事办公室 →
 * 外办), found after a level (省发改委, 市卫健委, 市台办).
 */
export const COMMITTEE_SHORT_NAMES = words(
  "发展改革委 发改委 经信委 工信委 卫健委 国资委 住建委 科委 教委 民委 侨委 农委 建委 商委 经委 计生委 编委 政法委 台办 侨办 外办 金融办 扶贫办 农办 编办 法制办",
);

/**
 * Modifiers that describe rather than name (重点街道, 各社区, 城市社区): a place whose name part is
 * another modifier word (龙头街道) is a name when it is an item of a 、-list.
 */
export const SCOPE_MODIFIERS = words(
  "重点 重大 全区 全市 全省 全县 各类 所有 相关 专业 特色 示范 样板 优质 配套 中小 首个 一批 多个 大型 小微 各 该 本 此 这 其 城市 农村 乡村 社会 国家 省级 市级 区级 国家级 居民 商业 智慧 数字 绿色 生态 现代 新型 综合 老旧 村",
);

/** Longest name part (before the suffix) each type allows. */
export const MAX_BODY: Readonly<Record<Exclude<EntityType, "person">, number>> = {
  company: 20,
  institution: 16,
  government: 14,
  park: 14,
  place: 10,
  project: 28,
};

/**
 * Words that end the text before a name: prepositions, conjunctions and verbs that introduce one
 * (与日照银行…, 推动山推…, 位于苏州…). The name starts after the last of them. 及 only after a
 * title (各乡镇党委书记及…公司): it is common inside names (研发及智能化集约车间项目).
 */
export const BOUNDARY_WORDS = words(
  "以及 及 就 的有 此次 这次 签订 争创 名下 企业 按照 根据 覆盖 协助 强化 加强 全年 本局 率领 地处 毗邻 紧邻 如今 选址 首家 察看 参观 听取 观看 前往 一行 先后 深入 主要有 进驻 到 锚定 认定 昨日 近日 日前 进一步 支撑 近年来 以来 举行 召开 见证下 成为 认为 释放 激发 增强 提升 我代表 代表 优化 来到 并来到 考察了 走访了 调研了 走访 考察 调研 看望 慰问 莅临 带领 夺得 获评 入列 跻身 位列 蝉联 现已有 已有 拥有 仍有 还有 共有 现有 上半年 下半年 今年 去年 年内 年底 新投产 投产 新开工 开工 竣工 暨 特别是 辖区内 其中 包括 作为 通过 利用 依托 围绕 聚焦 推动 推进 加快 加速 建设 启动 打造 引进 引入 走进 位于 设立 设在 同步 实施 培育 落户 入驻 签约 签署 成立 组建 举办 参加 参与 入选 获批 荣获 获得 申建 涉及 期待 期望 主持 紧抓 抢抓 抓住 融入 宣布 会见 共同 希望 经过 确保 完成 带动 吸引 对接 发挥 打通 推广 放大 深化 新建 建成 开展 支持 扶持 帮助 突破 解决 联合 携手 下属 旗下 分布 目前 当前 同时 此外 另外 现场 纳入 全力 积极 持续 大力 着力 成功 率先 正式 共建 东部 西部 南部 北部 重点 全面 来自 地区 见证 一起 拓宽 补齐 落地 承担 统筹 调动 制定 构筑 加大 侧重 上跨 涵盖 谋划 争取 助力 实现 改建 标志着 瞄准 破解 做好 撤并 边界外 义务教育 原则上 区级 市级 省级 公办 民办 获 以 在 与 和 同 向 对 把 将 被 由 从 至 于 是 的 了 等 为",
);

/**
 * Single-character boundary words that are also halves of ordinary words inside names: 同 in 同乡/同学/同事/同行,
 * 协同/共同/合同 (and 同济), 为 in 华为/成为/行为 (but 建成为: 建成 then 为), 和 in 五和/祥和/平和/和平, 暨 in 暨南,
 * 及 in 研发及…, 由 in 自由/理由, 等 in 中等职业/高等院校, 西部 in 西部（重庆）科学城. Guarded so only the free word
 * cuts a name.
 */
export const GUARDED_BOUNDARIES: Readonly<Record<string, string>> = {
  同: "(?<![协共合认赞陪])同(?![步济乡学事行])",
  为: "(?<![华认行作因更]|(?<!建)成)为",
  和: "(?<![五祥保谐温柔缓共总饱人平])和(?![平谐美睦顺])",
  暨: "暨(?!南)",
  及: "(?<=[记任人导表长员])及",
  由: "(?<![自理经缘])由",
  等: "等(?!(?<=[中高初]等)[职专学教院研])",
  就: "(?<![成造迁])就(?![业医学读近])",
  // 企业 ends the words before a company's short name (科技企业一百岁集团), not inside 企业集团, 企业联合会 ….
  // …nor after 小微/中小, a set phrase inside names (某市小微企业双创产业园).
  企业: "(?<!小微|中小)企业(?!集团|联合|家|界|管理|服务|发展|协会|商会|园|孵化|中心|总部)",
  // A direction before a bracketed place names a zone of that place (西部（重庆）科学城).
  东部: "东部(?![（(])",
  西部: "西部(?![（(])",
  南部: "南部(?![（(])",
  北部: "北部(?![（(])",
};

/** Counts (56个, 5所) end the text before a name too: "5个街道卫生院" names no one; a capacity (20万吨) does not. */
export const COUNT_BOUNDARY = "[0-9０-９]+(?:\\.[0-9]+)?(?:万|亿)?(?:个|家|项|所|处|条|座|名|台|万|亿|年|月|日|大)(?![吨件套瓦])";

/** Whole mentions that look like names but name nothing. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  words(
    "主会场 分会场 会场 企业 园区 项目 经济技术开发区 高新技术产业开发区 经济开发区 高新技术产业园区 工业园区 该项目 本项目 重点项目 重大项目 产业项目 十四五 新时代 高质量发展 一区十园 一区多园 国家高新区 高新区 开发区 标准厂房 集团 公司 银行 大学 街道 社区 新区 道路 公路 马路 铁路 河流 湖泊 公园 湿地 片区 小区",
  ),
);

/**
 * Modifier words; a name part made only of these is generic (重点产业项目, 公办幼儿园, 专业园区).
 * Longer words first so the alternation consumes them whole.
 */
export const GENERIC_MODIFIERS = words(
  "城乡 开放式 创新型 高科技 高品质 通航 支线 枢纽 运输 通用 民用 交通 金融 文化 旅游 健康 医疗 教育 农业 体育 体制 机制 运营 投资 管理 跨国 上市 子 母 平台 国有 民营 外资 合资 独资 智能 绿色 专精特新 一企一技术 与 和 及 普惠性 口袋 国内 知名 一流 基础设施 数字经济 标准化 区域性 科技型 国家级 省级 市级 区级 重中之重 重点 重大 专业 产业 国家 全国 全区 全市 全省 公办 民办 特色 现代 优质 相关 配套 技改 民生 实事 社会 中小 高校 新型 综合 示范 样板 智慧 数字 信息 新兴 首个 一批 多个 所有 大型 小微 园区 工业 龙头 国际 科技 创新 城市 商业 居民 农村 乡村 生态 改造 建设 服务 街道 各类 各 该 本 此 这 其 区 市 省 村 新 老",
);

/** Industries: generic as list items (在高端装备、医养健康…等产业方面), but they do name parks (新材料产业园). */
export const INDUSTRY_WORDS = words(
  "新一代信息技术 信息技术 人工智能 锂电 高端装备 医养健康 医药健康 工程机械 先进制造 生物制药 新材料 新能源 服务业 汽车 制造",
);

/** Names whose suffix is really the end of an ordinary word (格局, 思路, 湖长制). */
export const FALSE_SUFFIX_ENDINGS = words(
  "开好局 电路 董事局 一路 城镇 乡镇 村镇 集镇 小城镇 联盟 同盟 结盟 加盟 红旗 国旗 党旗 彩旗 锦旗 团旗 升旗 旗帜 子公司 母公司 该公司 本公司 上市公司 平台公司 国有公司 格局 布局 结局 大局 全局 开局 之路 思路 道路 公路 新路 出路 线路 网路 马路 断头路 河长 湖长 河湖 江河 湖泊 林田湖",
);

/** A project name ending in these is "someone's key projects" or a count of them, not a name (…暨重点项目, …科创城多个项目). */
export const PROJECT_GENERIC_ENDINGS = words("重点 重大 产业 民生 配套 技改 优质 招商 实事 首批 一批 多个 多项 各个");

/** Words that may end a name part even though they are boundary verbs elsewhere (工厂建设项目). */
export const NAME_FINAL_WORDS: ReadonlySet<string> = new Set(["建设", "改造", "实施", "企业"]);

/** Ordinary works, not names, when a listed project ends in them without a name in front (雨污分流改造). */
export const WORKS_ENDINGS = ["整治", "维护", "改造", "治理", "工程", "提升", "建设"] as const;

/** Legal and group endings of a company's name, longest first. */
export const LEGAL_ENDING_WORDS = ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "控股", "股份"] as const;

/** Legal and group endings removed before comparing a short and a long company name. */
export const LEGAL_ENDINGS = new RegExp(`(?:${LEGAL_ENDING_WORDS.join("|")})$`);

/** Levels whose names are removed from the front before comparing names (苏州玉柴 ~ 玉柴; data/regions). */
export const PREFIX_LEVELS: ReadonlySet<RegionLevel> = new Set(["province", "prefecture"]);

/** Types whose short forms merge with long forms; places and people only merge on the exact name. */
export const MERGEABLE_TYPES: ReadonlySet<string> = new Set(["company", "institution", "government", "park", "project"]);

/** Bare zone words cut from the front of a place (高新区幸福河 → 幸福河); named zones come from data/regions. */
export const BARE_ZONE_PREFIXES = ["高新区", "经开区"] as const;

/** Byline roles, as printed before the names (通讯员 王婷). */
export const BYLINE_ROLES = ["通讯员", "记者"] as const;

/** Credit roles printed as "编辑：晋森", "作者：罗逸瑾", "撰稿：某某". */
export const CREDIT_ROLES = ["作者", "撰稿人", "撰稿", "撰文", "编辑", "组版", "校对", "审核人", "审核", "摄影", "责编", "美编"] as const;

/**
 * Words that start with a surname character and follow a title but name no one (组长单位, 主任成员, 书记高度重视).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(words("单位 成员 全体 全面 高度 明确 时间 同时 上述 于是 方面 关于 向前 党中央"));

/** What may follow a person's name after a role (带队, 表示, punctuation). */
export const AFTER_NAME = [
  "带队",
  "率队",
  "带领",
  "率领",
  "率团",
  "签署",
  "表示",
  "指出",
  "强调",
  "出席",
  "参加",
  "介绍",
  "主持",
  "讲话",
  "致辞",
  "宣布",
  "启动",
  "揭牌",
  "剪彩",
  "授牌",
  "会见",
  "陪同",
  "调研",
  "考察",
  "走访",
  "一行",
  "说",
  "等",
  "在",
  "到",
  "并",
  "对",
  "向",
  "为",
  "作",
  "同志",
  "先生",
  "女士",
  "代表",
  "发言",
  "汇报",
  "通报",
  "共同",
  "分别",
  "一同",
  "以及",
  "的",
  "见证",
  "告诉",
  "应邀",
  "接受",
  "回答",
  "提出",
  "要求",
  "希望",
  "拜会",
  "拜访",
  "接待",
  "视察",
  "莅临",
  "深入",
  "前往",
  "来到",
  "听取",
  "与",
  "和",
  "及",
] as const;

/**
 * Adverbs that may follow a person's name before the verb (副省长某某现场宣布, 某某亲自部署). Not in AFTER_NAME, whose
 * words may never stand inside a title's free text: 现场 does (项目现场指挥部指挥长).
 */
export const AFTER_NAME_ADVERBS = ["现场", "亲自", "随后", "专程", "亲切", "热情"] as const;

/** Verbs that follow a talent-programme winner's name (山推…有限公司霍厚志入选). */
export const AFTER_WINNER = ["入选", "荣获", "获评", "获得", "当选", "获"] as const;

/** Organisation suffixes after which a person's name may follow directly. */
export const EMPLOYER_ENDINGS = ["有限公司", "股份", "集团", "研究院", "研究所", "大学"] as const;

/** Industry words that end short company names used as list items (华宇金属, 神力索具, 中北锂电). */
export const COMPANY_ENDINGS = words(
  "金属 索具 锂电 钢构 机械 包装 塑业 重工 科技 物流 动力 电子 材料 光电 化工 纸业 制药 生物 电厂 板材 光大 科创",
);

/** Words right after a name that make it a title to be earned (国家安全产业园创建工作). */
export const DESIGNATION_AFTER = /^(?:创建|申报|争创)/;

/** Words right before a name that make it a title to be earned (争创国家级示范区). */
export const DESIGNATION_BEFORE = /(?:争创|创建|申报|申创|申建)$/;
