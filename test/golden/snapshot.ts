// Per-seed golden snapshot: the reviewable part of the pipeline's output for one
// document, in a stable order, with one item per line when serialized.
import type { IngestResult } from "../../data/ingest/index.ts";
import type { DocumentRow } from "../../data/types.ts";

/** Characters of sentence or clause text kept in a snapshot line. */
const EXCERPT = 40;

/** One document's reviewed output. */
export interface GoldenDoc {
  file: string;
  meta: Pick<DocumentRow, "title" | "subtitle" | "byline" | "region" | "region_path" | "year" | "year_basis">;
  facts: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Snapshots of every document of an ingest result, keyed by file. */
export function snapshot(result: IngestResult): Map<string, GoldenDoc> {
  const sentences = new Map(result.sentences.map((s) => [s.sentence_id, s]));
  const entities = new Map(result.entities.map((e) => [e.entity_id, e]));
  const out = new Map<string, GoldenDoc>();
  for (const d of result.documents) {
    const facts = result.facts
      .filter((f) => f.doc_id === d.doc_id)
      .map((f) => ({
        text: f.text,
        value: f.value,
        unit: f.unit,
        unit_text: f.unit_text,
        classifier: f.classifier,
        kind: f.kind,
        qualifier: f.qualifier,
        metric: f.metric,
        period: f.period,
        is_target: f.is_target,
        region: f.region,
        sentence: excerpt(sentences.get(f.sentence_id)?.text ?? ""),
      }));
    const forms = new Map<string, Set<string>>();
    for (const m of result.mentions) {
      if (m.doc_id !== d.doc_id) continue;
      const set = forms.get(m.entity_id) ?? new Set<string>();
      set.add(m.text);
      forms.set(m.entity_id, set);
    }
    const ents = [...forms]
      .map(([id, set]) => {
        const e = entities.get(id);
        if (!e) throw new Error(`snapshot: mention of unknown entity ${id} in ${d.file}`);
        return { name: e.name, type: e.type, forms: [...set].sort(byString) };
      })
      .sort((a, b) => byString(a.type, b.type) || byString(a.name, b.name));
    const events = result.events
      .filter((e) => e.doc_id === d.doc_id)
      .map((e) => ({
        date: e.date,
        precision: e.precision,
        end_date: e.end_date,
        action: e.action,
        amount_cny: e.amount_cny,
        project_count: e.project_count,
        entities: e.entity_ids.map((id) => entities.get(id)?.name ?? id).sort(byString),
        clause: excerpt(e.text),
      }));
    const { title, subtitle, byline, region, region_path, year, year_basis } = d;
    out.set(d.file, {
      file: d.file,
      meta: { title, subtitle, byline, region, region_path, year, year_basis },
      facts,
      entities: ents,
      events,
    });
  }
  return out;
}

/** Stable JSON with one fact, entity or event per line, so a diff shows whole items. */
export function serialize(doc: GoldenDoc): string {
  const list = (items: Record<string, unknown>[]) =>
    items.length === 0 ? "[]" : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(",\n")}\n  ]`;
  return [
    "{",
    `  "file": ${JSON.stringify(doc.file)},`,
    `  "meta": ${JSON.stringify(doc.meta)},`,
    `  "facts": ${list(doc.facts)},`,
    `  "entities": ${list(doc.entities)},`,
    `  "events": ${list(doc.events)}`,
    "}",
    "",
  ].join("\n");
}
