export { decodeBytes } from "./decode.ts";
export { hasNul, junkReason, looksLikeGbText } from "./plausible.ts";
export type { Decoded, Encoding } from "./types.ts";
