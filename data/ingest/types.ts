// Internal types of the ingest pipeline.
import type { EventClause } from "../events/index.ts";
import type { Encoding } from "../read/index.ts";
import type {
  DocContext,
  DocumentRow,
  EntityRow,
  ErrorRow,
  EventRow,
  FactRow,
  IndicatorValueRow,
  MentionDraft,
  MentionRow,
  SentenceRow,
  TargetLedgerRow,
} from "../types.ts";
import type { StagedRows } from "./batch.ts";

/** One file read, normalized, structured and extracted; plain data, safe to post between threads. */
export interface ProcessedDocument {
  ok: true;
  document: DocumentRow;
  /** In-process view (UTF-16 offsets) handed to entity and event finders. */
  context: DocContext;
  sentences: SentenceRow[];
  facts: FactRow[];
  /** Mentions before corpus-level resolution (UTF-16 offsets into the text). */
  mentions: MentionDraft[];
  /** Events found in the text alone (linkCorpus adds their entities), or why finding them failed. */
  events: { ok: true; clauses: EventClause[] } | { ok: false; message: string };
  /** Boilerplate lines removed from the text (扫码下载…, 编辑：…). */
  dropped: string[];
  /** Encoding of text formats (txt, md, html); null for Word and PDF. */
  encoding: Encoding | null;
  /**
   * Sentences and facts as batches to stage (a worker's, for ingestToParquet): `sentences` and
   * `context.sentences` are then empty and `facts` holds only the facts the corpus-level steps read
   * (corpusFacts). Those steps read the context's text, title, region and year, never its sentences
   * (ingestToParquet's bytes are checked against writeParquet(ingest())'s in test/ingest/stream.test.ts).
   */
  staged?: StagedRows;
}

/** One file that could not be ingested, and why. */
export interface ProcessFailure {
  ok: false;
  error: ErrorRow;
}

/** Outcome of `processDocument` for one file. */
export type ProcessResult = ProcessedDocument | ProcessFailure;

/** Every table's rows, sorted by file then offset (entities by id). */
export interface IngestResult {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  facts: FactRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  events: EventRow[];
  errors: ErrorRow[];
  /** Derived: the analyst's table, one row per region × indicator × measure × year × target/result. */
  indicator_values: IndicatorValueRow[];
  /** Derived: targets beside the results reported for their year. */
  target_ledger: TargetLedgerRow[];
}

/** Progress after each file, for a progress display. */
export interface Progress {
  done: number;
  total: number;
  file: string;
}

/** Options of `ingest`. */
export interface IngestOptions {
  /** Worker threads for per-document processing; 1 (default) runs in this thread. */
  workers?: number;
  /** Directory `DocumentRow.file` is relative to; default the current directory. */
  root?: string;
  /** Called after each file is processed. */
  onProgress?: (progress: Progress) => void;
  /**
   * Per-file budget (milliseconds of processing, megabytes of worker heap): a file over it becomes
   * an error row (超过处理时限 / 超过内存上限) and the others are written. Setting either runs the
   * files in worker threads even with `workers` 1, since only a worker can be stopped.
   */
  limits?: { timeMs?: number; timeMsPerMb?: number; memoryMb?: number };
  /** Paths the walk could not use (listInputs): each becomes an error row at stage "read". */
  skipped?: readonly { path: string; message: string }[];
}

/** Corpus-level rows: entities resolved across documents, their mentions, events, and findEvents failures. */
export interface Linked {
  entities: EntityRow[];
  mentions: MentionRow[];
  events: EventRow[];
  errors: ErrorRow[];
}
