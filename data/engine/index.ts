export { keepBest, longerFirst } from "./overlap.ts";
export { type RunOptions, runRefiners, runRules } from "./run.ts";
export { formatTrace } from "./trace.ts";
export type { Refiner, Rule, Span, TraceStep } from "./types.ts";
