export { inferDocumentMeta } from "./infer.ts";
export { JINING_ECONOMIC_ZONE, JINING_HIGH_TECH_ZONE, ZONE_FOUNDED } from "./lexicon.ts";
export { collectYearEvidence, inferYear } from "./year/infer.ts";
export { countZones, inferZone } from "./zone.ts";
