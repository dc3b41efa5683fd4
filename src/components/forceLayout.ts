// Deterministic force layout for the entity network: nodes start on a
// phyllotaxis spiral in a stable order, d3-force's jiggle draws from a seeded
// generator instead of Math.random, and a fixed number of ticks runs before
// anything is drawn. Same input → same coordinates.
import * as d3 from "npm:d3";

/** A node to lay out. */
export interface LayoutNode {
  id: string;
  /** Mentions (bigger nodes sit nearer the center and repel more). */
  weight: number;
}

/** An undirected edge; weight = shared sentences. */
export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}

/** A node's position. */
export interface Position {
  id: string;
  x: number;
  y: number;
}

/** Options of `forceLayout`. */
export interface ForceLayoutOptions {
  width: number;
  height: number;
  /** Ticks to run before returning (no animation). */
  ticks?: number;
  /** Seed of the generator d3-force uses to separate coincident nodes. */
  seed?: number;
}

/** A small seeded linear congruential generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type SimNode = d3.SimulationNodeDatum & LayoutNode;

/** Positions of `nodes` inside width×height, in input order; links to unknown ids are TypeErrors. */
export function forceLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[], options: ForceLayoutOptions): Position[] {
  const { width, height, ticks = 300, seed = 42 } = options;
  if (!(width > 0) || !(height > 0)) throw new TypeError(`forceLayout: width and height must be positive, got ${width}×${height}`);
  // Stable order (heaviest first, then id) decides the spiral start positions.
  const order = [...nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const spacing = Math.min(width, height) / (2 * Math.sqrt(order.length + 1));
  const sim: SimNode[] = order.map((n, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * Math.PI * (3 - Math.sqrt(5));
    return { ...n, x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const ids = new Set(sim.map((n) => n.id));
  for (const l of links) {
    if (!ids.has(l.source) || !ids.has(l.target))
      throw new TypeError(`forceLayout: link ${l.source}–${l.target} names a node not in the list`);
  }
  const maxWeight = d3.max(links, (l) => l.weight) ?? 1;
  // Links in a canonical order too: forceLink applies them one after another.
  const key = (l: LayoutLink) => (l.source < l.target ? `${l.source}\u0000${l.target}` : `${l.target}\u0000${l.source}`);
  const simLinks = [...links].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((l) => ({ ...l }));
  const size = Math.min(width, height);
  const simulation = d3
    .forceSimulation(sim)
    .randomSource(seededRandom(seed))
    .force(
      "link",
      d3
        .forceLink<SimNode, (typeof simLinks)[number] & d3.SimulationLinkDatum<SimNode>>(simLinks)
        .id((n) => n.id)
        .distance(size / 6)
        .strength((l) => 0.2 + 0.6 * (l.weight / maxWeight)),
    )
    .force(
      "charge",
      d3.forceManyBody<SimNode>().strength((n) => -size / 8 - 4 * Math.sqrt(n.weight)),
    )
    .force("collide", d3.forceCollide<SimNode>(12))
    .force("x", d3.forceX(0).strength(0.06))
    .force("y", d3.forceY(0).strength(0.06 * (width / height)))
    .stop();
  simulation.tick(ticks);
  // Fit into the box with a margin, keeping the aspect ratio (bounded size).
  const margin = 24;
  const xs = d3.extent(sim, (n) => n.x!) as [number, number];
  const ys = d3.extent(sim, (n) => n.y!) as [number, number];
  const scale = Math.min((width - 2 * margin) / (xs[1] - xs[0] || 1), (height - 2 * margin) / (ys[1] - ys[0] || 1), 1.5);
  const cx = (xs[0] + xs[1]) / 2;
  const cy = (ys[0] + ys[1]) / 2;
  const round = (v: number) => Math.round(v * 100) / 100;
  const byId = new Map(
    sim.map((n) => [n.id, { id: n.id, x: round(width / 2 + (n.x! - cx) * scale), y: round(height / 2 + (n.y! - cy) * scale) }]),
  );
  return nodes.map((n) => byId.get(n.id)!);
}
