import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { SENTENCE_END } from "./lexicon.ts";
import type { SeedModel, TemplateLine } from "./types.ts";

/** Lines at least this long (or containing a full stop) are paragraphs; shorter ones are headings, bylines, captions. */
const PARAGRAPH_MIN_CHARS = 80;

/** Splits a paragraph into sentences, keeping each end mark (and closing quotes) with its sentence. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push(paragraph.slice(last, end));
    last = end;
  }
  if (last < paragraph.length) out.push(paragraph.slice(last));
  return out.filter((s) => s.trim() !== "");
}

/** Learns line skeletons and the sentence pool from the seed texts. */
export function parseSeeds(texts: readonly string[]): SeedModel {
  if (!Array.isArray(texts) || texts.length === 0) throw new TypeError("parseSeeds: need at least one seed text");
  const templates: TemplateLine[][] = [];
  const sentences: string[] = [];
  let bytes = 0;
  for (const text of texts) {
    bytes += Buffer.byteLength(text, "utf8");
    const template: TemplateLine[] = [];
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === "") continue;
      const isParagraph = line.length >= PARAGRAPH_MIN_CHARS || /[。！？]/.test(line);
      if (!isParagraph) {
        template.push({ kind: "line", text: line });
        continue;
      }
      const parts = splitSentences(line);
      sentences.push(...parts);
      template.push({ kind: "paragraph", sentences: parts.length });
    }
    templates.push(template);
  }
  if (sentences.length === 0) throw new TypeError("parseSeeds: the seeds contain no paragraph sentences");
  return { templates, sentences, bytes };
}

/** Reads every .txt seed in `dir` (sorted by name) and learns from them. */
export async function loadSeeds(dir: string): Promise<SeedModel> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  if (names.length === 0) throw new TypeError(`loadSeeds: no .txt files in ${dir}`);
  return parseSeeds(await Promise.all(names.map((n) => readFile(join(dir, n), "utf8"))));
}
