import { column, table } from "../define.js";

/** File formats ingest reads, with the Chinese label pages show. */
export const DOCUMENT_FORMATS = {
  txt: "纯文本",
  md: "Markdown",
  docx: "Word",
  html: "网页",
  pdf: "PDF",
} as const;

/** Levels of China's administrative geography, plus development zones. */
export const REGION_LEVELS = {
  province: "省级",
  prefecture: "地级",
  county: "县级",
  zone: "开发区",
} as const;

/** Kinds of report, with the Chinese label pages show. */
export const DOCUMENT_KINDS = {
  work_report: "政府工作报告",
  bulletin: "统计公报",
  news: "新闻",
  review: "年终总结/回顾",
  other: "其他",
} as const;

/** One report, normalized; `text` is what every offset in every other table points into. */
export const documents = table({
  name: "documents",
  doc: "One row per report: its metadata and the normalized text every offset points into.",
  label: "报告",
  provenance: false,
  columns: [
    column({ name: "doc_id", type: "VARCHAR", label: "报告编号", doc: "Stable id derived from the file's content hash." }),
    column({ name: "file", type: "VARCHAR", label: "文件", doc: "Path relative to the ingest root, with forward slashes." }),
    column({ name: "title", type: "VARCHAR", label: "标题", doc: "Title as printed." }),
    column({ name: "subtitle", type: "VARCHAR", label: "副标题", nullable: true, doc: "Subtitle as printed, or null." }),
    column({ name: "byline", type: "VARCHAR", label: "署名", nullable: true, doc: "Byline (通讯员/记者 names) as printed, or null." }),
    column({
      name: "region",
      type: "VARCHAR",
      label: "地区",
      nullable: true,
      nullLabel: "地区不详",
      doc: "Canonical name of the region the report is about (province, prefecture, county or development zone), or null when the evidence is weak or tied.",
    }),
    column({
      name: "region_code",
      type: "VARCHAR",
      label: "区划代码",
      nullable: true,
      doc: "GB/T 2260 code of the region (the statistics bureau's code for a zone), or null.",
    }),
    column({
      name: "region_level",
      type: "VARCHAR",
      label: "地区级别",
      nullable: true,
      values: REGION_LEVELS,
      doc: "Level of the region, or null.",
    }),
    column({
      name: "region_path",
      type: "VARCHAR",
      label: "地区路径",
      nullable: true,
      doc: "Names from the province down, joined by / (江苏省/苏州市/苏州工业园区), or null.",
    }),
    column({ name: "region_basis", type: "VARCHAR", label: "地区依据", doc: "The words the region was inferred from, or why it is null." }),
    column({
      name: "year",
      type: "INTEGER",
      label: "年份",
      nullable: true,
      nullLabel: "年份不详",
      doc: "Year the report is about, or null when the text gives no evidence.",
    }),
    column({
      name: "year_basis",
      type: "VARCHAR",
      label: "年份依据",
      nullable: true,
      doc: "The words the year was inferred from, or null.",
    }),
    column({
      name: "kind",
      type: "VARCHAR",
      label: "报告类型",
      nullable: true,
      nullLabel: "类型不详",
      values: DOCUMENT_KINDS,
      doc: "What kind of report it is, or null when it cannot be told.",
    }),
    column({
      name: "report_year",
      type: "INTEGER",
      label: "报告年份",
      nullable: true,
      nullLabel: "年份不详",
      doc: "Year the report was written or delivered (a 2026 work report reviews 2025), or null.",
    }),
    column({
      name: "report_year_basis",
      type: "VARCHAR",
      label: "报告年份依据",
      nullable: true,
      doc: "The words `report_year` was inferred from, or null.",
    }),
    column({ name: "chars", type: "INTEGER", label: "字数", doc: "Length of `text` in code points." }),
    column({ name: "sha256", type: "VARCHAR", label: "SHA-256", doc: "Hex SHA-256 of the raw file bytes." }),
    column({ name: "text", type: "VARCHAR", label: "正文", doc: "Normalized text; every start/end offset is a code point index into it." }),
    column({ name: "format", type: "VARCHAR", label: "格式", values: DOCUMENT_FORMATS, doc: "File format the text was extracted from." }),
    column({
      name: "published",
      type: "DATE",
      label: "发布日期",
      nullable: true,
      doc: "Date the file's own metadata gives (front matter, page meta, document properties), or null.",
    }),
    column({
      name: "source",
      type: "VARCHAR",
      label: "来源",
      nullable: true,
      doc: "Publisher or author the file's metadata names (来源, ContentSource, front matter source/author), or null.",
    }),
  ],
});
