// The comparison page's rows: every fact with a canonical indicator (not a rank, not a
// percentage-point change), with the year it refers to and its sentence.
// Answered at build time (views/compare.json); see source.ts.
import type { DocumentRow, SentenceRow } from "../contract/index.js";
import type { FactCore } from "./facts.js";
import type { QuerySource } from "./source.js";

/** One comparable fact: `region` is the sentence's own place, else the report's; `year` the figure's own (ref_year). */
export type CompareFact = FactCore &
  Pick<DocumentRow, "title"> & {
    indicator: string;
    year: number | null;
    /** Span within the year (half, quarter, months …; facts.ref_period), or null. */
    ref_period: string | null;
    sentence: SentenceRow["text"];
    s_start: number;
  };

export interface CompareView {
  /** By indicator, year (unknown last), report, position. */
  facts: CompareFact[];
}

export async function compareView(source: QuerySource): Promise<CompareView> {
  const facts =
    await source.rows(`select f.fact_id, f.doc_id, f.sentence_id, f.start::INTEGER as start, f."end"::INTEGER as "end", f.text, f.value,
      f.unit, f.unit_text, f.classifier, f.kind, f.qualifier, f.indicator, f.period, f.is_target, coalesce(f.region, d.region) as region,
      f.ref_year::INTEGER as year, f.ref_period, d.title, s.text as sentence, s.start::INTEGER as s_start
    from facts f join documents d using (doc_id) join sentences s on s.sentence_id = f.sentence_id
    where f.indicator is not null and f.kind <> 'rank' and f.unit <> 'pp'
    order by f.indicator, f.ref_year nulls last, f.doc_id, f.start`);
  return { facts: facts as unknown as CompareFact[] };
}
