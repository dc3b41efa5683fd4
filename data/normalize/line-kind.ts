import { BULLET, BYLINE, MARKDOWN_HEADING, MAX_BYLINE, MAX_MARKED_HEADING, MAX_PLAIN_HEADING, NUMBERED } from "./lexicon.ts";
import { endsClosed, hasTerminator } from "./punctuation.ts";
import { isTableRow } from "./table-row.ts";
import type { LineKind } from "./types.ts";

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** A heading has no sentence inside it and does not end a sentence. */
function headingShaped(content: string, max: number): boolean {
  return content !== "" && !hasTerminator(content) && !endsClosed(content) && !/[，,、]$/.test(content) && codePoints(content) <= max;
}

/**
 * Classifies one trimmed line on its own: a heading (`#`, `◆`/`◎` bullets,
 * `(一)`/`1.` numbers, or a short line without sentence punctuation), a byline
 * (通讯员/记者 names), or body text.
 */
export function lineKind(line: string): LineKind {
  if (typeof line !== "string") throw new TypeError(`lineKind: expected a string, got ${typeof line}`);
  let start = 0;
  let level = 0;
  let marker: "markdown" | "bullet" | "numbered" | "plain" = "plain";
  const md = MARKDOWN_HEADING.exec(line);
  if (md) {
    start = md[0].length;
    level = md[1]!.length;
    marker = "markdown";
  }
  const bullet = BULLET.exec(line.slice(start));
  if (bullet) {
    start += bullet[0].length;
    if (marker === "plain") {
      marker = "bullet";
      level = 3;
    }
  }
  const content = line.slice(start);
  // A table row with figures is data, not a heading (原煤    万吨    3846.2    -3.2).
  if (marker === "plain" && /\d/.test(content) && isTableRow(content)) return { kind: "body" };
  if (BYLINE.test(content) && !endsClosed(content) && codePoints(content) <= MAX_BYLINE && marker !== "markdown")
    return { kind: "byline", contentStart: start };
  if (marker === "markdown") return { kind: "heading", marker, level, contentStart: start };
  if (NUMBERED.test(content) && headingShaped(content, MAX_MARKED_HEADING)) {
    if (marker === "plain") {
      marker = "numbered";
      level = /^\d/.test(content) ? 3 : 2;
    }
    return { kind: "heading", marker, level, contentStart: start };
  }
  if (marker === "bullet" && headingShaped(content, MAX_MARKED_HEADING)) return { kind: "heading", marker, level, contentStart: start };
  // Unmarked headings are phrases; a comma means clauses, i.e. a (possibly broken) sentence.
  if (marker === "plain" && headingShaped(content, MAX_PLAIN_HEADING) && !/[，,]/.test(content))
    return { kind: "heading", marker, level: 1, contentStart: 0 };
  return { kind: "body" };
}
