import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../data/read/index.ts";
import { encodeGbk } from "../fixtures/gbk.ts";
import { seedBytes, seedText } from "../fixtures/seeds.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const SEED = "000_ffb5c2e5c6763d0c.txt";

/** Deterministic pseudo-random bytes in [lo, hi]. */
function noise(n: number, lo: number, hi: number): Uint8Array {
  let x = 12345;
  return Uint8Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return lo + (x % (hi - lo + 1));
  });
}

describe("decodeBytes", () => {
  it("decodeBytes(utf-8 seed) returns the text unchanged, encoding utf-8", () => {
    const d = decodeBytes(seedBytes(SEED));
    expect(d).toEqual({ ok: true, text: seedText(SEED), encoding: "utf-8" });
  });

  it("decodeBytes(BOM + utf-8) strips the BOM, encoding utf-8-bom", () => {
    const line = "济宁经开区发挥区位优势，加速产业集聚成型。";
    const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(line)]));
    expect(d).toEqual({ ok: true, text: line, encoding: "utf-8-bom" });
  });

  it.each([
    ["a seed sentence", "济宁经开区发挥区位优势，加速产业集聚成型。"],
    ["a byline and digits", "通讯员 王婷\n\n上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；"],
    ["a whole seed report", seedText(SEED)],
  ])("decodeBytes(GBK bytes of %s) decodes as gb18030", (_name, text) => {
    const bytes = encodeGbk(text);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding: "gb18030" });
  });

  it.each([
    ["an empty file", new Uint8Array(0), "read", /empty file/],
    ["NUL bytes (binary)", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "decode", /NUL/],
    ["a UTF-16LE BOM", Uint8Array.from([0xff, 0xfe, 0x4e, 0x6d]), "decode", /UTF-16/],
    ["control characters", utf8(`${"\u0001\u0002\u0003".repeat(20)}济宁`), "decode", /control or replacement/],
    ["replacement characters", utf8(`${"\ufffd".repeat(30)}济宁高新区`), "decode", /control or replacement/],
    ["Latin-1 text", Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9]), "decode", /neither valid UTF-8/],
    ["random high bytes", noise(4000, 0x81, 0xfe), "decode", /neither valid UTF-8/],
    ["a BOM then invalid UTF-8", Uint8Array.from([0xef, 0xbb, 0xbf, 0xd6, 0xd0]), "decode", /not valid UTF-8/],
  ])("decodeBytes(%s) is an error", (_name, bytes, stage, message) => {
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.stage).toBe(stage);
    expect(d.message).toMatch(message);
  });

  it("decodeBytes(a few stray control characters in a long text) still decodes", () => {
    const text = `${seedText(SEED)}\u0007`;
    expect(decodeBytes(utf8(text))).toMatchObject({ ok: true, text });
  });

  it("decodeBytes(non-bytes) throws a TypeError", () => {
    expect(() => decodeBytes("济宁" as unknown as Uint8Array)).toThrow(TypeError);
  });
});
