/**
 * The year of the batch or period a dated clause names (3月8日，呈贡区举行2024年一季度重点项目集中开工仪式 → 2024), for
 * a day or month written without its year; null when the clause names none, names two years, or names a period a
 * happening in `month` may belong to the year before or after (12月28日…2024年一季度… is that batch's start in 2023).
 */
export function batchYear(clause: string, month: number): { year: number; text: string } | null {
  const found = [...clause.matchAll(BATCH)];
  const years = new Set(found.map((m) => m[1]));
  if (found.length === 0 || years.size > 1) return null;
  const m = found[0]!;
  const early = /^第?[一二1]季度|^春季|^上半年/.test(m[2] ?? "");
  const late = /^第?[四4]季度|^冬季|^下半年/.test(m[2] ?? "");
  const namedMonth = m[3] ? Number(m[3]) : null;
  if (namedMonth !== null && namedMonth !== month) return null;
  if (month >= 11 && (early || (m[2] ?? "") === "")) return null;
  if (month <= 2 && late) return null;
  return { year: Number(m[1]), text: m[0] };
}

/** 2024年一季度, 2022年第三季度, 2021年春季, 2023年上半年, 2023年1月份, 2021年 (a batch: 2021年重大项目). */
const BATCH = /((?:19|20)\d{2})年度?((?:第?[一二三四1-4]季度|[春夏秋冬]季|[上下]半年)|(\d{1,2})月份?)?/g;
