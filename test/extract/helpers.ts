import { expect } from "vitest";
import type { ExtractOptions } from "../../data/extract/index.ts";
import { explainFacts, formatTrace } from "../../data/extract/index.ts";
import type { FactDraft } from "../../data/types.ts";
import { describeFact } from "./describe.ts";

export { describeFact };

/** The report year, or full extraction options (year plus paragraph mode or document). */
export type Context = number | null | ExtractOptions;

function options(context: Context): ExtractOptions {
  return context !== null && typeof context === "object" ? context : { year: context };
}

/** Asserts the facts of `sentence` (matching the given fields, in order); prints the extraction trace on failure. */
export function expectFacts(sentence: string, expected: Partial<FactDraft>[], context: Context = null): FactDraft[] {
  const trace = explainFacts(sentence, options(context));
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
export function expectSingleFact(sentence: string, check: Partial<FactDraft>, context: Context = null): FactDraft {
  return expectFacts(sentence, [check], context)[0]!;
}

/** Asserts that the fact whose text is `text` exists in `sentence` and matches `check`; other facts may exist. */
export function expectFactIn(sentence: string, text: string, check: Partial<FactDraft>, context: Context = null): FactDraft {
  const trace = explainFacts(sentence, options(context));
  const fact = trace.facts.find((f) => f.text === text);
  expect(fact, `no fact "${text}"\n${formatTrace(trace)}`).toBeDefined();
  const picked = Object.fromEntries(Object.keys(check).map((k) => [k, fact![k as keyof FactDraft]]));
  expect(picked, formatTrace(trace)).toEqual(check);
  return fact!;
}

/** Asserts that `sentence` yields no fact at all, printing the trace otherwise. */
export function expectNoFacts(sentence: string, context: Context = null): void {
  const trace = explainFacts(sentence, options(context));
  expect(trace.facts.map(describeFact), formatTrace(trace)).toEqual([]);
}
