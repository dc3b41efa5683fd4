// The search page's queries: the reports it searches (its first view, answered at build
// time: views/search.json), and the sentences containing the words (substring,
// case-insensitive for Latin letters), with their report, by file and position.
// The words are a bound parameter.
import type { DocumentRow, SentenceRow } from "../contract/index.js";
import type { QuerySource } from "./source.js";

/** One sentence that contains the words, with its report. */
export type SearchHit = Pick<SentenceRow, "doc_id" | "sentence_id" | "section" | "text"> &
  Pick<DocumentRow, "title" | "file" | "region" | "year">;

/** Sentences containing `words` (trimmed); none for blank words. */
export async function searchSentences(source: QuerySource, words: string): Promise<SearchHit[]> {
  const q = words.trim();
  if (!q) return [];
  const rows = await source.rows(
    `select s.doc_id, s.sentence_id, s.section, s.text, d.title, d.file, d.region, d.year::INTEGER as year
     from sentences s join documents d using (doc_id)
     where contains(lower(s.text), lower(?))
     order by d.file, s.start`,
    [q],
  );
  return rows as unknown as SearchHit[];
}

/** A report the page searches, with its sentence count. */
export type SearchReport = Pick<DocumentRow, "doc_id" | "title" | "file" | "region" | "year"> & { sentences: number };

/** The search page's first view: every report, newest first. */
export async function searchView(source: QuerySource): Promise<{ reports: SearchReport[] }> {
  const reports = await source.rows(`select d.doc_id, d.title, d.file, d.region, d.year::INTEGER as year,
      (select count(*) from sentences s where s.doc_id = d.doc_id)::INTEGER as sentences
    from documents d order by d.year desc nulls last, d.file`);
  return { reports: reports as unknown as SearchReport[] };
}
