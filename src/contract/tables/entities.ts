import { column, table } from "../define.js";

/** Entity types, with the Chinese label pages show. */
export const ENTITY_TYPES = {
  company: "企业",
  institution: "机构",
  government: "政府部门",
  park: "园区",
  place: "地点",
  person: "人物",
  project: "项目",
} as const;

/** One resolved entity across the corpus. */
export const entities = table({
  name: "entities",
  doc: "One row per company, institution, government body, park, place, person or project, resolved across the corpus.",
  label: "实体",
  provenance: false,
  columns: [
    column({ name: "entity_id", type: "VARCHAR", label: "实体编号", doc: "Stable id derived from type and canonical name." }),
    column({ name: "name", type: "VARCHAR", label: "名称", doc: "Canonical (longest, most complete) name." }),
    column({ name: "type", type: "VARCHAR", label: "类型", values: ENTITY_TYPES, doc: "What kind of entity it is." }),
    column({ name: "aliases", type: "VARCHAR[]", label: "别名", doc: "Every surface form seen, sorted." }),
    column({ name: "mentions", type: "INTEGER", label: "提及次数", doc: "Number of mentions." }),
    column({ name: "docs", type: "INTEGER", label: "报告数", doc: "Number of documents mentioning it." }),
    column({
      name: "region_code",
      type: "VARCHAR",
      label: "区划代码",
      nullable: true,
      doc: "For a place or park that is a region (深圳 → 440300): its code, else null.",
    }),
    column({
      name: "region_path",
      type: "VARCHAR",
      label: "地区路径",
      nullable: true,
      doc: "That region's path (广东省/深圳市), for links into the hierarchy, else null.",
    }),
  ],
});
