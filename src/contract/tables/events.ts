import { column, table } from "../define.js";

/** Precision of an event date, with the Chinese label pages show. */
export const DATE_PRECISIONS = {
  day: "日",
  month: "月",
  quarter: "季度",
  half: "半年",
  year: "年",
} as const;

/** How an event's date was determined. `date_evidence` holds the words. */
export const DATE_BASES = {
  explicit: "原文写明日期",
  year_from_report: "原文未写年份，按报告年份推定",
  day_only: "原文只写日，未写月份",
  year_unknown: "原文未写年份，报告年份不详",
  month_from_paragraph: "原文只写日，月份取自同段前文",
  relative_to_dateline: "原文写“昨日”“今天”等，按电头或发布日期推算",
  relative_unknown: "原文写“昨日”“今天”等，发布日期不详",
  year_from_dateline: "原文未写年份，按电头或发布时间的年份推定",
  month_from_dateline: "原文只写日，月份取自电头或发布时间",
  year_from_sentence: "原文日期未写年份，年份取自同句所写批次（如“2024年一季度”）",
} as const;

/** One dated happening. */
export const events = table({
  name: "events",
  doc: "One row per dated happening (签约, 开工, 投产 …) told in a report.",
  label: "事件",
  provenance: true,
  columns: [
    column({ name: "event_id", type: "VARCHAR", label: "事件编号", doc: "Stable id of the event." }),
    column({ name: "doc_id", type: "VARCHAR", label: "报告编号", doc: "The document telling the event." }),
    column({ name: "sentence_id", type: "VARCHAR", label: "句子编号", doc: "The sentence the event clause starts in." }),
    column({
      name: "date",
      type: "DATE",
      label: "日期",
      nullable: true,
      nullLabel: "日期不详",
      doc: "First day of the period, or null when no month or year can be told.",
    }),
    column({
      name: "precision",
      type: "VARCHAR",
      label: "日期精度",
      nullable: true,
      values: DATE_PRECISIONS,
      doc: "How precise `date` is.",
    }),
    column({ name: "end_date", type: "DATE", label: "结束日期", nullable: true, doc: "First day of the end period for ranges, or null." }),
    column({ name: "date_basis", type: "VARCHAR", label: "日期依据", values: DATE_BASES, doc: "How the date was determined." }),
    column({
      name: "date_evidence",
      type: "VARCHAR",
      label: "日期原文",
      nullable: true,
      doc: "The date words as written (11月11日), or null.",
    }),
    column({ name: "action", type: "VARCHAR", label: "动作", doc: "What happened: 签约, 开工, 投产, 上市, 下线, 开园, 会议 …" }),
    column({ name: "text", type: "VARCHAR", label: "原文", doc: "The clause describing the event." }),
    column({ name: "start", type: "INTEGER", label: "起点", doc: "Code-point offset of `text` in documents.text." }),
    column({ name: "end", type: "INTEGER", label: "终点", doc: "Code-point offset after `text` (exclusive)." }),
    column({ name: "amount_cny", type: "DOUBLE", label: "金额（元）", nullable: true, doc: "Amount in yuan when stated, or null." }),
    column({ name: "project_count", type: "INTEGER", label: "项目数", nullable: true, doc: "Number of projects when stated, or null." }),
    column({ name: "entity_ids", type: "VARCHAR[]", label: "相关实体", doc: "Entities involved." }),
    column({
      name: "duplicate_of",
      type: "VARCHAR",
      label: "重复记述",
      nullable: true,
      doc: "event_id of the first telling of the same happening in the corpus (same region, date, action and stated numbers), or null for the first telling; totals count rows where it is null.",
    }),
  ],
});
