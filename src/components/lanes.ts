// Region lanes of the event pages (timeline, investment): one per region label with
// events, most events first, and the unknown region last.
import { NO_REGION, regionLabel } from "./palette.js";

/** Region labels of the rows, most rows first (ties in Chinese order); NO_REGION last when some row has no region. */
export function regionLanes(rows: readonly { region: string | null }[]): string[] {
  const counts = new Map<string, number>();
  let unknown = false;
  for (const r of rows) {
    const label = regionLabel(r.region);
    if (label === NO_REGION) unknown = true;
    else counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const named = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN")).map(([l]) => l);
  return unknown ? [...named, NO_REGION] : named;
}
