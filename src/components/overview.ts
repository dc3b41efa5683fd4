// The overview's region filter over its build-time summary (src/contract/summary.ts):
// which regions it offers, and the reports, indicators and amounts in one of them.
import type { CorpusCell, HeadlineRow, LargestAmount, ReportSummary, Summary } from "../contract/summary.js";
import { NO_REGION, regionLabel } from "./palette.js";

/** Every level of every report's region path (江苏省 ⊃ 江苏省/苏州市 ⊃ its zones), sorted; "" (all) first, NO_REGION last when some report has none. */
export function regionOptions(reports: readonly Pick<ReportSummary, "region_path">[]): string[] {
  const paths = new Set<string>();
  for (const r of reports) {
    const parts = r.region_path?.split("/") ?? [];
    for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join("/"));
  }
  const sorted = [...paths].sort((a, b) => a.localeCompare(b, "zh-CN"));
  return ["", ...sorted, ...(reports.some((r) => !r.region_path) ? [NO_REGION] : [])];
}

/** How an option reads in the select: 全部, the unknown label, or the last level indented by depth. */
export function regionOptionLabel(option: string): string {
  if (option === "") return "全部";
  if (option === NO_REGION) return NO_REGION;
  const parts = option.split("/");
  return `${"　".repeat(parts.length - 1)}${regionLabel(parts.at(-1)!)}`;
}

/** Whether a row lies in the region option (the region itself or below it). */
export function inRegion(option: string): (row: { region_path: string | null }) => boolean {
  if (option === "") return () => true;
  if (option === NO_REGION) return (row) => !row.region_path;
  return (row) => row.region_path === option || (row.region_path ?? "").startsWith(`${option}/`);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The overview's rows in one region: reports by region path (unknown first), year (latest first, unknown last) and file. */
export function overviewIn(
  summary: Summary,
  option: string,
): { reports: ReportSummary[]; headline: HeadlineRow[]; largest: LargestAmount[]; corpus: CorpusCell[]; gdp: HeadlineRow[] } {
  const keep = inRegion(option);
  const reports = summary.reports
    .filter(keep)
    .sort(
      (a, b) =>
        (a.region_path === null ? (b.region_path === null ? 0 : -1) : b.region_path === null ? 1 : cmp(a.region_path, b.region_path)) ||
        (a.year === null ? (b.year === null ? 0 : 1) : b.year === null ? -1 : b.year - a.year) ||
        cmp(a.file, b.file),
    );
  const headline = summary.headline.filter(keep);
  return {
    reports,
    headline,
    largest: summary.largest.filter(keep),
    corpus: summary.corpus.filter(keep),
    gdp: latestPerRegion(headline.filter((h) => h.indicator === "地区生产总值" && h.amount)),
  };
}

/** Per region (or report, while its region is unknown) its latest figure: the latest year, a whole year before its parts. */
export function latestPerRegion(rows: readonly HeadlineRow[]): HeadlineRow[] {
  const best = new Map<string, HeadlineRow>();
  const rank = (h: HeadlineRow) => (h.year ?? -1) * 2 + (h.period ? 0 : 1);
  for (const h of rows) {
    const key = h.region_path ?? `${h.region_short}|${h.doc_id}`;
    const seen = best.get(key);
    if (!seen || rank(h) > rank(seen)) best.set(key, h);
  }
  return [...best.values()];
}

/** The regions of the corpus by how many reports they have (most first), the unknown label left out. */
export function namedRegions(reports: readonly Pick<ReportSummary, "region_short">[]): string[] {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.region_short, (counts.get(r.region_short) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN"))
    .map(([r]) => r)
    .filter((r) => r !== NO_REGION);
}
