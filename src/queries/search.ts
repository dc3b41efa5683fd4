// The search page's query: sentences containing the words (substring, case-insensitive
// for Latin letters), with their report, by file and position. The words are a bound parameter.
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
