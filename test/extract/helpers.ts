import { expect } from "vitest";
import { explainFacts, formatTrace } from "../../data/extract/index.ts";
import type { FactDraft } from "../../data/types.ts";
import { describeFact } from "./describe.ts";

export { describeFact };

/** Asserts the facts of `sentence` (matching the given fields, in order); prints the extraction trace on failure. */
export function expectFacts(sentence: string, expected: Partial<FactDraft>[], year: number | null = null): FactDraft[] {
  const trace = explainFacts(sentence, { year });
  const picked = trace.facts.map((f, i) => {
    const want = expected[i] ?? {};
    return Object.fromEntries(Object.keys(want).map((k) => [k, f[k as keyof FactDraft]]));
  });
  expect(
    { count: trace.facts.length, facts: picked },
    `${formatTrace(trace)}\n  facts:\n${trace.facts.map((f) => `    ${describeFact(f)}`).join("\n")}`,
  ).toEqual({ count: expected.length, facts: expected });
  for (const f of trace.facts) expect(sentence.slice(f.start, f.end), "text must equal the sentence slice").toBe(f.text);
  return trace.facts;
}

/** Asserts that `sentence` yields exactly one fact and checks it. */
export function expectSingleFact(sentence: string, check: Partial<FactDraft>, year: number | null = null): FactDraft {
  return expectFacts(sentence, [check], year)[0]!;
}

/** Asserts that the fact whose text is `text` exists in `sentence` and matches `check`; other facts may exist. */
export function expectFactIn(sentence: string, text: string, check: Partial<FactDraft>, year: number | null = null): FactDraft {
  const trace = explainFacts(sentence, { year });
  const fact = trace.facts.find((f) => f.text === text);
  expect(fact, `no fact "${text}"\n${formatTrace(trace)}`).toBeDefined();
  const picked = Object.fromEntries(Object.keys(check).map((k) => [k, fact![k as keyof FactDraft]]));
  expect(picked, formatTrace(trace)).toEqual(check);
  return fact!;
}

/** Asserts that `sentence` yields no fact at all, printing the trace otherwise. */
export function expectNoFacts(sentence: string, year: number | null = null): void {
  const trace = explainFacts(sentence, { year });
  expect(trace.facts.map(describeFact), formatTrace(trace)).toEqual([]);
}
