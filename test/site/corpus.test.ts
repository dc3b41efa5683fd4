import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { buildCorpusArchive, CORPUS_DATABASE, CORPUS_SUMMARY, CORPUS_TABLES } from "../../data/site/corpus.ts";
import { FIRST_VIEWS } from "../../data/site/firstViews.ts";
import { entityMember } from "../../src/contract/entityPage.ts";
import { type ReaderData, readerMember } from "../../src/contract/reader.ts";
import { viewMember } from "../../src/queries/source.ts";

function seedsWithBadFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  const seeds = readdirSync("seeds").sort();
  copyFileSync(join("seeds", seeds[0]), join(dir, seeds[0]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
  return dir;
}

describe("buildCorpusArchive", () => {
  it("buildCorpusArchive packs every table, and bad files become named errors without stopping the good one", async () => {
    const dir = seedsWithBadFiles();
    const { archive, result } = await buildCorpusArchive(dir);
    expect(result.documents).toHaveLength(1);
    expect(result.errors.map((e) => e.file.split("/").pop()).sort()).toEqual(["binary.txt", "empty.txt"]);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
    const out = mkdtempSync(join(tmpdir(), "untar-"));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "corpus.tar"), archive);
    const members = execFileSync("tar", ["-tf", "corpus.tar"], { cwd: out, encoding: "utf8" }).trim().split("\n");
    expect(members).toEqual([
      ...CORPUS_TABLES.map((t) => `${t}.parquet`),
      CORPUS_DATABASE,
      CORPUS_SUMMARY,
      ...result.documents.map((d) => readerMember(d.doc_id)),
      ...result.entities.map((e) => entityMember(e.entity_id)),
      ...Object.keys(FIRST_VIEWS).map(viewMember),
    ]);
    // The reader's data: the document and exactly its rows, offsets into its own text.
    execFileSync("tar", ["-xf", "corpus.tar"], { cwd: out });
    const [doc] = result.documents;
    const reader = JSON.parse(readFileSync(join(out, readerMember(doc!.doc_id)), "utf8")) as ReaderData;
    expect(reader.document).toEqual(doc);
    expect(reader.facts).toEqual(result.facts.filter((f) => f.doc_id === doc!.doc_id));
    expect(reader.sentences).toHaveLength(result.sentences.filter((s) => s.doc_id === doc!.doc_id).length);
    expect(reader.mentions.length).toBeGreaterThan(0);
    for (const m of reader.mentions) expect([...doc!.text].slice(m.start, m.end).join("")).toBe(m.text);
  });

  it("buildCorpusArchive gives byte-identical Parquet members for the same input", async () => {
    const dir = seedsWithBadFiles();
    const members = async () => {
      const out = mkdtempSync(join(tmpdir(), "untar-"));
      writeFileSync(join(out, "corpus.tar"), (await buildCorpusArchive(dir)).archive);
      execFileSync("tar", ["-xf", "corpus.tar"], { cwd: out });
      return CORPUS_TABLES.map((t) => readFileSync(join(out, `${t}.parquet`)));
    };
    const [a, b] = [await members(), await members()];
    for (const [i, bytes] of a.entries()) expect(Buffer.compare(bytes, b[i]), CORPUS_TABLES[i]).toBe(0);
  });

  it("buildCorpusArchive's DuckDB file holds every table with the Parquet row counts", async () => {
    const out = mkdtempSync(join(tmpdir(), "untar-"));
    const { archive, result } = await buildCorpusArchive(seedsWithBadFiles());
    writeFileSync(join(out, "corpus.tar"), archive);
    execFileSync("tar", ["-xf", "corpus.tar"], { cwd: out });
    const connection = await (await DuckDBInstance.create()).connect();
    await connection.run(`ATTACH '${join(out, CORPUS_DATABASE)}' AS c (READ_ONLY)`);
    const count = async (t: string) => (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM c.${t}`)).getRowObjects()[0].n;
    expect(await count("documents")).toBe(result.documents.length);
    expect(await count("facts")).toBe(result.facts.length);
    expect(await count("errors")).toBe(2);
  });
});
