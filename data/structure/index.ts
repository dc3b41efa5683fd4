export { demoteTrailingHeadings, textBlocks } from "./blocks.ts";
export { frontMatter } from "./front.ts";
export { WORDLIKE } from "./lexicon.ts";
export { quoteDepth } from "./quotes.ts";
export { sentenceSpans } from "./sentences.ts";
export { structureDocument } from "./structure.ts";
export type { Block, BlockKind, DocumentStructure, FrontMatter, SentenceDraft } from "./types.ts";
