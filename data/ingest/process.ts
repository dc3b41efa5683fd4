import { findMentions } from "../entities/index.ts";
import { publishedFromLines } from "../events/dates/dateline.ts";
import { findEventClauses } from "../events/index.ts";
import { extractFacts, findTableFacts, placeInSentence } from "../extract/index.ts";
import { documentScope, resolveDrafts } from "../indicators/resolve.ts";
import { inferDocumentMeta } from "../meta/index.ts";
import { normalizeText, toMatchView } from "../normalize/index.ts";
import { type ReadResult, readSource, readSourceSync, SourceLocator } from "../read/index.ts";
import { structureDocument, WORDLIKE } from "../structure/index.ts";
import type { DocContext, DocumentMeta, DocumentRow, ErrorRow, FactRow, MentionDraft } from "../types.ts";
import { chunkedSentences, chunkSpans } from "./chunks.ts";
import { docId, sentenceId, sha256Hex } from "./ids.ts";
import { CodePoints } from "./offsets.ts";
import { assertProvenance, assertUtf16Span } from "./provenance.ts";
import { factRows, sentenceRows } from "./rows.ts";
import { sortDocumentRows } from "./sort.ts";
import type { ProcessedDocument, ProcessFailure, ProcessResult } from "./types.ts";

function failure(file: string, stage: ErrorRow["stage"], message: string): ProcessFailure {
  return { ok: false, error: { file, stage, message } };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

function checkArguments(file: string, bytes: Uint8Array): void {
  if (typeof file !== "string" || file === "")
    throw new TypeError(`processDocument: file must be a non-empty string, got ${JSON.stringify(file)}`);
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`processDocument(${file}): bytes must be a Uint8Array`);
}

/** `processDocument` for every format, PDF included (its reader is asynchronous). */
export async function processFile(file: string, bytes: Uint8Array): Promise<ProcessResult> {
  checkArguments(file, bytes);
  return processDocument(file, bytes, await readSource(file, bytes));
}

/**
 * Runs one file through reading (by its extension's format), normalizing,
 * structure, metadata, fact and mention finding. Pure and deterministic (its
 * output depends only on `file` and `bytes`), and its result is plain data, so it
 * can run in a worker thread. Only plain text is read here: other formats must be
 * read first (`processFile` does that) and their `read` result passed. Unreadable files and failures of the extractors become a
 * ProcessFailure; a provenance violation is a programming error and throws.
 */
