// The shared DuckDB-WASM database: every ingest table registered once, offline.
// The tables arrive as one DuckDB database file (written by the loader in the
// storage version DuckDB-WASM 1.29 reads), attached read-only by the database
// worker (database.ts, dbWorker.js), which stays alive across page navigations
// where the browser allows. Import `sql` for ```sql blocks; a page that must
// paint before DuckDB is ready imports `corpusDatabase` from database.js instead.
import { TABLE_NAMES, type TableName } from "../contract/index.js";
import { corpusDatabase } from "./database.js";

/** The ingest tables (from the data contract), in the order a schema browser lists them. */
export const TABLES = TABLE_NAMES;
export type { TableName };

/** The shared client (Framework's DuckDBClient over the database). */
export const db = (await corpusDatabase()).client;

/** Tagged template for queries; a page that imports it gets working ```sql blocks. */
export const sql = db.sql.bind(db);
