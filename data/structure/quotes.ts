import { CLOSERS, OPENERS } from "./lexicon.ts";

/**
 * Nesting depth of matched quotes and brackets at each position of `text[from, to)`:
 * `depth[i - from]` counts the pairs with open < i < close. Unmatched marks are
 * ignored so a stray “ cannot swallow the rest of a paragraph. Length is
 * `to - from + 1`; the last entry (the end) is 0.
 */
export function quoteDepth(text: string, from: number, to: number): Int32Array {
  const depth = new Int32Array(to - from + 1);
  const stack: { mark: number; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const open = OPENERS.indexOf(c);
    if (open !== -1) {
      stack.push({ mark: open, at: i });
      continue;
    }
    const close = CLOSERS.indexOf(c);
    if (close === -1) continue;
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.mark !== close) k--;
    if (k < 0) continue;
    depth[stack[k]!.at - from + 1]! += 1;
    depth[i - from]! -= 1;
    stack.length = k;
  }
  for (let i = 1; i < depth.length; i++) depth[i]! += depth[i - 1]!;
  return depth;
}
