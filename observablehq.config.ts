// Observable Framework configuration. Everything the site serves is built from
// node_modules (see data/offline/); no page may reach another host.
export default {
  root: "src",
  title: "报告工作台 Report Workbench",
  lang: "zh-CN",
  pages: [{ name: "总览", path: "/" }],
  // The default theme loads a web font from Google; a CJK system font stack replaces it.
  globalStylesheets: [],
  style: "style.css",
  // DuckDB-WASM would download extensions at run time; pages read Parquet through parquet-wasm instead.
  duckdb: { extensions: { json: null, parquet: null } },
  footer: "报告工作台 · 数据来自 seeds/ 中的报告，离线构建",
  search: false,
  cleanUrls: true,
};
