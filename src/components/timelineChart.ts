// The signature timeline: one lane per region, every dated event on a UTC time
// axis, colored by action and sized by amount (sqrt). A day-precision event is
// a dot; a month/quarter/half/year event is a bar over its whole period, so the
// chart never claims more precision than the report gives. A context strip
// below holds the brush; the lanes above show the brushed range.
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { formatDate, formatYuan } from "./format.js";
import { packRows } from "./packRows.js";
import { actionColor } from "./palette.js";
import { eventPeriod, type Period } from "./period.js";
import { zhTimeTick } from "./timeAxis.js";
import { CONTEXT_HEIGHT, type DateRange, drawContext } from "./timelineContext.js";
import { addTooltip } from "./tooltip.js";

export type { DateRange } from "./timelineContext.js";

/** One event as the timeline needs it. */
export interface TimelineDatum {
  event_id: string;
  date: string | null;
  precision: string | null;
  end_date: string | null;
  action: string;
  /** Lane (zone label) the event is drawn in. */
  lane: string;
  amount_cny: number | null;
  project_count?: number | null;
  /** The clause describing the event (shown as text in the tooltip). */
  text: string;
}

/** Options of `timelineChart`. */
export interface TimelineOptions<D extends TimelineDatum = TimelineDatum> {
  width: number;
  /** Full extent of the axis (context strip); defaults to the data's years. */
  domain?: DateRange;
  /** Brushed range shown in the lanes; null → the whole domain. */
  range?: DateRange | null;
  /** Lanes in display order; defaults to the lanes in the data, sorted. */
  lanes?: string[];
  /** Called when the user ends a brush gesture (null when cleared). */
  onBrush?: (range: DateRange | null) => void;
  /** Link of each mark (the event in the report reader). */
  href?: (d: D) => string;
  /** Height of one row of marks in px. */
  rowHeight?: number;
  /** Largest radius in px (the largest amount). */
  maxRadius?: number;
}

/** Radius of a mark with no stated amount. */
const MIN_RADIUS = 3.5;
const MARGIN = { top: 8, right: 16, bottom: 24, left: 64 };
const LANE_GAP = 10;

/** A drawable event: datum plus its period and pixel geometry. */
interface Placed {
  d: TimelineDatum;
  period: Period;
  r: number;
  x0: number;
  x1: number;
  row: number;
}

/** The whole years spanned by the dated events. */
function defaultDomain(periods: Period[]): DateRange {
  const start = d3.min(periods, (p) => p.start)!;
  const end = d3.max(periods, (p) => p.end)!;
  return [d3.utcYear.floor(start), d3.utcYear.ceil(end)];
}

/** Radius scale: sqrt of the amount in yuan, so area is proportional to money. */
export function amountRadius(data: readonly TimelineDatum[], maxRadius = 14): (amount: number | null) => number {
  const max = d3.max(data, (d) => d.amount_cny ?? 0) ?? 0;
  const scale = d3
    .scaleSqrt()
    .domain([0, max || 1])
    .range([0, maxRadius]);
  return (amount) => (amount == null || !(amount > 0) ? MIN_RADIUS : Math.max(MIN_RADIUS, scale(amount)));
}

/** Tooltip lines of one event. */
function tipLines(d: TimelineDatum): string[] {
  const amount = d.amount_cny == null ? null : `金额：${formatYuan(d.amount_cny)}`;
  const count = d.project_count == null ? null : `项目：${d.project_count}个`;
  const when = d.end_date ? `${formatDate(d.date, d.precision)}至${formatDate(d.end_date, d.precision)}` : formatDate(d.date, d.precision);
  return [`${when} · ${d.action} · ${d.lane}`, ...[amount, count].filter((l): l is string => l != null), d.text];
}

