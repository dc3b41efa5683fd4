// Colors and Chinese labels shared by the analyst charts: event actions, entity
// types and regions. Fixed assignments so a color means the same on every page.
import * as d3 from "npm:d3";
import { ENTITY_TYPES as CONTRACT_ENTITY_TYPES } from "../contract/index.js";
import { labelOf } from "../contract/labels.js";

/** Actions in display order; the events table uses these words. */
export const ACTIONS = [
  "签约",
  "开工",
  "投产",
  "上市",
  "下线",
  "开园",
  "会议",
  "上线",
  "获批",
  "合龙",
  "启动",
  "举行",
  "考察",
  "创纪录",
] as const;

// Tableau10 reads well on both the light and the dark theme; four more for the rarer actions.
const ACTION_COLORS = [...d3.schemeTableau10, "#17becf", "#8c564b", "#bcbd22", "#393b79"];

/** Color for anything not in a fixed list. */
export const OTHER_COLOR = "#9c9c9c";

/** Color of an event action; unknown actions are gray. */
export function actionColor(action: string): string {
  const index = (ACTIONS as readonly string[]).indexOf(action);
  return index < 0 ? OTHER_COLOR : ACTION_COLORS[index % ACTION_COLORS.length];
}

/** Actions sorted in display order (known first, then the rest by code point). */
export function sortActions(actions: Iterable<string>): string[] {
  const rank = (a: string) => {
    const i = (ACTIONS as readonly string[]).indexOf(a);
    return i < 0 ? ACTIONS.length : i;
  };
  return [...new Set(actions)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const TYPE_COLORS: Record<keyof typeof CONTRACT_ENTITY_TYPES, string> = {
  company: "#4e79a7",
  institution: "#59a14f",
  government: "#e15759",
  park: "#f28e2c",
  place: "#76b7b2",
  person: "#b07aa1",
  project: "#edc949",
};

/** Entity types with their Chinese labels (from the data contract) and colors, in display order. */
export const ENTITY_TYPES = Object.fromEntries(
  Object.entries(CONTRACT_ENTITY_TYPES).map(([type, label]) => [type, { label, color: TYPE_COLORS[type as keyof typeof TYPE_COLORS] }]),
) as { readonly [K in keyof typeof CONTRACT_ENTITY_TYPES]: { label: (typeof CONTRACT_ENTITY_TYPES)[K]; color: string } };

/** One entity type key. */
export type EntityTypeKey = keyof typeof ENTITY_TYPES;

/** True when `type` is a known entity type. */
export function isEntityType(type: unknown): type is EntityTypeKey {
  return typeof type === "string" && Object.hasOwn(ENTITY_TYPES, type);
}

/** Chinese label of an entity type (the key itself when unknown). */
export function entityTypeLabel(type: string): string {
  return isEntityType(type) ? ENTITY_TYPES[type].label : type;
}

/** Color of an entity type. */
export function entityTypeColor(type: string): string {
  return isEntityType(type) ? ENTITY_TYPES[type].color : OTHER_COLOR;
}

/**
 * How zone names shorten, the way reports write them (苏州高新技术产业开发区 → 苏州高新区). The browser's
 * copy of the endings in data/regions/lexicon.ts (ZONE_ENDINGS); test/components/palette.test.ts checks
 * the two agree.
 */
export const ZONE_ENDINGS_SHORT: ReadonlyArray<readonly [string, string]> = [
  ["高新技术产业开发区", "高新区"],
  ["高新技术产业园区", "高新区"],
  ["火炬高技术产业开发区", "火炬高新区"],
  ["新技术产业开发区", "高新区"],
  ["新技术开发区", "高新区"],
  ["农业高新技术产业示范区", "农高区"],
  ["经济技术开发区", "经开区"],
  ["经济开发区", "经开区"],
];

/** Label for events or facts whose report names no region. */
export const NO_REGION = "地区未定";

/** Short label of a region (苏州高新区; 内蒙古自治区 as is); null → 地区未定. */
export function regionLabel(region: string | null | undefined): string {
  if (region == null || region === "") return NO_REGION;
  for (const [full, short] of ZONE_ENDINGS_SHORT) {
    if (region.endsWith(full) && region.length > full.length) return region.slice(0, -full.length) + short;
  }
  return region;
}

/** Chinese wording of how an event's date was determined, with the date words when the basis needs them. */
export function dateBasisLabel(basis: string | null | undefined, evidence?: string | null): string {
  if (basis == null || basis === "") return "";
  const label = labelOf("events", "date_basis", basis);
  return evidence && basis !== "explicit" ? `${label}（原文：${evidence}）` : label;
}

/** Categorical colors for regions, assigned in the order labels are given (so a page's legend is stable). */
export const REGION_COLORS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2c", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"] as const;

/** A color function over region labels: the i-th label gets the i-th color, 地区未定 and overflow gray. */
export function regionColor(labels: readonly string[]): (label: string) => string {
  const index = new Map(labels.filter((l) => l !== NO_REGION).map((l, i) => [l, i]));
  return (label) => {
    const i = index.get(label);
    return i === undefined || i >= REGION_COLORS.length ? OTHER_COLOR : REGION_COLORS[i]!;
  };
}
