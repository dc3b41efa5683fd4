export { inferDocumentMeta } from "./infer.ts";
export { JINING_ECONOMIC_ZONE, JINING_HIGH_TECH_ZONE, ZONE_FOUNDED } from "./lexicon.ts";
export { inferDocumentMode } from "./mode/document.ts";
export { modeAt, paragraphModes } from "./mode/paragraph.ts";
export type { DocumentMode, ModeEvidence, ParagraphMode } from "./types.ts";
export { collectYearEvidence, inferYear } from "./year/infer.ts";
export { countZones, inferZone } from "./zone.ts";
