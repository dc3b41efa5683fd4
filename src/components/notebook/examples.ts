// Example queries for the common questions, insertable as cells.
import type { ExampleQuery } from "./types.js";

/** The examples, in the order the menu lists them. */
export const EXAMPLES: readonly ExampleQuery[] = [
  {
    title: "各地区、各年份的最大金额",
    question: "每个地区每一年报告中最大的一笔金额（不含目标）是什么？",
    sql: `-- 每个地区、每个年份金额最大的事实（元），不含目标值；地区是数字所属的地区（句子自己的地方，否则报告的地区）
SELECT f.region AS 地区, d.year AS 年份, f.metric AS 指标, f.value AS 金额_元, f.text AS 原文, f.fact_id
FROM facts AS f JOIN documents AS d USING (doc_id)
WHERE f.unit = 'CNY' AND f.kind = 'amount' AND NOT f.is_target
QUALIFY row_number() OVER (PARTITION BY f.region, d.year ORDER BY f.value DESC) = 1
ORDER BY 地区, 年份`,
  },
  {
    title: "增长率与排名",
    question: "报告里有哪些增长率？同一年内谁增长最快？",
    sql: `-- 增长率（%）及其在同一年份内的排名
SELECT d.year AS 年份, f.metric AS 指标, f.value AS 增长率, rank() OVER (PARTITION BY d.year ORDER BY f.value DESC) AS 年内排名,
  f.period AS 期间, f.text AS 原文
FROM facts AS f JOIN documents AS d USING (doc_id)
WHERE f.kind = 'growth' AND f.unit = 'percent'
ORDER BY 年份, 年内排名`,
  },
  {
    title: "每月事件数",
    question: "每个月发生了多少签约、开工、投产等事件？",
    sql: `-- 按月统计有日期的事件
SELECT date_trunc('month', date) AS 月份, count(*) AS 事件数, string_agg(DISTINCT action, '、') AS 类型
FROM events
WHERE date IS NOT NULL
GROUP BY 月份
ORDER BY 月份`,
  },
  {
    title: "提及最多的企业",
    question: "哪些企业被提及的次数最多，出现在几篇报告里？",
    sql: `-- 企业按提及次数排序
SELECT e.name AS 企业, count(*) AS 提及次数, count(DISTINCT m.doc_id) AS 报告数
FROM mentions AS m JOIN entities AS e USING (entity_id)
WHERE e.type = 'company'
GROUP BY e.name
ORDER BY 提及次数 DESC, 企业
LIMIT 20`,
  },
  {
    title: "目标与实绩",
    question: "各类数字中，有多少是计划目标、多少是已完成的结果？",
    sql: `-- 按种类统计目标值与实绩值的条数
SELECT kind AS 种类, count(*) FILTER (WHERE is_target) AS 目标, count(*) FILTER (WHERE NOT is_target) AS 实绩
FROM facts
GROUP BY kind
ORDER BY 目标 + 实绩 DESC`,
  },
  {
    title: "目标值明细",
    question: "报告里提出了哪些目标？原句是什么？",
    sql: `-- 所有目标值及原句
SELECT d.year AS 年份, f.metric AS 指标, f.text AS 数值, s.text AS 原句, f.fact_id
FROM facts AS f JOIN sentences AS s USING (sentence_id) JOIN documents AS d ON d.doc_id = f.doc_id
WHERE f.is_target
ORDER BY 年份, f.start`,
  },
  {
    title: "各报告的事实数",
    question: "每篇报告抽取出多少条数字事实？",
    sql: `-- 每篇报告的事实条数
SELECT d.title AS 报告, d.year AS 年份, count(f.fact_id) AS 事实数
FROM documents AS d LEFT JOIN facts AS f USING (doc_id)
GROUP BY ALL
ORDER BY 事实数 DESC`,
  },
];
