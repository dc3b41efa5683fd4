// Internal types of the reading stage.

/** Encoding a file was decoded from. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

/** Outcome of decoding one file: the text, or why the file is not readable text. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; stage: "read" | "decode"; message: string };
