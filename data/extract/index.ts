export { explainFacts, extractFacts, formatTrace } from "./extract.ts";
export { parseAmount } from "./parse/amount.ts";
export { shiftDecimal } from "./parse/decimal.ts";
export { parseChineseNumber, parseNumber } from "./parse/number.ts";
export { parsePercent } from "./parse/percent.ts";
export { parseQualifier } from "./parse/qualifier.ts";
export { findTableFacts, placeInSentence } from "./table/index.ts";
export type { ExtractOptions, ParsedAmount, Trace, TraceStep } from "./types.ts";
export { matchView } from "./view.ts";
