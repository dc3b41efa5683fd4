import type { GazetteerEntry } from "./types.ts";

/** A surface form and the entry it names; `zoneOnly` when it needs the report's zone to match. */
export interface SurfaceForm {
  text: string;
  entry: GazetteerEntry;
  zoneOnly: boolean;
}

/** All surface forms of the entries, longest first; throws when one form names two entries. */
export function surfaceForms(entries: readonly GazetteerEntry[]): SurfaceForm[] {
  const byText = new Map<string, SurfaceForm>();
  const add = (text: string, entry: GazetteerEntry, zoneOnly: boolean) => {
    const seen = byText.get(text);
    if (seen && seen.entry !== entry) throw new TypeError(`gazetteer: "${text}" names both "${seen.entry.name}" and "${entry.name}"`);
    if (!seen) byText.set(text, { text, entry, zoneOnly });
  };
  for (const entry of entries) {
    add(entry.name, entry, false);
    for (const alias of entry.aliases) add(alias, entry, false);
    for (const alias of entry.zoneAliases ?? []) add(alias, entry, true);
  }
  return [...byText.values()].sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
