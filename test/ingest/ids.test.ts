import { describe, expect, it } from "vitest";
import { docId, sentenceId, sha256Hex, spanIds } from "../../data/ingest/index.ts";

describe("ids", () => {
  it("sha256Hex and docId take the first 16 hex characters of the SHA-256 of the bytes", () => {
    const sha = sha256Hex(new TextEncoder().encode("abc"));
    expect(sha).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(docId(sha)).toBe("ba7816bf8f01cfea");
  });

  it("docId(not a SHA-256) throws a TypeError", () => {
    expect(() => docId("abc")).toThrow(TypeError);
  });

  it.each([
    [0, "ba7816bf8f01cfea-s0000"],
    [42, "ba7816bf8f01cfea-s0042"],
    [12345, "ba7816bf8f01cfea-s12345"],
  ])("sentenceId(doc, %i) is %s", (index, id) => {
    expect(sentenceId("ba7816bf8f01cfea", index)).toBe(id);
  });

  it("spanIds derives ids from start and disambiguates a repeated start with the end", () => {
    expect(
      spanIds("d-s0001-f", [
        { start: 10, end: 14 },
        { start: 10, end: 16 },
        { start: 20, end: 22 },
      ]),
    ).toEqual(["d-s0001-f10", "d-s0001-f10-16", "d-s0001-f20"]);
  });

  it("spanIds throws on three identical spans (ids would collide)", () => {
    expect(() =>
      spanIds("d-e", [
        { start: 1, end: 2 },
        { start: 1, end: 2 },
        { start: 1, end: 2 },
      ]),
    ).toThrow(/two spans \[1, 2\)/);
  });

  it("spanIds tells identical spans apart by their tag (one event per milestone of a clause)", () => {
    expect(
      spanIds("d-e", [
        { start: 1, end: 2, tag: "开工" },
        { start: 1, end: 2, tag: "投产" },
        { start: 1, end: 2, tag: "签约" },
      ]),
    ).toEqual(["d-e1", "d-e1-2", "d-e1-2-签约"]);
  });
});
