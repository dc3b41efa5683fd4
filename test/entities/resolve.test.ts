import { describe, expect, it } from "vitest";
import { findMentions } from "../../data/entities/find.ts";
import { entityId } from "../../data/entities/id.ts";
import { resolveEntities } from "../../data/entities/resolve.ts";
import type { MentionDraft } from "../../data/types.ts";
import { SEED_FILES, seedDoc, sentenceDoc } from "./helpers.ts";

const draft = (text: string, type: MentionDraft["type"], canonical: string | null = null, start = 0): MentionDraft => ({
  doc_id: "t",
  sentence_id: "t-s0",
  start,
  end: start + text.length,
  text,
  type,
  canonical,
  role: null,
});

describe("resolveEntities", () => {
  const docs = SEED_FILES.map(seedDoc);
  const { entities, mentions } = resolveEntities(
    docs.flatMap((d) => findMentions(d)),
    docs,
  );
  const byName = new Map(entities.map((e) => [e.name, e]));

  it.each([
    ["山推工程机械股份有限公司", "company", ["山推", "山推工程机械股份有限公司", "山推股份"]],
    ["小松(中国)投资有限公司", "company", ["小松", "小松(中国)投资有限公司", "小松系"]],
    // The bare 长城 (以小松、长城、山推等领航型企业) stays its own: 长城控股集团 could take it too.
    ["长城重工有限公司", "company", ["长城重工", "长城重工有限公司"]],
    ["济宁高新技术产业开发区", "park", ["济宁国家高新区", "济宁高新区", "高新区"]],
    ["济宁经济技术开发区", "park", ["济宁经开区", "济宁经济技术开发区", "经开区"]],
    ["深圳", "place", ["深圳", "鹏城"]],
  ] as const)("resolveEntities merges the forms of %s (%s) across the seeds", (name, type, aliases) => {
    const entity = byName.get(name);
    expect(entity, `${name} not resolved`).toBeDefined();
    expect(entity!.type).toBe(type);
    expect(entity!.aliases).toEqual(aliases);
    expect(entity!.entity_id).toBe(entityId(type, name));
  });

  it("resolveEntities gives the bare 市委 and 市政府 the report's city and keeps them apart", () => {
    const gov = entities.filter((e) => e.type === "government").map((e) => e.name);
    expect(gov).toContain("济宁市委");
    expect(gov).toContain("山东省济宁市人民政府");
  });

  it("resolveEntities counts mentions and documents consistently", () => {
    expect(entities.reduce((n, e) => n + e.mentions, 0)).toBe(mentions.length);
    const hightech = byName.get("济宁高新技术产业开发区")!;
    expect(hightech.docs).toBe(4);
    expect(mentions.filter((m) => m.entity_id === hightech.entity_id)).toHaveLength(hightech.mentions);
  });

  it("resolveEntities output is sorted and deterministic", () => {
    const again = resolveEntities(docs.flatMap((d) => findMentions(d)).reverse(), docs);
    expect(again.entities).toEqual(entities);
    expect(again.mentions).toEqual(mentions);
  });

  it("resolveEntities merges an unknown short form into its single long form", () => {
    const doc = sentenceDoc("x");
    const out = resolveEntities([draft("华东数控", "company"), draft("华东数控有限公司", "company", null, 10)], [doc]);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]!.name).toBe("华东数控有限公司");
    expect(out.entities[0]!.aliases).toEqual(["华东数控", "华东数控有限公司"]);
  });

  it("resolveEntities leaves a short form alone when two long forms could take it", () => {
    const doc = sentenceDoc("x");
    const out = resolveEntities(
      [draft("华东", "company"), draft("华东数控有限公司", "company", null, 10), draft("华东重工有限公司", "company", null, 20)],
      [doc],
    );
    expect(out.entities.map((e) => e.name).sort()).toEqual(["华东", "华东数控有限公司", "华东重工有限公司"]);
  });

  it("resolveEntities does not merge across types or for places", () => {
    const doc = sentenceDoc("x");
    const out = resolveEntities([draft("济宁", "place"), draft("济宁市", "place", null, 5), draft("华东数控", "park", null, 9)], [doc]);
    expect(out.entities).toHaveLength(3);
  });

  // 抚州 news printed in traditional characters (中国台湾网, 2020) beside a simplified report of the same city.
  it("resolveEntities takes a name printed in traditional characters for the same entity, named in simplified ones", () => {
    const doc = sentenceDoc("x");
    const out = resolveEntities(
      [draft("撫州市委", "government"), draft("抚州市委", "government", null, 10), draft("撫州市臺辦", "government", null, 20)],
      [doc],
    );
    expect(out.entities.map((e) => [e.name, e.aliases])).toEqual([
      ["抚州市委", ["抚州市委", "撫州市委"]],
      ["撫州市臺辦", ["撫州市臺辦"]],
    ]);
  });

  it("resolveEntities throws TypeError for a mention of an unknown document", () => {
    expect(() => resolveEntities([draft("华东数控", "company")], [])).toThrow(TypeError);
  });
});
