// Query → coloured segments for the editor overlay. Pure: the editor turns
// segments into <span>s with textContent, so report text is never parsed as HTML.
import { tokenize } from "./tokenize.js";
import type { SchemaNames, Segment, TokenType } from "./types.js";

const CLASS: Partial<Record<TokenType, string>> = {
  keyword: "nb-kw",
  string: "nb-str",
  number: "nb-num",
  comment: "nb-com",
  quoted: "nb-id",
  operator: "nb-op",
};

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name;
}

/** Splits a query into segments classed by token type; known table and column names get nb-tbl / nb-col. */
export function highlightSql(sql: string, names: SchemaNames = { tables: [], columns: {} }): Segment[] {
  const tables = new Set(names.tables.map((t) => t.toLowerCase()));
  const columns = new Set(Object.values(names.columns).flatMap((cols) => cols.map((c) => c.toLowerCase())));
  const segments: Segment[] = [];
  for (const token of tokenize(sql)) {
    let className = CLASS[token.type] ?? null;
    if (token.type === "identifier" || token.type === "quoted") {
      const name = unquote(token.text).toLowerCase();
      if (tables.has(name)) className = "nb-tbl";
      else if (columns.has(name)) className = "nb-col";
    }
    const last = segments[segments.length - 1];
    // Merge neighbours of the same class so the overlay has few nodes.
    if (last && last.className === className) last.text += token.text;
    else segments.push({ text: token.text, className });
  }
  return segments;
}
