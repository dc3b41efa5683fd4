import type { DocumentKind } from "../types.ts";

/** How much of the text's opening is searched for the kind and the date line (title block, dateline, byline). */
const OPENING = 400;

/** Kind of report by the words of its title or opening, first match wins. */
const KIND_RULES: ReadonlyArray<readonly [DocumentKind, RegExp]> = [
  // …or its opening words when the title is lost (现在，我代表市人民政府向大会报告工作; 区长 delivering to 人民代表大会).
  ["work_report", /政府工作报告|人民政府工作报告|代表\p{Script=Han}{0,12}人民政府[，,]?向大会(?:作|报告)/u],
  ["bulletin", /统计公报|国民经济和社会发展统计/],
  ["review", /回望|回顾|盘点|年终总结|工作总结|年度总结/],
  ["news", /本报讯|本报记者|通讯员|记者|新华社|日电/],
];

/** The year of a work report's or bulletin's title (2026年山东省政府工作报告, 山东省2024年国民经济和社会发展统计公报). */
const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
/** A delivery or publication line: ——2026年1月27日在山东省…人民代表大会…上, 时间：2026-02-01, 发布日期：2025年3月1日. */
const DATE_LINES: readonly RegExp[] = [
  /[—―\-（(]{0,2}\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在[^。]{0,40}(?:人民代表大会|人代会)/,
  /(?:时间|日期|发布时间|发布日期|发布)[：:]\s*((?:19|20)\d{2})(?:[-年./]\d{1,2})/,
  // A line that is only a full date, bare, in brackets or after a paper's name (长江日报 2025年01月17日; a bulletin's （2024年4月8日）).
  /^[ \t(（]*(?:\p{Script=Han}{2,10}(?:日报|晚报|报)[ \t]+)?((?:19|20)\d{2})[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t)）]*$/mu,
];

/**
 * The year a work report sets its targets for or plans (2026年经济社会发展主要预期目标是：…; 二、2025年主要目标任务; 2026年工作
 * 安排; not 到2030年…) is the year it is delivered: for a report, or news of one, whose title and date line are lost.
 */
const TARGET_YEAR =
  /(?<![到至]\s*)((?:19|20)\d{2})\s*年(?:[^。\n；;]{0,16}?(?:预期目标|主要目标)|(?:工作安排|重点工作|主要工作任务|工作部署))/;
/** News of a work report (乐山市市长…作工作报告; 报告分三个部分：2025年工作回顾…、2026年工作安排): dated like the report. */
const REPORTED = /工作报告/;

export interface DocumentDating {
  kind: DocumentKind | null;
  /** Year the report was written or delivered. */
  report_year: number | null;
  report_year_basis: string | null;
  /** Year the report's figures describe when the document says so as a whole (a bulletin's title year), else null. */
  data_year: number | null;
}

/**
 * Kind and dates of a report from its title and opening lines. A work report is delivered in the
 * year of its title (and reviews the year before); a bulletin describes the year of its title and
 * is published later, so its report year comes only from a date line. Anything else gets a report
 * year only from a date line: unknown beats a guess.
 */
export function documentDating(text: string, title: string): DocumentDating {
  if (typeof text !== "string" || typeof title !== "string")
    throw new TypeError(`documentDating(text, title) expects two strings, got ${typeof text} and ${typeof title}`);
  const opening = `${title}\n${text.slice(0, OPENING)}`;
  const kind = KIND_RULES.find(([, pattern]) => pattern.test(title))?.[0] ?? KIND_RULES.find(([, p]) => p.test(opening))?.[0] ?? null;
  const titleYear = TITLE_YEAR.exec(title);
  const dateLine = DATE_LINES.map((p) => p.exec(opening)).find((m) => m !== null);
  let report_year: number | null = null;
  let report_year_basis: string | null = null;
  if (kind === "work_report" && titleYear) {
    report_year = Number(titleYear[1]);
    report_year_basis = `title: ${title}`;
  } else if (dateLine) {
    report_year = Number(dateLine[1]);
    report_year_basis = `date line: ${dateLine[0].trim()}`;
  } else if (kind === "work_report" || (kind === "news" && REPORTED.test(opening))) {
    const targets = TARGET_YEAR.exec(text);
    if (targets) {
      report_year = Number(targets[1]);
      report_year_basis = `targets of its year: ${targets[0]}`;
    }
  }
  const data_year = kind === "bulletin" && titleYear ? Number(titleYear[1]) : null;
  return { kind, report_year, report_year_basis, data_year };
}
