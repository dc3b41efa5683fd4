import type { GazetteerEntry } from "./types.ts";

/** Areas that are no administrative division (economic regions, groups of countries). */
// Provinces, prefectures and counties (深圳, 苏州市, 海淀) come from the region reference data
// (data/entities/rules/region.ts over data/regions); only areas that are no division are listed here.
const CITIES = ["长三角", "珠三角", "京津冀", "日韩", "欧盟"] as const;

/**
 * The areas of the national regional strategies and city clusters as the 14th Five-Year Plan outline
 * (《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》, 2021, 第九篇) names them; reports cite
 * them as places (乘着粤港澳大湾区发展的东风).
 */
const STRATEGY_AREAS = [
  "粤港澳大湾区",
  "长江三角洲",
  "成渝地区双城经济圈",
  "长江经济带",
  "黄河流域",
  "海南自由贸易港",
  "长江中游城市群",
  "关中平原城市群",
  "北部湾城市群",
  "中原城市群",
] as const;

/** The short forms the plans and reports use for them. */
const STRATEGY_SHORT: Readonly<Record<string, readonly string[]>> = {
  // 《粤港澳大湾区发展规划纲要》 (中共中央、国务院, 2019) calls the area 大湾区 throughout.
  粤港澳大湾区: ["大湾区"],
  海南自由贸易港: ["海南自贸港"],
  成渝地区双城经济圈: ["成渝双城经济圈"],
};

/** Places: cities, regions, subdistricts, villages, lakes, rivers, roads and parks (gardens). */
export const PLACES: readonly GazetteerEntry[] = [
  ...[...CITIES, ...STRATEGY_AREAS].map((name): GazetteerEntry => ({ name, type: "place", aliases: STRATEGY_SHORT[name] ?? [] })),
  { name: "深圳", type: "place", aliases: ["鹏城"] },
  { name: "浣河街道", type: "place", aliases: [] },
  { name: "柳行街道", type: "place", aliases: [] },
  { name: "黄屯街道", type: "place", aliases: [] },
  { name: "王因街道", type: "place", aliases: [] },
  { name: "接庄街道", type: "place", aliases: [] },
  { name: "接庄乡村振兴示范镇", type: "place", aliases: [] },
  { name: "如意湖", type: "place", aliases: [] },
  { name: "十里湖", type: "place", aliases: [] },
  { name: "郗鉴湖", type: "place", aliases: [] },
  { name: "蓼源湿地", type: "place", aliases: [] },
  { name: "泗河", type: "place", aliases: [] },
  { name: "浼河", type: "place", aliases: [] },
  { name: "海川路", type: "place", aliases: [] },
  { name: "山博路", type: "place", aliases: [] },
  { name: "康泰路", type: "place", aliases: [] },
  { name: "济宁大道", type: "place", aliases: [] },
  { name: "新兖铁路", type: "place", aliases: [] },
  { name: "蓼河新城", type: "place", aliases: [] },
  { name: "蓼河公园", type: "place", aliases: [] },
  { name: "幸福河公园", type: "place", aliases: [] },
  { name: "麒麟岛", type: "place", aliases: [] },
  { name: "创意大厦", type: "place", aliases: [] },
  { name: "五和居社区", type: "place", aliases: [] },
  { name: "西大李社区", type: "place", aliases: [] },
  { name: "方圆居小区", type: "place", aliases: [] },
  { name: "红星7号口袋公园", type: "place", aliases: [] },
  { name: "保利口袋公园", type: "place", aliases: [] },
];
