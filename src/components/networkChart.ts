// The entity co-occurrence network: entities as circles (area ∝ mentions,
// colored by type), an edge wherever two entities share a sentence (width ∝
// shared sentences). Laid out once, deterministically, by forceLayout. Clicking
// a node focuses it: its neighbours stay bright, everything else dims.
import * as d3 from "npm:d3";
import { emptyChart } from "./emptyChart.js";
import { forceLayout, type Position } from "./forceLayout.js";
import { placeLabels, textWidth } from "./labelPlacement.js";
import { entityTypeColor, entityTypeLabel } from "./palette.js";
import { addTooltip } from "./tooltip.js";

/** One entity in the network. */
export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

/** Two entities mentioned in the same sentences. */
export interface NetworkLink {
  source: string;
  target: string;
  /** Number of shared sentences. */
  weight: number;
}

/** Options of `networkChart`. */
export interface NetworkOptions {
  width: number;
  height?: number;
  /** Focused node id (null → none). */
  focus?: string | null;
  /** Called with a node id on click (the focused id again, or the background, gives null). */
  onSelect?: (id: string | null) => void;
  /** Labels only the top nodes by mentions, to keep the picture legible. */
  labelCount?: number;
}

/** Ids of `id` and every node linked to it. */
export function neighbourhood(id: string, links: readonly NetworkLink[]): Set<string> {
  const ids = new Set([id]);
  for (const l of links) {
    if (l.source === id) ids.add(l.target);
    if (l.target === id) ids.add(l.source);
  }
  return ids;
}

/** Network of entities: `(data, {width, ...}) → <svg>`; links between unknown nodes are dropped. */
export function networkChart(
  data: { nodes: readonly NetworkNode[]; links: readonly NetworkLink[] },
  options: NetworkOptions,
): SVGSVGElement {
  const { width, height = Math.round(Math.min(640, Math.max(360, width * 0.7))), focus = null, onSelect, labelCount = 25 } = options;
  if (!(width > 0)) throw new TypeError(`networkChart: width must be positive, got ${width}`);
  const { nodes } = data;
  if (nodes.length === 0) return emptyChart(width, 240, "没有符合当前筛选条件的实体");
  const ids = new Set(nodes.map((n) => n.id));
  const links = data.links.filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target);
  const positions = forceLayout(
    nodes.map((n) => ({ id: n.id, weight: n.mentions })),
    links,
    { width, height },
  );
  const at = new Map<string, Position>(positions.map((p) => [p.id, p]));
  const radius = d3
    .scaleSqrt()
    .domain([0, d3.max(nodes, (n) => n.mentions) || 1])
    .range([3, 16]);
  const edgeWidth = d3
    .scaleLinear()
    .domain([1, d3.max(links, (l) => l.weight) || 1])
    .range([0.8, 5]);
  const focused = focus && ids.has(focus) ? neighbourhood(focus, links) : null;
  // Focused nodes first, then by mentions; a label that would overlap one already drawn is left out.
  const FONT = 11;
  const ranked = [...nodes]
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
    .slice(0, labelCount)
    .concat(focused ? nodes.filter((n) => focused.has(n.id)) : []);
  const priority = focused ? [...ranked.filter((n) => focused.has(n.id)), ...ranked.filter((n) => !focused.has(n.id))] : ranked;
  const labelled = placeLabels(
    priority.map((n) => {
      const p = at.get(n.id) ?? { x: 0, y: 0 };
      return { id: n.id, x: p.x + radius(n.mentions) + 3, y: p.y - FONT / 2, width: textWidth(n.name, FONT), height: FONT };
    }),
  );

  const svg = d3
    .create("svg")
    .attr("class", "chart network-chart")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("font-size", FONT)
    .attr("role", "img")
    .attr("aria-label", `实体共现网络：${nodes.length}个实体，${links.length}条关系`);
  svg
    .append("rect")
    .attr("class", "network-background")
    .attr("width", width)
    .attr("height", height)
    .attr("fill", "transparent")
    .on("click", () => onSelect?.(null));

  const edge = svg
    .append("g")
    .attr("class", "network-links")
    .attr("stroke", "currentColor")
    .selectAll("line")
    .data(links)
    .join("line")
    .attr("x1", (l) => at.get(l.source)!.x)
    .attr("y1", (l) => at.get(l.source)!.y)
    .attr("x2", (l) => at.get(l.target)!.x)
    .attr("y2", (l) => at.get(l.target)!.y)
    .attr("stroke-width", (l) => edgeWidth(l.weight))
    .attr("stroke-opacity", (l) => (focused ? (l.source === focus || l.target === focus ? 0.7 : 0.05) : 0.25))
    .attr("data-source", (l) => l.source)
    .attr("data-target", (l) => l.target);
  addTooltip(svg.node()!, edge, (l) => [`${nameOf(nodes, l.source)} — ${nameOf(nodes, l.target)}`, `同句出现：${l.weight}句`]);

  const node = svg
    .append("g")
    .attr("class", "network-nodes")
    .selectAll("g")
    .data(nodes)
    .join("g")
    .attr("class", (n) => `network-node${n.id === focus ? " network-focus" : ""}${focused && !focused.has(n.id) ? " network-dim" : ""}`)
    .attr("data-id", (n) => n.id)
    .attr("data-type", (n) => n.type)
    .attr("transform", (n) => `translate(${at.get(n.id)!.x},${at.get(n.id)!.y})`)
    .attr("opacity", (n) => (focused && !focused.has(n.id) ? 0.15 : 1))
    .style("cursor", onSelect ? "pointer" : "default")
    .on("click", (event: MouseEvent, n) => {
      event.stopPropagation();
      onSelect?.(n.id === focus ? null : n.id);
    });
  node
    .append("circle")
    .attr("r", (n) => radius(n.mentions))
    .attr("fill", (n) => entityTypeColor(n.type))
    .attr("stroke", (n) => (n.id === focus ? "currentColor" : "var(--theme-background, #fff)"))
    .attr("stroke-width", (n) => (n.id === focus ? 2.5 : 1));
  node
    .filter((n) => labelled.has(n.id))
    .append("text")
    .attr("x", (n) => radius(n.mentions) + 3)
    .attr("dy", "0.35em")
    .attr("fill", "currentColor")
    .attr("paint-order", "stroke")
    .attr("stroke", "var(--theme-background, #fff)")
    .attr("stroke-width", 3)
    .text((n) => n.name);
  addTooltip(svg.node()!, node, (n) => [
    n.name,
    `${entityTypeLabel(n.type)} · 提及${n.mentions}次`,
    onSelect ? "点击聚焦，再次点击取消" : "",
  ]);
  return svg.node()!;
}

function nameOf(nodes: readonly NetworkNode[], id: string): string {
  return nodes.find((n) => n.id === id)?.name ?? id;
}
