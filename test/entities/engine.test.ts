import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MENTION_REFINERS } from "../../data/entities/config.ts";
import { runSentence } from "../../data/entities/engine.ts";
import { ENTITY_RULES } from "../../data/entities/rules/index.ts";
import type { EntityRule } from "../../data/entities/types.ts";
import { docFromText, SEED_FILES, seedDoc, sentenceDoc } from "./helpers.ts";

/** Held-out reports of other areas (SOURCES.md in each bench/holdout folder): real text the rules were not written on. */
const HOLDOUT_DOCS = ["extract", "indicators", "regions"].flatMap((area) => {
  const dir = join(import.meta.dirname, "../../bench/holdout", area);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f, i) => docFromText(`${area}${i}`, readFileSync(join(dir, f), "utf8")));
});

/** The same rules without their skipTo shortcuts, as global patterns: what the patterns find scanning every position. */
const UNSKIPPED: EntityRule[] = ENTITY_RULES.map(({ skipTo: _skip, pattern, ...rule }) => ({
  ...rule,
  pattern: new RegExp(pattern.source, `${pattern.flags.replace("y", "").replace("g", "")}g`),
}));

describe("runSentence(doc, sentence, rules, refiners)", () => {
  it("runSentence finds the same candidates with and without the rules' skipTo shortcuts, on every seed and held-out sentence", () => {
    let found = 0;
    for (const doc of [...SEED_FILES.map(seedDoc), ...HOLDOUT_DOCS]) {
      for (const sentence of doc.sentences) {
        const fast = runSentence(doc, sentence, ENTITY_RULES, []);
        expect(fast).toEqual(runSentence(doc, sentence, UNSKIPPED, []));
        found += fast.length;
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it("runSentence finds a name whose suffix lies far into the sentence (skipTo starts the scan just before it)", () => {
    const doc = sentenceDoc(
      "据了解，今年以来全区上下认真贯彻落实各项决策部署，山推工程机械股份有限公司新品下线",
      "济宁高新技术产业开发区",
      2023,
    );
    const names = runSentence(doc, doc.sentences[0]!, ENTITY_RULES, MENTION_REFINERS).map((c) => c.text);
    expect(names).toContain("山推工程机械股份有限公司");
  });

  it("runSentence skips a rule whose skipTo says nothing can match, without calling its pattern", () => {
    const doc = sentenceDoc("华隆机械、海推重工等10家企业", "济宁高新技术产业开发区", 2023);
    const never: EntityRule = { name: "never", pattern: /./g, extract: () => expect.unreachable(), skipTo: (text) => text.length + 1 };
    expect(runSentence(doc, doc.sentences[0]!, [never], [])).toEqual([]);
  });

  it("runSentence throws TypeError for a rule whose pattern is not global", () => {
    const doc = sentenceDoc("济宁高新区", "济宁高新技术产业开发区", 2023);
    const bad: EntityRule = { name: "bad", pattern: /济宁/, extract: () => null };
    expect(() => runSentence(doc, doc.sentences[0]!, [bad], [])).toThrow(TypeError);
  });
});
