// Row types of the tables `npm run ingest` writes. All `start`/`end` offsets are
// Unicode code points into `DocumentRow.text` (end exclusive).

/** Zone a report is about (canonical name), or null. */
export type Zone = "济宁经济技术开发区" | "济宁高新技术产业开发区" | null;

/** One report, normalized; `text` is what every offset points into. */
export interface DocumentRow {
  /** Stable id derived from the file's content hash. */
  doc_id: string;
  /** Path relative to the ingest root, with forward slashes. */
  file: string;
  /** Title as printed. */
  title: string;
  /** Subtitle as printed, or null. */
  subtitle: string | null;
  /** Byline (通讯员/记者 names) as printed, or null. */
  byline: string | null;
  /** Canonical zone name, or null. */
  zone: Zone;
  /** Year the report is about, or null when the text gives no evidence. */
  year: number | null;
  /** The words the year was inferred from, or null. */
  year_basis: string | null;
  /** What kind of report it is (work_report 政府工作报告, bulletin 统计公报, review 年终总结/回顾, news 新闻, other), or null when it cannot be told. */
  kind: DocumentKind | null;
  /** Year the report was written or delivered (a 2026 work report reviews 2025), or null. */
  report_year: number | null;
  /** The words `report_year` was inferred from, or null. */
  report_year_basis: string | null;
  /** Length of `text` in code points. */
  chars: number;
  /** Hex SHA-256 of the raw file bytes. */
  sha256: string;
  /** Normalized text. */
  text: string;
}

/** Kind of report. */
export type DocumentKind = "work_report" | "bulletin" | "news" | "review" | "other";

/** Span of time a figure refers to: a whole year, a half, a quarter, months from January (1-8月), one month, a date. */
export type RefPeriod = "year" | "half" | "quarter" | "months" | "month" | "date";

/** One sentence of a document. */
export interface SentenceRow {
  doc_id: string;
  /** `<doc_id>-s<index>`, stable for the same input. */
  sentence_id: string;
  /** Heading of the section the sentence is in, or null. */
  section: string | null;
  start: number;
  end: number;
  text: string;
}

/** Kind of a quantitative fact. */
export type FactKind = "amount" | "count" | "growth" | "share" | "ratio" | "rank" | "measure";

/** How a number is qualified in the text. */
export type Qualifier = "approx" | "more_than" | "at_least" | "less_than" | "at_most" | null;

/** One quantity found in a sentence. */
export interface FactRow {
  /** `<sentence_id>-f<start>` (start in code points), stable. */
  fact_id: string;
  doc_id: string;
  sentence_id: string;
  start: number;
  end: number;
  /** Exact slice of the document text. */
  text: string;
  /** Value in the base unit (yuan, percent, pp, mu, m2, km, m, t, hp, km/h, count, rank). */
  value: number;
  /** Base unit: CNY, USD, percent, pp, mu, m2, km, m, t, hp, km/h, count, rank. */
  unit: string;
  /** Unit as written (亿元, %, 个百分点, 家 …). */
  unit_text: string | null;
  /** Classifier for counts (个, 家, 项 …), or null. */
  classifier: string | null;
  kind: FactKind;
  qualifier: Qualifier;
  /** The thing measured, e.g. 地区生产总值, or null. */
  metric: string | null;
  /** Period as written (上半年, 1-8月份, 2023年 …), or null. */
  period: string | null;
  /** True for plans and goals, false for results. */
  is_target: boolean;
  /** Why `is_target` is what it is (section 二、2026年工作安排, list 主要预期目标为, cue 力争 …), or null. */
  target_basis: string | null;
  /** Canonical indicator id (see data/indicators/registry.ts: gdp, cpi, urban_jobs …), or null when none fits. */
  indicator: string | null;
  /** Lower bound when the number is one end of a range (5%—5.5%, 6-8亿元), in the base unit, else null. */
  value_low: number | null;
  /** Upper bound of a range, else null. */
  value_high: number | null;
  /** Year the figure refers to (absolute), or null when the text does not tell. */
  ref_year: number | null;
  /** Span within `ref_year` the figure covers, or null. */
  ref_period: RefPeriod | null;
  /** How `ref_year` was resolved (explicit 2025年, 今年 → 2026, section 一、2025年工作回顾 …), or null. */
  ref_basis: string | null;
}

/** Entity type. */
export type EntityType = "company" | "institution" | "government" | "park" | "place" | "person" | "project";

/** One resolved entity across the corpus. */
export interface EntityRow {
  /** Stable id derived from type and canonical name. */
  entity_id: string;
  /** Canonical (longest, most complete) name. */
  name: string;
  type: EntityType;
  /** Every surface form seen, sorted. */
  aliases: string[];
  /** Number of mentions. */
  mentions: number;
  /** Number of documents mentioning it. */
  docs: number;
}

/** One mention of an entity. */
export interface MentionRow {
  entity_id: string;
  doc_id: string;
  sentence_id: string;
  start: number;
  end: number;
  text: string;
  /** Role where the text gives one (e.g. 市委副书记), or null. */
  role: string | null;
}

