// Is decoded text Chinese prose, or bytes that merely decode (random bytes in the GB2312 range
// decode to valid but meaningless characters: issue 17)? Chinese prose draws nearly all its
// characters from a small common set; random double bytes spread evenly over the whole table.
import { foldCharacter, gb2312Characters } from "./traditional.ts";

/**
 * GB 2312-80 level 1 (一级汉字): the 3,755 characters the standard chose as most frequently used,
 * rows 16–55 (lead bytes 0xB0–0xD7). Derived from the standard's own encoding through the
 * platform's GB18030 decoder rather than typed in. The seeds' Chinese characters are 99.6–99.8%
 * in this set; random GB2312 bytes about 56%. Traditional characters (繁体) count as their
 * simplified form (OpenCC's table, see traditional.ts): a report printed in 繁体 is prose too.
 */
let common: Set<number> | undefined;
function commonCharacters(): Set<number> {
  common ??= gb2312Characters(0xd7);
  return common;
}

/** Fewest Chinese characters a text needs before its statistics are judged. */
export const MIN_HAN_FOR_STATISTICS = 50;
/** Smallest share of Chinese characters among the common ones for text to count as prose. */
export const MIN_COMMON_SHARE = 0.8;

/** 1 for each BMP character that is common or folds to a common one: one array read per character. */
let commonTable: Uint8Array | undefined;
function commonTableOf(): Uint8Array {
  if (commonTable) return commonTable;
  const set = commonCharacters();
  const table = new Uint8Array(0x10000);
  for (let code = 0x3400; code < 0x10000; code++) if (set.has(code) || set.has(foldCharacter(code))) table[code] = 1;
  commonTable = table;
  return table;
}

const isBmpHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);

/** Why text with many Chinese characters is not Chinese prose, or null when it is (or is too short to tell). */
export function notProseReason(text: string): string | null {
  // A charCodeAt walk with a table, not matchAll over a /u class: the regex made one string per character.
  const table = commonTableOf();
  const set = commonCharacters();
  let han = 0;
  let inCommon = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (isBmpHan(c)) {
      han++;
      inCommon += table[c]!;
      continue;
    }
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) continue;
    const low = text.charCodeAt(i + 1);
    if (low < 0xdc00 || low > 0xdfff) continue;
    i++;
    const code = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    if (code < 0x20000 || code > 0x2ffff) continue;
    han++;
    if (set.has(code) || set.has(foldCharacter(code))) inCommon++;
  }
  if (han < MIN_HAN_FOR_STATISTICS) return null;
  const share = inCommon / han;
  if (share >= MIN_COMMON_SHARE) return null;
  return (
    `not Chinese prose: only ${(share * 100).toFixed(1)}% of its ${han} Chinese characters are among the 3,755 common ` +
    `characters of GB 2312 level 1, traditional forms counted as simplified (reports: over 99%; random bytes: about 56%); is it binary data?`
  );
}
