// The SQL notebook: schema browser, cells (add, delete, reorder, run all),
// examples, the whole notebook mirrored into the URL hash, and .sql save/load.
import { type CellView, createCell } from "./cell.js";
import { el } from "./dom.js";
import { saveFile } from "./download.js";
import type { Editor } from "./editor.js";
import { EXAMPLES } from "./examples.js";
import { DEFAULT_CELLS, type SqlFirstView } from "./firstView.js";
import { notebookToPage, pageName } from "./page.js";
import { cancelAll, cellTimeLimit, lockDown, type NotebookDatabase, setCellTimeLimit } from "./run.js";
import { loadFunctions, loadSchema, type SchemaClient, schemaBrowser, schemaNames, type TableInfo } from "./schema.js";
import { notebookToSql, sqlToNotebook } from "./sqlFile.js";
import { SupervisedDatabase } from "./supervisor.js";
import type { NotebookCell, SchemaNames } from "./types.js";
import { decodeNotebook, encodeNotebook, LONG_LINK } from "./urlCodec.js";
import { viewTable } from "./viewTable.js";

/** The database the notebook needs (components/database.ts): Framework's client for the schema, DuckDB-WASM's AsyncDuckDB for cells. */
export interface NotebookCorpus {
  client: SchemaClient;
  database: NotebookDatabase & { terminate?(): Promise<unknown> | unknown };
}

/** The browser's localStorage, or null where it is refused (a sandboxed frame throws on access). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** DuckDB's start-up steps as the notebook tells them (components/database.ts's Stage). */
export const STAGES: Readonly<Record<string, string>> = {
  connect: "连接数据库",
  compile: "编译 DuckDB 引擎",
  open: "打开数据库",
  data: "载入数据文件",
  attach: "挂载数据表",
  ready: "DuckDB 已就绪",
};

/** Most cells a link or .sql file opens: each cell is an editor and a query, so 50,000 would hang the tab. */
export const MAX_CELLS = 200;

/**
 * Builds the notebook over `tables`, restores it from the URL hash and runs every cell. With
 * `firstView` (views/sql.json) it is drawn at once: the schema and the default cells' results come
 * from the build, and DuckDB (`corpus`, still starting) answers edits and re-runs once it is ready;
 * `onStage` tells its start-up steps. `reopen` opens a fresh copy of the database: with it, a query
 * that ignores 取消 or the time limit has its worker replaced instead of blocking every later cell.
 */
