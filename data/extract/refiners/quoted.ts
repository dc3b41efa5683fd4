import type { Refiner } from "../types.ts";

/** Opening → closing marks of quoted names, slogans and titles, by character code (the scan runs on charCodeAt). */
const CLOSE_OF = new Map<number, number>(
  [
    ["“", "”"],
    ["‘", "’"],
    ["《", "》"],
    ["「", "」"],
    ["『", "』"],
    ["〈", "〉"],
  ].map(([open, close]) => [open!.charCodeAt(0), close!.charCodeAt(0)]),
);

const CLOSERS = new Set(CLOSE_OF.values());
const ASCII_QUOTE = 0x22;

/** Any quotation mark that can open a span: text without one has no spans. */
const ANY_OPENER = /["“‘《「『〈]/;

/** Spans [open, close] of balanced quotation pairs in `text` (ASCII " pairs alternate). */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const closes: number[] = [];
  const opens: number[] = [];
  let asciiOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2000 && c !== ASCII_QUOTE) continue;
    if (c === ASCII_QUOTE) {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        spans.push([asciiOpen, i]);
        asciiOpen = -1;
      }
      continue;
    }
    const close = CLOSE_OF.get(c);
    if (close !== undefined) {
      closes.push(close);
      opens.push(i);
    } else if (closes.length > 0 && CLOSERS.has(c)) {
      const top = closes.lastIndexOf(c);
      if (top >= 0) {
        spans.push([opens[top]!, i]);
        closes.length = top;
        opens.length = top;
      }
    }
  }
  return spans;
}

/** Right before an opening mark: a speech verb or colon makes the quote reported speech (…称“经济总量将突破1万亿元”). */
const SPEECH_BEFORE = /(?:称|说|表示|指出|强调|介绍|透露|认为|提到|写道|宣布|预计|报道)[：:，,]?\s*$|[：:]\s*$/;

/**
 * Drops numbers inside quotation marks or title marks: slogans and names (“1+2”产业,
 * “八条路”, “三公里”就业圈, “300米见绿、500米见园”, “十佳”) and policy titles
 * (《…促进3岁以下婴幼儿照护服务发展的实施方案》) are not measurements. Quoted reported speech
 * (…报道称“到2025年经济总量将突破1万亿元”, after a speech verb or a colon) is kept: its figures are claims.
 */
export const quotedRefiner: Refiner = {
  name: "quoted",
  reason: "numbers in quoted slogans, names and 《》 titles label things instead of measuring them",
  refine(context, facts) {
    // Most sentences have no facts or no quotation marks: skip the scan.
    if (facts.length === 0 || !ANY_OPENER.test(context.view)) return facts;
    const spans = quotedSpans(context.view).filter(
      ([open]) => context.view[open] === "《" || !SPEECH_BEFORE.test(context.view.slice(Math.max(0, open - 6), open)),
    );
    return facts.filter((f) => !spans.some(([open, close]) => open < f.start && f.end <= close));
  },
};
