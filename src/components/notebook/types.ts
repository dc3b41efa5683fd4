// Internal types of the SQL notebook.

/** One query cell as stored in a link or a .sql file. */
export interface NotebookCell {
  /** Optional heading shown above the editor, or null. */
  title: string | null;
  /** The query text, exactly as typed. */
  sql: string;
  /** Whether the automatic chart is drawn under the result. */
  chart: boolean;
}

/** Outcome of reading a notebook from a link: nothing there, cells, or a readable reason. */
export type DecodedNotebook = { kind: "empty" } | { kind: "ok"; cells: NotebookCell[] } | { kind: "error"; message: string };

/** Kind of an SQL token. */
export type TokenType =
  | "keyword"
  | "identifier"
  | "quoted"
  | "string"
  | "number"
  | "comment"
  | "operator"
  | "punct"
  | "semicolon"
  | "whitespace";

/** One token; `start`/`end` are UTF-16 indices into the query, and concatenated tokens give back the query. */
export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
}

/** Outcome of the read-only check: the statement to run, or why it is refused. */
export type GuardResult = { ok: true; statement: string; keyword: string; wrappable: boolean } | { ok: false; message: string };

/** Names the editor highlights and completes. */
export interface SchemaNames {
  tables: readonly string[];
  /** Column names per table. */
  columns: Readonly<Record<string, readonly string[]>>;
  /** Function names of the running database (completion). */
  functions?: readonly string[];
}

/** What the automatic chart draws, chosen from a result's columns. */
export type ChartChoice =
  | { kind: "none"; reason: string }
  | { kind: "bar"; x: string; y: string }
  | { kind: "dot"; x: string; y: string }
  | { kind: "line"; x: string; y: string; temporal: "date" | "year" };

/** Column of a result, as the chart chooser sees it. */
export interface ResultColumn {
  name: string;
  /** Coarse type: number, string, date, boolean or other. */
  type: "number" | "string" | "date" | "boolean" | "other";
}

/** An example query offered as a cell. */
export interface ExampleQuery {
  title: string;
  question: string;
  sql: string;
}
