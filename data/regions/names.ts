import { NATIONALITIES, type RegionLevel, ZONE_ENDINGS, ZONE_INFIXES, type ZoneKind } from "./lexicon.ts";

/** Surface forms of a region: `strong` ones name it outright, `weak` ones (海淀, 微山) only with support. */
export interface RegionForms {
  strong: string[];
  weak: string[];
}

// 新疆维吾尔自治区 is the one autonomous area whose name drops 族.
const NATIONALITY = `(?:(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join("|")})族|维吾尔)`;
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:${NATIONALITY})+自治(州|县|旗|区)$`);

/**
 * Forms of a division's name by rule: 内蒙古自治区 → 内蒙古, 黔东南苗族侗族自治州 → 黔东南州/黔东南,
 * 苏州市 → 苏州, 大兴安岭地区 → 大兴安岭, 海淀区 → 海淀 (weak: county short forms are often words).
 * 兴安盟 keeps its full name: 兴安 alone is part of other names.
 */
export function divisionForms(name: string, level: Exclude<RegionLevel, "zone">): RegionForms {
  const strong = [name];
  const weak: string[] = [];
  const auto = AUTONOMOUS.exec(name);
  if (auto) {
    const [, base, unit] = auto as unknown as [string, string, string];
    if (unit !== "区") strong.push(base + unit);
    (level === "county" ? weak : strong).push(base);
    return { strong, weak };
  }
  const special = /^(.{2,})(?:特别行政区|自治区)$/.exec(name);
  if (special) return { strong: [name, special[1]!], weak };
  const plain = /^(.{2,}?)(省|市|地区|县|区)$/.exec(name);
  if (plain && !/^(?:新|城|郊|矿|市中|东|西|南|北)$/.test(plain[1]!)) {
    (level === "county" ? weak : strong).push(plain[1]!);
  }
  return { strong, weak };
}

/** The ending of a zone's name (高新技术产业开发区 …) and what precedes it, or null. */
export function splitZoneName(name: string): { prefix: string; ending: (typeof ZONE_ENDINGS)[number] } | null {
  for (const ending of ZONE_ENDINGS) {
    if (name.endsWith(ending.full) && name.length > ending.full.length) {
      return { prefix: name.slice(0, -ending.full.length), ending };
    }
  }
  return null;
}

/** Kind of a zone from its name: 高新 → hitech, 经济(技术)开发区 → etdz, else other. */
export function zoneKind(name: string): ZoneKind {
  return splitZoneName(name)?.ending.kind ?? (/高新|高技术/.test(name) ? "hitech" : /经济技术开发区|经开区/.test(name) ? "etdz" : "other");
}

/**
 * Forms of a zone's name by rule: the full name; prefix + short ending (苏州高新区, 南京经开区); with
 * 国家/国家级 between (苏州国家高新区); and the same without a leading province or host-city name
 * (惠州仲恺高新区 → 仲恺高新区) when at least two characters remain.
 * `placeShorts` are the short names of the zone's province and host city.
 */
export function zoneForms(name: string, placeShorts: readonly string[]): RegionForms {
  const strong = new Set([name]);
  const split = splitZoneName(name);
  const prefixes = new Set<string>();
  const tails = new Set<string>([split?.ending.full ?? ""]);
  if (split) tails.add(split.ending.short);
  const base = split?.prefix ?? "";
  if (split) prefixes.add(base);
  for (const place of placeShorts) {
    for (const p of [...prefixes]) {
      if (p.startsWith(place) && p.length - place.length >= 2) prefixes.add(p.slice(place.length));
    }
  }
  for (const p of prefixes) {
    for (const tail of tails) {
      if (!tail) continue;
      strong.add(p + tail);
      for (const infix of ZONE_INFIXES) strong.add(p + infix + (split?.ending.short ?? tail));
    }
  }
  return { strong: [...strong], weak: [] };
}

/** Label for tables and charts by rule: 苏州高新区, 黔东南州, 内蒙古, else the full name. */
export function regionLabel(name: string, level: RegionLevel): string {
  if (level === "zone") {
    const split = splitZoneName(name);
    return split ? split.prefix + split.ending.short : name;
  }
  const forms = divisionForms(name, level);
  if (level === "province") return forms.strong[1] ?? name;
  return forms.strong.find((s) => s !== name && s.endsWith("州")) ?? name;
}
