// Types for the module specifiers Observable Framework resolves in the browser,
// so components can be type-checked with tsc.
declare module "npm:d3" {
  export * from "d3";
}
declare module "npm:d3-dsv" {
  export * from "d3-dsv";
}
declare module "npm:d3-format" {
  export * from "d3-format";
}
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:arquero" {
  export * from "arquero";
}
declare module "npm:apache-arrow" {
  export * from "apache-arrow";
}
declare module "npm:htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}
declare module "npm:@observablehq/duckdb" {
  import type { Table } from "apache-arrow";
  /** Framework's DuckDB-WASM client. */
  export class DuckDBClient {
    /** Wraps a DuckDB-WASM AsyncDuckDB (public constructor; components/database.ts creates its own). */
    constructor(db: import("@duckdb/duckdb-wasm").AsyncDuckDB);
    static of(sources?: Record<string, unknown>, config?: Record<string, unknown>): Promise<DuckDBClient>;
    query(sql: string, params?: unknown[]): Promise<Table>;
    queryRow(sql: string, params?: unknown[]): Promise<Record<string, unknown> | null>;
    sql(strings: TemplateStringsArray, ...params: unknown[]): Promise<Table>;
    describeTables(): Promise<{ name: string }[]>;
    describeColumns(options: { table: string }): Promise<{ name: string; type: string; nullable: boolean; databaseType: string }[]>;
    queryStream(sql: string, params?: unknown[]): AsyncGenerator<Record<string, unknown>>;
  }
}
declare module "npm:@duckdb/duckdb-wasm" {
  export * from "@duckdb/duckdb-wasm";
}
declare module "observablehq:stdlib" {
  import type { Table } from "apache-arrow";
  /** A file from a page or component, resolved at build time; subclasses (like Inputs.file's) give url() for local data. */
  export class AbstractFile {
    constructor(name: string, mimeType?: string, lastModified?: number, size?: number);
    readonly name: string;
    readonly mimeType: string;
    url(): Promise<string>;
    blob(): Promise<Blob>;
    text(): Promise<string>;
    json(): Promise<unknown>;
    arrayBuffer(): Promise<ArrayBuffer>;
    parquet(): Promise<Table>;
    arrow(): Promise<Table>;
  }
  export function FileAttachment(name: string): AbstractFile;
  export function resize(render: (width: number, height: number) => Node | Promise<Node>): Node;
}
declare module "npm:parquet-wasm" {
  export * from "parquet-wasm/esm";
  export { default } from "parquet-wasm/esm";
}
declare module "npm:@codemirror/autocomplete" {
  export * from "@codemirror/autocomplete";
}
declare module "npm:@codemirror/commands" {
  export * from "@codemirror/commands";
}
declare module "npm:@codemirror/lang-sql" {
  export * from "@codemirror/lang-sql";
}
declare module "npm:@codemirror/language" {
  export * from "@codemirror/language";
}
declare module "npm:@codemirror/state" {
  export * from "@codemirror/state";
}
declare module "npm:@codemirror/view" {
  export * from "@codemirror/view";
}
declare module "npm:@lezer/highlight" {
  export * from "@lezer/highlight";
}
declare module "npm:write-excel-file/browser" {
  export * from "write-excel-file/browser";
  export { default } from "write-excel-file/browser";
}
declare module "npm:pptxgenjs" {
  export * from "pptxgenjs";
  export { default } from "pptxgenjs";
}
