import { expect } from "vitest";
import type { EntityType } from "../../../data/types.ts";
import { mentionsWithTrace } from "../helpers.ts";

/** [label, sentence, name, type]: `name` must be found in `sentence` with `type`. */
export type Found = [label: string, sentence: string, name: string, type: EntityType];
/** [label, sentence, words]: no mention has exactly these words. */
export type NotFound = [label: string, sentence: string, words: string];

/** Checks one FOUND case, printing the engine's trace on failure. */
export async function expectFound(sentence: string, name: string, type: EntityType): Promise<void> {
  const { mentions, readable } = await mentionsWithTrace(sentence, null);
  const found = mentions.find((m) => m.text === name);
  expect(found, `"${name}" not found in "${sentence}"\n${readable}`).toBeDefined();
  expect(found!.type, readable).toBe(type);
}

/** Checks one NOT_FOUND case, printing the engine's trace on failure. */
export async function expectNotFound(sentence: string, words: string): Promise<void> {
  const { mentions, readable } = await mentionsWithTrace(sentence, null);
  expect(
    mentions.map((m) => m.text),
    readable,
  ).not.toContain(words);
}
