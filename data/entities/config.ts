import { anchorProjects } from "./refiners/anchorProjects.ts";
import { bracketAlias } from "./refiners/bracketAlias.ts";
import { dropDesignations } from "./refiners/dropDesignations.ts";
import { filterGeneric } from "./refiners/filterGeneric.ts";
import { regionBody } from "./refiners/regionBody.ts";
import { removeOverlaps } from "./refiners/removeOverlaps.ts";
import { zoneContext } from "./refiners/zoneContext.ts";
import type { MentionRefiner } from "./types.ts";

/** Refiners in the order they run, each with the reason for its place. */
export const MENTION_REFINERS: ReadonlyArray<{ name: string; refine: MentionRefiner; reason: string }> = [
  {
    name: "filterGeneric",
    refine: filterGeneric,
    reason: "first, so a generic word (重点项目) cannot win an overlap against a real shorter name inside it",
  },
  {
    name: "dropDesignations",
    refine: dropDesignations,
    reason:
      "with filterGeneric, before overlaps: a title still to be earned (国家安全产业园创建工作) names nothing, and must not hide a shorter real name inside it",
  },
  {
    name: "anchorProjects",
    refine: anchorProjects,
    reason: "before overlaps, because it needs the shorter names (小松 in 小松全球…项目) that removeOverlaps drops",
  },
  {
    name: "zoneContext",
    refine: zoneContext,
    reason: "before overlaps, so an ambiguous 高新区 dropped here does not suppress another reading of the same words",
  },
  {
    name: "regionBody",
    refine: regionBody,
    reason: "before overlaps: it needs both the place (嵊州市) and the body by level (市委) that overlap it",
  },
  {
    name: "bracketAlias",
    refine: bracketAlias,
    reason: "after the filters, so only a kept name gives its bracketed short form; before overlaps, which it never causes",
  },
  {
    name: "removeOverlaps",
    refine: removeOverlaps,
    reason: "last: with only plausible candidates left, the longest (most complete) name wins, gazetteer on ties",
  },
];
