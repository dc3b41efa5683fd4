import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeHtml } from "./charset.ts";
import { type DomNode, domLines } from "./htmlText.ts";
import type { ExtractedLine } from "./lines.ts";
import { sourceFromLines } from "./lines.ts";
import { isoDate, plausibleTitle } from "./meta.ts";
import type { Encoding, Format, ReadResult, SourceMeta } from "./types.ts";

type Doc = ReturnType<typeof parseHTML>["document"];

/** Page furniture, never report text: navigation, headers, footers, share bars, menus. */
const FURNITURE =
  'nav, header, footer, aside, [class*="nav" i], [id*="nav" i], [class*="menu" i], [class*="footer" i], [id*="footer" i], [class*="share" i], [class*="breadcrumb" i], [class*="copyright" i]';

/** Fewest Chinese characters or letters a page needs to be more than a redirect or login page. */
const MIN_PAGE_TEXT = 200;

function metaContent(doc: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/** `<title>` without the site name after the last separator (标题_某某市人民政府 → 标题). */
function pageTitle(doc: Doc): string | null {
  const t = doc.querySelector("title")?.textContent?.trim();
  if (!t) return null;
  const m = /^(.{4,}?)\s*(?:[_|｜—–]|\s-\s|--).*$/.exec(t);
  return m ? m[1]! : t;
}

function pageMeta(doc: Doc, bodyText: string): SourceMeta {
  const h1 = doc.querySelector("h1")?.textContent ?? null;
  const title = plausibleTitle(metaContent(doc, "ArticleTitle", "og:title")) ?? plausibleTitle(h1) ?? plausibleTitle(pageTitle(doc));
  // Government sites (PubDate, ContentSource), news sites (article:published_time) and the page's own 发布时间.
  const date = metaContent(doc, "PubDate", "publishdate", "article:published_time", "pubdate", "firstpublishedtime", "date");
  const printed = /(?:发布|发表|印发|更新)?(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})/.exec(bodyText);
  const source = metaContent(doc, "ContentSource", "source", "author") ?? /来源\s*[:：]\s*([^\s　|]{2,30})/.exec(bodyText)?.[1] ?? null;
  return { title, published: isoDate(date) ?? isoDate(printed?.[1]), source };
}

/** Why a page has no report (a redirect or login page with little text), or null. */
function notAReport(doc: Doc, words: number): string | null {
  if (words >= MIN_PAGE_TEXT) return null;
  const refresh = doc.querySelector('meta[http-equiv="refresh" i]')?.getAttribute("content");
  if (refresh) return `a redirect page, not a report (meta refresh "${refresh}", ${words} characters of text)`;
  if (doc.querySelector('input[type="password" i]')) return `a login page, not a report (password field, ${words} characters of text)`;
  if (/location\s*(?:\.href)?\s*=|location\.replace\(/.test(doc.querySelector("script")?.textContent ?? ""))
    return `a redirect page, not a report (script redirect, ${words} characters of text)`;
  return null;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** Lines of HTML: the main content (readability's choice) for web pages, the whole body for Markdown. */
export function htmlSource(html: string, format: Format, encoding: Encoding, meta: Partial<SourceMeta> = {}): ReadResult {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`);
  const bodyText = document.body?.textContent ?? "";
  const refused = format === "html" ? notAReport(document, countWords(bodyText)) : null;
  if (refused) return { ok: false, stage: "read", message: refused };
  const own =
    format === "html"
      ? pageMeta(document, bodyText)
      : { title: plausibleTitle(document.querySelector("h1")?.textContent), published: null, source: null };
  let root: DomNode = document.body as unknown as DomNode;
  if (format === "html") {
    // Readability rewrites the document it is given, so metadata is read first. Furniture goes first:
    // on a short page readability keeps everything.
    for (const el of document.querySelectorAll(FURNITURE)) el.remove();
    const article = new Readability(document as unknown as Document, { serializer: (el: Node) => el, charThreshold: 100 }).parse();
    if (article?.content) root = article.content as unknown as DomNode;
  }
  const title = meta.title ?? own.title;
  const lines: ExtractedLine[] = domLines(root).map((text, i) => ({ text, paragraph: i + 1 }));
  // The title line heads the text, as in a printed report, unless the content already starts with it.
  if (title && !lines.slice(0, 3).some((l) => l.text.replace(/\s+/g, "") === title.replace(/\s+/g, ""))) lines.unshift({ text: title });
  const merged: SourceMeta = { title, published: meta.published ?? own.published, source: meta.source ?? own.source };
  return { ok: true, source: sourceFromLines(format, lines, merged, { rejoin: false, encoding }) };
}

/** Reads a saved web page (.html/.htm) in UTF-8 or GB2312/GBK. */
export function readHtml(bytes: Uint8Array): ReadResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  return htmlSource(decoded.text, "html", decoded.encoding);
}
