// Byte signatures and thresholds for deciding whether bytes are text.

/** UTF-8 byte-order mark. */
export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** UTF-16 byte-order marks (little- and big-endian); we do not accept UTF-16. */
export const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
] as const;

/** Largest share of control or replacement characters a text file may have. */
export const MAX_JUNK_RATIO = 0.01;

/**
 * Smallest share of GB18030 double-byte characters that fall in the GB2312 block
 * (lead 0xA1–0xF7, trail 0xA1–0xFE). Real Chinese prose is nearly all GB2312;
 * random high bytes land there only about a quarter of the time.
 */
export const MIN_GB2312_SHARE = 0.8;

/** Control characters that are not allowed in text (tab, LF, FF, CR are allowed). */
export const JUNK_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** A CJK unified ideograph (basic block and extension A). */
export const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Decompression limits for zip-based formats (.docx), in bytes. */
export const ZIP_LIMITS = {
  /** Largest uncompressed entry. */
  entry: 64 * 1024 * 1024,
  /** Largest compressed entry (bounds inflate time even when a header lies). */
  compressed: 16 * 1024 * 1024,
  /** Largest sum of the entries read. */
  total: 128 * 1024 * 1024,
} as const;

/** Longest title taken from a file's metadata, in code points. */
export const MAX_META_TITLE = 80;
