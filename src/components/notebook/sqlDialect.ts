// DuckDB as a CodeMirror SQL dialect: the notebook's keywords, DuckDB's types
// and the functions of the running database, plus the live schema for completion.
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from "npm:@codemirror/autocomplete";
import { type SQLConfig, SQLDialect, sql } from "npm:@codemirror/lang-sql";
import { syntaxTree } from "npm:@codemirror/language";
import type { Extension } from "npm:@codemirror/state";
import { FILE_FUNCTIONS, KEYWORDS } from "./lexicon.js";
import type { SchemaNames } from "./types.js";

/** DuckDB type names highlighted as types (besides the standard ones). */
const DUCKDB_TYPES =
  "bigint blob boolean date decimal double float hugeint integer interval json list map real smallint struct time timestamp timestamptz tinyint ubigint uinteger usmallint utinyint uuid varchar";

/** Standard SQL keywords DuckDB also reserves, to highlight what the notebook's list does not name. */
const STANDARD_KEYWORDS =
  "all and any as asc between by case cast cross desc distinct else end except exists false from full group having in inner intersect is join lateral left like limit natural not null offset on or order outer over partition recursive right select table then true union using values when where window with";

/** Function names offered for completion: no keywords, no file readers, plain identifiers only. */
export function completableFunctions(functions: readonly string[]): string[] {
  const keywords = new Set([...KEYWORDS.map((k) => k.toLowerCase()), ...STANDARD_KEYWORDS.split(" ")]);
  const out = new Set<string>();
  for (const f of functions) {
    const name = f.toLowerCase();
    if (!/^[a-z_][a-z0-9_]*$/.test(name) || name.startsWith("__") || keywords.has(name) || FILE_FUNCTIONS.has(name.toUpperCase())) continue;
    out.add(name);
  }
  return [...out].sort();
}

const NO_FUNCTIONS: readonly string[] = [];
const dialects = new WeakMap<readonly string[], SQLDialect>();

/** The DuckDB dialect for a list of function names (one per list, so reconfiguring is cheap). */
export function duckdbDialect(functions: readonly string[] = NO_FUNCTIONS): SQLDialect {
  let dialect = dialects.get(functions);
  if (!dialect) {
    dialect = SQLDialect.define({
      keywords: `${STANDARD_KEYWORDS} ${KEYWORDS.map((k) => k.toLowerCase()).join(" ")}`,
      types: DUCKDB_TYPES,
      builtin: completableFunctions(functions).join(" "),
      doubleQuotedStrings: false,
      identifierQuotes: '"',
      caseInsensitiveIdentifiers: true,
    });
    dialects.set(functions, dialect);
  }
  return dialect;
}

/** Keywords upper-case, types upper-case, functions lower-case with "()" hint; all below schema names. */
function keywordCompletion(label: string, type: string): Completion {
  if (type === "variable") return { label: label.toLowerCase(), type: "function", detail: "函数", boost: -2 };
  return { label, type, boost: -1 };
}

const NO_COMPLETION_IN = new Set(["String", "QuotedIdentifier", "LineComment", "BlockComment"]);

/**
 * Unqualified column names (lang-sql completes columns only after "table."):
 * columns of the tables the query names rank first, then every other column.
 */
export function columnCompletionSource(names: SchemaNames): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\p{L}_][\p{L}\p{N}_]*$/u);
    if (!word && !context.explicit) return null;
    const from = word?.from ?? context.pos;
    const before = context.state.sliceDoc(Math.max(0, from - 40), from);
    // After "table." lang-sql completes that table's columns; after FROM/JOIN a table name is wanted.
    if (before.endsWith(".") || /\b(from|join)\s+$/i.test(before)) return null;
    if (NO_COMPLETION_IN.has(syntaxTree(context.state).resolveInner(context.pos, -1).name)) return null;
    const words = new Set(
      context.state.doc
        .toString()
        .toLowerCase()
        .split(/[^\p{L}\p{N}_]+/u),
    );
    const used = new Set(names.tables.filter((t) => words.has(t.toLowerCase())));
    const tablesOf = new Map<string, string[]>();
    for (const table of names.tables) for (const c of names.columns[table] ?? []) tablesOf.set(c, [...(tablesOf.get(c) ?? []), table]);
    const options: Completion[] = [...tablesOf].map(([column, tables]) => ({
      label: column,
      type: "property",
      detail: tables.join("、"),
      boost: tables.some((t) => used.has(t)) ? 2 : 0,
    }));
    return { from, options, validFor: /^[\p{L}\p{N}_]*$/u };
  };
}

/** SQL language support for the notebook: highlighting, keywords, functions, tables and columns. */
export function sqlSupport(names: SchemaNames): Extension {
  const dialect = duckdbDialect(names.functions);
  return [sql(sqlLanguageConfig(names)), dialect.language.data.of({ autocomplete: columnCompletionSource(names) })];
}

/** The lang-sql configuration for a schema: tables and their columns complete first. */
export function sqlLanguageConfig(names: SchemaNames): SQLConfig {
  const schema: Record<string, string[]> = {};
  for (const table of names.tables) schema[table] = [...(names.columns[table] ?? [])];
  return {
    dialect: duckdbDialect(names.functions),
    schema,
    upperCaseKeywords: true,
    keywordCompletion,
  };
}
