import type { DocContext, EntityRow } from "../types.ts";
import { type Region, regionIndex, toRef } from "./model.ts";
import { scanRegions } from "./scan.ts";

/**
 * Gives place and park entities that are regions (深圳, 苏州市, 苏州高新区) their code and path, so entity
 * pages can link into the hierarchy. A name with several candidates (朝阳) takes the one in a province the
 * corpus's reports are about, when exactly one is; otherwise it stays unlinked.
 */
export function linkPlaceRegions(entities: EntityRow[], docs: readonly DocContext[]): void {
  const provinces = new Set(docs.flatMap((d) => (d.region ? [d.region.path.split("/")[0]!] : [])));
  for (const e of entities) {
    if (e.type !== "place" && e.type !== "park") continue;
    const region = regionOfName(e.name, provinces);
    if (!region) continue;
    const ref = toRef(region);
    e.region_code = ref.code;
    e.region_path = ref.path;
  }
}

/** The region a whole name means, or null (part of a name, or ambiguous). */
export function regionOfName(name: string, provinces: ReadonlySet<string> = new Set()): Region | null {
  // A whole surface form (strong forms first: 朝阳 is 朝阳市 before it is a county's short name), else a
  // zone named by rule (苏州经开区).
  const forms = regionIndex().forms.get(name);
  const strong = forms?.filter((f) => !f.weak).map((f) => f.region) ?? [];
  let candidates = strong.length > 0 ? strong : (forms?.map((f) => f.region) ?? []);
  if (candidates.length === 0) {
    const mention = scanRegions(name).find((m) => m.start === 0 && m.end === name.length && m.bare === null);
    candidates = mention?.candidates ?? [];
  }
  if (candidates.length === 1) return candidates[0]!;
  const inside = candidates.filter((c) => provinces.has(toRef(c).path.split("/")[0]!));
  return inside.length === 1 ? inside[0]! : null;
}
