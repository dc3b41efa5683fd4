// A short provenance line under a view: which tables and how many rows it
// shows, so a printed handout still says where its numbers come from.

/** What a view is built from. */
export interface Source {
  /** Table names, e.g. ["facts", "documents"]. */
  tables: readonly string[];
  /** Rows shown. */
  rows: number;
  /** Rows before filtering, when filtered. */
  total?: number;
  /** Extra words, e.g. the active filters. */
  note?: string;
}

/** The note's text: "来源：facts.parquet、documents.parquet；显示 12 / 227 行。…". */
export function sourceText({ tables, rows, total, note }: Source): string {
  if (tables.length === 0) throw new TypeError("sourceNote: at least one table is required");
  const files = tables.map((t) => `${t}.parquet`).join("、");
  const count = total != null && total !== rows ? `显示 ${rows} / ${total} 行` : `共 ${rows} 行`;
  return `来源：${files}（由 seeds/ 中的报告抽取）；${count}。${note ?? ""}`;
}

/** A small paragraph with the provenance text. */
export function sourceNote(source: Source): HTMLElement {
  const p = document.createElement("p");
  p.className = "source-note muted";
  p.textContent = sourceText(source);
  return p;
}
