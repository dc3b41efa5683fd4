import { INVISIBLE, LINE_BREAK } from "../normalize/lexicon.ts";
import type { Encoding, Format, Location, Source, SourceMeta } from "./types.ts";

/** One line (or paragraph) a reader extracted, and where it came from. */
export interface ExtractedLine {
  text: string;
  page?: number | null;
  paragraph?: number | null;
}

/**
 * Builds a Source from extracted lines: line breaks inside a line split it (each
 * part keeps the location), empty lines are dropped, so `lines[k]` is the
 * location of the k-th non-empty line of `raw`, exactly as `sourceLines` sees it.
 */
export function sourceFromLines(
  format: Format,
  extracted: readonly ExtractedLine[],
  meta: SourceMeta,
  options: { rejoin: boolean; encoding?: Encoding | null },
): Source {
  const raw: string[] = [];
  const lines: Location[] = [];
  for (const line of extracted) {
    for (const part of line.text.replace(INVISIBLE, "").split(LINE_BREAK)) {
      const text = part.trim();
      if (text === "") continue;
      raw.push(text);
      lines.push({ page: line.page ?? null, paragraph: line.paragraph ?? null });
    }
  }
  return { format, encoding: options.encoding ?? null, raw: raw.join("\n"), lines, rejoin: options.rejoin, meta };
}

/** Metadata with every field unknown. */
export const NO_META: SourceMeta = { title: null, published: null, source: null };
