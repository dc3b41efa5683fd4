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

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\u{20000}-\u{2ffff}]/gu;

/** Why text with many Chinese characters is not Chinese prose, or null when it is (or is too short to tell). */
export function notProseReason(text: string): string | null {
  const set = commonCharacters();
  let han = 0;
  let inCommon = 0;
  for (const m of text.matchAll(HAN)) {
    han++;
    const code = m[0].codePointAt(0)!;
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
