import { CJK_CHAR, JUNK_CHAR, MAX_JUNK_RATIO, MIN_GB2312_SHARE } from "./lexicon.ts";

/** Why decoded text looks like binary data, or null when it looks like text. */
export function junkReason(text: string): string | null {
  const junk = text.match(JUNK_CHAR)?.length ?? 0;
  if (junk === 0) return null;
  const ratio = junk / text.length;
  if (ratio <= MAX_JUNK_RATIO) return null;
  return `looks binary: ${junk} of ${text.length} characters (${(ratio * 100).toFixed(1)}%) are control or replacement characters`;
}

/** True when bytes contain a NUL byte, which text in UTF-8 or GB18030 never does. */
export function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * True when the double-byte sequences of a GB18030 byte string are mostly in the
 * GB2312 block, as they are in real Chinese prose, and the text has Chinese.
 */
export function looksLikeGbText(bytes: Uint8Array, decoded: string): boolean {
  if (!CJK_CHAR.test(decoded)) return false;
  let double = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    // Four-byte GB18030 sequences have a digit (0x30–0x39) as second byte.
    if (trail >= 0x30 && trail <= 0x39) {
      double++;
      i += 3;
      continue;
    }
    double++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i++;
  }
  return double > 0 && gb2312 / double >= MIN_GB2312_SHARE;
}
