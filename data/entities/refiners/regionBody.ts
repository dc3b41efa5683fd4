import type { Candidate, MentionRefiner } from "../types.ts";

/**
 * A body named by its level right after a place that ends in that level is the place's body: 嵊州市 + 市委 →
 * 嵊州市委, 象州县 + 县委 → 象州县委, 广西壮族自治区 + 自治区党委 → 广西壮族自治区党委. The joined name is added;
 * removeOverlaps then keeps it over its two parts.
 */
export const regionBody: MentionRefiner = (_context, candidates) => {
  const joined: Candidate[] = [];
  for (const body of candidates) {
    if (body.rule !== "governmentByLevel") continue;
    for (const place of candidates) {
      if (place.type !== "place" || place.start >= body.start || place.end <= body.start || place.end > body.end) continue;
      // The level the two share: the place's last characters are the body's first (市 of 嵊州市 and 市委).
      if (!body.text.startsWith(place.text.slice(body.start - place.start))) continue;
      const text = place.text.slice(0, body.start - place.start) + body.text;
      joined.push({ ...body, start: place.start, text, rule: "regionBody" });
    }
  }
  return joined.length === 0 ? candidates : [...candidates, ...joined];
};
