export { findAction } from "./action.ts";
export { findAmountCny, findProjectCount, parseCny, parseCount } from "./amount.ts";
export { isEventAnchor } from "./anchor.ts";
export { DATE_REFINERS } from "./dates/config.ts";
export { findDates } from "./dates/find.ts";
export { normalizeDate } from "./dates/normalize.ts";
export { DATE_RULES } from "./dates/rules/index.ts";
export { findEvents } from "./find.ts";
export type { ActionMatch, DateMatch, DateParts, NormalizedDate } from "./types.ts";
