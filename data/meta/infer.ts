import type { DocumentMeta } from "../types.ts";

/** Zone and year a report is about, inferred from its title and text (work in progress). */
export function inferDocumentMeta(text: string, title: string): DocumentMeta {
  if (typeof text !== "string" || typeof title !== "string") throw new TypeError("inferDocumentMeta(text, title) expects two strings");
  return { zone: null, year: null, year_basis: null };
}
