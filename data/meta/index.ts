export { inferDocumentMeta } from "./infer.ts";
