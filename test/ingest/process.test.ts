import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProcessedDocument, ProcessResult } from "../../data/ingest/index.ts";
import { processDocument, sha256Hex } from "../../data/ingest/index.ts";
import { encodeGbk } from "../fixtures/gbk.ts";
import { SEED_FILES, seedBytes, seedText } from "../fixtures/seeds.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const utf8 = (s: string) => new TextEncoder().encode(s);

function expectOk(r: ProcessResult): ProcessedDocument {
  if (!r.ok) throw new Error(`expected a processed document, got error ${JSON.stringify(r.error)}`);
  return r;
}

describe("processDocument", () => {
  it.each(SEED_FILES)("processDocument(%s) returns a document with content-derived ids and every row on its span", (file) => {
    const bytes = seedBytes(file);
    const r = expectOk(processDocument(file, bytes));
    const sha = sha256Hex(bytes);
    expect(r.document).toMatchObject({ doc_id: sha.slice(0, 16), file, sha256: sha, chars: [...r.document.text].length });
    expect(r.context.text).toBe(r.document.text);
    expect(r.encoding).toBe("utf-8");
    expect(r.sentences.map((s) => s.sentence_id)).toEqual(r.sentences.map((_, i) => `${sha.slice(0, 16)}-s${String(i).padStart(4, "0")}`));
    const cps = [...r.document.text];
    for (const row of [...r.sentences, ...r.facts]) expect(cps.slice(row.start, row.end).join("")).toBe(row.text);
    for (const m of r.mentions) expect(r.context.text.slice(m.start, m.end)).toBe(m.text);
  });

  it("processDocument(seed 000) reports the dropped boilerplate and the front matter", () => {
    const r = expectOk(processDocument("000.txt", seedBytes("000_ffb5c2e5c6763d0c.txt")));
    expect(r.dropped).toEqual(["扫码下载齐鲁壹点", "找记者 上壹点", "编辑：晋森 组版：李腾 校对：丁安顺"]);
    expect(r.document).toMatchObject({
      title: "济宁经开区以“产业立区、制造强区、特色兴区”",
      subtitle: "产业集聚加速成型，双招双引成效显著",
      byline: "通讯员 王婷",
    });
  });

  it("processDocument gives the same text and sentences for the GBK, BOM and UTF-8 bytes of a seed", () => {
    const text = seedText("001_dd31bf420b4d610c.txt");
    const plain = expectOk(processDocument("a.txt", utf8(text)));
    const gbk = expectOk(processDocument("a.txt", encodeGbk(text)));
    const bom = expectOk(processDocument("a.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)])));
    expect([gbk.encoding, bom.encoding]).toEqual(["gb18030", "utf-8-bom"]);
    for (const other of [gbk, bom]) {
      expect(other.document.text).toBe(plain.document.text);
      expect(other.sentences.map((s) => [s.start, s.end, s.text])).toEqual(plain.sentences.map((s) => [s.start, s.end, s.text]));
      expect(other.document.doc_id).not.toBe(plain.document.doc_id);
    }
  });

  it("processDocument keeps <script> as text verbatim", () => {
    const r = expectOk(processDocument("script-tag.txt", fixture("script-tag.txt")));
    expect(r.document.text).toContain('页面中出现<script>alert("x")</script>这样的标签时应按原文保留。');
    expect(r.sentences.map((s) => s.text)).toContain('页面中出现<script>alert("x")</script>这样的标签时应按原文保留。');
  });

  it("processDocument converts offsets after astral characters to code points", () => {
    const r = expectOk(processDocument("astral.txt", utf8("𠀀𡈽标题\n\n新增城镇就业10353人。第二句。")));
    const second = r.sentences.find((s) => s.text === "第二句。")!;
    expect([second.start, second.end]).toEqual([19, 23]);
    expect(r.context.sentences.find((s) => s.text === "第二句。")!.start).toBe(21);
    expect(r.document.chars).toBe(23);
  });

  it.each([
    ["empty.txt", "read", /empty file/],
    ["punctuation-only.txt", "normalize", /only whitespace or punctuation/],
    ["whitespace-only.txt", "normalize", /only whitespace or punctuation/],
    ["boilerplate-only.txt", "normalize", /only boilerplate/],
  ])("processDocument(%s) is an error of stage %s", (name, stage, message) => {
    const r = processDocument(name, fixture(name));
    expect(r).toEqual({ ok: false, error: { file: name, stage, message: expect.stringMatching(message) } });
  });

  it("processDocument(binary bytes) is a decode error", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(processDocument("image.txt", png)).toMatchObject({ ok: false, error: { file: "image.txt", stage: "decode" } });
  });

  it("processDocument is deterministic", () => {
    const bytes = seedBytes("004_58c0054395c95171.txt");
    expect(processDocument("x.txt", bytes)).toEqual(processDocument("x.txt", bytes));
  });

  it.each([
    ["an empty file name", () => processDocument("", new Uint8Array([0x41]))],
    ["a string instead of bytes", () => processDocument("a.txt", "济宁" as unknown as Uint8Array)],
  ])("processDocument with %s throws a TypeError", (_name, call) => {
    expect(call).toThrow(TypeError);
  });
});
