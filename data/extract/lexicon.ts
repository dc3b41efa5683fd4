// Words and regex fragments of the quantity domain, one file per kind of word. Every pattern in the
// extractors is built from these strings; they are matched against the ASCII-folded view (see view.ts).

export * from "./lexicon/cues.ts";
export * from "./lexicon/metrics.ts";
export * from "./lexicon/numerals.ts";
export * from "./lexicon/scope.ts";
export * from "./lexicon/units.ts";
