import type { EntityType } from "../../types.ts";
import { isGenericBody, isGenericName, nameStart } from "../boundary.ts";
import { MAX_BODY, NAME_CHAR, SUFFIXES } from "../lexicon.ts";
import type { EntityRule } from "../types.ts";

type SuffixType = Exclude<EntityType, "person">;

/** Options of a suffix rule. */
export interface SuffixRuleOptions {
  /** Fewest name characters before the suffix (default 2). */
  minBody?: number;
  /** Text that must not follow the suffix (路 in 路子, 湖 in 湖长制). */
  notFollowedBy?: string;
  /** Names cut from the front of the name part (济宁高新区幸福河 → 幸福河). */
  stripPrefixes?: readonly string[];
}

/**
 * A rule finding names by their suffix (…有限公司, …研究所, …街道). The name part is matched
 * lazily so 长城控股集团下属长城重工有限公司 yields two names, then cut after the last boundary
 * word (与, 推动, 的 …) and rejected when it is only generic words (重点项目, 公办幼儿园).
 */
export function suffixRule(name: string, type: SuffixType, options: SuffixRuleOptions = {}): EntityRule {
  const minBody = options.minBody ?? 2;
  const suffixes = SUFFIXES[type].join("|");
  const tail = options.notFollowedBy ? `(?!${options.notFollowedBy})` : "";
  return {
    name,
    pattern: new RegExp(`(${NAME_CHAR}{1,${MAX_BODY[type] + 8}}?)(${suffixes})${tail}`, "g"),
    extract: (_context, match) => {
      const body = match[1]!;
      let cut = nameStart(body);
      const prefix = options.stripPrefixes?.find((p) => body.startsWith(p, cut));
      if (prefix) cut += prefix.length;
      const nameBody = body.slice(cut);
      if (nameBody.length < minBody || nameBody.length > MAX_BODY[type] || isGenericBody(nameBody)) return null;
      const text = nameBody + match[2]!;
      if (isGenericName(text)) return null;
      const start = match.index + cut;
      return { start, end: start + text.length, text, type, canonical: null, role: null, rule: name, priority: 2 };
    },
  };
}
