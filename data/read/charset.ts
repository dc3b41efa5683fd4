import { decodeBytes } from "./decode.ts";
import { UTF8_BOM } from "./lexicon.ts";
import type { Decoded } from "./types.ts";

/**
 * The charset a page declares in its first 1024 bytes (`<meta charset="gb2312">`
 * or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`), or null.
 * A regular expression over the ASCII prefix, as the HTML standard's prescan does;
 * the only maintained sniffing library needs Node 22.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Encodings that TextDecoder reads as GB18030 (a superset of GBK and GB2312). */
const GB = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "iso-ir-58"]);

/**
 * Decodes a web page: a UTF-8 BOM wins, then the declared charset when the bytes
 * are valid in it, then the same UTF-8/GB18030 detection as for text files.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const declared = bom ? null : declaredCharset(bytes);
  if (declared) {
    const label = GB.has(declared) ? "gb18030" : declared === "utf8" ? "utf-8" : declared;
    try {
      const text = new TextDecoder(label, { fatal: true }).decode(bytes);
      return { ok: true, text, encoding: label === "gb18030" ? "gb18030" : "utf-8" };
    } catch {
      // Unknown label or bytes invalid in it (pages often declare the wrong charset): detect instead.
    }
  }
  return decodeBytes(bytes);
}
