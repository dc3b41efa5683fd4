import { hasTerminator } from "../normalize/index.ts";
import { FRONT_LINES, MAX_TITLE } from "./lexicon.ts";
import type { Block, FrontMatter } from "./types.ts";

function content(text: string, b: Block): string {
  return text.slice(b.contentStart, b.end);
}

/** A line that can be a title or subtitle: a heading, or a short line with no sentence in it. */
function titleShaped(text: string, b: Block): boolean {
  if (b.kind === "heading") return true;
  const c = content(text, b);
  return b.kind === "paragraph" && c.length <= MAX_TITLE && !hasTerminator(c);
}

/** A first line that names the document: title-shaped, with a word in it (not a clock time such as 9:50), and text after it. */
function leadTitle(text: string, blocks: readonly Block[]): boolean {
  const first = blocks[0];
  return first !== undefined && blocks.length > 1 && titleShaped(text, first) && LETTER.test(content(text, first));
}

const LETTER = /\p{L}/u;

/**
 * Finds the front matter: the title lines before a byline (通讯员/记者 …) near the
 * top; a `#` line among them is the title and the others are the subtitle. Without
 * a byline, a first line shaped like a heading or a headline (up to MAX_TITLE, no
 * sentence in it: news headlines run longer than headings) is the title.
 */
export function frontMatter(text: string, blocks: readonly Block[]): FrontMatter {
  const out = blocks.map((b) => ({ ...b }));
  const bylineAt = out.slice(0, FRONT_LINES).findIndex((b) => b.kind === "byline");
  let titleLines: Block[] = [];
  if (bylineAt !== -1) {
    let n = 0;
    while (n < bylineAt && titleShaped(text, out[n]!)) n++;
    titleLines = out.slice(0, n);
  } else if (leadTitle(text, out)) {
    titleLines = [out[0]!];
  }
  const main = titleLines.find((b) => b.marker === "markdown" && b.level === 1) ?? titleLines[0];
  for (const b of titleLines) {
    b.kind = b === main ? "title" : "subtitle";
    b.level = 0;
    b.marker = null;
  }
  const subtitles = titleLines.filter((b) => b !== main).map((b) => content(text, b));
  const byline = bylineAt === -1 ? null : content(text, out[bylineAt]!);
  // Bylines further down (a second reporter line in the body) are ordinary paragraphs.
  for (let i = 0; i < out.length; i++) if (out[i]!.kind === "byline" && i !== bylineAt) out[i]!.kind = "paragraph";
  return {
    title: main ? content(text, main) : "",
    subtitle: subtitles.length > 0 ? subtitles.join(" ") : null,
    byline,
    blocks: out,
  };
}
