import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../data/read/index.ts";
import { notProseReason } from "../../data/read/prose.ts";
import { encodeGbk } from "../fixtures/gbk.ts";
import { SEED_FILES, seedText } from "../fixtures/seeds.ts";

// A fixed linear congruential generator: the same "random" bytes on every run.
function randomGb2312Bytes(n: number, seed = 7): Uint8Array {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  // Every byte in 0xA1–0xF7: each pair is a valid GB2312 double-byte code, as in issue 17's attempt.
  return Uint8Array.from({ length: n }, () => 0xa1 + Math.floor(next() * (0xf7 - 0xa1 + 1)));
}

describe("notProseReason", () => {
  it.each(SEED_FILES)("accepts the seed report %s", (file) => {
    expect(notProseReason(seedText(file))).toBeNull();
  });

  it("accepts a sentence of a 2024 provincial work report (山东省人民政府工作报告, 2024)", () => {
    const s =
      "全省生产总值突破9万亿元、增长6%，一般公共预算收入增长4.2%，规上工业增加值增长7.1%，固定资产投资增长5.2%，社会消费品零售总额增长8.4%，进出口总额3.3万亿元。";
    expect(notProseReason(s.repeat(2))).toBeNull();
  });

  it("says nothing about text too short to judge", () => {
    expect(notProseReason("齉龘靐")).toBeNull();
  });

  it("rejects random GB2312 bytes with the share in the message, and decodeBytes reports it at stage decode", () => {
    const bytes = randomGb2312Bytes(4000);
    const result = decodeBytes(bytes);
    expect(result).toEqual({
      ok: false,
      stage: "decode",
      message: expect.stringMatching(/^not Chinese prose: only 5\d\.\d% of its \d+ Chinese characters/),
    });
  });

  it("still decodes a real GBK report", () => {
    const result = decodeBytes(encodeGbk(seedText(SEED_FILES[0]!)));
    expect(result).toMatchObject({ ok: true, encoding: "gb18030" });
  });
});
