// Data loader: the overview's first view (KPI values, corpus per zone and year,
// headline indicators, largest amounts) as small JSON, so the overview paints
// before DuckDB-WASM has loaded.
import { ingestSeeds } from "../../data/site/corpus.ts";
import { summarize } from "../../data/site/summary.ts";

process.stdout.write(JSON.stringify(summarize(await ingestSeeds("seeds"))));
