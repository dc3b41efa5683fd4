// The .sql file format of a notebook: plain SQL, cells separated by marker comments
//   -- %% cell: 标题          (a cell with a title)
//   -- %% cell chart=off      (a cell whose automatic chart is off)
// so the file runs as-is in any SQL tool. A cell line that itself starts with
// "-- %%" gets one more "%" when written and loses it when read (exact round trip).
import type { NotebookCell } from "./types.js";

const MARKER = /^--\s?%%\s*cell\b([^:\n]*)(?::[ \t]?(.*))?$/;
const ESCAPED = /^(--\s?%%)(%+)/;
const NEEDS_ESCAPE = /^(--\s?%%)/;

/** First line of a saved notebook. */
export const SQL_FILE_HEADER = "-- 报告工作台 SQL 笔记本：每个「-- %% cell」开始一个单元格";

function parseMarker(line: string): Omit<NotebookCell, "sql"> | null {
  const m = MARKER.exec(line);
  if (!m) return null;
  const attributes = m[1].trim().split(/\s+/).filter(Boolean);
  const chart = !attributes.some((a) => /^chart=(off|false|no|0)$/i.test(a));
  const title = m[2]?.trim() || null;
  return { title, chart };
}

/** Writes cells as a .sql file. */
export function notebookToSql(cells: readonly NotebookCell[]): string {
  if (!Array.isArray(cells)) throw new TypeError("notebookToSql: cells must be an array");
  const parts = [SQL_FILE_HEADER];
  for (const cell of cells) {
    const attrs = cell.chart ? "" : " chart=off";
    const title = cell.title ? `: ${cell.title.replace(/\s*\n\s*/g, " ")}` : "";
    const body = cell.sql
      .split("\n")
      .map((line: string) => line.replace(NEEDS_ESCAPE, "$1%"))
      .join("\n");
    parts.push(`-- %% cell${attrs}${title}\n${body}`);
  }
  return `${parts.join("\n\n")}\n`;
}

/** Reads a .sql file: marker comments split cells; a file without markers is one cell. */
export function sqlToNotebook(text: string): NotebookCell[] {
  if (typeof text !== "string") throw new TypeError("sqlToNotebook: text must be a string");
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const cells: NotebookCell[] = [];
  let current: NotebookCell | null = null;
  let body: string[] = [];
  let preamble: string[] = [];
  const flush = () => {
    if (current) cells.push({ ...current, sql: trimBlankLines(body).join("\n") });
  };
  for (const line of lines) {
    const marker = parseMarker(line);
    if (marker) {
      flush();
      current = { ...marker, sql: "" };
      body = [];
      continue;
    }
    const unescaped = line.replace(ESCAPED, (_, head: string, extra: string) => head + extra.slice(1));
    if (current) body.push(unescaped);
    else preamble.push(unescaped);
  }
  flush();
  if (cells.length === 0) {
    // A plain .sql file: everything is one cell (minus our own header line).
    preamble = preamble.filter((line) => line !== SQL_FILE_HEADER);
    const sql = trimBlankLines(preamble).join("\n");
    return sql ? [{ title: null, sql, chart: true }] : [];
  }
  return cells;
}

function trimBlankLines(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === "") a++;
  while (b > a && lines[b - 1].trim() === "") b--;
  return lines.slice(a, b);
}
