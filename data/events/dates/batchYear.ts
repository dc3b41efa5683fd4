/**
 * The year of the batch or period a dated clause names (3月8日，呈贡区举行2024年一季度重点项目集中开工仪式 → 2024), for
 * a day or month written without its year; null when the clause names none, names two years, or names a period a
 * happening in `month` may belong to the year before or after (12月28日…2024年一季度… is that batch's start in 2023).
 */
export function batchYear(clause: string, month: number): { year: number; text: string } | null {
  const found = [...clause.matchAll(BATCH)];
  if (found.length === 0) return gatheringYear(clause);
  const years = new Set(found.map((m) => m[1]));
  if (found.length === 0 || years.size > 1) return null;
  const m = found[0]!;
  const early = /^第?[一二1]季度|^春季|^上半年/.test(m[2] ?? "");
  const late = /^第?[四4]季度|^冬季|^下半年/.test(m[2] ?? "");
  // A bare year names a batch only before project words (2021年重大项目, 2015年第一批); 2022年度 and 2022年工作总结会
  // name the year under review, which a meeting early the next year looks back on.
  if (m[2] === undefined && (m[0].endsWith("度") || !BATCH_WORDS.test(clause.slice(m.index! + m[0].length)))) return gatheringYear(clause);
  const namedMonth = m[3] ? Number(m[3]) : null;
  if (namedMonth !== null && namedMonth !== month) return null;
  if (month >= 11 && (early || (m[2] ?? "") === "")) return null;
  if (month <= 2 && late) return null;
  return { year: Number(m[1]), text: m[0] };
}

/** What a bare year names a batch with (2021年重大项目集中开工, 2015年第一批重大工程项目, 2023年经开区重大项目). */
const BATCH_WORDS = /^[^，,。；;]{0,6}?(?:首批|第[一二三四五六七八九十\d]+批|重点|重大|项目|集中)/;

/**
 * 2024年一季度, 2022年第三季度, 2021年春季, 2023年上半年, 2023年1月份, 2021年 (a batch: 2021年重大项目), and a year named by
 * its campaign before the period (2024项目创优年三季度, 2025项目提效年一季度).
 */
const BATCH =
  /((?:19|20)\d{2})(?:年度?|\p{Script=Han}{2,5}年(?=第?[一二三四1-4]季度|[春夏秋冬]季|[上下]半年))((?:第?[一二三四1-4]季度|[春夏秋冬]季|[上下]半年)|(\d{1,2})月份?)?/gu;

/**
 * A gathering named with its year (2021西宁城市发展投资洽谈会, 「2016年粵澳合作聯席會議」於6月21日…舉行): the clause's happening is
 * that gathering, held in that year. Not a meeting that looks back on a year (2022年度工作总结表彰大会, held early the next).
 */
const GATHERING =
  /((?:19|20)\d{2})年?(?!度)[^，,。；;\d]{0,14}?(?:博览会|交易会|洽谈会|洽谈周|推介会|招商会|峰会|论坛|展览会|展会|联席会议|运动会|文化节|旅游节|艺术节)/gu;
const LOOKS_BACK = /总结|表彰|回顾|述职|考核|年终/;

function gatheringYear(clause: string): { year: number; text: string } | null {
  const found = [...clause.matchAll(GATHERING)].filter((m) => !LOOKS_BACK.test(m[0]));
  const years = new Set(found.map((m) => m[1]));
  if (found.length === 0 || years.size > 1) return null;
  return { year: Number(found[0]![1]), text: found[0]![0] };
}

/**
 * The year after the one a meeting early in a year looks back on (1月30日，…召开2023年工作总结暨2024年工作部署大会; 1月10日，全县召开
 * 2022年工作总结暨表彰大会; 3月5日，…2022年度目标考核表彰大会): such meetings are held after the year they review ends, so a day of
 * January to April is in the next year. Null for a later month (a December 年终总结 may be the same year) or when the clause names
 * another year than the next.
 */
export function lookBackYear(clause: string, month: number): { year: number; text: string } | null {
  if (month > 4) return null;
  const m = LOOK_BACK.exec(clause);
  if (!m) return null;
  const year = Number(m[1]) + 1;
  const others = [...clause.matchAll(/(?:19|20)\d{2}/g)].map((x) => Number(x[0])).filter((y) => y !== year - 1);
  return others.every((y) => y === year) ? { year, text: m[0] } : null;
}
const LOOK_BACK = /((?:19|20)\d{2})年度?[^，,。；;\d]{0,8}?(?:总结|考核|表彰|述职)/;
