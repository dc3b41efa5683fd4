// Row types of the tables `npm run ingest` writes. All `start`/`end` offsets are
// Unicode code points into `DocumentRow.text` (end exclusive).

/** Level of a region: province, prefecture, county or development zone (省级/地级/县级/开发区). */
export type RegionLevel = "province" | "prefecture" | "county" | "zone";

/** A region as documents and facts carry it (see data/regions/). */
export interface RegionRef {
  /** Region index id: the code, or `zone:<name>` for a zone without one. */
  id: string;
  name: string;
  code: string | null;
  level: RegionLevel;
  /** Names from the province down, joined by "/". */
  path: string;
}

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
  /** Canonical name of the region the report is about, or null when the evidence is weak or tied. */
  region: string | null;
  /** GB/T 2260 code (an NBS statistical code for a zone), or null (also for zones without one). */
  region_code: string | null;
  /** province, prefecture, county or zone (省级/地级/县级/开发区), or null. */
  region_level: RegionLevel | null;
  /** Names from the province down, joined by "/" (山东省/济宁市/济宁高新技术产业开发区), or null. */
  region_path: string | null;
  /** The words the region was inferred from, or why it is null. */
  region_basis: string;
  /** Year the report is about, or null when the text gives no evidence. */
  year: number | null;
  /** The words the year was inferred from, or null. */
  year_basis: string | null;
  /** Length of `text` in code points. */
  chars: number;
  /** Hex SHA-256 of the raw file bytes. */
  sha256: string;
  /** Normalized text. */
  text: string;
}

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
  /** Region the number is about: the sentence's own place (…市增长x%, 全市), else the report's; or null. */
  region: string | null;
  /** Code of that region, or null. */
  region_code: string | null;
  /** Path of that region (山东省/济宁市), for filters by the hierarchy, or null. */
  region_path: string | null;
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
  /** For a place or park that is a region (深圳 → 440300, 济宁高新区 → 370871): its code, else null. */
  region_code: string | null;
  /** That region's path (广东省/深圳市), for links into the hierarchy, else null. */
  region_path: string | null;
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
  region: RegionRef | null;
  year: number | null;
}

/** A fact from `extractFacts`; `start`/`end` are UTF-16 indices into the sentence text. */
export type FactDraft = Omit<FactRow, "fact_id" | "doc_id" | "sentence_id" | "region" | "region_code" | "region_path">;

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
  region: RegionRef | null;
  region_basis: string;
  year: number | null;
  year_basis: string | null;
}
