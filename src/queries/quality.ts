// The data-quality page's rows: per-report counts, sentences with digits but no fact
// (possible misses), and files that could not be read. Answered at build time (views/quality.json).
import type { DocumentRow, ErrorRow, SentenceRow } from "../contract/index.js";
import type { QuerySource } from "./source.js";

/** One report with how many rows each table holds for it. */
export type ReportCounts = Pick<DocumentRow, "doc_id" | "file" | "title" | "region" | "region_basis" | "year" | "chars"> & {
  sentences: number;
  facts: number;
  mentions: number;
  entities: number;
  events: number;
};

/** A sentence with Arabic digits (half or full width) outside dates and times, and no fact; `has_event` when an event was read from it (the digits may be a date). */
export type PossibleMiss = Pick<SentenceRow, "doc_id" | "sentence_id" | "section" | "text"> & { file: string; has_event: boolean };

/**
 * Dates and clock times (2026年1月28日, 1-8月, 2026-02-03 09:02:33): digits in them are no missed figure. RE2 syntax,
 * so that DuckDB reads it in the browser as at build time.
 */
export const DATE_TIME_TOKENS = String.raw`[0-9０-９]{4}\s*[-/.年]\s*(?:[0-9０-９]{1,2}\s*[-/.月]\s*(?:[0-9０-９]{1,2}\s*[日号]?)?)?|[0-9０-９]{1,2}\s*(?:[-—–~至到]\s*[0-9０-９]{1,2}\s*)?月(?:份)?(?:\s*[0-9０-９]{1,2}\s*[日号])?|[0-9０-９]{1,2}\s*[日号]|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?`;

export interface QualityView {
  reports: ReportCounts[];
  misses: PossibleMiss[];
  errors: Array<Pick<ErrorRow, "file" | "stage" | "message">>;
}

export async function qualityView(source: QuerySource): Promise<QualityView> {
  const reports =
    await source.rows(`select d.doc_id, d.file, d.title, d.region, d.region_basis, d.year::INTEGER as year, d.chars::INTEGER as chars,
      (select count(*) from sentences s where s.doc_id = d.doc_id)::INTEGER as sentences,
      (select count(*) from facts f where f.doc_id = d.doc_id)::INTEGER as facts,
      (select count(*) from mentions m where m.doc_id = d.doc_id)::INTEGER as mentions,
      (select count(distinct m.entity_id) from mentions m where m.doc_id = d.doc_id)::INTEGER as entities,
      (select count(*) from events e where e.doc_id = d.doc_id)::INTEGER as events
    from documents d order by d.file`);
  const misses = await source.rows(`select s.doc_id, s.sentence_id, s.section, s.text, d.file,
      exists (select 1 from events e where e.sentence_id = s.sentence_id) as has_event
    from sentences s join documents d using (doc_id)
    where regexp_matches(regexp_replace(s.text, '${DATE_TIME_TOKENS}', '', 'g'), '[0-9０-９]')
      and not exists (select 1 from facts f where f.sentence_id = s.sentence_id)
    order by d.file, s.start`);
  const errors = await source.rows("select file, stage, message from errors order by file, stage");
  return {
    reports: reports as unknown as ReportCounts[],
    misses: misses as unknown as PossibleMiss[],
    errors: errors as unknown as QualityView["errors"],
  };
}