/** Timeline of events: `(data, {width, ...}) → <svg>`; events with a null date are not drawn. */
export function timelineChart<D extends TimelineDatum>(data: readonly D[], options: TimelineOptions<D>): SVGSVGElement {
  const { width, onBrush, href, maxRadius = 14 } = options;
  const rowHeight = options.rowHeight ?? Math.max(22, 2 * maxRadius + 4);
  if (!(width > 0)) throw new TypeError(`timelineChart: width must be positive, got ${width}`);
  const dated = data.flatMap((d) => {
    const period = eventPeriod(d.date, d.precision, d.end_date);
    return period ? [{ d, period }] : [];
  });
  if (dated.length === 0) return emptyChart(width, 160, "没有符合当前筛选条件的有日期事件");
  const domain = options.domain ?? defaultDomain(dated.map((e) => e.period));
  const focus = options.range ?? domain;
  const lanes = options.lanes ?? [...new Set(dated.map((e) => e.d.lane))].sort();
  const radius = amountRadius(data, maxRadius);
  const x = d3
    .scaleUtc()
    .domain(focus)
    .range([MARGIN.left, width - MARGIN.right]);

  // Place the marks of each lane, packing overlaps into extra rows.
  const visible = dated.filter((e) => e.period.end > focus[0] && e.period.start < focus[1]);
  const byLane = d3.group(visible, (e) => e.d.lane);
  const laneTop = new Map<string, number>();
  const placed: Placed[] = [];
  let y = MARGIN.top;
  for (const lane of lanes) {
    const events = byLane.get(lane) ?? [];
    const geometry = events.map(({ d, period }) => {
      const r = radius(d.amount_cny);
      const x0 = period.point ? x(period.start) - r : x(period.start);
      const x1 = period.point ? x(period.start) + r : Math.max(x(period.end), x0 + 2);
      return { d, period, r, x0, x1 };
    });
    const rows = packRows(geometry);
    const rowCount = Math.max(1, (d3.max(rows) ?? 0) + 1);
    geometry.forEach((g, i) => {
      placed.push({ ...g, row: rows[i] });
    });
    laneTop.set(lane, y);
    y += rowCount * rowHeight + LANE_GAP;
  }
  const lanesBottom = y - LANE_GAP;
  const contextTop = lanesBottom + MARGIN.bottom + 12;
  const height = contextTop + CONTEXT_HEIGHT + MARGIN.bottom;

  const svg = d3
    .create("svg")
    .attr("class", "chart timeline-chart")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", 11)
    .attr("role", "img")
    .attr("aria-label", `事件时间线：${dated.length}个有日期的事件`);
  const clipId = `timeline-clip-${Math.round(width)}-${lanes.length}`;
  svg
    .append("clipPath")
    .attr("id", clipId)
    .append("rect")
    .attr("x", MARGIN.left)
    .attr("y", 0)
    .attr("width", width - MARGIN.left - MARGIN.right)
    .attr("height", lanesBottom + 4);

  // Lane backgrounds and labels.
  const laneG = svg
    .append("g")
    .attr("class", "timeline-lanes")
    .selectAll("g")
    .data(lanes)
    .join("g")
    .attr("data-lane", (l) => l);
  laneG
    .append("line")
    .attr("x1", MARGIN.left)
    .attr("x2", width - MARGIN.right)
    .attr("y1", (l) => laneTop.get(l)! - LANE_GAP / 2)
    .attr("y2", (l) => laneTop.get(l)! - LANE_GAP / 2)
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.15);
  laneG
    .append("text")
    .attr("x", MARGIN.left - 8)
    .attr("y", (l) => laneTop.get(l)! + rowHeight / 2)
    .attr("text-anchor", "end")
    .attr("dominant-baseline", "middle")
    .attr("fill", "currentColor")
    .attr("font-size", 12)
    .text((l) => l);

  svg
    .append("g")
    .attr("class", "timeline-axis")
    .attr("transform", `translate(0,${lanesBottom + 4})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(Math.max(2, Math.floor(width / 90)))
        .tickFormat((d) => zhTimeTick(d as Date)),
    );

  // Marks: spans first (behind), dots on top; each links to the event in the reader.
  const markG = svg.append("g").attr("class", "timeline-marks").attr("clip-path", `url(#${clipId})`);
  const sorted = [...placed].sort((a, b) => Number(b.period.point === false) - Number(a.period.point === false) || b.r - a.r);
  const link = markG
    .selectAll("a")
    .data(sorted)
    .join("a")
    .attr("href", href ? (p) => href(p.d as D) : null);
  const cy = (p: Placed) => laneTop.get(p.d.lane)! + p.row * rowHeight + rowHeight / 2;
  link.each(function (p) {
    const a = d3.select(this);
    const mark: d3.Selection<SVGElement, unknown, null, undefined> = p.period.point
      ? a
          .append<SVGElement>("circle")
          .attr("class", "timeline-mark timeline-dot")
          .attr("cx", x(p.period.start))
          .attr("cy", cy(p))
          .attr("r", p.r)
      : a
          .append<SVGElement>("rect")
          .attr("class", "timeline-mark timeline-span")
          .attr("x", p.x0)
          .attr("width", p.x1 - p.x0)
          .attr("y", cy(p) - Math.min(p.r, rowHeight / 2 - 1))
          .attr("height", 2 * Math.min(p.r, rowHeight / 2 - 1))
          .attr("rx", 2);
    mark
      .attr("fill", actionColor(p.d.action))
      .attr("fill-opacity", p.d.amount_cny == null ? 0.15 : p.period.point ? 0.85 : 0.55)
      .attr("stroke", actionColor(p.d.action))
      .attr("stroke-width", 1.5)
      .attr("data-date", p.d.date)
      .attr("data-precision", p.d.precision ?? "day")
      .attr("data-action", p.d.action)
      .attr("data-event-id", p.d.event_id);
  });
  addTooltip(svg.node()!, link, (p) => tipLines(p.d));

  drawContext(svg, dated, {
    width,
    left: MARGIN.left,
    right: MARGIN.right,
    domain,
    range: options.range ?? null,
    top: contextTop,
    onBrush,
  });
  return svg.node()!;
}
