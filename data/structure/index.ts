export { demoteTrailingHeadings, textBlocks } from "./blocks.ts";
export { type FrontMatter, frontMatter } from "./front.ts";
export { quoteDepth } from "./quotes.ts";
export { sentenceSpans } from "./sentences.ts";
export { structureDocument } from "./structure.ts";
export type { Block, BlockKind, DocumentStructure, SentenceDraft } from "./types.ts";
