import { globalOf } from "../../engine/global.ts";

/** Every match of `patterns` in `text`, in text order (then pattern order). */
export function findCues(text: string, patterns: readonly RegExp[]): { index: number; text: string }[] {
  const out: { index: number; text: string; order: number }[] = [];
  patterns.forEach((pattern, order) => {
    // An exec loop on one regex per pattern, stepping over empty matches as matchAll does.
    const g = globalOf(pattern);
    g.lastIndex = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      out.push({ index: m.index, text: m[0], order });
      if (m[0] === "") g.lastIndex++;
    }
  });
  return out.sort((a, b) => a.index - b.index || a.order - b.order).map(({ index, text }) => ({ index, text }));
}
