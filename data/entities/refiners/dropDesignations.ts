import { DESIGNATION_AFTER, DESIGNATION_BEFORE } from "../lexicon.ts";
import type { MentionRefiner } from "../types.ts";

/**
 * Drops a found name that is a title still to be earned, not a thing that exists: "同步承担国家安全
 * 产业园创建工作", "争创国家级…示范区". Gazetteer names are kept.
 */
export const dropDesignations: MentionRefiner = (context, candidates) =>
  candidates.filter((c) => {
    if (c.canonical !== null) return true;
    const text = context.sentence.text;
    // A few characters on each side are enough, and sentences can be long.
    return !DESIGNATION_AFTER.test(text.slice(c.end, c.end + 4)) && !DESIGNATION_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start));
  });
