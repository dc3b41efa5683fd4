import type { Candidate, MentionRefiner } from "../types.ts";

/** A short form in brackets right after a name: two to five characters, nothing else. */
const BRACKETED = /^[（(]([\u4e00-\u9fff]{2,5})[）)]/;

/** True when `short` is made of `name`'s characters in order, starting with its first (北部都会区 → 北都). */
function abbreviates(short: string, name: string): boolean {
  if (short[0] !== name[0] || short.length >= name.length) return false;
  let at = 0;
  for (const c of short) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A short form a report defines in brackets after a name (北部都会区（北都）, 中国国际贸易促进委员会（中国贸促会）) names the
 * same thing: it is added with the name's type when its characters are the name's, in order.
 */
export const bracketAlias: MentionRefiner = (context, candidates) => {
  const text = context.sentence.text;
  const added: Candidate[] = [];
  for (const c of candidates) {
    if (c.type === "person") continue;
    const m = BRACKETED.exec(text.slice(c.end, c.end + 8));
    if (!m || !abbreviates(m[1]!, c.text)) continue;
    const start = c.end + 1;
    added.push({ ...c, start, end: start + m[1]!.length, text: m[1]!, canonical: null, rule: "bracketAlias" });
  }
  return added.length === 0 ? candidates : [...candidates, ...added];
};
