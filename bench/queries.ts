// The five representative queries, written once and run by native DuckDB, DuckDB-WASM
// and (for filter and group-by) Arquero. Tables: facts, documents, sentences, mentions, entities.

/** One benchmark query. */
export interface BenchQuery {
  id: "filter_zone" | "group_metric" | "top_amounts" | "search_text" | "join_entities";
  label: string;
  sql: string;
}

/** Zone the filter query selects. */
export const FILTER_ZONE = "济宁高新技术产业开发区";
/** Substring the search query looks for. */
export const SEARCH_TERM = "新能源";

export const QUERIES: readonly BenchQuery[] = [
  {
    id: "filter_zone",
    label: "filter by zone (amounts in one zone)",
    sql: `SELECT count(*)::INTEGER AS n, sum(f.value) AS total FROM facts f WHERE f.unit = 'CNY' AND f.doc_id IN (SELECT doc_id FROM documents WHERE region = '${FILTER_ZONE}')`,
  },
  {
    id: "group_metric",
    label: "group by metric",
    sql: "SELECT metric, count(*)::INTEGER AS n, sum(value) AS total FROM facts GROUP BY metric ORDER BY n DESC, metric LIMIT 20",
  },
  {
    id: "top_amounts",
    label: "top amounts",
    sql: "SELECT fact_id, doc_id, text, value FROM facts WHERE unit = 'CNY' ORDER BY value DESC, fact_id LIMIT 20",
  },
  {
    id: "search_text",
    label: `substring search over sentences (${SEARCH_TERM})`,
    sql: `SELECT count(*)::INTEGER AS n FROM sentences WHERE contains(text, '${SEARCH_TERM}')`,
  },
  {
    id: "join_entities",
    label: "facts × mentions × entities (companies by amounts)",
    sql:
      "SELECT e.name, count(*)::INTEGER AS n, sum(f.value) AS total FROM facts f JOIN mentions m ON m.sentence_id = f.sentence_id " +
      "JOIN entities e ON e.entity_id = m.entity_id WHERE f.unit = 'CNY' AND e.type = 'company' GROUP BY e.name ORDER BY n DESC, e.name LIMIT 20",
  },
];

/** The queries Arquero runs too. */
export const ARQUERO_QUERY_IDS = ["filter_zone", "group_metric"] as const;
