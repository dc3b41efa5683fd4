// Words of China's administrative geography, one place for the region domain.

/** Region levels, broadest first. */
export const REGION_LEVELS = ["province", "prefecture", "county", "zone"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * The 55 minority nationalities, longest first, so 黔东南苗族侗族自治州 → 黔东南 and 土家族 is not read
 * as 土族 + 家. Autonomous areas are named after them (GB/T 3304).
 */
export const NATIONALITIES = [
  "柯尔克孜",
  "乌孜别克",
  "维吾尔",
  "哈萨克",
  "鄂伦春",
  "鄂温克",
  "达斡尔",
  "塔吉克",
  "塔塔尔",
  "俄罗斯",
  "土家",
  "哈尼",
  "傈僳",
  "拉祜",
  "东乡",
  "纳西",
  "景颇",
  "仫佬",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "保安",
  "裕固",
  "独龙",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
  "德昂",
  "布依",
  "朝鲜",
  "蒙古",
  "高山",
  "回",
  "藏",
  "苗",
  "彝",
  "壮",
  "满",
  "侗",
  "瑶",
  "白",
  "傣",
  "黎",
  "佤",
  "畲",
  "水",
  "土",
  "怒",
  "京",
] as const;

/**
 * Development-zone name endings and the short form each takes by rule: 苏州经济技术开发区 → 苏州经开区,
 * 苏州高新技术产业开发区 → 苏州高新区. `kind` groups forms a bare word (高新区, 经开区) can stand for.
 */
export const ZONE_ENDINGS: ReadonlyArray<{ full: string; short: string; kind: ZoneKind }> = [
  { full: "高新技术产业开发区", short: "高新区", kind: "hitech" },
  { full: "高新技术产业园区", short: "高新区", kind: "hitech" },
  { full: "火炬高技术产业开发区", short: "火炬高新区", kind: "hitech" },
  { full: "新技术产业开发区", short: "高新区", kind: "hitech" },
  { full: "新技术开发区", short: "高新区", kind: "hitech" },
  { full: "农业高新技术产业示范区", short: "农高区", kind: "hitech" },
  { full: "经济技术开发区", short: "经开区", kind: "etdz" },
  { full: "经济开发区", short: "经开区", kind: "etdz" },
];

export type ZoneKind = "hitech" | "etdz" | "other";

/** Bare zone words and the kinds of zone each can mean in a report about one city. */
export const BARE_ZONE_WORDS: Readonly<Record<string, readonly ZoneKind[]>> = {
  ...Object.fromEntries(
    ZONE_ENDINGS.flatMap((e) => [
      [e.full, [e.kind]],
      [e.short, [e.kind]],
    ]),
  ),
  开发区: ["etdz", "hitech", "other"],
};

/** Words a zone's name may carry between its place and its ending (苏州国家高新区, 烟台国家级经开区). */
export const ZONE_INFIXES = ["国家级", "国家"] as const;

/**
 * How a report names its own level: 全省/省政府 in a provincial report, 全州 in a prefecture's, 全县 in a
 * county's. 全市 and 全区 are ambiguous (a county-level city; a district, a zone or an autonomous region).
 */
export const SELF_LEVEL_WORDS: ReadonlyArray<{ pattern: RegExp; levels: readonly RegionLevel[] }> = [
  { pattern: /全省|我省|省委|省政府|省人民政府/g, levels: ["province"] },
  { pattern: /全州|我州|州委|州政府|州人民政府|全盟|盟委/g, levels: ["prefecture"] },
  { pattern: /全县|我县|县委|县政府|县人民政府|全旗|旗委/g, levels: ["county"] },
  { pattern: /全市|我市|市委|市政府|市人民政府/g, levels: ["prefecture", "county"] },
  { pattern: /全区|我区|区委|区政府|区人民政府/g, levels: ["county", "zone", "province"] },
];

/**
 * A superior's bodies named before the report's own in a chain of command (在省委、省政府和市委的坚强领导下, 围绕省委、
 * 省政府及市委部署): they are not the level the report speaks at.
 */
export const SUPERIOR_CHAIN =
  /(?:省委|省政府|省人民政府|州委|州政府)(?:[、，,和及与]+(?:省委|省政府|省人民政府|州委|州政府))*[、，,和及与]+(?=市委|县委|区委|旗委|市政府|县政府|区政府)/g;

/**
 * Set phrases in which a report names itself (贡献正定力量, 作出平顶山更大贡献, 中国式现代化建设荥阳实践): the place in
 * them is the report's own, not a superior it quotes (…河南篇章 in a city's report is the province's chapter).
 */
export const SELF_NAMING =
  /(?:贡献|作出)(\p{Script=Han}{2,8}?)(?:力量|更大贡献|新的?贡献)|中国式现代化(?:建设)?(\p{Script=Han}{2,8}?)实践/gu;

/** Words that open a publication line or byline (本报讯, 来源：…). */
export const PUBLICATION_CUES = /(?:本报讯|日报讯|晚报讯|讯|电|来源[:：]|信息来源[:：]|来自[:：]?)/;

/** Phrases naming a category of zones, not one zone (力争在国家高新区中赶超跨越): never a mention. */
export const ZONE_CATEGORY_WORDS = [
  "国家级高新技术产业开发区",
  "国家高新技术产业开发区",
  "国家级经济技术开发区",
  "国家级高新区",
  "国家高新区",
  "国家级经开区",
  "国家经开区",
  "国家级开发区",
  "省级高新区",
  "省级经开区",
  "省级开发区",
] as const;

/**
 * Words that contain a place's short name without naming it (阿里巴巴, 长治久安); masked before scanning.
 * Also a report's words for its own level that read as a county's short name: 全州 (the whole
 * prefecture, not 全州县 unless 县 follows) and 共和国 (中华人民共和国, not 共和县).
 */
export const NOT_PLACES = /阿里巴巴|阿里云|长治久安|真金白银|四平八稳|大同小异|普洱茶|和平发展|开平方|沿海城市|全州(?!县)|共和国/g;
