import type { DocumentMeta } from "../types.ts";
import { inferYear } from "./year/infer.ts";
import { inferZone } from "./zone.ts";

/** Zone and year a report is about, inferred from its title first and then its text. */
export function inferDocumentMeta(text: string, title: string): DocumentMeta {
  if (typeof text !== "string" || typeof title !== "string") {
    throw new TypeError(`inferDocumentMeta(text, title) expects two strings, got ${typeof text} and ${typeof title}`);
  }
  const zone = inferZone(text, title);
  return { zone, ...inferYear(text, title, zone) };
}
