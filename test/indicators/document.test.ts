// Document kind and report year from real openings (sources in each case).
import { describe, expect, it } from "vitest";
import { documentDating } from "../../data/indicators/document.ts";

describe("documentDating", () => {
  it.each([
    // 子洲县二〇二三年国民经济和社会发展统计公报 (子洲县统计局, 2024; test/fixtures/regions/): published the next year.
    [
      "子洲县二〇二三年国民经济和社会发展统计公报",
      "子洲县统计局\n\n2024年4月15日\n\n2023年是全面贯彻党的二十大精神的开局之年,全县上下在县委、县政府的坚强领导下",
      { kind: "bulletin", report_year: 2024 },
    ],
    // 2026年山东省政府工作报告 (test/fixtures/indicators/): the title's year.
    ["2026年山东省政府工作报告", "各位代表：\n现在，我代表省人民政府，向大会报告工作", { kind: "work_report", report_year: 2026 }],
    // 虎林市政府工作报告 opening (bx2200.com/baogao/db/12005.html, 2025-01-04), its title line lost: the delivery words.
    [
      "——2025年1月4日在虎林市第七届人民代表大会第七次会议上",
      "市长 曹国锋\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议,并请列席同志提出意见。\n一、2024年工作回顾",
      { kind: "work_report", report_year: 2025 },
    ],
    // 【數觀兩會】 (江蘇廣電總臺, 2025-03-07, traditional characters folded as the pipeline does): a date with a time is no date line.
    [
      "【数观两会】晒晒2024“成绩单” 绘制2025“任务书”",
      "2025年03月07日09:19 来源:江苏广电总台\n新鲜出炉的政府工作报告",
      { report_year: null },
    ],
    // News of a work report without a title year or date line: the year its targets are set for (經濟通, 2026-01-26,
    // on 北京市政府工作报告; traditional characters folded as the pipeline does).
    [
      "",
      "北京市第十六届人民代表大会第四次会议25日开幕，北京市市长殷勇作政府工作报告。报告提出，2026年经济社会发展主要预期目标包括地区生产总值增长5%左右。\n殷勇表示，2025北京全市地区生产总值5.2万亿元人民币，增长5.4%。",
      { kind: "work_report", report_year: 2026 },
    ],
    // 政府工作报告摘要与导读 (长江日报, 2025-01-17): ■ 2024年成绩单 … ■ 2025年经济社会发展的主要预期目标.
    [
      "政府工作报告摘要与导读",
      "■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右",
      { kind: "work_report", report_year: 2025 },
    ],
    // 安徽省政府工作报告要点 (决策网 juece.net, 2025-01-20): its plan part's heading names the year of its targets.
    [
      "",
      "1月20日上午,安徽省十四届人大三次会议开幕,安徽省省长王清宪作政府工作报告,要点如下:\n一、2024年工作回顾\n全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶;\n二、2025年主要目标任务\n全省地区生产总值增长5.5%以上;",
      { kind: "work_report", report_year: 2025 },
    ],
    // News of a city's work report (川观新闻, 2026-01-21, 乐山市政府工作报告): its parts name the year it plans.
    [
      "川观新闻记者 杨艺茂",
      "1月21日上午,乐山市第八届人民代表大会第七次会议开幕。\n开幕会上,乐山市市长赵迎春代表乐山市人民政府作工作报告。报告分三个部分:2025年工作回顾和“十四五”发展主要成就、“十五五”规划的总体考虑、2026年工作安排。\n今年是“十五五”开局之年。报告提出了今年乐山发展的主要预期目标:地区生产总值增长5.5%。",
      { kind: "news", report_year: 2026 },
    ],
    // A five-year plan's end year is not the report's (到2030年…主要目标).
    ["政府工作报告", "到2030年，经济社会发展主要目标是：地区生产总值年均增长5%左右。", { kind: "work_report", report_year: null }],
  ] as const)("%s", (title, text, expected) => {
    expect(documentDating(text, title)).toMatchObject(expected);
  });
});
