// A notebook in the URL hash, so a link reproduces every cell:
//   #nb=<base64url of deflate-raw(JSON)>   compressed (CompressionStream)
//   #sql=<percent-encoded .sql text>        plain-text fallback, readable and hand-editable
// Decoding never throws on bad input: it says in Chinese what is wrong with the link.
import { notebookToSql, sqlToNotebook } from "./sqlFile.js";
import type { DecodedNotebook, NotebookCell } from "./types.js";

/** Version tag inside the compressed JSON. */
const VERSION = 1;

/** Links longer than this still work in Chromium and Firefox, but some mail and chat tools cut them. */
export const LONG_LINK = 8000;

/** Most a link may expand to (guards against a deflate bomb in a pasted link). */
export const MAX_DECODED_CHARS = 5_000_000;

interface Payload {
  v: number;
  cells: { t?: string; s: string; c?: 0 }[];
}

function compressionAvailable(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("含有 base64url 以外的字符");
  const b64 = text.replaceAll("-", "+").replaceAll("_", "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: GenerateTransformStream, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`解压后超过 ${limit} 字节`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

type GenerateTransformStream = TransformStream<Uint8Array, Uint8Array>;

/** Encodes cells as a hash fragment (without "#"): compressed when the browser can, plain text otherwise. */
export async function encodeNotebook(cells: readonly NotebookCell[], options: { compress?: boolean } = {}): Promise<string> {
  if (!Array.isArray(cells)) throw new TypeError("encodeNotebook: cells must be an array");
  const compress = options.compress ?? compressionAvailable();
  if (!compress) return `sql=${encodeURIComponent(notebookToSql(cells))}`;
  const payload: Payload = {
    v: VERSION,
    cells: cells.map((c) => ({ ...(c.title ? { t: c.title } : {}), s: c.sql, ...(c.chart ? {} : { c: 0 as const }) })),
  };
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const packed = await pipe(json, new CompressionStream("deflate-raw") as GenerateTransformStream);
  return `nb=${toBase64Url(packed)}`;
}

function parsePayload(json: string): NotebookCell[] {
  const data: unknown = JSON.parse(json);
  if (!data || typeof data !== "object" || !Array.isArray((data as Payload).cells)) throw new Error("内容不是笔记本");
  const { v, cells } = data as Payload;
  if (v !== VERSION) throw new Error(`不认识的笔记本版本 ${String(v)}`);
  return cells.map((c, i) => {
    if (!c || typeof c.s !== "string") throw new Error(`第 ${i + 1} 个单元格没有 SQL 文本`);
    return { title: typeof c.t === "string" && c.t ? c.t : null, sql: c.s, chart: c.c !== 0 };
  });
}

/** Reads cells from a location hash ("#nb=…", "#sql=…", or with other key=value parts). */
export async function decodeNotebook(hash: string): Promise<DecodedNotebook> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const packed = params.get("nb");
  const plain = params.get("sql");
  if (packed === null && plain === null) return { kind: "empty" };
  if (packed !== null) {
    if (!compressionAvailable())
      return {
        kind: "error",
        message: "这个浏览器不能解压链接中的笔记本（缺少 DecompressionStream），请换用新版 Chrome、Edge、Firefox 或 Safari 打开。",
      };
    try {
      const bytes = await pipe(fromBase64Url(packed), new DecompressionStream("deflate-raw") as GenerateTransformStream, MAX_DECODED_CHARS);
      return { kind: "ok", cells: parsePayload(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: "error", message: `链接中的笔记本已损坏或不完整（可能复制时被截断），无法读取：${reason}。已打开示例笔记本。` };
    }
  }
  // URLSearchParams already percent-decoded it ("+" would have become a space, so encodeURIComponent is used when writing).
  const text = plain ?? "";
  if (text.length > MAX_DECODED_CHARS) return { kind: "error", message: `链接中的 SQL 超过 ${MAX_DECODED_CHARS} 个字符，无法读取。` };
  return { kind: "ok", cells: sqlToNotebook(text) };
}
