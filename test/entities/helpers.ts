import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inferDocumentMeta } from "../../data/meta/index.ts";
import { toRef } from "../../data/regions/model.ts";
import { scanRegions } from "../../data/regions/scan.ts";
import type { DocContext, SentenceSpan } from "../../data/types.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");

/** Seed file names, sorted. */
export const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/**
 * Crude stand-in for the pipeline's normalizer: trims lines, drops blanks, rejoins a long line
 * that does not end a sentence with the next line (a paragraph broken mid-word), else joins with \n.
 */
export function crudeNormalize(raw: string): string {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  let out = "";
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      const prev = lines[i - 1]!;
      const broken = prev.length > 30 && !/[。！？；：”!?;:]$/.test(prev) && !/\s/.test(prev) && !/^[#■◆◎]/.test(line);
      out += broken ? "" : "\n";
    }
    out += line;
  }
  return out;
}

/** Sentences split on 。！？；, ASCII ! ? ; and newlines, with UTF-16 offsets into `text`. */
export function crudeSentences(docId: string, text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const re = /[^。！？；!?;\n]+[。！？；!?;]?/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === "") continue;
    const start = m.index + lead;
    spans.push({ sentence_id: `${docId}-s${spans.length}`, section: null, start, end: start + body.length, text: body });
  }
  return spans;
}

/** The region a name means (济宁高新技术产业开发区, 济宁经济技术开发区), as documents carry it; null for null. */
export function regionRef(name: string | null): DocContext["region"] {
  if (name === null) return null;
  const mention = scanRegions(name).find((m) => m.end - m.start === name.length && m.candidates.length === 1);
  if (!mention) throw new TypeError(`regionRef: ${name} is not one region`);
  return toRef(mention.candidates[0]!);
}

/** A DocContext from raw text, with region and year from inferDocumentMeta. */
export function docFromText(docId: string, raw: string, title?: string): DocContext {
  const text = crudeNormalize(raw);
  const docTitle = title ?? text.split("\n")[0]!.replace(/^#+\s*/, "");
  const meta = inferDocumentMeta(text, docTitle);
  return { doc_id: docId, text, title: docTitle, sentences: crudeSentences(docId, text), region: meta.region, year: meta.year };
}

/** A DocContext built from one seed file (doc_id = its number, e.g. "000"). */
export function seedDoc(file: string): DocContext {
  return docFromText(file.slice(0, 3), readFileSync(join(SEEDS, file), "utf8"));
}

/** A one-sentence DocContext for table tests, with the region (by name) and year given. */
export function sentenceDoc(text: string, region: string | null = "济宁高新技术产业开发区", year: number | null = 2023): DocContext {
  return { doc_id: "t", text, title: "", sentences: crudeSentences("t", text), region: regionRef(region), year };
}

/** Mentions found in one sentence, with a readable trace of every stage for failure messages. */
export async function mentionsWithTrace(text: string, zone: string | null = "济宁高新技术产业开发区") {
  const { findMentions } = await import("../../data/entities/find.ts");
  const { formatTrace } = await import("../../data/engine/trace.ts");
  const trace: import("../../data/entities/types.ts").MentionTrace[] = [];
  const mentions = findMentions(sentenceDoc(text, zone), trace);
  const readable = formatTrace(`mentions in: ${text}`, trace);
  return { mentions, readable };
}
