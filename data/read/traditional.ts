// Traditional characters (繁体) folded to simplified ones, one character for one, so offsets into the
// original text stay valid. The character table is OpenCC's (npm opencc-js, MIT/Apache-2.0: the
// maintained conversion data used by most Chinese software), not a hand list.
import { from, to } from "opencc-js/preset/t2cn";

/** GB 2312-80 characters in rows [first, last] (0xB0–0xD7 level 1, 0xB0–0xF7 both levels), read through the platform's decoder. */
export function gb2312Characters(lastLead: number): Set<number> {
  const decoder = new TextDecoder("gb18030");
  const out = new Set<number>();
  for (let lead = 0xb0; lead <= lastLead; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const code = decoder.decode(Uint8Array.of(lead, trail)).codePointAt(0)!;
      if (code >= 0x4e00 && code <= 0x9fff) out.add(code);
    }
  }
  return out;
}

/** Simplified code of each traditional BMP character, 0 for the rest: one array read per character. */
let table: Uint16Array | undefined;

/**
 * Traditional → simplified, for characters outside GB 2312 only: GB 2312 is the simplified set, so a
 * character in it is already simplified even where OpenCC maps it on (乾 of 乾县 stays 乾). Taiwan and
 * Hong Kong variant forms (臺 → 台 via 台) are folded first. Both sides are single UTF-16 units.
 */
function foldTable(): Uint16Array {
  if (table) return table;
  const simplified = gb2312Characters(0xf7);
  const pairs = (groups: readonly (readonly (string | readonly (readonly [string, string])[])[])[]) =>
    groups.flat().flatMap((dict) => (typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as [string, string]) : dict));
  const single = (s: string | undefined) => s !== undefined && s.length === 1 && s.charCodeAt(0) >= 0x3400;
  const variants = new Map<string, string>();
  for (const [a, b] of [...pairs(from.tw ?? []), ...pairs(from.hk ?? [])]) if (single(a) && single(b)) variants.set(a, b);
  const ts = new Map<string, string>();
  for (const [a, b] of pairs(to.cn ?? [])) if (single(a) && single(b) && !ts.has(a)) ts.set(a, b);
  const out = new Uint16Array(0x10000);
  for (const [a, b] of ts) if (!simplified.has(a.charCodeAt(0))) out[a.charCodeAt(0)] = b.charCodeAt(0);
  for (const [a, b] of variants) {
    const s = ts.get(b) ?? b;
    if (!simplified.has(a.charCodeAt(0)) && out[a.charCodeAt(0)] === 0) out[a.charCodeAt(0)] = s.charCodeAt(0);
  }
  table = out;
  return out;
}

/** `text` with traditional characters replaced by simplified ones, same length; `text` itself when it has none. */
export function foldTraditional(text: string): string {
  const map = foldTable();
  let codes: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const s = map[c]!;
    if (s === 0) continue;
    if (!codes) {
      codes = new Array(text.length);
      for (let j = 0; j < text.length; j++) codes[j] = text.charCodeAt(j);
    }
    codes[i] = s;
  }
  if (!codes) return text;
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** The simplified form of one character (its code), itself when it is not a traditional one. */
export function foldCharacter(code: number): number {
  return (code < 0x10000 && foldTable()[code]) || code;
}
