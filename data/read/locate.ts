import { isBoilerplate, sourceLines } from "../normalize/index.ts";
import type { Location, Source } from "./types.ts";

/** A location starting at a UTF-16 offset of the normalized text. */
interface Anchor {
  start: number;
  loc: Location;
}

/**
 * Maps offsets of the normalized text back to source locations. Normalizing keeps
 * each source line whole (it only drops boilerplate lines, glues lines and moves
 * image captions after their paragraph), so every paragraph is a run of source
 * lines: each is found in order, a line that does not match yet waits (a moved
 * caption) and a dropped line never matches.
 */
export class SourceLocator {
  private readonly anchors: Anchor[] = [];

  constructor(source: Source, text: string) {
    if (!source.lines) return;
    const all = sourceLines(source.raw);
    if (all.length !== source.lines.length)
      throw new Error(`SourceLocator: ${all.length} lines in the raw text but ${source.lines.length} locations`);
    const kept = all.map((l, k) => ({ text: l.text, loc: source.lines![k]! })).filter((l) => !isBoilerplate(l.text));
    const waiting: typeof kept = [];
    let next = 0;
    let start = 0;
    for (const paragraph of text.split("\n\n")) {
      let pos = 0;
      while (pos < paragraph.length) {
        if (paragraph[pos] === " ") pos++;
        const fits = (l: (typeof kept)[number]) => paragraph.startsWith(l.text, pos);
        let line = waiting.find(fits);
        if (line) waiting.splice(waiting.indexOf(line), 1);
        else {
          while (next < kept.length && !fits(kept[next]!)) waiting.push(kept[next++]!);
          line = kept[next++];
        }
        if (!line) break;
        this.anchors.push({ start: start + pos, loc: line.loc });
        pos += line.text.length;
      }
      start += paragraph.length + 2;
    }
  }

  /** Location of the text at a UTF-16 offset, or nulls when the source has none. */
  at(offset: number): Location {
    let lo = 0;
    let hi = this.anchors.length - 1;
    let found: Anchor | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.anchors[mid]!.start <= offset) {
        found = this.anchors[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found?.loc ?? { page: null, paragraph: null };
  }
}
