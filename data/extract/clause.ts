import { globalOf } from "../engine/global.ts";
import { charTable } from "../engine/skip.ts";
import { CLAUSE_BREAK } from "./lexicon.ts";

/** CLAUSE_BREAK as a table of characters: the walks below test every character before or after a figure. */
const BREAK = charTable(CLAUSE_BREAK);

/** Start of the clause containing `index` (just after the previous comma, 、, colon or bracket). */
export function clauseStart(view: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (BREAK[view.charCodeAt(i)] === 1) return i + 1;
  return 0;
}

/** End of the clause containing `index` (the next clause break, or the end of the sentence). */
export function clauseEnd(view: string, index: number): number {
  for (let i = index; i < view.length; i++) if (BREAK[view.charCodeAt(i)] === 1) return i;
  return view.length;
}

/** The last match of any of `patterns` in `text`: greatest end, then longest. */
export function lastCue(text: string, patterns: readonly RegExp[]): { pattern: number; text: string; end: number } | null {
  let best: { pattern: number; text: string; end: number } | null = null;
  patterns.forEach((pattern, i) => {
    // An exec loop on one regex per pattern, stepping over empty matches as matchAll does.
    const g = globalOf(pattern);
    g.lastIndex = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.text.length)) best = { pattern: i, text: m[0], end };
      if (m[0] === "") g.lastIndex++;
    }
  });
  return best;
}