export function processDocument(file: string, bytes: Uint8Array, read?: ReadResult): ProcessResult {
  checkArguments(file, bytes);
  const sha256 = sha256Hex(bytes);
  const doc_id = docId(sha256);

  const result = read ?? readSourceSync(file, bytes);
  if (!result) throw new TypeError(`processDocument(${file}): Word, web pages, Markdown and PDF are read asynchronously; use processFile`);
  if (!result.ok) return failure(file, result.stage, result.message);
  const source = result.source;
  const normalized = normalizeText(source.raw, { rejoin: source.rejoin });
  const text = normalized.text;
  if (!WORDLIKE.test(text)) {
    const what =
      normalized.dropped.length > 0 ? "only boilerplate" : "no letters, digits or Chinese characters (only whitespace or punctuation)";
    return failure(file, "normalize", `no report text: the file has ${what}`);
  }
  const structure = structureDocument(text);
  // The file's own title (properties, front matter, page meta) beats a guess from the first lines.
  const title = source.meta.title ?? structure.title;

  let meta: DocumentMeta;
  try {
    meta = inferDocumentMeta(text, title, { subtitle: structure.subtitle, byline: structure.byline });
  } catch (err) {
    return failure(file, "extract", `inferDocumentMeta: ${describe(err)}`);
  }
  const context: DocContext = {
    doc_id,
    text,
    title,
    sentences: structure.sentences.map((s, i) => ({
      sentence_id: sentenceId(doc_id, i),
      section: s.section,
      start: s.start,
      end: s.end,
      text: s.text,
    })),
    region: meta.region,
    year: meta.year,
    // A web page's or front matter's publication date, else a 发布时间 line the reader dropped as page
    // boilerplate; a Word or PDF file's creation date is not one.
    published:
      (source.format === "html" || source.format === "md" ? source.meta.published : null) ?? publishedFromLines(normalized.dropped),
  };

  const cp = new CodePoints(text);
  const view = toMatchView(text);
  // Kind, report year, sections and target lists: what every figure's scope and year depend on.
  const scope = documentScope(view, toMatchView(structure.title), meta.year);
  const facts: FactRow[] = [];
  let tableFacts: ReturnType<typeof findTableFacts>;
  try {
    tableFacts = findTableFacts(view);
  } catch (err) {
    return failure(file, "extract", `findTableFacts: ${describe(err)}`);
  }
  let nextCell = 0;
  for (const sentence of context.sentences) {
    const sentenceView = view.slice(sentence.start, sentence.end);
    const drafts: ReturnType<typeof extractFacts> = [];
    try {
      // A very long sentence is extracted piece by piece (offsets shifted back): see CHUNK_CAP.
      for (const piece of chunkSpans(sentenceView)) {
        // The document lets the extractor tell plans from results by the paragraph's wording.
        const found = extractFacts(sentenceView.slice(piece.start, piece.end), {
          year: meta.year,
          document: { text, start: sentence.start + piece.start },
        });
        for (const d of found) drafts.push(piece.start === 0 ? d : { ...d, start: d.start + piece.start, end: d.end + piece.start });
      }
    } catch (err) {
      return failure(
        file,
        "extract",
        `extractFacts on sentence ${sentence.sentence_id} ${JSON.stringify(sentence.text)}: ${describe(err)}`,
      );
    }
    // Cells of text tables (statistical bulletins) inside this sentence, unless the sentence extractor read them already.
    for (; nextCell < tableFacts.length && tableFacts[nextCell]!.docStart < sentence.end; nextCell++) {
      const cell = placeInSentence(tableFacts[nextCell]!, sentence.start);
      if (cell.start < 0 || cell.end > sentenceView.length || drafts.some((d) => cell.start < d.end && d.start < cell.end)) continue;
      drafts.push(cell);
    }
    facts.push(...factRows(context, sentence, sentenceView, resolveDrafts(scope, sentence, drafts), cp));
  }

  // Entities and events are found piece by piece in very long sentences too (same sentence ids).
  const pieces: DocContext = { ...context, view, sentences: chunkedSentences(context) };
  let mentions: MentionDraft[];
  try {
    mentions = findMentions(pieces);
  } catch (err) {
    return failure(file, "extract", `findMentions: ${describe(err)}`);
  }
  for (const m of mentions) {
    if (m.doc_id !== doc_id) throw new Error(`findMentions on ${doc_id} returned a mention of document ${m.doc_id}`);
    assertUtf16Span(`findMentions on ${doc_id}`, text, m);
  }

  // Events need resolved entities only at the end (linkCorpus); their text-only part runs here, per document.
  let events: ProcessedDocument["events"];
  try {
    events = { ok: true, clauses: findEventClauses(pieces) };
  } catch (err) {
    events = { ok: false, message: `findEvents: ${describe(err)}` };
  }

  const document: DocumentRow = {
    doc_id,
    file,
    title,
    subtitle: structure.subtitle,
    byline: structure.byline,
    region: meta.region?.name ?? null,
    region_code: meta.region?.code ?? null,
    region_level: meta.region?.level ?? null,
    region_path: meta.region?.path ?? null,
    region_basis: meta.region_basis,
    year: meta.year,
    year_basis: meta.year_basis,
    kind: scope.dating.kind,
    report_year: scope.dating.report_year,
    report_year_basis: scope.dating.report_year_basis,
    chars: cp.length,
    sha256,
    text,
    format: source.format,
    published: source.meta.published,
    source: source.meta.source,
  };
  const locator = new SourceLocator(source, text);
  const sentences = sentenceRows(context, cp, (start) => locator.at(start));
  const docs = new Map([[doc_id, cp]]);
  assertProvenance("sentences", sentences, docs);
  assertProvenance("facts", facts, docs);
  // In the order the corpus sorts them (start, end, id), here in the worker rather than on the main thread.
  const sorted = sortDocumentRows(sentences, facts);
  return {
    ok: true,
    document,
    context,
    sentences: sorted.sentences,
    facts: sorted.facts,
    mentions,
    events,
    dropped: normalized.dropped,
    encoding: source.encoding,
  };
}
