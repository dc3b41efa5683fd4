import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { columnCompletionSource, completableFunctions, sqlSupport } from "../../../src/components/notebook/sqlDialect.ts";

const NAMES = {
  tables: ["documents", "facts"],
  columns: { documents: ["doc_id", "title", "year"], facts: ["fact_id", "doc_id", "metric", "value"] },
  functions: ["sum", "strftime", "read_csv", "left", "__internal", "count_star"],
};

function complete(doc: string, pos = doc.length) {
  const state = EditorState.create({ doc, extensions: sqlSupport(NAMES) });
  return columnCompletionSource(NAMES)(new CompletionContext(state, pos, false)) as CompletionResult | null;
}

describe("completableFunctions", () => {
  it("keeps plain function names, drops keywords, internals and file readers", () => {
    expect(completableFunctions(NAMES.functions)).toEqual(["count_star", "strftime", "sum"]);
  });
});

describe("columnCompletionSource", () => {
  it("offers columns of the tables the query names first, with their table as detail", () => {
    const result = complete("SELECT m FROM facts", "SELECT m".length);
    expect(result?.from).toBe(7);
    const metric = result?.options.find((o) => o.label === "metric");
    expect(metric).toMatchObject({ detail: "facts", boost: 2 });
    expect(result?.options.find((o) => o.label === "title")).toMatchObject({ detail: "documents", boost: 0 });
    expect(result?.options.find((o) => o.label === "doc_id")?.detail).toBe("documents、facts");
  });

  it("offers nothing after FROM/JOIN, after a qualifier dot, or inside a string or comment", () => {
    expect(complete("SELECT * FROM fa")).toBeNull();
    expect(complete("SELECT * FROM facts JOIN do")).toBeNull();
    expect(complete("SELECT facts.me")).toBeNull();
    expect(complete("SELECT 'me")).toBeNull();
    expect(complete("SELECT 1 -- me")).toBeNull();
  });
});
