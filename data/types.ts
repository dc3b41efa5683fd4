// Row types of the tables `npm run ingest` writes. All `start`/`end` offsets are
// Unicode code points into `DocumentRow.text` (end exclusive).

// Row types of the tables `npm run ingest` writes are derived from the data
// contract (src/contract): one declaration per table, used by the pipeline, the
// loaders and the pages. All `start`/`end` offsets are Unicode code points into
// `DocumentRow.text` (end exclusive).
import type { DocumentRow, EntityRow, EventRow, FactRow } from "../src/contract/index.ts";

export type {
  DocumentRow,
  EntityRow,
  ErrorRow,
  EventRow,
  FactRow,
  IndicatorValueRow,
  MentionRow,
  SentenceRow,
  TargetLedgerRow,
} from "../src/contract/index.ts";

/** Level of a region: province, prefecture, county or development zone (省级/地级/县级/开发区). */
export type RegionLevel = NonNullable<DocumentRow["region_level"]>;

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

/** Kind of a quantitative fact. */
export type FactKind = FactRow["kind"];

/** How a number is qualified in the text. */
export type Qualifier = FactRow["qualifier"];

/** Base unit of a fact's value. */
export type FactUnit = FactRow["unit"];

/** Entity type. */
export type EntityType = EntityRow["type"];

/** Precision of an event date. */
export type DatePrecision = NonNullable<EventRow["precision"]>;

/** How an event's date was determined. */
export type DateBasis = EventRow["date_basis"];

/** What kind of report a document is. */
export type DocumentKind = NonNullable<DocumentRow["kind"]>;

/** Span within a year a figure covers. */
export type RefPeriod = NonNullable<FactRow["ref_period"]>;

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
  /** ISO date the file's metadata says it was published (HTML, Markdown front matter), when it says so. */
  published?: string | null;
  /** `toMatchView(text)` (same length), when the caller has computed it already; rules match there, spans point into `text`. */
  view?: string;
}

/** A fact from `extractFacts`; `start`/`end` are UTF-16 indices into the sentence text. Reference time is resolved per document, later. */
export type FactDraft = Omit<
  FactRow,
  "fact_id" | "doc_id" | "sentence_id" | "region" | "region_code" | "region_path" | "ref_year" | "ref_period" | "ref_basis"
> &
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
  region: RegionRef | null;
  region_basis: string;
  year: number | null;
  year_basis: string | null;
}
