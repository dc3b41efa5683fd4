// Where page queries run: DuckDB-WASM in the browser, and @duckdb/node-api at build time
// (data/site/firstViews.ts), so a page's first view is the same SQL answered ahead of time.
// Rows are plain objects: lists as arrays, never Arrow vectors.

/** Runs SQL with bound parameters and returns plain row objects. */
export interface QuerySource {
  rows(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
}

/** The part of Framework's DuckDBClient a source needs. */
export interface ArrowQueryable {
  query(sql: string, params?: unknown[]): Promise<{ toArray(): Array<{ toJSON(): Record<string, unknown> }> }>;
}

const plainValue = (value: unknown): unknown =>
  value !== null && typeof value === "object" && !(value instanceof Date) && typeof (value as { toArray?: unknown }).toArray === "function"
    ? Array.from(value as Iterable<unknown>)
    : value;

/** A source over DuckDB-WASM (Framework's DuckDBClient): list columns become arrays. */
export function wasmSource(db: ArrowQueryable): QuerySource {
  return {
    async rows(sql, params = []) {
      const table = await db.query(sql, [...params]);
      return table.toArray().map((row) => {
        const out = row.toJSON();
        for (const key of Object.keys(out)) out[key] = plainValue(out[key]);
        return out;
      });
    },
  };
}

/** Member name of a page's first view in the corpus archive (FileAttachment("data/corpus/views/<page>.json")). */
export const viewMember = (page: string): string => `views/${page}.json`;
