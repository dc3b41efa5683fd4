// A party committee or government named only by its level (市委, 县政府) is the body of the report's own
// region at that level: 市委 in a report on 北林区 of 绥化市 is 绥化市委, 县委 in a county's report is that
// county's. Without it every report's 省委 would merge into one entity across provinces.
import type { MentionDraft, RegionRef } from "../types.ts";
import { gazetteerName } from "./rules/gazetteer.ts";

/** Bare level bodies: the level's last character and the suffix its full name takes. */
export const LEVEL_BODIES: Readonly<Record<string, { level: string; suffix: string }>> = {
  省委: { level: "省", suffix: "委" },
  省政府: { level: "省", suffix: "人民政府" },
  市委: { level: "市", suffix: "委" },
  市政府: { level: "市", suffix: "人民政府" },
  县委: { level: "县", suffix: "委" },
  县政府: { level: "县", suffix: "人民政府" },
  区委: { level: "区", suffix: "委" },
  区政府: { level: "区", suffix: "人民政府" },
};

/**
 * The region at `level` on the report's path, nearest first: 市 → 绥化市 for 黑龙江省/绥化市/北林区.
 * A 区 is a district, never the report's own development zone nor a 自治区 (a province).
 */
export function regionAtLevel(region: Pick<RegionRef, "path" | "level">, level: string): string | null {
  const parts = region.path.split("/");
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = parts[i]!;
    if (!name.endsWith(level)) continue;
    if (level === "区" && (i === 0 || (i === parts.length - 1 && region.level === "zone"))) continue;
    return name;
  }
  return null;
}

/** Gives bare level bodies the canonical name of the report's own body at that level; others unchanged. */
export function resolveLevelBodies(mentions: MentionDraft[], region: Pick<RegionRef, "path" | "level"> | null): MentionDraft[] {
  if (!region) return mentions;
  return mentions.map((m) => {
    const body = m.type === "government" && !m.canonical ? LEVEL_BODIES[m.text] : undefined;
    const place = body ? regionAtLevel(region, body.level) : null;
    if (!body || !place) return m;
    const name = `${place}${body.suffix}`;
    // The gazetteer's name when it has one, so that a city government's short name joins the entry it is an alias of.
    return { ...m, canonical: gazetteerName(name) ?? name };
  });
}
