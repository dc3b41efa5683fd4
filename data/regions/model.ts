import type { RegionRef } from "../types.ts";
import type { RegionRecord } from "./build.ts";
import { REGION_LEVELS, type RegionLevel, type ZoneKind } from "./lexicon.ts";
import { divisionForms, zoneForms, zoneKind } from "./names.ts";
import records from "./regions.json" with { type: "json" };

/** A province, prefecture, county or development zone. */
export interface Region {
  /** GB/T 2260 (or NBS statistical) code, else `zone:<name>` for a zone without one. */
  id: string;
  code: string | null;
  name: string;
  level: RegionLevel;
  parent: Region | null;
  /** For zones: high-tech, economic-and-technological, or other. */
  kind: ZoneKind | null;
  /** Short name used in tables and labels (苏州高新区, 黔东南州, 内蒙古). */
  short: string;
}

/** One UTF-16 unit step of the form trie; `form` when the path so far is a whole surface form. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  form: boolean;
}

/** Every region of the reference data, plus the zones a report names by rule (see zoneFromName). */
export class RegionIndex {
  readonly regions: Region[] = [];
  readonly byId = new Map<string, Region>();
  /** Surface form → regions it can name; `weak` forms need support from the rest of the report. */
  readonly forms = new Map<string, { region: Region; weak: boolean }[]>();
  /** The forms as a character trie, so the scanner walks only as far as a name can go. */
  readonly trie: TrieNode = { next: new Map(), form: false };

  constructor(rows: readonly RegionRecord[]) {
    for (const [code, name, level, parent] of rows) {
      const levelName = REGION_LEVELS[level]!;
      const region: Region = {
        id: code ?? `zone:${name}`,
        code,
        name,
        level: levelName,
        parent: parent === -1 ? null : this.regions[parent]!,
        kind: levelName === "zone" ? zoneKind(name) : null,
        short: name,
      };
      this.add(region);
    }
  }

  /** Registers a region and its surface forms. */
  add(region: Region): Region {
    this.regions.push(region);
    this.byId.set(region.id, region);
    const forms =
      region.level === "zone"
        ? zoneForms(
            region.name,
            ancestors(region).flatMap((a) => divisionForms(a.name, a.level as Exclude<RegionLevel, "zone">).strong),
          )
        : divisionForms(region.name, region.level);
    region.short = shortest(region, forms.strong);
    for (const text of forms.strong) this.addForm(text, region, false);
    for (const text of forms.weak) this.addForm(text, region, true);
    return region;
  }

  private addForm(text: string, region: Region, weak: boolean) {
    const list = this.forms.get(text) ?? [];
    if (list.some((f) => f.region === region)) return;
    list.push({ region, weak });
    this.forms.set(text, list);
    let node = this.trie;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), form: false };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.form = true;
  }
}

/** Short label: a zone's prefix + 高新区/经开区, a prefecture's 州 form, else the full name. */
function shortest(region: Region, strong: readonly string[]): string {
  if (region.level === "zone") {
    const rule = strong.find((s) => /(?:高新区|经开区)$/.test(s) && !/国家/.test(s) && region.name.startsWith(s.slice(0, -3)));
    return rule ?? region.name;
  }
  if (region.level === "province") return strong[1] ?? region.name;
  const state = strong.find((s) => s !== region.name && /州$/.test(s));
  return state ?? region.name;
}

/** The region's ancestors, broadest first (not the region itself). */
export function ancestors(region: Region): Region[] {
  const out: Region[] = [];
  for (let r = region.parent; r; r = r.parent) out.unshift(r);
  return out;
}

/** The province a region lies in (itself for a province). */
export function provinceOf(region: Region): Region {
  let r = region;
  while (r.parent) r = r.parent;
  return r;
}

/** How many levels lie above a region (0 for a province). */
export function depth(region: Region): number {
  let n = 0;
  for (let r = region.parent; r; r = r.parent) n++;
  return n;
}

/** 江苏省/苏州市/苏州高新技术产业开发区 */
export function regionPath(region: Region): string {
  return [...ancestors(region), region].map((r) => r.name).join("/");
}

/** Whether `inner` is `outer` or lies inside it. */
export function isWithin(inner: Region, outer: Region): boolean {
  for (let r: Region | null = inner; r; r = r.parent) if (r === outer) return true;
  return false;
}

/** Which of two related regions is deeper, or null when neither contains the other. */
export function deeper(a: Region, b: Region): Region | null {
  if (isWithin(a, b)) return a;
  if (isWithin(b, a)) return b;
  return null;
}

let shared: RegionIndex | null = null;

/** The reference index, built once per process. */
export function regionIndex(): RegionIndex {
  shared ??= new RegionIndex(records as RegionRecord[]);
  return shared;
}

/** The plain-data form documents and facts carry. */
export function toRef(region: Region): RegionRef {
  return { id: region.id, name: region.name, code: region.code, level: region.level, path: regionPath(region) };
}
