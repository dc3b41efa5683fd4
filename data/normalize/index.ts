export { isBoilerplate } from "./boilerplate.ts";
export { lineKind } from "./line-kind.ts";
export { sourceLines } from "./lines.ts";
export { normalizeText } from "./normalize.ts";
export { endsClosed, hasTerminator } from "./punctuation.ts";
export { rejoinParagraphs } from "./rejoin.ts";
export type { LineKind, Normalized, NormalizeOptions, SourceLine } from "./types.ts";
export { toMatchView } from "./width.ts";
