import { column, table } from "../define.js";

/** Pipeline stages a file can fail or be set aside in, with the Chinese label pages show. */
export const ERROR_STAGES = {
  read: "读取",
  decode: "解码",
  dedupe: "重复文件",
  normalize: "规范化",
  structure: "结构",
  extract: "抽取",
  write: "写出",
} as const;

/** One file that could not be read or parsed, or was set aside. */
export const errors = table({
  name: "errors",
  doc: "One row per file that could not be read or processed, with the stage and the reason.",
  label: "错误",
  provenance: false,
  columns: [
    column({ name: "file", type: "VARCHAR", label: "文件", doc: "Path relative to the ingest root." }),
    column({ name: "stage", type: "VARCHAR", label: "阶段", values: ERROR_STAGES, doc: "Stage that failed." }),
    column({ name: "message", type: "VARCHAR", label: "原因", doc: "What went wrong, in words a user can act on." }),
  ],
});
