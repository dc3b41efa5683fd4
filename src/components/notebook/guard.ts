// The read-only guard: the notebook runs one statement that only reads the corpus.
// The connection itself is also locked down (see run.ts); this check explains refusals in Chinese.
import { EXEC_FUNCTIONS, FILE_FUNCTIONS, READ_ONLY_PRAGMAS, READ_ONLY_STARTS, WRAPPABLE_STARTS, WRITE_KEYWORDS } from "./lexicon.js";
import { significant, tokenize } from "./tokenize.js";
import type { GuardResult, Token } from "./types.js";

const ALLOWED = "SELECT、WITH、FROM、VALUES、DESCRIBE、SHOW、SUMMARIZE、EXPLAIN、PRAGMA table_info";

function refuse(message: string): GuardResult {
  return { ok: false, message };
}

function word(token: Token | undefined): string {
  return token && (token.type === "keyword" || token.type === "identifier") ? token.text.toUpperCase() : "";
}

/** A name as DuckDB resolves it: "read_csv" and read_csv are the same function. */
function nameOf(token: Token | undefined): string {
  if (token?.type === "quoted")
    return token.text
      .slice(1, token.text.endsWith('"') && token.text.length > 1 ? -1 : undefined)
      .replaceAll('""', '"')
      .toUpperCase();
  return word(token);
}

/** Checks that `sql` is exactly one read-only statement; returns it without the trailing semicolon. */
export function checkReadOnly(sql: string): GuardResult {
  if (typeof sql !== "string") throw new TypeError(`checkReadOnly: expected a string, got ${typeof sql}`);
  const tokens = tokenize(sql);
  const meaningful = significant(tokens);
  if (meaningful.length === 0) return refuse("查询为空：请输入一条 SQL 语句。");

  // Split on semicolons; empty statements (";;" or a trailing ";") are fine.
  const statements: Token[][] = [[]];
  for (const t of meaningful) {
    if (t.type === "semicolon") statements.push([]);
    else statements[statements.length - 1].push(t);
  }
  const nonEmpty = statements.filter((s) => s.length > 0);
  if (nonEmpty.length > 1) return refuse(`一个单元格一次只能运行一条语句，这里有 ${nonEmpty.length} 条；请把其余语句放到新的单元格。`);
  const statement = nonEmpty[0];

  // A parenthesized query starts with "(": look at the first word inside.
  const first = statement.find((t) => t.type !== "punct" || t.text !== "(");
  const start = word(first);
  if (!READ_ONLY_STARTS.has(start)) {
    const what = first?.text ?? "";
    return refuse(`SQL 工作台只运行只读查询（${ALLOWED}），「${what}」开头的语句不能运行。`);
  }
  if (start === "PRAGMA") {
    const name = word(statement[1]);
    if (!READ_ONLY_PRAGMAS.has(name))
      return refuse(`只允许只读的 PRAGMA（如 PRAGMA table_info('facts')），「PRAGMA ${statement[1]?.text ?? ""}」会修改设置。`);
  }
  for (const [i, t] of statement.entries()) {
    // A call, however its name is written: read_csv(…), "read_csv"(…), main.read_csv(…).
    if (statement[i + 1]?.text === "(") {
      const name = nameOf(t);
      if (FILE_FUNCTIONS.has(name)) return refuse(`「${t.text}」会读取文件或网址；SQL 工作台只查询报告语料的七张表。`);
      if (EXEC_FUNCTIONS.has(name)) return refuse(`「${t.text}」会把字符串当作 SQL 执行，无法确认它只读；请直接把查询写在单元格里。`);
    }
    const w = word(t);
    if (!w) continue;
    const previous = statement[i - 1];
    // After a dot or AS it is a name (t.delete, AS set), not a statement.
    if (previous?.text === "." || word(previous) === "AS") continue;
    if (WRITE_KEYWORDS.has(w)) return refuse(`查询中含有会修改数据或设置的「${t.text}」，SQL 工作台只运行只读查询（${ALLOWED}）。`);
  }
  // FROM 'file.csv' and FROM "file.csv" are DuckDB's shorthand for reading a file (a replacement scan).
  for (const [i, t] of statement.entries()) {
    const path = t.type === "string" || (t.type === "quoted" && /[./\\:]/.test(t.text));
    if (path && ["FROM", "JOIN"].includes(word(statement[i - 1])))
      return refuse(`「FROM ${t.text}」会读取文件或网址；SQL 工作台只查询报告语料的七张表。`);
  }

  // The statement text without surrounding comments, whitespace and semicolons.
  const text = sql.slice(statement[0].start, statement[statement.length - 1].end);
  return { ok: true, statement: text, keyword: start, wrappable: WRAPPABLE_STARTS.has(start) };
}

/** Wraps a query so at most `limit` rows come back (the caller asks for one more to detect truncation). */
export function limitQuery(statement: string, limit: number): string {
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`limitQuery: limit must be a positive integer, got ${limit}`);
  // Newlines keep a trailing line comment inside the statement from swallowing the ")".
  return `SELECT * FROM (\n${statement}\n) AS notebook_result LIMIT ${limit}`;
}