export async function createNotebook(
  corpus: Promise<NotebookCorpus>,
  tables: readonly string[],
  options: {
    reopen?: () => Promise<NotebookCorpus>;
    firstView?: SqlFirstView | null;
    onStage?: (listener: (stage: string) => void) => unknown;
  } = {},
): Promise<HTMLElement> {
  const { reopen, firstView } = options;
  // Until DuckDB is ready, a cell that runs waits for it.
  const starting: NotebookCorpus["database"] = {
    connect: async () => (await corpus).database.connect(),
    terminate: async () => (await corpus).database.terminate?.(),
  };
  const database = new SupervisedDatabase(starting, reopen ? async () => (await reopen()).database : undefined);
  const info: TableInfo[] = firstView
    ? firstView.tables.map((t) => ({ ...t, sample: t.sample as TableInfo["sample"] }))
    : await loadSchema((await corpus).client, tables);
  let names: SchemaNames = { ...schemaNames(info), functions: [] };
  const dbStatus = el("div", { class: "nb-db-status", role: "status" });
  const progress = el("progress", { max: String(Object.keys(STAGES).length - 1), value: "0" });
  options.onStage?.((stage) => {
    const step = Object.keys(STAGES).indexOf(stage);
    progress.value = Math.max(0, step);
    dbStatus.dataset.stage = stage;
    dbStatus.replaceChildren(
      ...(stage === "ready" ? [] : [progress, " "]),
      stage === "ready"
        ? "DuckDB 已就绪：可以编辑并运行查询。"
        : `DuckDB 启动中：${STAGES[stage] ?? stage}…（结果是构建站点时算好的，编辑后的查询会在就绪后运行）`,
    );
  });
  // Once DuckDB answers: the read-only lock checked, and its own function names offered in completion.
  void corpus.then(async ({ client }) => {
    await lockDown(database.current);
    names = { ...names, functions: await loadFunctions(client, storage()) };
    for (const c of cells) c.editor.setNames(names);
  });
  const cells: CellView[] = [];
  const list = el("div", { class: "nb-cells" });
  const message = el("div", { class: "nb-message", role: "status" });
  let focused: Editor | null = null;
  let writeTimer: ReturnType<typeof setTimeout> | undefined;

  const renumber = () => {
    list.replaceChildren(...cells.map((c) => c.element));
    for (const [i, c] of cells.entries()) c.setNumber(i + 1);
    if (cells.length === 0) list.append(el("p", { class: "nb-empty" }, "还没有单元格：点击「＋ 新单元格」或从示例中选择。"));
  };

  const writeUrl = () => {
    clearTimeout(writeTimer);
    writeTimer = setTimeout(async () => {
      const hash = await encodeNotebook(cells.map((c) => c.state()));
      history.replaceState(history.state, "", `${location.pathname}${location.search}#${hash}`);
      linkNote.textContent =
        location.href.length > LONG_LINK
          ? `链接长 ${location.href.length} 个字符，有些聊天和邮件工具会截断；分享时建议用「保存 .sql」。`
          : "";
    }, 250);
  };

  database.onRestart = (count) => {
    message.textContent = `上一个查询没有响应取消，已重启 DuckDB 并重新载入数据${count > 1 ? `（第 ${count} 次）` : ""}；后面的单元格照常运行。`;
  };

  const context = {
    database,
    names: () => names,
    onChange: writeUrl,
    onFocus: (editor: Editor) => {
      focused = editor;
    },
    onMove: (cell: CellView, delta: -1 | 1) => {
      const i = cells.indexOf(cell);
      const j = i + delta;
      if (j < 0 || j >= cells.length) return;
      [cells[i], cells[j]] = [cells[j], cells[i]];
      renumber();
      cell.editor.focus();
      writeUrl();
    },
    onNext: (cell: CellView) => {
      const next = cells[cells.indexOf(cell) + 1] ?? addCell({ title: null, sql: "", chart: true });
      next.editor.focus();
    },
    onDelete: (cell: CellView) => {
      cells.splice(cells.indexOf(cell), 1);
      if (focused === cell.editor) focused = null;
      renumber();
      writeUrl();
    },
  };

  const addCell = (state: NotebookCell, at = cells.length): CellView => {
    const cell = createCell(state, context);
    cells.splice(at, 0, cell);
    renumber();
    writeUrl();
    return cell;
  };

  // 全部运行 turns into 停止 while it runs: stopping cancels the running cell and skips the rest.
  let runningAll: { stopped: boolean } | null = null;
  const runAllButton = el("button", { type: "button", class: "nb-run-all" }, "全部运行");
  const runAll = async (only?: readonly CellView[]) => {
    if (runningAll) {
      runningAll.stopped = true;
      await cancelAll();
      return;
    }
    const run = { stopped: false };
    runningAll = run;
    runAllButton.textContent = "停止";
    runAllButton.classList.add("nb-stop");
    try {
      for (const cell of only ?? [...cells]) {
        if (run.stopped) break;
        await cell.run();
      }
      if (run.stopped) message.textContent = "已停止「全部运行」：后面的单元格没有运行。";
    } finally {
      runningAll = null;
      runAllButton.textContent = "全部运行";
      runAllButton.classList.remove("nb-stop");
    }
  };
  runAllButton.addEventListener("click", () => void runAll());
  // A default cell whose result came with the page is shown, not run again.
  const prebuilt = (state: NotebookCell) => firstView?.results.find((r) => r.sql === state.sql);

  // All cells are created first and the list is drawn once, so opening n cells costs O(n), not O(n²).
  const load = async (states: readonly NotebookCell[]) => {
    if (runningAll) {
      runningAll.stopped = true;
      await cancelAll();
    }
    const kept = states.slice(0, MAX_CELLS);
    if (states.length > MAX_CELLS)
      message.append(
        el(
          "p",
          { class: "nb-error-message", role: "alert" },
          `这个笔记本有 ${states.length} 个单元格，只打开了前 ${MAX_CELLS} 个：每个单元格都是一个编辑器和一条查询，太多会让页面卡住。需要全部内容请用「打开 .sql」分批打开。`,
        ),
      );
    const created = kept.map((s) => {
      const result = prebuilt(s);
      return { cell: createCell(s, context, result ? viewTable(result) : undefined), run: !result };
    });
    cells.splice(0, cells.length, ...created.map((c) => c.cell));
    renumber();
    writeUrl();
    await runAll(created.filter((c) => c.run).map((c) => c.cell));
  };

  const insertName = (text: string) => {
    const editor = focused ?? cells.at(-1)?.editor;
    if (editor) editor.insert(text);
    else addCell({ title: null, sql: text, chart: true }).editor.focus();
  };

  const examples = el(
    "select",
    {
      class: "nb-examples",
      "aria-label": "插入示例查询",
      onchange: (event: Event) => {
        const select = event.target as HTMLSelectElement;
        const example = EXAMPLES[Number(select.value)];
        select.value = "";
        if (!example) return;
        const cell = addCell({ title: example.title, sql: example.sql, chart: true });
        cell.element.scrollIntoView({ block: "nearest" });
        void cell.run();
      },
    },
    el("option", { value: "" }, "插入示例查询…"),
    EXAMPLES.map((e, i) => el("option", { value: String(i), title: e.question }, e.title)),
  );

  const fileInput = el("input", { type: "file", accept: ".sql,text/plain,application/sql", hidden: true, class: "nb-file" });
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    const states = sqlToNotebook(await file.text());
    message.textContent = states.length ? `已打开 ${file.name}：${states.length} 个单元格。` : `${file.name} 中没有 SQL。`;
    if (states.length) await load(states);
  });

  const linkNote = el("span", { class: "nb-hint nb-link-note" });
  const timeLimitInput = el("input", {
    type: "number",
    min: "1",
    step: "1",
    class: "nb-time-limit",
    "aria-label": "单元格时限（秒）",
    value: String(cellTimeLimit() / 1000),
  });
  timeLimitInput.addEventListener("change", () => {
    const seconds = Number(timeLimitInput.value);
    if (seconds > 0) setCellTimeLimit(seconds * 1000);
    else timeLimitInput.value = String(cellTimeLimit() / 1000);
  });
  const timeLimit = el("label", { class: "nb-hint", title: "超过时限的查询会被停止" }, "单元格时限 ", timeLimitInput, " 秒");
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      message.textContent = "链接已复制：打开它即可重现整个笔记本。";
    } catch {
      // No clipboard permission (e.g. an intranet page over http): show the link to copy by hand.
      const field = el("input", { type: "text", readonly: true, class: "nb-link-field", value: location.href });
      message.replaceChildren("复制下面的链接：", field);
      field.select();
    }
  };

  const toolbar = el(
    "div",
    { class: "nb-toolbar no-print" },
    el(
      "button",
      {
        type: "button",
        class: "nb-add",
        onclick: () => addCell({ title: null, sql: "", chart: true }).editor.focus(),
      },
      "＋ 新单元格",
    ),
    examples,
    runAllButton,
    timeLimit,
    el(
      "button",
      {
        type: "button",
        class: "nb-save",
        onclick: () => saveFile(notebookToSql(cells.map((c) => c.state())), "notebook.sql", "application/sql"),
      },
      "保存 .sql",
    ),
    el("button", { type: "button", class: "nb-open", onclick: () => fileInput.click() }, "打开 .sql"),
    el(
      "button",
      {
        type: "button",
        class: "nb-save-page",
        title: "下载为 Framework 页面（.md）：放进 src/ 即成为站点的一页",
        onclick: () => {
          const states = cells.map((c) => c.state());
          const title = states.find((c) => c.title)?.title ?? "SQL 笔记本";
          saveFile(notebookToPage(states, title), pageName(title), "text/markdown;charset=utf-8");
          message.textContent = `已保存为页面：把 ${pageName(title)} 放进 src/，并在 observablehq.config.ts 的 pages 中列出。`;
        },
      },
      "保存为页面",
    ),
    el("button", { type: "button", class: "nb-copy-link", onclick: () => void copyLink() }, "复制链接"),
    fileInput,
    linkNote,
  );

  const root = el(
    "div",
    { class: "nb-notebook" },
    el("aside", { class: "nb-sidebar" }, schemaBrowser(info, insertName)),
    el("div", { class: "nb-main" }, dbStatus, toolbar, message, list),
  );

  const restore = async () => {
    const decoded = await decodeNotebook(location.hash);
    if (decoded.kind === "error") message.replaceChildren(el("p", { class: "nb-error-message", role: "alert" }, decoded.message));
    await load(decoded.kind === "ok" && decoded.cells.length > 0 ? decoded.cells : DEFAULT_CELLS);
  };
  window.addEventListener("hashchange", () => void restore());
  void restore();
  return root;
}
