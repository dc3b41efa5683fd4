import type { GazetteerEntry } from "./types.ts";

/** Universities, institutes, centres, schools and associations named in the seed reports. */
export const INSTITUTIONS: readonly GazetteerEntry[] = [
  { name: "清华大学", type: "institution", aliases: [] },
  { name: "中科深圳先进院", type: "institution", aliases: ["中国科学院深圳先进技术研究院"] },
  { name: "山东省激光研究所", type: "institution", aliases: [] },
  { name: "济宁产业研究院", type: "institution", aliases: [] },
  { name: "山东产研院", type: "institution", aliases: ["山东省产业技术研究院"] },
  { name: "省产业研究院济宁分院", type: "institution", aliases: [] },
  { name: "中规院", type: "institution", aliases: ["中国城市规划设计研究院"] },
  { name: "上海证券交易所", type: "institution", aliases: ["上交所"] },
  { name: "广东营养健康产业协会", type: "institution", aliases: [] },
  { name: "济宁贝壳创新中心", type: "institution", aliases: [] },
  { name: "华为山东大数据中心", type: "institution", aliases: [] },
  { name: "华为产业云创新中心", type: "institution", aliases: [] },
  { name: "西门子工业互联网创新赋能中心", type: "institution", aliases: [] },
  { name: "山推协同研究院", type: "institution", aliases: [] },
  { name: "鲁抗生物技术研发中心", type: "institution", aliases: [] },
  { name: "国家半导体及显示产品质量中心", type: "institution", aliases: [] },
  { name: "增材制造设计验证创新3D打印中心", type: "institution", aliases: [] },
  { name: "北京中关村网金中心", type: "institution", aliases: [] },
  { name: "生命科学中心", type: "institution", aliases: [] },
  { name: "孔子国际蓼河学校", type: "institution", aliases: [] },
  { name: "麒麟岛中学", type: "institution", aliases: [] },
  { name: "人民医院东院区", type: "institution", aliases: [] },
  { name: "蓼河新城医院", type: "institution", aliases: [] },
  { name: "济宁高新区实验学校", type: "institution", aliases: [] },
  { name: "经开区中心幼儿园", type: "institution", aliases: [] },
  { name: "修文学校", type: "institution", aliases: [] },
  { name: "鲁寨民俗博物馆", type: "institution", aliases: [] },
];

/** Party and government bodies and offices. */
export const GOVERNMENT: readonly GazetteerEntry[] = [
  { name: "济宁市委", type: "government", aliases: [] },
  { name: "山东省济宁市人民政府", type: "government", aliases: ["济宁市人民政府"] },
  { name: "济宁高新区管委会", type: "government", aliases: [] },
  { name: "济宁高新区党工委", type: "government", aliases: [] },
  { name: "投资促进局", type: "government", aliases: [] },
  { name: "黄河新区建设战时指挥部", type: "government", aliases: [] },
  { name: "人力资源服务中心", type: "government", aliases: [] },
  { name: "区卫生健康中心", type: "government", aliases: [] },
];
