import type { DuckDBConnection } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../../src/components/notebook/examples.ts";
import { checkReadOnly, limitQuery } from "../../../src/components/notebook/guard.ts";
import { openSeedCorpus, rows } from "./corpus.ts";

let conn: DuckDBConnection;
beforeAll(async () => {
  ({ conn } = await openSeedCorpus());
}, 120_000);

describe("EXAMPLES", () => {
  it.each(EXAMPLES.map((e) => [e.title, e.sql]))("example %s passes the read-only guard and runs over the seed corpus", async (_, sql) => {
    const checked = checkReadOnly(sql);
    expect(checked.ok, JSON.stringify(checked)).toBe(true);
    if (!checked.ok) return;
    // Exactly what the notebook sends: the statement wrapped in its row limit.
    await expect(rows(conn, limitQuery(checked.statement, 10_001))).resolves.toBeInstanceOf(Array);
  });

  it("the facts-per-report example counts every fact of the corpus", async () => {
    const example = EXAMPLES.find((e) => e.title === "各报告的事实数")!;
    const result = await rows(conn, example.sql);
    const [{ n }] = await rows(conn, "SELECT count(*)::INTEGER AS n FROM facts");
    expect(result.reduce((sum, r) => sum + Number(r["事实数"]), 0)).toBe(n);
  });

  it("the largest-amount example gives one row per region and year, each the maximum", async () => {
    const example = EXAMPLES.find((e) => e.title === "各地区、各年份的最大金额")!;
    const result = await rows(conn, example.sql);
    const expected = await rows(
      conn,
      "SELECT f.region, d.year, max(f.value) AS m FROM facts f JOIN documents d USING (doc_id) WHERE f.unit = 'CNY' AND f.kind = 'amount' AND NOT f.is_target GROUP BY ALL",
    );
    expect(result.length).toBe(expected.length);
    for (const e of expected) {
      const row = result.find((r) => r["地区"] === e.region && r["年份"] === e.year);
      expect(row?.["金额_元"], JSON.stringify(e)).toBe(e.m);
    }
  });

  it("every example has a title, a question and a leading comment", () => {
    for (const e of EXAMPLES) {
      expect(e.title).not.toBe("");
      expect(e.question).toMatch(/？$/);
      expect(e.sql).toMatch(/^-- /);
    }
  });
});
