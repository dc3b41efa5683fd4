import { MAX_META_TITLE } from "./lexicon.ts";

/** Titles that programs fill in by themselves, not the report's title. */
const PLACEHOLDER =
  /^(?:无标题|未命名|标题|文档\d*|新建.*文档|untitled|title|document\d*|microsoft word\b.*|powerpoint.*|.*\.(?:docx?|wps|pdf|txt|html?))$/i;

/** A metadata title worth using: words, not too long, not a file name or a program's placeholder; else null. */
export function plausibleTitle(title: string | null | undefined): string | null {
  if (typeof title !== "string") return null;
  const t = title.replace(/\s+/g, " ").trim();
  if (t === "" || [...t].length > MAX_META_TITLE || PLACEHOLDER.test(t)) return null;
  return /[\p{L}]/u.test(t) ? t : null;
}

/**
 * An ISO date (YYYY-MM-DD) from the ways files write one: 2024-01-25, 2024/1/25,
 * 2024年1月25日, 2024.01.25, ISO timestamps and PDF dates (D:20240125…); else null.
 */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim()) ?? /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1949 || y > 2100 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
