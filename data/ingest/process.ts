import { findMentions } from "../entities/index.ts";
import { findEventClauses } from "../events/index.ts";
import { extractFacts } from "../extract/index.ts";
import { inferDocumentMeta } from "../meta/index.ts";
import { normalizeText, toMatchView } from "../normalize/index.ts";
import { decodeBytes } from "../read/index.ts";
import { structureDocument, WORDLIKE } from "../structure/index.ts";
import type { DocContext, DocumentMeta, DocumentRow, FactRow, MentionDraft } from "../types.ts";
import { docId, sentenceId, sha256Hex } from "./ids.ts";
import { CodePoints } from "./offsets.ts";
import { assertProvenance, assertUtf16Span } from "./provenance.ts";
import { factRows, sentenceRows } from "./rows.ts";
import type { ProcessedDocument, ProcessFailure, ProcessResult } from "./types.ts";

function failure(file: string, stage: string, message: string): ProcessFailure {
  return { ok: false, error: { file, stage, message } };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/**
 * Runs one file through reading, normalizing, structure, metadata, fact and
 * mention finding. Pure and deterministic (its output depends only on `file` and
 * `bytes`), and its result is plain data, so it can run in a worker thread.
 * Unreadable files and failures of the extractors become a ProcessFailure; a
 * provenance violation is a programming error and throws.
 */
export function processDocument(file: string, bytes: Uint8Array): ProcessResult {
  if (typeof file !== "string" || file === "")
    throw new TypeError(`processDocument: file must be a non-empty string, got ${JSON.stringify(file)}`);
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`processDocument(${file}): bytes must be a Uint8Array`);
  const sha256 = sha256Hex(bytes);
  const doc_id = docId(sha256);

  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failure(file, decoded.stage, decoded.message);
  const normalized = normalizeText(decoded.text);
  const text = normalized.text;
  if (!WORDLIKE.test(text)) {
    const what =
      normalized.dropped.length > 0 ? "only boilerplate" : "no letters, digits or Chinese characters (only whitespace or punctuation)";
    return failure(file, "normalize", `no report text: the file has ${what}`);
  }
  const structure = structureDocument(text);

  let meta: DocumentMeta;
  try {
    meta = inferDocumentMeta(text, structure.title, { subtitle: structure.subtitle, byline: structure.byline });
  } catch (err) {
    return failure(file, "extract", `inferDocumentMeta: ${describe(err)}`);
  }
  const context: DocContext = {
    doc_id,
    text,
    title: structure.title,
    sentences: structure.sentences.map((s, i) => ({
      sentence_id: sentenceId(doc_id, i),
      section: s.section,
      start: s.start,
      end: s.end,
      text: s.text,
    })),
    region: meta.region,
    year: meta.year,
  };

  const cp = new CodePoints(text);
  const view = toMatchView(text);
  const facts: FactRow[] = [];
  for (const sentence of context.sentences) {
    const sentenceView = view.slice(sentence.start, sentence.end);
    let drafts: ReturnType<typeof extractFacts>;
    try {
      // The document lets the extractor tell plans from results by the paragraph's wording.
      drafts = extractFacts(sentenceView, { year: meta.year, document: { text, start: sentence.start } });
    } catch (err) {
      return failure(
        file,
        "extract",
        `extractFacts on sentence ${sentence.sentence_id} ${JSON.stringify(sentence.text)}: ${describe(err)}`,
      );
    }
    facts.push(...factRows(context, sentence, sentenceView, drafts, cp));
  }

  let mentions: MentionDraft[];
  try {
    mentions = findMentions(context);
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
    events = { ok: true, clauses: findEventClauses(context) };
  } catch (err) {
    events = { ok: false, message: `findEvents: ${describe(err)}` };
  }

  const document: DocumentRow = {
    doc_id,
    file,
    title: structure.title,
    subtitle: structure.subtitle,
    byline: structure.byline,
    region: meta.region?.name ?? null,
    region_code: meta.region?.code ?? null,
    region_level: meta.region?.level ?? null,
    region_path: meta.region?.path ?? null,
    region_basis: meta.region_basis,
    year: meta.year,
    year_basis: meta.year_basis,
    chars: cp.length,
    sha256,
    text,
  };
  const sentences = sentenceRows(context, cp);
  const docs = new Map([[doc_id, cp]]);
  assertProvenance("sentences", sentences, docs);
  assertProvenance("facts", facts, docs);
  return { ok: true, document, context, sentences, facts, mentions, events, dropped: normalized.dropped, encoding: decoded.encoding };
}
