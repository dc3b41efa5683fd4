import { column, table } from "../define.js";
import { QUALIFIERS } from "./facts.js";
import { MEASURES } from "./indicatorValues.js";

/** Targets set for a year beside the results reported for it. */
export const targetLedger = table({
  name: "target_ledger",
  doc: "One row per target: the target set for a region, indicator and year beside the result reported for the same (usually in the next year's report), and whether it was met.",
  label: "目标与实绩",
  provenance: false,
  columns: [
    column({ name: "region", type: "VARCHAR", label: "地区", doc: "Region the target was set for." }),
    column({ name: "indicator", type: "VARCHAR", label: "指标", doc: "Canonical indicator id." }),
    column({ name: "measure", type: "VARCHAR", label: "度量", values: MEASURES, doc: "level or growth." }),
    column({ name: "year", type: "INTEGER", label: "年份", doc: "The year the target was set for." }),
    column({ name: "target_fact_id", type: "VARCHAR", label: "目标数据编号", doc: "The target's fact." }),
    column({ name: "target_doc_id", type: "VARCHAR", label: "目标报告编号", doc: "The report that set the target." }),
    column({ name: "target_value", type: "DOUBLE", label: "目标值", doc: "The target's value (lower end for a range)." }),
    column({ name: "target_low", type: "DOUBLE", label: "目标下限", nullable: true, doc: "Lower bound of a target range, else null." }),
    column({ name: "target_high", type: "DOUBLE", label: "目标上限", nullable: true, doc: "Upper bound of a target range, else null." }),
    column({
      name: "target_qualifier",
      type: "VARCHAR",
      label: "目标限定",
      nullable: true,
      nullLabel: "精确",
      values: QUALIFIERS,
      doc: "左右, 以上, 以内 …",
    }),
    column({ name: "unit", type: "VARCHAR", label: "单位", doc: "Base unit of target and result." }),
    column({
      name: "result_fact_id",
      type: "VARCHAR",
      label: "实绩数据编号",
      nullable: true,
      doc: "The result reported for the same year, or null.",
    }),
    column({ name: "result_doc_id", type: "VARCHAR", label: "实绩报告编号", nullable: true, doc: "The report of the result, or null." }),
    column({
      name: "result_value",
      type: "DOUBLE",
      label: "实绩",
      nullable: true,
      nullLabel: "尚无实绩",
      doc: "The result's value, or null.",
    }),
    column({
      name: "gap",
      type: "DOUBLE",
      label: "差距",
      nullable: true,
      doc: "result − target (the target's lower bound for a floor, its upper bound for a ceiling), or null.",
    }),
    column({
      name: "met",
      type: "BOOLEAN",
      label: "是否完成",
      nullable: true,
      nullLabel: "尚无实绩",
      doc: "Whether the result meets the target (at or above a floor, at or below a ceiling such as unemployment or CPI), or null without a result.",
    }),
  ],
});
