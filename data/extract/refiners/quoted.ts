import type { Refiner } from "../types.ts";

/** Opening → closing marks of quoted names, slogans and titles. */
const PAIRS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "〈": "〉" };

const CLOSERS = new Set(Object.values(PAIRS));

/** Any quotation mark that can open a span: text without one has no spans. */
const ANY_OPENER = /["“‘《「『〈]/;

/** Spans [open, close] of balanced quotation pairs in `text` (ASCII " pairs alternate). */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const stack: { close: string; at: number }[] = [];
  let asciiOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        spans.push([asciiOpen, i]);
        asciiOpen = -1;
      }
    } else if (PAIRS[c]) stack.push({ close: PAIRS[c]!, at: i });
    else if (stack.length > 0 && CLOSERS.has(c)) {
      const top = stack.findLastIndex((s) => s.close === c);
      if (top >= 0) {
        spans.push([stack[top]!.at, i]);
        stack.length = top;
      }
    }
  }
  return spans;
}

/**
 * Drops numbers inside quotation marks or title marks: slogans and names (“1+2”产业,
 * “八条路”, “三公里”就业圈, “300米见绿、500米见园”, “十佳”) and policy titles
 * (《济宁高新区促进3岁以下婴幼儿照护服务发展的实施方案》) are not measurements.
 */
export const quotedRefiner: Refiner = {
  name: "quoted",
  reason: "numbers in quoted slogans, names and 《》 titles label things instead of measuring them",
  refine(context, facts) {
    // Most sentences have no facts or no quotation marks: skip the scan.
    if (facts.length === 0 || !ANY_OPENER.test(context.view)) return facts;
    const spans = quotedSpans(context.view);
    return facts.filter((f) => !spans.some(([open, close]) => open < f.start && f.end <= close));
  },
};
