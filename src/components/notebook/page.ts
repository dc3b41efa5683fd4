// 保存为页面: a notebook as a Framework page (.md) — each cell's title as a
// heading, its query as a ```sql block, its result as a table and, when the
// cell's chart is on, the same automatic chart — so an exploration in the
// browser becomes a page in src/ that builds, deploys and is versioned.
import type { NotebookCell } from "./types.js";

/** A page file name from a title: lower-case ASCII words with hyphens, else "notebook". */
export function pageName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "notebook"}.md`;
}

/** A ``` fence longer than any run of backticks in `text`. */
function fence(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return "`".repeat(longest + 1);
}

/** The page's Markdown. */
export function notebookToPage(cells: readonly NotebookCell[], title = "SQL 笔记本"): string {
  if (!Array.isArray(cells)) throw new TypeError("notebookToPage: cells must be an array");
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();
  const parts = [
    `---\ntitle: ${JSON.stringify(oneLine(title))}\ntoc: false\n---`,
    `# ${oneLine(title)}`,
    "由 SQL 工作台的笔记本保存而来：每个查询在浏览器中对报告语料运行，结果与工作台相同。",
    [
      "```js",
      'import {sql} from "./components/db.js";',
      'import {autoChart} from "./components/notebook/autoChart.js";',
      'import {resultTable} from "./components/notebook/resultTable.js";',
      'import {columnsOf, rowsOf} from "./components/notebook/values.js";',
      "```",
    ].join("\n"),
  ];
  for (const [i, cell] of cells.entries()) {
    const id = `cell${i + 1}`;
    const query = cell.sql.trim();
    if (!query) continue;
    parts.push(`## ${oneLine(cell.title ?? "") || `查询 ${i + 1}`}`);
    const f = fence(query);
    parts.push(`${f}sql id=${id}\n${query}\n${f}`);
    parts.push(
      [
        "```js",
        `display(resultTable(columnsOf(${id}), rowsOf(${id})));`,
        ...(cell.chart ? [`display(autoChart(columnsOf(${id}), rowsOf(${id})));`] : []),
        "```",
      ].join("\n"),
    );
  }
  return `${parts.join("\n\n")}\n`;
}
