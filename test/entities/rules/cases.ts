import { expect } from "vitest";
import type { EntityType } from "../../../data/types.ts";
import { mentionsWithTrace } from "../helpers.ts";

/** [label, sentence, name, type, role?]: `name` must be found in `sentence` with `type` (and `role`, when given). */
export type Found = [label: string, sentence: string, name: string, type: EntityType, role?: string];
/** [label, sentence, words]: no mention has exactly these words. */
export type NotFound = [label: string, sentence: string, words: string];

/** Checks one FOUND case, printing the engine's trace on failure. */
export async function expectFound(sentence: string, name: string, type: EntityType, role?: string): Promise<void> {
  const { mentions, readable } = await mentionsWithTrace(sentence, null);
  const found = mentions.find((m) => m.text === name);
  expect(found, `"${name}" not found in "${sentence}"\n${readable}`).toBeDefined();
  expect(found!.type, readable).toBe(type);
  if (role !== undefined) expect(found!.role, readable).toBe(role);
}

/** Checks one NOT_FOUND case, printing the engine's trace on failure. */
export async function expectNotFound(sentence: string, words: string): Promise<void> {
  const { mentions, readable } = await mentionsWithTrace(sentence, null);
  expect(
    mentions.map((m) => m.text),
    readable,
  ).not.toContain(words);
}
