// One notebook cell: title, editor, run/cancel, result table, automatic chart,
// downloads, and errors shown in place (plain Chinese plus DuckDB's message).
import type * as arrow from "npm:apache-arrow";
import { toXlsx } from "../xlsx.js";
import { autoChart } from "./autoChart.js";
import { el } from "./dom.js";
import { downloadName, loadParquetWasm, saveFile, toCsv, toJson, toParquet } from "./download.js";
import { createEditor, type Editor } from "./editor.js";
import { idHref, resultTable } from "./resultTable.js";
import { type NotebookDatabase, RunningQuery, type RunOutcome } from "./run.js";
import type { NotebookCell, SchemaNames } from "./types.js";
import { columnsOf, rowsOf, valueText } from "./values.js";

/** What a cell needs from its notebook. */
export interface CellContext {
  database: NotebookDatabase;
  names: () => SchemaNames;
  onChange: () => void;
  onMove: (cell: CellView, delta: -1 | 1) => void;
  onDelete: (cell: CellView) => void;
  /** Shift+Enter: focus the next cell (a new one after the last). */
  onNext?: (cell: CellView) => void;
  onFocus: (editor: Editor) => void;
}

/** A cell on the page. */
export interface CellView {
  element: HTMLElement;
  editor: Editor;
  /** The cell as stored in links and files. */
  state(): NotebookCell;
  run(): Promise<RunOutcome>;
  setNumber(n: number): void;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} 毫秒` : `${(ms / 1000).toFixed(2)} 秒`;
}

/** Creates a cell from its stored state; `first` is its result computed at build time, shown until it runs. */
export function createCell(initial: NotebookCell, context: CellContext, first?: arrow.Table): CellView {
  let number = 0;
  let chartOn = initial.chart;
  let running: RunningQuery | null = null;
  let last: { table: arrow.Table; columns: ReturnType<typeof columnsOf>; rows: ReturnType<typeof rowsOf> } | null = null;

  const label = el("span", { class: "nb-cell-label" });
  const title = el("input", { class: "nb-cell-title", type: "text", placeholder: "标题（可选）", "aria-label": "单元格标题" });
  title.value = initial.title ?? "";
  title.addEventListener("input", () => context.onChange());
  const chartToggle = el("input", { type: "checkbox" });
  chartToggle.checked = chartOn;
  const runButton = el(
    "button",
    { type: "button", class: "nb-run", title: "运行（Ctrl/⌘ + Enter；Shift + Enter 运行并跳到下一个单元格）" },
    "▶ 运行",
  );
  const cancelButton = el("button", { type: "button", class: "nb-cancel", hidden: true }, "取消");
  const status = el("div", { class: "nb-status", role: "status", "aria-live": "polite" });
  const output = el("div", { class: "nb-output" });
  const chartSlot = el("div", { class: "nb-chart-slot" });

  const view: CellView = {
    element: el("section"),
    editor: null as unknown as Editor,
    state: () => ({ title: title.value.trim() || null, sql: view.editor.value, chart: chartOn }),
    run,
    setNumber(n: number) {
      number = n;
      label.textContent = `单元格 ${n}`;
      view.element.dataset.cell = String(n);
    },
  };
  view.editor = createEditor({
    value: initial.sql,
    names: context.names(),
    onRun: () => void run(),
    onRunNext: () => {
      void run();
      context.onNext?.(view);
    },
    onChange: () => context.onChange(),
    onFocus: () => context.onFocus(view.editor),
    label: "SQL 查询",
  });

  const drawChart = () => {
    chartSlot.replaceChildren(chartOn && last ? autoChart(last.columns, last.rows) : "");
  };
  chartToggle.addEventListener("change", () => {
    chartOn = chartToggle.checked;
    drawChart();
    context.onChange();
  });

  const download = async (ext: "csv" | "json" | "parquet" | "xlsx") => {
    if (!last) return;
    const name = downloadName(number, ext);
    if (ext === "xlsx") {
      const { columns, rows } = last;
      const sources = rows.map((row) => {
        const href = columns.map((c) => idHref(c.name, row[c.name], row)).find((h) => h != null);
        return href ? new URL(href, location.href).href : null;
      });
      const table = {
        sheet: title.value.trim() || `单元格 ${number}`,
        columns: columns.map((c) => c.name),
        rows: rows.map((row) =>
          columns.map((c) =>
            row[c.name] == null || typeof row[c.name] !== "object" || row[c.name] instanceof Date
              ? (row[c.name] as string | number | boolean | Date | null)
              : valueText(row[c.name]),
          ),
        ),
        sources,
        note: `来源：报告工作台 SQL 工作台查询（${location.href.split("#")[0]}）：${view.editor.value}`,
      };
      saveFile(await toXlsx(table), name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } else if (ext === "csv") saveFile(toCsv(last.table), name, "text/csv;charset=utf-8");
    else if (ext === "json") saveFile(toJson(last.table), name, "application/json");
    else saveFile(toParquet(last.table, await loadParquetWasm()) as BlobPart, name, "application/vnd.apache.parquet");
  };

  function show(outcome: RunOutcome): void {
    last = null;
    view.element.dataset.state = outcome.kind;
    switch (outcome.kind) {
      case "refused":
        status.textContent = "未运行";
        output.replaceChildren(el("div", { class: "nb-error", role: "alert" }, el("p", { class: "nb-error-message" }, outcome.message)));
        break;
      case "error":
        status.textContent = `出错（${formatMs(outcome.ms)}）`;
        output.replaceChildren(
          el(
            "div",
            { class: "nb-error", role: "alert" },
            el("p", { class: "nb-error-message" }, outcome.message),
            el("pre", { class: "nb-error-detail" }, outcome.detail),
          ),
        );
        break;
      case "cancelled":
        status.textContent = `已取消（${formatMs(outcome.ms)}）`;
        output.replaceChildren(el("p", { class: "nb-note" }, "查询已取消。"));
        break;
      case "ok": {
        const columns = columnsOf(outcome.table);
        const rows = rowsOf(outcome.table);
        last = { table: outcome.table, columns, rows };
        status.replaceChildren(
          el("span", { class: "nb-rowcount" }, `${rows.length} 行`),
          // A negative time marks a result computed when the site was built (the page's first view).
          ` · ${columns.length} 列 · ${outcome.ms < 0 ? "构建站点时算好的结果，编辑或点「运行」由 DuckDB 重新计算" : `用时 ${formatMs(outcome.ms)}`}`,
          outcome.truncated ? el("strong", { class: "nb-truncated" }, ` · 仅显示前 ${outcome.limit} 行`) : "",
        );
        const downloads = el(
          "div",
          { class: "nb-downloads" },
          "下载：",
          (["csv", "xlsx", "json", "parquet"] as const).map((ext) =>
            el(
              "button",
              { type: "button", class: `nb-download nb-download-${ext}`, onclick: () => void download(ext) },
              ext === "parquet" ? "Parquet" : ext === "xlsx" ? "Excel" : ext.toUpperCase(),
            ),
          ),
          outcome.truncated
            ? el("span", { class: "nb-hint" }, `（仅含前 ${outcome.limit} 行；需要全部行请在查询里加 WHERE 缩小范围）`)
            : "",
        );
        output.replaceChildren(
          rows.length === 0 ? el("p", { class: "nb-empty" }, "查询没有返回任何行。") : resultTable(columns, rows),
          downloads,
          chartSlot,
        );
        drawChart();
        break;
      }
    }
  }

  async function run(): Promise<RunOutcome> {
    await running?.cancel();
    const query = new RunningQuery(context.database, view.editor.value);
    running = query;
    view.element.dataset.state = "running";
    runButton.disabled = true;
    cancelButton.hidden = false;
    status.textContent = "运行中…";
    const ticker = setInterval(() => {
      status.textContent = `运行中… ${formatMs(query.elapsed())}`;
    }, 250);
    const outcome = await query.done;
    clearInterval(ticker);
    if (running === query) {
      running = null;
      runButton.disabled = false;
      cancelButton.hidden = true;
      show(outcome);
    }
    return outcome;
  }

  runButton.addEventListener("click", () => void run());
  cancelButton.addEventListener("click", () => void running?.cancel());

  const tool = (text: string, name: string, onclick: () => void) =>
    el("button", { type: "button", class: "nb-tool", title: name, "aria-label": name, onclick }, text);
  view.element = el(
    "section",
    { class: "nb-cell", dataset: { state: "idle" } },
    el(
      "header",
      { class: "nb-cell-head" },
      label,
      title,
      el("label", { class: "nb-chart-toggle" }, chartToggle, " 自动图表"),
      runButton,
      cancelButton,
      tool("↑", "上移", () => context.onMove(view, -1)),
      tool("↓", "下移", () => context.onMove(view, 1)),
      tool("✕", "删除单元格", () => context.onDelete(view)),
    ),
    view.editor.element,
    status,
    output,
  );
  if (first) show({ kind: "ok", table: first, truncated: false, limit: first.numRows, ms: -1 });
  return view;
}
