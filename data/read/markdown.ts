import { marked } from "marked";
import { parse as parseYaml } from "yaml";
import { decodeBytes } from "./decode.ts";
import { htmlSource } from "./html.ts";
import { isoDate, plausibleTitle } from "./meta.ts";
import type { ReadResult, SourceMeta } from "./types.ts";

/** YAML front matter: a first line `---`, the YAML, a line `---` (or `...`). */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function field(data: Record<string, unknown>, ...names: string[]): unknown {
  for (const n of names) if (data[n] != null && data[n] !== "") return data[n];
  return null;
}

function asText(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return v.filter((x) => typeof x === "string").join("、") || null;
  return null;
}

/**
 * Reads Markdown: YAML front matter becomes metadata (title, date, author, source),
 * the body is rendered by marked and read like a web page (inline HTML included),
 * so emphasis, links and tags never reach the text.
 */
export function readMarkdown(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  let body = decoded.text;
  const meta: Partial<SourceMeta> = {};
  const front = FRONT_MATTER.exec(body);
  if (front) {
    let data: unknown;
    try {
      data = parseYaml(front[1]!);
    } catch (err) {
      return {
        ok: false,
        stage: "read",
        message: `YAML front matter cannot be parsed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
      };
    }
    if (data && typeof data === "object" && !Array.isArray(data)) {
      const d = data as Record<string, unknown>;
      meta.title = plausibleTitle(asText(field(d, "title", "标题"))) ?? undefined;
      meta.published = isoDate(field(d, "date", "published", "pubDate", "publishDate", "日期")) ?? undefined;
      meta.source = asText(field(d, "source", "来源", "publisher", "author", "作者")) ?? undefined;
    }
    body = body.slice(front[0].length);
  }
  const html = marked.parse(body, { async: false, gfm: true });
  return htmlSource(html, "md", decoded.encoding, meta);
}
