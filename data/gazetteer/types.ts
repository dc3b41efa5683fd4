import type { EntityType } from "../types.ts";

/** One curated known name: canonical form, type, and every alias it is written as. */
export interface GazetteerEntry {
  /** Canonical (most complete) name. */
  name: string;
  type: EntityType;
  /** Other surface forms that always mean this entity. */
  aliases: readonly string[];
  /** Surface forms that mean this entity only inside a report about this zone (e.g. 高新区). */
  zoneAliases?: readonly string[];
}
