// The pages' first views answered at build time: the same query functions the pages
// would run in DuckDB-WASM, over the seeds' corpus.duckdb through @duckdb/node-api.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeParquet } from "../../data/ingest/index.ts";
import { CORPUS_TABLES, ingestSeeds } from "../../data/site/corpus.ts";
import { writeCorpusDatabase } from "../../data/site/duckdbFile.ts";
import { FIRST_VIEWS, firstViews, withCorpus } from "../../data/site/firstViews.ts";
import { briefingView } from "../../src/queries/briefing.ts";
import { isBriefingFigure } from "../../src/queries/briefingFacts.ts";
import { compareView } from "../../src/queries/compare.ts";
import { entitiesView } from "../../src/queries/entities.ts";
import { indicatorsView } from "../../src/queries/indicators.ts";
import type { InvestmentView } from "../../src/queries/investment.ts";
import type { QualityView } from "../../src/queries/quality.ts";
import { searchSentences, searchView } from "../../src/queries/search.ts";
import { viewMember } from "../../src/queries/source.ts";
import { tablesView } from "../../src/queries/tables.ts";
import { timelineView } from "../../src/queries/timeline.ts";

let file = "";
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "views-"));
  const result = await ingestSeeds("seeds");
  await writeParquet(result, dir);
  file = join(dir, "corpus.duckdb");
  await writeCorpusDatabase(dir, CORPUS_TABLES, file);
}, 120_000);

const decode = (data: Uint8Array) => JSON.parse(new TextDecoder().decode(data));

describe("firstViews", () => {
  it("gives one JSON member per page, the query's answer as plain values", async () => {
    const views = await firstViews(file, CORPUS_TABLES);
    expect(views.map((v) => v.name)).toEqual(Object.keys(FIRST_VIEWS).map(viewMember));
    for (const v of views) expect(typeof decode(v.data)).toBe("object");
  });

  it("investment: totals over the first view equal the README's SQL over the events table", async () => {
    const views = await firstViews(file, CORPUS_TABLES);
    const view = decode(views.find((v) => v.name === viewMember("investment"))!.data) as InvestmentView;
    const kept = view.events.filter((e) => e.duplicate_of === null);
    const [sql] = await withCorpus(file, CORPUS_TABLES, (source) =>
      source.rows(`SELECT count(*)::INTEGER AS events, sum(project_count)::INTEGER AS projects, sum(amount_cny) AS amount_cny
        FROM events WHERE duplicate_of IS NULL
          AND (action IN ('签约', '开工', '投产') OR amount_cny IS NOT NULL OR project_count IS NOT NULL)`),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(sql).toEqual({
      events: kept.length,
      projects: kept.reduce((s, e) => s + (e.project_count ?? 0), 0),
      amount_cny: kept.reduce((s, e) => s + (e.amount_cny ?? 0), 0),
    });
    // Dates as YYYY-MM-DD strings, sorted with unknown dates last.
    const dates = view.events.map((e) => e.date);
    expect(dates.filter((d) => d !== null).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d!))).toBe(true);
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);
    // Every project row's mention lies inside its sentence.
    for (const p of view.projects) expect(p.sentence.slice(p.m_start - p.s_start).length).toBeGreaterThan(0);
  });

  it("binds parameters instead of splicing them into the SQL", async () => {
    const rows = await withCorpus(file, CORPUS_TABLES, (source) =>
      source.rows("select ?::VARCHAR as v, ?::INTEGER as n", ["'; drop table facts; --", 3]),
    );
    expect(rows).toEqual([{ v: "'; drop table facts; --", n: 3 }]);
  });
});

describe("quality view", () => {
  it("counts each report's rows and lists sentences with digits but no fact", async () => {
    const views = await firstViews(file, CORPUS_TABLES);
    const view = decode(views.find((v) => v.name === viewMember("quality"))!.data) as QualityView;
    expect(view.reports.length).toBeGreaterThan(0);
    for (const r of view.reports) expect(r.sentences).toBeGreaterThan(0);
    const facts = await withCorpus(file, CORPUS_TABLES, (s) => s.rows("select distinct sentence_id from facts"));
    const withFact = new Set(facts.map((f) => f.sentence_id));
    for (const m of view.misses) {
      expect(m.text).toMatch(/[0-9０-９]/);
      expect(withFact.has(m.sentence_id)).toBe(false);
      expect(typeof m.has_event).toBe("boolean");
    }
    expect(view.errors).toEqual([]);
  });
});

