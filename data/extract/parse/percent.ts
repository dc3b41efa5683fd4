import { parseNumber } from "./number.ts";

/** Value of a percentage as written: "4.7%" → 4.7, "百分之九十" → 90; null otherwise. */
export function parsePercent(text: string): number | null {
  if (typeof text !== "string") throw new TypeError(`parsePercent: expected a string, got ${typeof text}`);
  const t = text.trim().replace(/％/g, "%");
  const chinese = /^百分之(.+)$/.exec(t);
  if (chinese) return parseNumber(chinese[1]!);
  const sign = /^(.+?)\s*%$/.exec(t);
  if (sign) return parseNumber(sign[1]!.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return null;
}
