import { describe, expect, it } from "vitest";
import { findMentions } from "../../data/entities/find.ts";
import { seedDoc } from "./helpers.ts";
import { EXPECTED } from "./seedNames.ts";

describe("findMentions finds every name in the seeds with the right type", () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`findMentions(${file}) finds all ${expected.length} listed names`, () => {
      const found = new Map(findMentions(seedDoc(file)).map((m) => [`${m.text}`, m.type]));
      const wrong = expected
        .filter(([name, type]) => found.get(name) !== type)
        .map(([name, type]) => `${name}: want ${type}, got ${found.get(name)}`);
      expect(wrong).toEqual([]);
    });
  }
});
