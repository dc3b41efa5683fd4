import type { GazetteerEntry } from "./types.ts";

/** Named projects. */
export const PROJECTS: readonly GazetteerEntry[] = [
  { name: "小松全球智能制造产业基地项目", type: "project", aliases: ["日本小松全球智能制造产业基地项目"] },
  { name: "长城新能源工程机械总部基地项目", type: "project", aliases: [] },
  { name: "腾讯一融发产教融合示范园项目", type: "project", aliases: [] },
  { name: "清控智运(济宁)产业创新基地项目", type: "project", aliases: ["清控智运项目"] },
  { name: "山东重工大型矿山设备智造基地项目", type: "project", aliases: [] },
  { name: "鲁抗好丽友疫苗工厂建设项目", type: "project", aliases: [] },
  { name: "辰欣高端制剂研发及智能化集约车间项目", type: "project", aliases: [] },
  { name: "凯登绿色制浆装备与集成供应链全球制造中心项目", type: "project", aliases: [] },
  { name: "海富光学智能终端产业园项目", type: "project", aliases: [] },
  { name: "艾美科健康泰拉毒素产业化项目", type: "project", aliases: [] },
  { name: "锦成永生中韩高端装备产业化项目", type: "project", aliases: [] },
  { name: "济宁高新区智能终端产业园项目", type: "project", aliases: [] },
  { name: "济宁市公共卫生重症医学中心项目", type: "project", aliases: [] },
  { name: "红星爱琴海城市综合体", type: "project", aliases: [] },
  { name: "吉祥欣苑", type: "project", aliases: [] },
  { name: "鸿顺天泰城", type: "project", aliases: [] },
];
