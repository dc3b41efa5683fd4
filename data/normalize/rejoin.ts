import { LEAD_OPENING, MAX_CAPTION, MAX_HEADLINE, MIN_CAPTION_GAP } from "./lexicon.ts";
import { lineKind } from "./line-kind.ts";
import { endsClosed, hasTerminator } from "./punctuation.ts";
import { isTableRow } from "./table-row.ts";
import type { SourceLine } from "./types.ts";

/** A body line that does not end its sentence: the next body line continues it (table rows never do). */
function isOpenBody(text: string): boolean {
  return lineKind(text).kind === "body" && !endsClosed(text) && !isTableRow(text);
}

/**
 * An image caption printed inside a paragraph that was broken for the image:
 * a short complete sentence after extra blank lines ("项目建设释放新动能。").
 */
function isCaption(line: SourceLine): boolean {
  if (line.blanksBefore < MIN_CAPTION_GAP || line.text.length > MAX_CAPTION || !endsClosed(line.text)) return false;
  return lineKind(line.text).kind === "body" && !hasTerminator(line.text.slice(0, -1));
}

/**
 * The document's first line set off by a blank line from a news lead (3月17日，…), short and without a sentence
 * inside it: its headline, though it has a comma.
 */
function isHeadline(lines: readonly SourceLine[], i: number): boolean {
  const line = lines[i]!.text;
  const next = lines[i + 1];
  if (i !== 0 || !next || next.blanksBefore === 0 || !LEAD_OPENING.test(next.text)) return false;
  return [...line].length <= MAX_HEADLINE && !hasTerminator(line);
}

/** Glues a broken sentence; a space only between two Latin letters (a word cannot be split there). */
function glue(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Rejoins paragraphs broken mid-sentence ("实施挂图" + "作战、定期调度…"): a body
 * line that does not end a sentence is glued to the next body line (never to a
 * heading or byline), except a headline set off by a blank line. Captions found inside the break move after the
 * paragraph.
 */
export function rejoinParagraphs(lines: readonly SourceLine[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let paragraph = lines[i]!.text;
    const headline = isHeadline(lines, i);
    i++;
    const captions: string[] = [];
    while (i < lines.length && !headline && isOpenBody(paragraph)) {
      let j = i;
      // A caption-like line is the continuation itself when no body line follows it.
      while (j + 1 < lines.length && isCaption(lines[j]!) && lineKind(lines[j + 1]!.text).kind === "body") j++;
      if (j >= lines.length || lineKind(lines[j]!.text).kind !== "body" || isTableRow(lines[j]!.text)) break;
      for (let k = i; k < j; k++) captions.push(lines[k]!.text);
      paragraph = glue(paragraph, lines[j]!.text);
      i = j + 1;
    }
    out.push(paragraph, ...captions);
  }
  return out;
}
