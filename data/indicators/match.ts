import type { FactKind } from "../types.ts";
import { INDICATOR_BY_ID, INDICATORS, type Indicator, type Measure } from "./registry.ts";

/** One place an indicator is named; `growthOnly` for words that only name its change (经济增长). */
export interface AliasHit {
  start: number;
  end: number;
  alias: string;
  id: string;
  growthOnly: boolean;
}

const ENTRIES = INDICATORS.flatMap((i) => [
  ...i.aliases.map((alias) => ({ alias, id: i.id, growthOnly: false })),
  ...(i.growthAliases ?? []).map((alias) => ({ alias, id: i.id, growthOnly: true })),
]).sort((a, b) => b.alias.length - a.alias.length);

{
  const seen = new Map<string, string>();
  for (const e of ENTRIES) {
    const other = seen.get(e.alias);
    if (other !== undefined && other !== e.id) throw new TypeError(`indicator registry: "${e.alias}" names both ${other} and ${e.id}`);
    seen.set(e.alias, e.id);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest alternatives first: at one position 单位生产总值能耗 wins over 生产总值, 人均地区生产总值 over 地区生产总值.
const PATTERN = new RegExp(ENTRIES.map((e) => escapeRegExp(e.alias)).join("|"), "g");
const BY_ALIAS = new Map(ENTRIES.map((e) => [e.alias, e]));

/** Every indicator named in `text`, left to right, non-overlapping, longest at each position. */
export function findIndicators(text: string): AliasHit[] {
  if (typeof text !== "string") throw new TypeError(`findIndicators(text) expects a string, got ${typeof text}`);
  // exec on the shared pattern: matchAll would clone it for every call (aliases are never empty).
  const out: AliasHit[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const e = BY_ALIAS.get(m[0])!;
    out.push({ start: m.index, end: m.index + m[0].length, alias: m[0], id: e.id, growthOnly: e.growthOnly });
  }
  PATTERN.lastIndex = 0;
  return out;
}

/** Whether a figure of this kind and unit measures the indicator's level or its change, or neither (null). */
export function measureOf(indicator: Indicator, kind: FactKind, unit: string): Measure | null {
  if (unit === "pp" || unit === "permille_point" || kind === "rank" || kind === "threshold") return null;
  if (kind === "growth") return indicator.growth && unit === "percent" ? "growth" : null;
  if (unit === "percent" && kind !== "share" && kind !== "ratio") return null;
  return indicator.levelUnits.includes(unit) ? "level" : null;
}

/**
 * A percentage read as a share (no cue) of an indicator that is only reported as a change is a
 * change: 居民消费价格涨幅2%左右 is a rise of prices (涨幅 is not a growth cue of the extractor).
 * A ratio is not: 居民消费价格总指数为102.9% is an index level (its base is not always last year).
 */
export function kindFor(id: string, kind: FactKind, unit: string): FactKind {
  const indicator = INDICATOR_BY_ID.get(id);
  if (!indicator || unit !== "percent" || kind !== "share") return kind;
  return indicator.levelUnits.length === 0 && indicator.growth ? "growth" : kind;
}

/** True when `hit` can name a figure of this kind and unit. */
export function fits(hit: Pick<AliasHit, "id" | "growthOnly">, kind: FactKind, unit: string): boolean {
  const indicator = INDICATOR_BY_ID.get(hit.id);
  if (!indicator) return false;
  const measure = measureOf(indicator, kindFor(hit.id, kind, unit), unit);
  return measure !== null && (!hit.growthOnly || measure === "growth");
}