/** Precision of an event date. */
export type DatePrecision = "day" | "month" | "quarter" | "half" | "year";

/** One dated happening. */
export interface EventRow {
  event_id: string;
  doc_id: string;
  sentence_id: string;
  /** ISO date (first day of the period), or null when only a day without month is given. */
  date: string | null;
  precision: DatePrecision | null;
  /** ISO end date for ranges, or null. */
  end_date: string | null;
  /** How the date was determined, e.g. "explicit" or "year from report: 2023". */
  date_basis: string;
  /** Action: 签约, 开工, 投产, 上市, 下线, 开园, 会议, 上线, 获批, 合龙 … */
  action: string;
  /** The clause describing the event. */
  text: string;
  /** Code-point offsets of `text` in the document. */
  start: number;
  end: number;
  /** Amount in yuan when stated, or null. */
  amount_cny: number | null;
  /** Number of projects when stated, or null. */
  project_count: number | null;
  /** Entities involved. */
  entity_ids: string[];
}

/** One cell of the analyst's table: region × indicator × measure × reference year × target or result. */
export interface IndicatorValueRow {
  /** Region of the figures (documents.region / facts.region), or null when not known (then one row per document). */
  region: string | null;
  /** Canonical indicator id (data/indicators/registry.ts). */
  indicator: string;
  /** level (an amount, count or rate) or growth (a change in percent). */
  measure: "level" | "growth";
  /** Year the figures refer to, or null when the report does not tell (a zone report without a year). */
  ref_year: number | null;
  /** Span within the year (facts.ref_period): year, half, quarter, months, month, date, or null. */
  ref_period: RefPeriod | null;
  /** The period as written when the span is shorter than a year (上半年, 1-8月份), else null. */
  period: string | null;
  /** target or result. */
  scope: "target" | "result";
  /** The fact chosen for the cell. */
  fact_id: string;
  doc_id: string;
  sentence_id: string;
  /** The chosen fact's value (the lower end for a range) and unit. */
  value: number;
  value_low: number | null;
  value_high: number | null;
  unit: string;
  qualifier: Qualifier;
  /** The chosen fact's text (5.5%左右). */
  text: string;
  /** Number of other facts that could fill the cell, and their ids. */
  alternatives: number;
  alternative_ids: string[];
  /** Why this fact was chosen. */
  basis: string;
}

/** A target of year N beside the result reported for the same region, indicator and year. */
export interface TargetLedgerRow {
  region: string;
  indicator: string;
  measure: "level" | "growth";
  /** The year the target was set for. */
  year: number;
  target_fact_id: string;
  target_doc_id: string;
  target_value: number;
  target_low: number | null;
  target_high: number | null;
  target_qualifier: Qualifier;
  unit: string;
  /** The result reported for the same year (another document, usually the next year's report), or null. */
  result_fact_id: string | null;
  result_doc_id: string | null;
  result_value: number | null;
  /** result − target (the target's lower bound for a floor, its upper bound for a ceiling), or null. */
  gap: number | null;
  /** Whether the result meets the target (at or above a floor, at or below a ceiling such as unemployment or CPI), or null without a result. */
  met: boolean | null;
}

/** One file that could not be read or parsed. */
export interface ErrorRow {
  file: string;
  /** Stage that failed: read, decode, normalize, structure, extract, write. */
  stage: string;
  message: string;
}

// ---- In-process shapes shared by the pipeline stages. Offsets here are UTF-16
// indices (JavaScript string indices); the pipeline converts them to code points
// only when it builds rows.

/** A sentence while processing; `start`/`end` are UTF-16 indices into the document text. */
export interface SentenceSpan {
  sentence_id: string;
  section: string | null;
  start: number;
  end: number;
  text: string;
}

/** A normalized document while processing. */
export interface DocContext {
  doc_id: string;
  /** Normalized text (as stored in documents.text). */
  text: string;
  title: string;
  sentences: SentenceSpan[];
  zone: Zone;
  year: number | null;
}

/** A fact from `extractFacts`; `start`/`end` are UTF-16 indices into the sentence text. Reference time is resolved per document, later. */
export type FactDraft = Omit<FactRow, "fact_id" | "doc_id" | "sentence_id" | "ref_year" | "ref_period" | "ref_basis"> &
  Partial<Pick<FactRow, "ref_year" | "ref_period" | "ref_basis">>;

/** A mention before corpus-level resolution; `start`/`end` are UTF-16 indices into the document text. */
export interface MentionDraft {
  doc_id: string;
  sentence_id: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical name when a gazetteer or rule knows it, else null. */
  canonical: string | null;
  role: string | null;
}

/** A mention after resolution (still UTF-16 offsets into the document text). */
export type ResolvedMention = MentionDraft & { entity_id: string };

/** An event before the pipeline converts offsets; `start`/`end` are UTF-16 indices into the document text. */
export type EventDraft = EventRow;

/** Document metadata inferred from the text. */
export interface DocumentMeta {
  zone: Zone;
  year: number | null;
  year_basis: string | null;
}
