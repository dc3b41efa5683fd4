// Each page's first view, answered at build time: the page's own query functions
// (src/queries/) run against corpus.duckdb through @duckdb/node-api, and the answers
// ship as small JSON members (views/<page>.json) so a page paints before DuckDB-WASM loads.
import { DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";
import { sqlFirstView } from "../../src/components/notebook/firstView.ts";
import { sqlString } from "../../src/contract/sql.ts";
import { briefingView } from "../../src/queries/briefing.ts";
import { compareView } from "../../src/queries/compare.ts";
import { entitiesView } from "../../src/queries/entities.ts";
import { indicatorsView } from "../../src/queries/indicators.ts";
import { investmentView } from "../../src/queries/investment.ts";
import { qualityView } from "../../src/queries/quality.ts";
import { searchView } from "../../src/queries/search.ts";
import { type QuerySource, viewMember } from "../../src/queries/source.ts";
import { tablesView } from "../../src/queries/tables.ts";
import { timelineView } from "../../src/queries/timeline.ts";

/** Page name → the query that gives its first view. */
export const FIRST_VIEWS: Readonly<Record<string, (source: QuerySource) => Promise<unknown>>> = {
  briefing: briefingView,
  compare: compareView,
  entities: entitiesView,
  indicators: indicatorsView,
  investment: investmentView,
  quality: qualityView,
  search: searchView,
  sql: (source) => sqlFirstView(source),
  tables: tablesView,
  timeline: timelineView,
};

/** Runs `fn` over the tables of the database file (attached read-only, one view per table, as the browser does). */
export async function withCorpus<T>(file: string, tables: readonly string[], fn: (source: QuerySource) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH ${sqlString(file)} AS corpus (READ_ONLY)`);
    for (const table of tables) await connection.run(`CREATE VIEW main.${table} AS SELECT * FROM corpus.main.${table}`);
    const source: QuerySource = {
      async rows(sql, params = []) {
        const reader = await connection.runAndReadAll(sql, [...params] as DuckDBValue[]);
        return reader.getRowObjectsJson() as Record<string, unknown>[];
      },
    };
    return await fn(source);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Every page's first view as an archive member. */
export async function firstViews(file: string, tables: readonly string[]): Promise<Array<{ name: string; data: Uint8Array }>> {
  const encoder = new TextEncoder();
  return withCorpus(file, tables, async (source) => {
    const out: Array<{ name: string; data: Uint8Array }> = [];
    for (const [page, query] of Object.entries(FIRST_VIEWS)) {
      out.push({ name: viewMember(page), data: encoder.encode(JSON.stringify(await query(source))) });
    }
    return out;
  });
}
