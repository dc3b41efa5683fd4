export { decodeBytes } from "./decode.ts";
export { formatOf, isSkipped, NO_TEXT_LAYER, SKIPPED, SUPPORTED, skipReason } from "./formats.ts";
export { SourceLocator } from "./locate.ts";
export { isoDate, plausibleTitle } from "./meta.ts";
export { hasNul, junkReason, looksLikeGbText } from "./plausible.ts";
export { readSource, readSourceSync } from "./source.ts";
export type { Decoded, Encoding, Format, Location, ReadResult, Source, SourceMeta } from "./types.ts";
