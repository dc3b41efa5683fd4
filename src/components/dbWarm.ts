// The session flag a page sets once the shared DuckDB worker is up. Read by the inline script the build puts
// in each DuckDB page's head (data/site/buildAssets.ts): while the flag is there the worker has the wasm
// compiled, so preloading its 35.7 MB again (a disk-cache read the worker never uses) is skipped.
export const DB_WARM_KEY = "workbench-duckdb-warm";
