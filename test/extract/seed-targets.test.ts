// is_target on whole seeds, sentence by sentence as the pipeline splits them, with the
// document passed along (the pipeline's `document: { text, start }` option).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../data/extract/index.ts";
import { inferDocumentMeta } from "../../data/meta/index.ts";
import { normalizeText } from "../../data/normalize/index.ts";
import { structureDocument } from "../../data/structure/index.ts";

/** Every fact of a seed as "fact text|sentence" → is_target. */
function targets(file: string): Map<string, boolean> {
  const text = normalizeText(readFileSync(join(import.meta.dirname, "../../seeds", file), "utf8")).text;
  const structure = structureDocument(text);
  const { year } = inferDocumentMeta(text, structure.title);
  const out = new Map<string, boolean>();
  for (const s of structure.sentences)
    for (const f of extractFacts(s.text, { year, document: { text, start: s.start } })) out.set(`${f.text}|${s.text}`, f.is_target);
  return out;
}

describe("is_target over whole seeds with the document's mode", () => {
  it("extractFacts on seed 003 (a work plan) marks every quantity a target", () => {
    const facts = targets("003_38f6dc02bb8fa8db.txt");
    expect(facts.size).toBeGreaterThan(30);
    expect([...facts].filter(([, t]) => !t)).toEqual([]);
  });

  it.each([
    ["004_58c0054395c95171.txt", "10353人", "新增城镇就业10353人", false],
    ["004_58c0054395c95171.txt", "54个", "计划开设54个教学班", true],
    ["001_dd31bf420b4d610c.txt", "65个", "全区完成65个5G基站", false],
    ["002_e70ec2d6cbeccfa8.txt", "197亿元", "9月22日,在深圳举办的", false],
    ["000_ffb5c2e5c6763d0c.txt", "43.31亿元", "实现地区生产总值43.31亿元", false],
  ] as const)("extractFacts on %s: %s in “%s” → is_target %s", (file, fact, words, target) => {
    const found = [...targets(file)].filter(([key]) => key.startsWith(`${fact}|`) && key.includes(words));
    expect(found.map(([, t]) => t)).toEqual([target]);
  });
});
