import { foldTraditional } from "../read/traditional.ts";

/**
 * Same-length view of a text for matching: full-width ASCII forms (０-９, Ａ-Ｚ,
 * ，．％ …) become ASCII, the ideographic space becomes a space and traditional
 * characters their simplified forms (億 → 亿, 增長 → 增长). Each mapping is one UTF-16
 * unit to one, so offsets into the view are offsets into the original.
 */
export function toMatchView(text: string): string {
  if (typeof text !== "string") throw new TypeError(`toMatchView: expected a string, got ${typeof text}`);
  return foldTraditional(
    text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0))),
  );
}
