// Punctuation classes and limits of the structure stage.

/** Characters that always end a sentence unless inside quotes or brackets. */
export const TERMINATORS = "。！？；!?;";

/** Opening quotes and brackets, paired by index with CLOSERS. */
export const OPENERS = "“‘「『（(【《〔〈";

/** Closing quotes and brackets, paired by index with OPENERS. */
export const CLOSERS = "”’」』）)】》〕〉";

/** Front matter (title, subtitles, byline) is looked for in this many first lines. */
export const FRONT_LINES = 6;

/** Longest title or subtitle line, in UTF-16 units. */
export const MAX_TITLE = 80;

/** Something a sentence must contain to be one (not a lone "……"). */
export const WORDLIKE = /[\p{L}\p{N}]/u;
