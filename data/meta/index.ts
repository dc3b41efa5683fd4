export { type FrontEvidence, inferDocumentMeta } from "./infer.ts";
export { ZONE_FOUNDED } from "./lexicon.ts";
export { inferDocumentMode } from "./mode/document.ts";
export { modeAt, paragraphModes } from "./mode/paragraph.ts";
export { inferRegion, type RegionInference, type RegionSources } from "./region.ts";
export type { DocumentMode, ModeEvidence, ParagraphMode } from "./types.ts";
export { collectYearEvidence, inferYear } from "./year/infer.ts";
