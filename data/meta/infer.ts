import { regionPath } from "../regions/model.ts";
import type { DocumentMeta } from "../types.ts";
import { inferRegion } from "./region.ts";
import { inferYear } from "./year/infer.ts";

/** Front matter the structure stage found, as further evidence of the region. */
export interface FrontEvidence {
  subtitle?: string | null;
  byline?: string | null;
}

/** Region and year a report is about, inferred from its title and front matter first and then its text. */
export function inferDocumentMeta(text: string, title: string, front: FrontEvidence = {}): DocumentMeta {
  if (typeof text !== "string" || typeof title !== "string") {
    throw new TypeError(`inferDocumentMeta(text, title) expects two strings, got ${typeof text} and ${typeof title}`);
  }
  const { region, basis } = inferRegion({ text, title, subtitle: front.subtitle ?? null, byline: front.byline ?? null });
  const ref = region ? { id: region.id, name: region.name, code: region.code, level: region.level, path: regionPath(region) } : null;
  return { region: ref, region_basis: basis, ...inferYear(text, title, ref?.name ?? null) };
}
