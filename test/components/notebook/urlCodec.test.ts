import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { notebookToSql } from "../../../src/components/notebook/sqlFile.ts";
import type { NotebookCell } from "../../../src/components/notebook/types.ts";
import { decodeNotebook, encodeNotebook, MAX_DECODED_CHARS } from "../../../src/components/notebook/urlCodec.ts";

const CELLS: NotebookCell[] = [
  { title: "营业收入", sql: "SELECT * FROM facts WHERE text = '营业收入54.77亿元' -- 上半年\n  AND unit = 'CNY';", chart: true },
  { title: null, sql: "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY n DESC", chart: false },
  { title: "空单元格", sql: "", chart: true },
];

// A real sentence from seeds/000: long, Chinese, with quotes and percent signs.
const SENTENCE = "上半年，高端装备制造产业集群、新能源新材料产业链条集聚规模以上工业企业61家，占60%，营业收入54.77亿元，占67.26%。";

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64url");
}

describe("encodeNotebook / decodeNotebook", () => {
  it("decodeNotebook(encodeNotebook(cells)) round-trips titles, SQL and the chart switch (compressed)", async () => {
    const hash = await encodeNotebook(CELLS);
    expect(hash).toMatch(/^nb=[A-Za-z0-9_-]+$/);
    expect(await decodeNotebook(`#${hash}`)).toEqual({ kind: "ok", cells: CELLS });
  });

  it("encodeNotebook falls back to percent-encoded .sql text, which decodes to the same cells", async () => {
    const hash = await encodeNotebook(CELLS.slice(0, 2), { compress: false });
    expect(hash.startsWith("sql=")).toBe(true);
    expect(decodeURIComponent(hash.slice(4))).toBe(notebookToSql(CELLS.slice(0, 2)));
    expect(await decodeNotebook(`#${hash}`)).toEqual({ kind: "ok", cells: CELLS.slice(0, 2) });
  });

  it("decodeNotebook reads a hand-written #sql= link with + and Chinese", async () => {
    const hash = `#sql=${encodeURIComponent("SELECT 1 + 1 AS 二")}`;
    expect(await decodeNotebook(hash)).toEqual({ kind: "ok", cells: [{ title: null, sql: "SELECT 1 + 1 AS 二", chart: true }] });
  });

  it("encodeNotebook compresses a very long notebook (400 cells) and it still round-trips", async () => {
    const cells: NotebookCell[] = Array.from({ length: 400 }, (_, i) => ({
      title: `单元格 ${i}`,
      sql: `SELECT * FROM sentences WHERE text = '${SENTENCE}' -- ${i}\nLIMIT ${i + 1}`,
      chart: i % 2 === 0,
    }));
    const hash = await encodeNotebook(cells);
    const plain = await encodeNotebook(cells, { compress: false });
    expect(hash.length).toBeLessThan(plain.length / 10);
    expect(await decodeNotebook(`#${hash}`)).toEqual({ kind: "ok", cells });
  });

  it("decodeNotebook says 'empty' when the hash has no notebook", async () => {
    expect(await decodeNotebook("")).toEqual({ kind: "empty" });
    expect(await decodeNotebook("#section-2")).toEqual({ kind: "empty" });
  });

  it.each([
    ["characters outside base64url", "#nb=abc$%^", /base64url/],
    ["a link cut short", "truncated", /已损坏或不完整/],
    ["bytes that are not deflate", `#nb=${b64url(new TextEncoder().encode("不是压缩数据"))}`, /已损坏或不完整/],
    ["JSON that is not a notebook", `#nb=${b64url(deflateRawSync(JSON.stringify({ hello: 1 })))}`, /内容不是笔记本/],
    ["an unknown version", `#nb=${b64url(deflateRawSync(JSON.stringify({ v: 99, cells: [] })))}`, /版本 99/],
    ["a cell without SQL", `#nb=${b64url(deflateRawSync(JSON.stringify({ v: 1, cells: [{ t: "x" }] })))}`, /第 1 个单元格/],
    ["a deflate bomb", `#nb=${b64url(deflateRawSync(Buffer.alloc(MAX_DECODED_CHARS + 10, 32)))}`, /超过/],
  ])("decodeNotebook gives a Chinese message instead of throwing for %s", async (_, hash, reason) => {
    let input = hash;
    if (hash === "truncated") {
      const full = await encodeNotebook(CELLS);
      input = `#${full.slice(0, Math.floor(full.length / 2))}`;
    }
    const decoded = await decodeNotebook(input);
    expect(decoded.kind).toBe("error");
    if (decoded.kind === "error") expect(decoded.message).toMatch(reason);
  });

  it("encodeNotebook throws TypeError when cells is not an array", async () => {
    await expect(encodeNotebook({} as unknown as NotebookCell[])).rejects.toThrow(TypeError);
  });
});
