export { escapeRegExp, type SurfaceForm, surfaceForms } from "./lookup.ts";
export { GAZETTEER } from "./names.ts";
export type { GazetteerEntry } from "./types.ts";
