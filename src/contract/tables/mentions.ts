import { column, table } from "../define.js";

/** One mention of an entity. */
export const mentions = table({
  name: "mentions",
  doc: "One row per mention of an entity in a sentence.",
  label: "提及",
  provenance: true,
  columns: [
    column({ name: "entity_id", type: "VARCHAR", label: "实体编号", doc: "The entity mentioned." }),
    column({ name: "doc_id", type: "VARCHAR", label: "报告编号", doc: "The document of the mention." }),
    column({ name: "sentence_id", type: "VARCHAR", label: "句子编号", doc: "The sentence of the mention." }),
    column({ name: "start", type: "INTEGER", label: "起点", doc: "Code-point offset of the mention in documents.text." }),
    column({ name: "end", type: "INTEGER", label: "终点", doc: "Code-point offset after the mention (exclusive)." }),
    column({ name: "text", type: "VARCHAR", label: "原文", doc: "The mention as written." }),
    column({
      name: "role",
      type: "VARCHAR",
      label: "职务",
      nullable: true,
      doc: "Role where the text gives one (e.g. 市委副书记), or null.",
    }),
  ],
});
