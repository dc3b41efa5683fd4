// Targets beside results: one row per target with a link to each figure and whether it was met.

import type { LedgerRow } from "../../queries/indicators.js";
import { factHref } from "../factLink.js";
import { cellText } from "./pivot.js";

/** The ledger fields the view needs, with a label for the row's indicator in place of its id and measure. */
export type LedgerView = Omit<LedgerRow, "indicator" | "measure"> & { label: string };

const link = (docId: string, factId: string, text: string) => {
  const a = document.createElement("a");
  a.href = factHref({ doc_id: docId, fact_id: factId });
  a.textContent = text;
  return a;
};

/** Met, missed, or waiting for a result, in words. */
export function verdict(met: boolean | null): string {
  return met === null ? "尚无实际值" : met ? "完成" : "未完成";
}

/** The ledger table. */
export function ledgerTable(rows: readonly LedgerView[]): HTMLElement {
  const el = document.createElement("table");
  el.className = "ledger-table";
  const head = el.createTHead().insertRow();
  for (const t of ["地区", "指标", "年份", "目标", "实际", "差距", "结果"])
    head.append(Object.assign(document.createElement("th"), { textContent: t }));
  const body = el.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    tr.dataset.met = String(r.met);
    tr.insertCell().textContent = r.region;
    tr.insertCell().textContent = r.label;
    tr.insertCell().textContent = `${r.year}年`;
    const target = cellText({
      value: r.target_value,
      value_low: r.target_low,
      value_high: r.target_high,
      unit: r.unit,
      classifier: r.classifier,
      qualifier: r.target_qualifier,
    });
    tr.insertCell().append(link(r.target_doc_id, r.target_fact_id, target));
    const result = tr.insertCell();
    if (r.result_fact_id && r.result_doc_id && r.result_value !== null)
      result.append(
        link(
          r.result_doc_id,
          r.result_fact_id,
          cellText({ value: r.result_value, value_low: null, value_high: null, unit: r.unit, classifier: r.classifier, qualifier: null }),
        ),
      );
    else result.textContent = "—";
    const gap = tr.insertCell();
    gap.className = "num";
    gap.textContent = r.gap === null ? "—" : `${r.gap > 0 ? "+" : ""}${Number(r.gap.toFixed(2))}`;
    tr.insertCell().textContent = verdict(r.met);
  }
  return el;
}
