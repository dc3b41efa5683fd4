// Places enumerated as a group (先后赴深圳、广州、北京、南京、上海等地拜访) are destinations or examples, not what
// the report is about: a zone's review that lists the cities its envoys visited names each of them once.
import type { RegionMention } from "../regions/scan.ts";

/** Fewest places a run needs before it reads as an enumeration. */
const MIN_LIST = 3;
/** What joins the places of a run (一、二、三). */
const JOINER = "、";
/** What closes an enumeration of examples (…上海等地, …温州等城市). */
const LIST_CLOSER = "等";

/**
 * Indexes (into `mentions`, sorted by start) of named places in runs of at least MIN_LIST joined by 、 and closed
 * by 等. Bare zone words never join a run.
 */
export function enumeratedPlaces(text: string, mentions: readonly RegionMention[]): Set<number> {
  if (typeof text !== "string" || !Array.isArray(mentions))
    throw new TypeError("enumeratedPlaces(text, mentions) expects a string and an array of mentions");
  const out = new Set<number>();
  let runStart = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const joined = next !== undefined && m.bare === null && next.bare === null && text.slice(m.end, next.start) === JOINER;
    if (joined) continue;
    // The run is runStart..i; it counts when it is long enough and closed by 等.
    if (m.bare === null && i - runStart + 1 >= MIN_LIST && text.startsWith(LIST_CLOSER, m.end))
      for (let k = runStart; k <= i; k++) out.add(k);
    runStart = i + 1;
  }
  return out;
}
