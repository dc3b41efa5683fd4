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

/** What each table holds, as analysts say it (the file names stay in the details line). */
export const TABLE_LABELS: Readonly<Record<string, string>> = {
  documents: "报告",
  sentences: "句子",
  facts: "数字事实",
  entities: "实体",
  mentions: "实体提及",
  events: "事件",
  errors: "读取错误",
};

/** The corpus folder the site was built from (the page head's workbench-corpus meta, set by the build), or null. */
export function corpusFolder(): string | null {
  return typeof document === "undefined"
    ? null
    : (document.querySelector('meta[name="workbench-corpus"]')?.getAttribute("content") ?? null);
}

/** The note's text: "来源：数字事实、报告（由 seeds/ 中的报告抽取）；显示 12 / 227 行。…". */
export function sourceText({ tables, rows, total, note }: Source, corpus: string | null = corpusFolder()): string {
  if (tables.length === 0) throw new TypeError("sourceNote: at least one table is required");
  const names = tables.map((t) => TABLE_LABELS[t] ?? t).join("、");
  const count = total != null && total !== rows ? `显示 ${rows} / ${total} 行` : `共 ${rows} 行`;
  return `来源：${names}（由 ${corpus ?? "报告文件夹"} 中的报告抽取）；${count}。${note ?? ""}`;
}

/** The data files behind a view: "facts.parquet、documents.parquet". */
export function sourceFiles(tables: readonly string[]): string {
  return tables.map((t) => `${t}.parquet`).join("、");
}

/** A small paragraph with the provenance text, and the data files in a details line. */
export function sourceNote(source: Source): HTMLElement {
  const p = document.createElement("div");
  p.className = "source-note muted";
  p.textContent = sourceText(source);
  const details = document.createElement("details");
  details.className = "source-files";
  const summary = document.createElement("summary");
  summary.textContent = "数据文件";
  details.append(summary, sourceFiles(source.tables));
  p.append(" ", details);
  return p;
}
