import type { Qualifier } from "../../types.ts";
import { QUALIFIER_OF } from "../lexicon.ts";

/**
 * Qualifier of the words around a number: the word before it wins over the words after it
 * ("超过1000人以上" is more_than). Unknown words are ignored.
 */
export function parseQualifier(before: string | undefined, ...after: (string | undefined)[]): Qualifier {
  if (before && QUALIFIER_OF[before]) return QUALIFIER_OF[before]!;
  for (const word of after) if (word && QUALIFIER_OF[word]) return QUALIFIER_OF[word]!;
  return null;
}
