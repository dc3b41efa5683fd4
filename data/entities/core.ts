import { regionFormAt } from "../regions/prefix.ts";
import { LEGAL_ENDINGS, PREFIX_LEVELS } from "./lexicon.ts";

/** The distinctive part of a name for short/long matching: no (中国), no legal ending, no region prefix. */
export function nameCore(name: string): string {
  let core = name.replace(/[(（][^)）]*[)）]/g, "");
  const bare = core.replace(LEGAL_ENDINGS, "");
  if (bare.length >= 2) core = bare;
  const local = core.startsWith("中国") ? core.slice(2) : core.slice(regionFormAt(core, 0, PREFIX_LEVELS));
  if (local.length >= 2) core = local;
  return core;
}
