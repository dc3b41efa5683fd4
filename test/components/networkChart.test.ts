// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { type NetworkLink, type NetworkNode, neighbourhood, networkChart } from "../../src/components/networkChart.ts";

// Entities that share sentences in the seeds (2017 report of 济宁高新区).
const NODES: NetworkNode[] = [
  { id: "gov1", name: "济宁高新区", type: "park", mentions: 40 },
  { id: "co1", name: "山推股份", type: "company", mentions: 6 },
  { id: "co2", name: "小松山推", type: "company", mentions: 4 },
  { id: "co3", name: "辰欣药业", type: "company", mentions: 3 },
  { id: "pl1", name: "上海证券交易所", type: "institution", mentions: 1 },
  { id: "pr1", name: "红星爱琴海城市综合体", type: "project", mentions: 1 },
];
const LINKS: NetworkLink[] = [
  { source: "gov1", target: "co1", weight: 3 },
  { source: "co1", target: "co2", weight: 2 },
  { source: "co3", target: "pl1", weight: 1 },
  { source: "gov1", target: "pr1", weight: 1 },
];

const positions = (svg: SVGSVGElement): [string | null, string | null][] =>
  [...svg.querySelectorAll(".network-node")].map((g) => [g.getAttribute("data-id"), g.getAttribute("transform")]);

describe("networkChart", () => {
  it("networkChart({nodes, links}) draws one node per entity and one line per link", () => {
    const svg = networkChart({ nodes: NODES, links: LINKS }, { width: 600 });
    expect(svg.querySelectorAll(".network-node")).toHaveLength(6);
    expect(svg.querySelectorAll(".network-links line")).toHaveLength(4);
    expect(svg.querySelector('[data-id="co1"]')?.getAttribute("data-type")).toBe("company");
  });

  it("networkChart lays out the same input at the same coordinates every time", () => {
    const a = positions(networkChart({ nodes: NODES, links: LINKS }, { width: 600 }));
    const b = positions(networkChart({ nodes: [...NODES].reverse(), links: [...LINKS].reverse() }, { width: 600 }));
    expect(new Map(b)).toEqual(new Map(a));
  });

  it("networkChart keeps every node inside the chart", () => {
    const svg = networkChart({ nodes: NODES, links: LINKS }, { width: 500, height: 400 });
    for (const [, transform] of positions(svg)) {
      const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(transform ?? "")!.map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(500);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(400);
    }
  });

  it("networkChart with focus dims every node that is not a neighbour", () => {
    const svg = networkChart({ nodes: NODES, links: LINKS }, { width: 600, focus: "co1" });
    const dim = [...svg.querySelectorAll(".network-dim")].map((g) => g.getAttribute("data-id")).sort();
    expect(dim).toEqual(["co3", "pl1", "pr1"]);
    expect(svg.querySelector(".network-focus")?.getAttribute("data-id")).toBe("co1");
  });

  it("networkChart calls onSelect with the clicked node, and null when it is clicked again", () => {
    const calls: (string | null)[] = [];
    const svg = networkChart({ nodes: NODES, links: LINKS }, { width: 600, focus: "co2", onSelect: (id) => calls.push(id) });
    svg.querySelector('[data-id="co1"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    svg.querySelector('[data-id="co2"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    svg.querySelector(".network-background")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(calls).toEqual(["co1", null, null]);
  });

  it("networkChart drops links to nodes outside the top N", () => {
    const svg = networkChart({ nodes: NODES.slice(0, 3), links: LINKS }, { width: 600 });
    expect(svg.querySelectorAll(".network-links line")).toHaveLength(2);
  });

  it("networkChart with no nodes shows the empty state", () => {
    const svg = networkChart({ nodes: [], links: [] }, { width: 600 });
    expect(svg.classList.contains("chart-empty")).toBe(true);
    expect(svg.textContent).toContain("没有符合当前筛选条件的实体");
  });

  it("neighbourhood(id, links) is the node and every node linked to it", () => {
    expect([...neighbourhood("co1", LINKS)].sort()).toEqual(["co1", "co2", "gov1"]);
    expect([...neighbourhood("nobody", LINKS)]).toEqual(["nobody"]);
  });
});
