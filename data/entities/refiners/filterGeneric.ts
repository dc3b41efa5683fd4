import { isGenericName } from "../boundary.ts";
import type { MentionRefiner } from "../types.ts";

/** Drops generic words that look like names (企业, 园区, 重点项目, 一区十园); gazetteer names are kept. */
export const filterGeneric: MentionRefiner = (_context, candidates) =>
  candidates.filter((c) => c.canonical !== null || !isGenericName(c.text));
