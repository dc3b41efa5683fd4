import { YEAR, YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

/** "2023年": a bare year mention, the weakest evidence (many mentions add up). */
export const explicit: YearRule = {
  name: "explicit",
  pattern: new RegExp(`(${YEAR})年`, "g"),
  extract: (_context, match) => ({
    year: Number(match[1]),
    weight: YEAR_WEIGHTS.explicit,
    basis: sentenceAround(_context.text, match.index, match[0].length),
    index: match.index,
    rule: "explicit",
  }),
};

/** The clause around a match (up to the neighbouring punctuation), for a readable basis. */
function sentenceAround(text: string, index: number, length: number): string {
  // Look at most 30 characters each way: scanning the whole prefix made long reports quadratic.
  const from = Math.max(0, index - 30);
  const start = from + text.slice(from, index).search(/[^。；;！!？?\n，,]*$/);
  const rest = text.slice(index + length, index + length + 31);
  const stop = rest.search(/[。；;！!？?\n，,]/);
  const end = index + length + (stop === -1 ? Math.min(rest.length, 30) : Math.min(stop, 30));
  return text.slice(start, end);
}
