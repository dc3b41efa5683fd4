// npx tsx bench/stage-cpu.ts <dir> [--passes N] [--rounds R] [--only a,b]
// CPU time per MB of each stage of processDocument run alone over the plain-text reports of <dir> (every stage's
// inputs prepared first), best of R rounds of N passes after a warm-up pass: where per-document CPU goes without
// a profiler's overhead (issue 16). Stages: read, normalize, structure, meta, scope, tables, facts (extractFacts
// with the document's paragraph modes, and resolveDrafts), mentions, events, the whole processDocument, and the
// rule engines alone: the extractors' rules (extractor rules), extractFacts on the sentence alone (extractFacts),
// the entity rules (entity rules) and with the entity refiners (entity rules+refiners).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runRules } from "../data/engine/run.ts";
import { MENTION_REFINERS } from "../data/entities/config.ts";
import { runSentence } from "../data/entities/engine.ts";
import { findMentions } from "../data/entities/index.ts";
import { ENTITY_RULES } from "../data/entities/rules/index.ts";
import { findEventClauses } from "../data/events/index.ts";
import { EXTRACTORS } from "../data/extract/config.ts";
import { runExtractors } from "../data/extract/engine.ts";
import { extractFacts, findTableFacts } from "../data/extract/index.ts";
import { matchView } from "../data/extract/view.ts";
import { documentScope, resolveDrafts } from "../data/indicators/resolve.ts";
import { chunkedSentences, chunkSpans } from "../data/ingest/chunks.ts";
import { processDocument } from "../data/ingest/process.ts";
import { inferDocumentMeta } from "../data/meta/index.ts";
import { normalizeText, toMatchView } from "../data/normalize/index.ts";
import { readSourceSync } from "../data/read/index.ts";
import { structureDocument } from "../data/structure/index.ts";
import type { DocContext } from "../data/types.ts";

const { values, positionals } = parseArgs({
  options: {
    passes: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
    only: { type: "string" },
  },
  allowPositionals: true,
});
const [dir] = positionals;
if (!dir) {
  process.stderr.write("usage: npx tsx bench/stage-cpu.ts <dir> [--passes N] [--rounds R] [--only a,b]\n");
  process.exit(2);
}
const only = values.only ? new Set(values.only.split(",")) : null;

const docs = readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(dir, f));
    const read = readSourceSync(f, bytes);
    if (!read?.ok) throw new Error(`stage-cpu: ${f} cannot be read`);
    const { raw, rejoin } = read.source;
    const text = normalizeText(raw, { rejoin }).text;
    const structure = structureDocument(text);
    const meta = inferDocumentMeta(text, structure.title, { subtitle: structure.subtitle, byline: structure.byline });
    const view = toMatchView(text);
    const sentences = structure.sentences.map((s, i) => ({
      sentence_id: `s${i}`,
      section: s.section,
      start: s.start,
      end: s.end,
      text: s.text,
    }));
    const context: DocContext = {
      doc_id: "d",
      text,
      title: structure.title,
      sentences,
      region: meta.region,
      year: meta.year,
      published: null,
    };
    return {
      f,
      bytes,
      raw,
      rejoin,
      text,
      structure,
      meta,
      view,
      context,
      pieces: { ...context, view, sentences: chunkedSentences(context) },
    };
  });
const mb = docs.reduce((n, d) => n + d.bytes.length, 0) / 1e6;
const views = docs.flatMap((d) =>
  d.context.sentences.map((s) => {
    const sentence = d.view.slice(s.start, s.end);
    return { sentence, view: matchView(sentence), year: d.meta.year, mode: null };
  }),
);

type Doc = (typeof docs)[number];
/** A pass calling `fn` on every document (its value dropped). */
const eachDoc = (fn: (d: Doc) => unknown) => () => {
  for (const d of docs) fn(d);
};
/** A pass calling `fn` on every piece of every document's sentences. */
const eachPiece = (fn: (d: Doc, s: DocContext["sentences"][number]) => unknown) => () => {
  for (const d of docs) for (const s of d.pieces.sentences) fn(d, s);
};
const eachView = (fn: (c: (typeof views)[number]) => unknown) => () => {
  for (const c of views) fn(c);
};

const stages: Record<string, () => void> = {
  read: eachDoc((d) => readSourceSync(d.f, d.bytes)),
  normalize: eachDoc((d) => normalizeText(d.raw, { rejoin: d.rejoin })),
  structure: eachDoc((d) => structureDocument(d.text)),
  meta: eachDoc((d) => inferDocumentMeta(d.text, d.structure.title, { subtitle: d.structure.subtitle, byline: d.structure.byline })),
  scope: eachDoc((d) => documentScope(d.view, toMatchView(d.structure.title), d.meta.year)),
  tables: eachDoc((d) => findTableFacts(d.view)),
  facts: () => {
    for (const d of docs) {
      const scope = documentScope(d.view, toMatchView(d.structure.title), d.meta.year);
      for (const s of d.context.sentences) {
        const sv = d.view.slice(s.start, s.end);
        const drafts = chunkSpans(sv).flatMap((p) =>
          extractFacts(sv.slice(p.start, p.end), { year: d.meta.year, document: { text: d.text, start: s.start + p.start } }),
        );
        resolveDrafts(scope, s, drafts);
      }
    }
  },
  "extractor rules": eachView((c) => runExtractors(c, EXTRACTORS, false)),
  extractFacts: eachView((c) => extractFacts(c.sentence, { year: c.year })),
  mentions: eachDoc((d) => findMentions(d.pieces)),
  "entity rules": eachPiece((d, s) => runRules(s.text, { doc: d.pieces, sentence: s }, ENTITY_RULES)),
  "entity rules+refiners": eachPiece((d, s) => runSentence(d.pieces, s, ENTITY_RULES, MENTION_REFINERS)),
  events: eachDoc((d) => findEventClauses(d.pieces)),
  processDocument: eachDoc((d) => processDocument(d.f, d.bytes)),
};

process.stdout.write(`${docs.length} files, ${mb.toFixed(2)} MB; best of ${values.rounds} rounds × ${values.passes} passes\n`);
for (const [name, run] of Object.entries(stages)) {
  if (only && !only.has(name)) continue;
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < Number(values.rounds); round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < Number(values.passes); i++) run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6 / (Number(values.passes) * mb));
  }
  process.stdout.write(`${name.padEnd(24)} ${best.toFixed(3)} CPU-s/MB\n`);
}
