import { UTF8_BOM, UTF16_BOMS } from "./lexicon.ts";
import { hasNul, junkReason, looksLikeGbText } from "./plausible.ts";
import { notProseReason } from "./prose.ts";
import type { Decoded } from "./types.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder("gb18030", { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    // A fatal decoder throws a TypeError on malformed input; that is the answer we want.
    return null;
  }
}

/**
 * Decodes a file's bytes as UTF-8 (with or without BOM) or, failing that, as
 * GB18030/GBK when the result is plausible Chinese; anything else is an error.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`decodeBytes: expected a Uint8Array, got ${typeof bytes}`);
  if (bytes.length === 0) return { ok: false, stage: "read", message: "empty file (0 bytes)" };
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom)))
    return { ok: false, stage: "decode", message: "UTF-16 byte-order mark: only UTF-8 and GB18030/GBK are supported" };
  if (hasNul(bytes)) return { ok: false, stage: "decode", message: `looks binary: contains NUL bytes (first at byte ${bytes.indexOf(0)})` };

  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const asUtf8 = tryDecode(utf8, body);
  if (asUtf8 !== null) {
    const junk = junkReason(asUtf8) ?? notProseReason(asUtf8);
    if (junk) return { ok: false, stage: "decode", message: junk };
    return { ok: true, text: asUtf8, encoding: bom ? "utf-8-bom" : "utf-8" };
  }
  if (bom) return { ok: false, stage: "decode", message: "starts with a UTF-8 byte-order mark but is not valid UTF-8" };

  const asGb = tryDecode(gb18030, bytes);
  if (asGb !== null && looksLikeGbText(bytes, asGb)) {
    const junk = junkReason(asGb) ?? notProseReason(asGb);
    if (junk) return { ok: false, stage: "decode", message: junk };
    return { ok: true, text: asGb, encoding: "gb18030" };
  }
  return { ok: false, stage: "decode", message: "neither valid UTF-8 nor plausible GB18030/GBK Chinese text" };
}
