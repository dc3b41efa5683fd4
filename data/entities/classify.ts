import type { EntityType } from "../types.ts";
import { COMPANY_ENDINGS, SUFFIXES } from "./lexicon.ts";

const ORDER = ["project", "institution", "government", "park", "place", "company"] as const;
const ENDS = ORDER.map((type) => [type, new RegExp(`(?:${SUFFIXES[type].join("|")})$`)] as const);
const COMPANY_END = new RegExp(`(?:${COMPANY_ENDINGS.join("|")})$`);

/** The type a bare name's ending implies (…协会 → institution, …金属 → company), or null. */
export function typeByEnding(name: string): EntityType | null {
  for (const [type, re] of ENDS) if (re.test(name)) return type;
  return COMPANY_END.test(name) ? "company" : null;
}
