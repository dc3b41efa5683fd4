import { describe, expect, it } from "vitest";
import { searchWithSlide, slideContainer, slideFromSearch, slideGroups } from "../../src/components/briefing.ts";
import { fitZoom } from "../../src/components/slideFit.ts";

// slideGroups only reads `children` and `tagName`: a page's top-level elements.
function page(...tags: string[]): Element {
  return { children: tags.map((tagName, i) => ({ tagName, id: `n${i}` })) } as unknown as Element;
}
const ids = (groups: Element[][]) => groups.map((g) => g.map((e) => e.id));

describe("slideGroups", () => {
  it("slideGroups puts what precedes the first h2 on the title slide and starts a slide at each h2", () => {
    expect(ids(slideGroups(page("H1", "P", "DIV", "H2", "DIV", "DETAILS", "H2", "P")))).toEqual([
      ["n0", "n1", "n2"],
      ["n3", "n4", "n5"],
      ["n6", "n7"],
    ]);
  });

  it("slideGroups does not make an empty title slide when the page starts with an h2", () => {
    expect(ids(slideGroups(page("H2", "P", "H2")))).toEqual([["n0", "n1"], ["n2"]]);
  });

  it("slideGroups of an empty page is no slides", () => {
    expect(slideGroups(page())).toEqual([]);
  });
});

describe("slideFromSearch / searchWithSlide", () => {
  it.each([
    ["", null],
    ["?zone=高新区", null],
    ["?present", 0],
    ["?present=", 0],
    ["?present=3", 2],
    ["?present=0", 0],
    ["?present=abc", 0],
    ["?zone=x&present=2", 1],
  ])("slideFromSearch(%j) is %j", (search, expected) => {
    expect(slideFromSearch(search)).toBe(expected);
  });

  it("searchWithSlide sets ?present=N (1-based) and keeps other parameters", () => {
    expect(searchWithSlide("?zone=gaoxin", 2)).toBe("?zone=gaoxin&present=3");
    expect(searchWithSlide("?present=5", 0)).toBe("?present=1");
  });

  it("searchWithSlide(…, null) removes present and gives '' when nothing is left", () => {
    expect(searchWithSlide("?present=2", null)).toBe("");
    expect(searchWithSlide("?present=2&zone=x", null)).toBe("?zone=x");
  });
});

describe("slideContainer", () => {
  const node = (tag: string, children: Element[] = [], id?: string) =>
    ({ tagName: tag, children, id, parentElement: null, querySelector: () => null }) as unknown as Element;
  it("is the root when the root has h2 children", () => {
    const root = node("MAIN", [node("H1"), node("H2")]);
    expect(slideContainer(root)).toBe(root);
  });
  it("is the wrapper holding the first ## heading otherwise", () => {
    const wrapper = node("DIV", [node("H1"), node("H2")]);
    const root = {
      ...node("MAIN", [wrapper]),
      querySelector: (s: string) => (s === "h2[id]" ? { parentElement: wrapper } : null),
    } as unknown as Element;
    expect(slideContainer(root)).toBe(wrapper);
  });
});

describe("fitZoom", () => {
  it.each([
    [500, 600, 1],
    [1200, 600, 0.5],
    [10000, 600, 0.35],
    [0, 600, 1],
  ])("content %i px in %i px of room → zoom %f", (height, room, zoom) => {
    expect(fitZoom(height, room)).toBe(zoom);
  });
});
