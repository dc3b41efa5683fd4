import { column, table } from "../define.js";
import { QUALIFIERS, REF_PERIODS } from "./facts.js";

/** What an indicator value measures. */
export const MEASURES = { level: "总量/水平", growth: "增速" } as const;

/** Whether a value is a plan or an outcome. */
export const SCOPES = { target: "目标", result: "实际" } as const;

/** The analyst's table: one chosen figure per region × indicator × year × target or result. */
export const indicatorValues = table({
  name: "indicator_values",
  doc: "One row per region × indicator × measure × reference year × target or result: the figure chosen for the cell, with its alternatives and provenance.",
  label: "指标值",
  provenance: false,
  columns: [
    column({
      name: "region",
      type: "VARCHAR",
      label: "地区",
      nullable: true,
      nullLabel: "地区不详",
      doc: "Region of the figures (facts.region, else documents.region), or null when not known (then one row per report).",
    }),
    column({ name: "indicator", type: "VARCHAR", label: "指标", doc: "Canonical indicator id (data/indicators/registry.ts)." }),
    column({
      name: "measure",
      type: "VARCHAR",
      label: "度量",
      values: MEASURES,
      doc: "level (an amount, count or rate) or growth (a change in percent).",
    }),
    column({
      name: "ref_year",
      type: "INTEGER",
      label: "年份",
      nullable: true,
      nullLabel: "年份不详",
      doc: "Year the figures refer to, or null when the report does not tell.",
    }),
    column({
      name: "ref_period",
      type: "VARCHAR",
      label: "时段",
      nullable: true,
      values: REF_PERIODS,
      doc: "Span within the year, or null.",
    }),
    column({
      name: "period",
      type: "VARCHAR",
      label: "时期（原文）",
      nullable: true,
      doc: "The period as written when shorter than a year (上半年, 1-8月份), else null.",
    }),
    column({ name: "scope", type: "VARCHAR", label: "目标/实际", values: SCOPES, doc: "target or result." }),
    column({ name: "fact_id", type: "VARCHAR", label: "数据编号", doc: "The fact chosen for the cell." }),
    column({ name: "doc_id", type: "VARCHAR", label: "报告编号", doc: "The report of the chosen fact." }),
    column({ name: "sentence_id", type: "VARCHAR", label: "句子编号", doc: "The sentence of the chosen fact." }),
    column({ name: "value", type: "DOUBLE", label: "数值", doc: "The chosen fact's value (the lower end for a range) in its base unit." }),
    column({ name: "value_low", type: "DOUBLE", label: "区间下限", nullable: true, doc: "Lower bound of a range, else null." }),
    column({ name: "value_high", type: "DOUBLE", label: "区间上限", nullable: true, doc: "Upper bound of a range, else null." }),
    column({ name: "unit", type: "VARCHAR", label: "单位", doc: "Base unit of the value." }),
    column({
      name: "qualifier",
      type: "VARCHAR",
      label: "限定",
      nullable: true,
      nullLabel: "精确",
      values: QUALIFIERS,
      doc: "The chosen fact's qualifier.",
    }),
    column({ name: "text", type: "VARCHAR", label: "原文", doc: "The chosen fact's text (5.5%左右)." }),
    column({ name: "alternatives", type: "INTEGER", label: "其他候选数", doc: "Number of other facts that could fill the cell." }),
    column({ name: "alternative_ids", type: "VARCHAR[]", label: "其他候选", doc: "Their fact ids." }),
    column({ name: "basis", type: "VARCHAR", label: "选择依据", doc: "Why this fact was chosen." }),
  ],
});
