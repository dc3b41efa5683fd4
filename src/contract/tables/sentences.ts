import { column, table } from "../define.js";

/** One sentence of a document. */
export const sentences = table({
  name: "sentences",
  doc: "One row per sentence, with its section heading and offsets.",
  label: "句子",
  provenance: true,
  columns: [
    column({ name: "doc_id", type: "VARCHAR", label: "报告编号", doc: "The document the sentence belongs to." }),
    column({ name: "sentence_id", type: "VARCHAR", label: "句子编号", doc: "`<doc_id>-s<index>`, stable for the same input." }),
    column({
      name: "section",
      type: "VARCHAR",
      label: "所在章节",
      nullable: true,
      nullLabel: "（无标题）",
      doc: "Heading of the section the sentence is in, or null.",
    }),
    column({ name: "start", type: "INTEGER", label: "起点", doc: "Code-point offset of the first character in documents.text." }),
    column({ name: "end", type: "INTEGER", label: "终点", doc: "Code-point offset after the last character (exclusive)." }),
    column({ name: "text", type: "VARCHAR", label: "原文", doc: "The sentence, an exact slice of documents.text." }),
    column({
      name: "page",
      type: "INTEGER",
      label: "页码",
      nullable: true,
      doc: "1-based page of the original file the sentence starts on (PDF), else null.",
    }),
    column({
      name: "paragraph",
      type: "INTEGER",
      label: "段落",
      nullable: true,
      doc: "1-based paragraph of the original file the sentence starts in (Word, web page, Markdown), else null.",
    }),
  ],
});