describe("entities view", () => {
  it("gives every entity with aliases as an array and its first mention, and links with the shared-sentence count", async () => {
    const view = await withCorpus(file, CORPUS_TABLES, entitiesView);
    const count = await withCorpus(file, CORPUS_TABLES, (s) => s.rows("select count(*)::INTEGER as n from entities"));
    expect(view.entities).toHaveLength(count[0]!.n as number);
    for (const e of view.entities) {
      expect(Array.isArray(e.aliases)).toBe(true);
      expect(e.first_doc).not.toBeNull();
    }
    for (const l of view.links) expect(l.source < l.target && l.weight > 0).toBe(true);
  });
});

describe("timeline view", () => {
  it("gives every event, entity ids as arrays, and the entities they name", async () => {
    const view = await withCorpus(file, CORPUS_TABLES, timelineView);
    const [{ n }] = (await withCorpus(file, CORPUS_TABLES, (s) => s.rows("select count(*)::INTEGER as n from events"))) as [{ n: number }];
    expect(view.events).toHaveLength(n);
    const named = new Set(view.entities.map((e) => e.entity_id));
    for (const e of view.events) {
      expect(Array.isArray(e.entity_ids)).toBe(true);
      for (const id of e.entity_ids) expect(named.has(id)).toBe(true);
    }
  });
});

describe("indicators view", () => {
  it("gives every indicator cell and ledger row with its report and sentence", async () => {
    const view = await withCorpus(file, CORPUS_TABLES, indicatorsView);
    const [{ n }] = (await withCorpus(file, CORPUS_TABLES, (s) => s.rows("select count(*)::INTEGER as n from indicator_values"))) as [
      { n: number },
    ];
    expect(view.cells).toHaveLength(n);
    for (const c of view.cells) expect(c.sentence).toContain(c.text);
    expect(Array.isArray(view.ledger)).toBe(true);
  });
});

describe("compare view", () => {
  it("gives facts with an indicator, no ranks or percentage points, each inside its sentence", async () => {
    const { facts } = await withCorpus(file, CORPUS_TABLES, compareView);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(fact.indicator).not.toBeNull();
      expect(fact.kind).not.toBe("rank");
      expect([...fact.sentence].slice(fact.start - fact.s_start, fact.end - fact.s_start).join("")).toBe(fact.text);
    }
  });
});

describe("searchSentences", () => {
  it("finds sentences containing the words, case-insensitively, and nothing for blank words", async () => {
    const hits = await withCorpus(file, CORPUS_TABLES, (s) => searchSentences(s, " 高新区 "));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text).toContain("高新区");
    expect(await withCorpus(file, CORPUS_TABLES, (s) => searchSentences(s, "  "))).toEqual([]);
  });
});

describe("tables view", () => {
  it("counts the rows of every table of the contract", async () => {
    const counts = await withCorpus(file, CORPUS_TABLES, tablesView);
    expect(Object.keys(counts)).toEqual([...CORPUS_TABLES]);
    expect(counts.documents).toBeGreaterThan(0);
    expect(Object.values(counts).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });
});

describe("briefing view", () => {
  it("answers every region with reports; its figures pass the briefing gate and lie in their sentences", async () => {
    const views = await withCorpus(file, CORPUS_TABLES, briefingView);
    const paths = await withCorpus(file, CORPUS_TABLES, (s) =>
      s.rows("select distinct region_path from documents where region_path is not null"),
    );
    for (const { region_path } of paths) expect(views[region_path as string]?.reports.length).toBeGreaterThan(0);
    const figures = Object.values(views).flatMap((v) => [...v.amounts, ...v.rates, ...v.targets]);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(isBriefingFigure(f)).toBe(true);
      expect(f.sentence).toContain(f.text);
    }
  });
});

describe("search view", () => {
  it("lists every report with its sentence count", async () => {
    const { reports } = await withCorpus(file, CORPUS_TABLES, searchView);
    const [{ docs, sentences }] = (await withCorpus(file, CORPUS_TABLES, (s) =>
      s.rows("select (select count(*) from documents)::INTEGER as docs, (select count(*) from sentences)::INTEGER as sentences"),
    )) as [{ docs: number; sentences: number }];
    expect(reports).toHaveLength(docs);
    expect(reports.reduce((n, r) => n + r.sentences, 0)).toBe(sentences);
  });
});
