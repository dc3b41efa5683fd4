import { describe, expect, it } from "vitest";
import { forceLayout, seededRandom } from "../../src/components/forceLayout.ts";

const NODES = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, weight: 30 - i }));
const LINKS = NODES.slice(1).map((n, i) => ({ source: NODES[i % 5].id, target: n.id, weight: 1 + (i % 3) }));

describe("forceLayout", () => {
  it("forceLayout returns identical coordinates for identical input", () => {
    const a = forceLayout(NODES, LINKS, { width: 640, height: 480 });
    const b = forceLayout(NODES, LINKS, { width: 640, height: 480 });
    expect(b).toEqual(a);
  });

  it("forceLayout does not depend on the input order of nodes and links", () => {
    const a = forceLayout(NODES, LINKS, { width: 640, height: 480 });
    const b = forceLayout([...NODES].reverse(), [...LINKS].reverse(), { width: 640, height: 480 });
    const byId = (ps: typeof a) => Object.fromEntries(ps.map((p) => [p.id, [p.x, p.y]]));
    expect(byId(b)).toEqual(byId(a));
  });

  it("forceLayout does not call Math.random", () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error("Math.random called");
    };
    try {
      expect(forceLayout(NODES, LINKS, { width: 300, height: 300 })).toHaveLength(30);
    } finally {
      Math.random = original;
    }
  });

  it("forceLayout keeps positions inside the box and returns them in input order", () => {
    const ps = forceLayout(NODES, LINKS, { width: 300, height: 200 });
    expect(ps.map((p) => p.id)).toEqual(NODES.map((n) => n.id));
    for (const p of ps) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(300);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(200);
    }
  });

  it("forceLayout places linked nodes nearer each other than unlinked ones on average", () => {
    const ps = new Map(forceLayout(NODES, LINKS, { width: 640, height: 480 }).map((p) => [p.id, p]));
    const dist = (a: string, b: string) => Math.hypot(ps.get(a)!.x - ps.get(b)!.x, ps.get(a)!.y - ps.get(b)!.y);
    const linked = LINKS.map((l) => dist(l.source, l.target));
    const all = NODES.flatMap((a, i) => NODES.slice(i + 1).map((b) => dist(a.id, b.id)));
    expect(linked.reduce((s, v) => s + v, 0) / linked.length).toBeLessThan(all.reduce((s, v) => s + v, 0) / all.length);
  });

  it("forceLayout throws a TypeError for a link to an unknown node or a bad size", () => {
    expect(() => forceLayout(NODES, [{ source: "n0", target: "missing", weight: 1 }], { width: 100, height: 100 })).toThrow(TypeError);
    expect(() => forceLayout(NODES, [], { width: 0, height: 100 })).toThrow(TypeError);
  });

  it("seededRandom(seed) repeats its sequence and stays in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
