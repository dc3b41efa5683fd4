import { absorbHeadline } from "./refiners/absorbHeadline.ts";
import { absorbMeetings } from "./refiners/absorbMeetings.ts";
import { mergeDuplicates } from "./refiners/mergeDuplicates.ts";
import type { EventRefiner } from "./types.ts";

/** Event refiners in the order they run, each with the reason for its place. */
export const EVENT_REFINERS: ReadonlyArray<{ name: string; refine: EventRefiner; reason: string }> = [
  {
    name: "mergeDuplicates",
    refine: mergeDuplicates,
    reason:
      "reports tell the same happening twice (a lead summary, then a section); one event per date and action keeps counts and timelines honest. Runs on finished events, since it needs their entities and amounts to pick the more informative clause",
  },
  {
    name: "absorbHeadline",
    refine: absorbHeadline,
    reason:
      "after mergeDuplicates, which merges only equal dates: a headline names the body's happening by its batch (一季度…集中开工) with no day, and counting it again would double the happening",
  },
  {
    name: "absorbMeetings",
    refine: absorbMeetings,
    reason:
      "after mergeDuplicates, so the specific event it compares against already carries the union of its duplicates' entities: a meeting whose participants all appear in a same-day signing or groundbreaking is that happening's venue, not another happening",
  },
];
