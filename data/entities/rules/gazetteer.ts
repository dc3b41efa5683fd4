import { wordFinder } from "../../engine/skip.ts";
import { escapeRegExp, surfaceForms } from "../../gazetteer/lookup.ts";
import { GAZETTEER } from "../../gazetteer/names.ts";
import type { EntityRule } from "../types.ts";

const FORMS = surfaceForms(GAZETTEER);
const BY_TEXT = new Map(FORMS.map((f) => [f.text, f]));

const findForm = wordFinder(
  FORMS.map((f) => f.text),
  false,
);

/** The gazetteer's canonical name of a surface form (山推股份 → 山推工程机械股份有限公司), or undefined. */
export const gazetteerName = (text: string): string | undefined => BY_TEXT.get(text)?.entry.name;

/** Known names from the curated gazetteer, longest alias first; canonical name attached. */
export const gazetteerNames: EntityRule = {
  name: "gazetteer",
  // Sticky, tried only where some name's first character stands (the alternation otherwise tries every position).
  pattern: new RegExp(FORMS.map((f) => escapeRegExp(f.text)).join("|"), "y"),
  // …and only where a name's first two characters stand (wordFinder's pair table).
  skipTo: (text, from) => {
    const at = findForm(text, from);
    return at < 0 ? text.length + 1 : at;
  },
  extract: (_context, match) => {
    const form = BY_TEXT.get(match[0])!;
    return {
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      type: form.entry.type,
      canonical: form.entry.name,
      role: null,
      rule: "gazetteer",
      priority: 0,
      ...(form.zoneOnly ? { zoneOnly: form.entry.name } : {}),
    };
  },
};
