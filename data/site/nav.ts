// The site's navigation, in order: the sidebar (observablehq.config.ts) and the
// benchmark's page list (bench/site-pages.ts) both read it.

/** One navigation entry: Chinese name and path. */
export interface NavPage {
  name: string;
  path: string;
}

/** Site navigation, in order. */
export const NAV: readonly NavPage[] = [
  { name: "总览", path: "/" },
  { name: "指标", path: "/indicators" },
  { name: "时间线", path: "/timeline" },
  { name: "实体", path: "/entities" },
  { name: "项目与投资", path: "/investment" },
  { name: "对比", path: "/compare" },
  { name: "搜索", path: "/search" },
  { name: "SQL 工作台", path: "/sql" },
  { name: "简报", path: "/briefing" },
  { name: "数据质量", path: "/quality" },
  { name: "数据表", path: "/tables" },
];
