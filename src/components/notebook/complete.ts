// Completion of keywords, table and column names at the cursor.
import { KEYWORDS } from "./lexicon.js";
import { tokenize } from "./tokenize.js";
import type { Completion, SchemaNames } from "./types.js";

const WORD_BEFORE = /[\p{L}_][\p{L}\p{N}_]*$/u;

/** Suggestions for the word ending at `cursor`: columns of tables the query names first, then tables, keywords and other columns. */
export function completeAt(sql: string, cursor: number, names: SchemaNames, max = 12): Completion | null {
  if (!Number.isInteger(cursor) || cursor < 0 || cursor > sql.length)
    throw new TypeError(`completeAt: cursor ${cursor} is outside the query`);
  const before = sql.slice(0, cursor);
  const match = WORD_BEFORE.exec(before);
  if (!match) return null;
  // No completion inside strings, quoted names or comments.
  const inside = tokenize(before).at(-1);
  if (inside && inside.type !== "identifier" && inside.type !== "keyword") return null;
  const prefix = match[0].toLowerCase();
  const from = cursor - match[0].length;
  let to = cursor;
  while (to < sql.length && /[\p{L}\p{N}_]/u.test(sql[to])) to++;

  const used = new Set(
    tokenize(sql)
      .filter((t) => t.type === "identifier")
      .map((t) => t.text.toLowerCase()),
  );
  const usedTables = names.tables.filter((t) => used.has(t.toLowerCase()));
  const ranked: string[] = [
    ...usedTables.flatMap((t) => names.columns[t] ?? []),
    ...names.tables,
    ...KEYWORDS,
    ...Object.values(names.columns).flat(),
  ];
  const options: string[] = [];
  const seen = new Set<string>();
  for (const option of ranked) {
    const key = option.toLowerCase();
    if (seen.has(key) || !key.startsWith(prefix) || key === prefix) continue;
    seen.add(key);
    options.push(option);
    if (options.length >= max) break;
  }
  return options.length > 0 ? { from, to, options } : null;
}
