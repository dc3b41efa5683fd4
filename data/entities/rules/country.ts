import { wordFinder } from "../../engine/skip.ts";
import { COUNTRY_NAMES } from "../../gazetteer/countries.ts";
import type { EntityRule } from "../types.ts";

/** Names by first character, longest first (a Map lookup per position instead of an alternation of 240 names). */
const BY_FIRST = new Map<string, string[]>();
for (const name of COUNTRY_NAMES) {
  const list = BY_FIRST.get(name[0]!) ?? [];
  list.push(name);
  BY_FIRST.set(name[0]!, list);
}

const findName = wordFinder(COUNTRY_NAMES, false);

/**
 * What may stand right before a two-character name: no character, or a word that introduces a place (赴日本, 与德国). Any
 * other character makes it the tail of a word (欧美国家, 沿海地区, 增加纳税, 内蒙古).
 */
const BEFORE_SHORT = /[^\u4e00-\u9fff]|[与和及在赴从自对向同到至是为的了往等经由、]/;
/** What may not follow a name: a people (朝鲜族), a place's level (黑山县), a banner (巴林右旗), a route's dash, 马 (蒙古马精神). */
const NOT_AFTER = /^(?:族|县|镇|乡|村|区|市|路|街|马|右旗|左旗|[—－-])/;

/** Countries and territories outside China (世界500强新加坡益海嘉里, 赴日本、韩国招商) as places. */
export const countryNames: EntityRule = {
  name: "countryNames",
  pattern: /(?=[\u4e00-\u9fff]{2})/y,
  // Only where a name starts (a pair table and one sticky test), not at every character some name starts with.
  skipTo: (text, from) => {
    const at = findName(text, from);
    return at < 0 ? text.length + 1 : at;
  },
  extract: (context, match) => {
    const text = context.sentence.text;
    const at = match.index;
    for (const name of BY_FIRST.get(text[at]!) ?? []) {
      if (!text.startsWith(name, at)) continue;
      if (NOT_AFTER.test(text.slice(at + name.length, at + name.length + 2))) return null;
      if (name.length === 2 && at > 0 && !BEFORE_SHORT.test(text[at - 1]!)) return null;
      return {
        start: at,
        end: at + name.length,
        text: name,
        type: "place",
        canonical: null,
        role: null,
        rule: "countryNames",
        priority: 3,
      };
    }
    return null;
  },
};
