// Chinese labels for UTC time axes: 2017年 at year starts, 3月 at month starts, 12日 otherwise.
import * as d3 from "npm:d3";

/** Axis tick labels in Chinese: 2017年 at year starts, 3月 at month starts, else 12日. */
export function zhTimeTick(date: Date): string {
  if (d3.utcMonth(date) < date) return `${date.getUTCDate()}日`;
  if (d3.utcYear(date) < date) return `${date.getUTCMonth() + 1}月`;
  return `${date.getUTCFullYear()}年`;
}
