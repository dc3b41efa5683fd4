// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { findMatches, flashAnchor, type HighlightSpan, highlight } from "../../src/components/highlight.ts";

// From seeds/000: "上半年，实现地区生产总值43.31亿元，同比增长4.7%，增幅列全市第2位。"
const SENTENCE = "上半年，实现地区生产总值43.31亿元，同比增长4.7%，增幅列全市第2位。";

const span = (start: number, end: number, cls: string, id?: string): HighlightSpan => ({
  start,
  end,
  className: cls,
  id,
  title: `${cls} ${start}-${end}`,
});

/** The element structure as a compact string: [class:text] with nesting. */
function shape(node: Node): string {
  return Array.from(node.childNodes)
    .map((n) => (n.nodeType === 3 ? n.textContent : `[${(n as HTMLElement).className}:${shape(n)}]`))
    .join("");
}

describe("highlight", () => {
  it("wraps a fact span and keeps every character of the text", () => {
    const el = highlight(SENTENCE, [span(12, 19, "f", "f-1")]);
    expect(el.textContent).toBe(SENTENCE);
    expect(shape(el)).toBe("上半年，实现地区生产总值[f:43.31亿元]，同比增长4.7%，增幅列全市第2位。");
    expect(el.querySelector("#f-1")?.textContent).toBe("43.31亿元");
    expect(el.querySelector("#f-1")?.getAttribute("title")).toBe("f 12-19");
  });

  it("nests a span inside an enclosing one", () => {
    const el = highlight(SENTENCE, [span(4, 19, "e", "e-1"), span(6, 12, "m", "m-1"), span(12, 19, "f", "f-1")]);
    expect(shape(el)).toBe("上半年，[e:实现[m:地区生产总值][f:43.31亿元]]，同比增长4.7%，增幅列全市第2位。");
  });

  it("splits a span that crosses the end of another into pieces sharing one key, with the id on the first piece only", () => {
    const el = highlight(SENTENCE, [span(0, 10, "a", "a-1"), span(6, 19, "b", "b-1")]);
    expect(shape(el)).toBe("[a:上半年，实现[b:地区生产]][b hl-cont:总值43.31亿元]，同比增长4.7%，增幅列全市第2位。");
    expect(el.querySelectorAll('[data-key="b-1"]')).toHaveLength(2);
    expect(el.querySelectorAll("#b-1")).toHaveLength(1);
    expect(el.textContent).toBe(SENTENCE);
  });

  it("puts the longer of two spans with the same start outside", () => {
    const el = highlight(SENTENCE, [span(12, 17, "inner"), span(12, 19, "outer")]);
    expect(shape(el)).toBe("上半年，实现地区生产总值[outer:[inner:43.31]亿元]，同比增长4.7%，增幅列全市第2位。");
  });

  it("counts offsets in code points, not UTF-16 units", () => {
    const text = "𠀀𠀁企业43亿元";
    const el = highlight(text, [span(4, 8, "f")]);
    expect(el.querySelector(".f")?.textContent).toBe("43亿元");
  });

  it("skips invalid spans and counts them", () => {
    const el = highlight("abc", [span(2, 1, "x"), span(0, 9, "y"), span(-1, 1, "z"), span(0, 1, "ok")]);
    expect(el.dataset.skipped).toBe("3");
    expect(shape(el)).toBe("[ok:a]bc");
  });

  it("renders markup in report text as text and creates no element from it", () => {
    const text = "报告<img src=x onerror=alert(1)>结尾<script>alert(2)</script>";
    const el = highlight(text, [span(2, 10, "f", "f-x")]);
    document.body.replaceChildren(el);
    expect(el.textContent).toBe(text);
    expect(document.querySelectorAll("img, script")).toHaveLength(0);
    expect(el.querySelectorAll("*")).toHaveLength(1);
  });

  it("throws a TypeError when text is not a string", () => {
    expect(() => highlight(undefined as unknown as string, [])).toThrow(TypeError);
  });
});

describe("findMatches", () => {
  it.each([
    ["此次签约，是小松整机和零部件生产重要供应基地", "小松", [{ start: 6, end: 8 }]],
    [
      "CPU and cpu and Cpu",
      "cPu",
      [
        { start: 0, end: 3 },
        { start: 8, end: 11 },
        { start: 16, end: 19 },
      ],
    ],
    ["𠀀小松", "小松", [{ start: 1, end: 3 }]],
    [
      "aaaa",
      "aa",
      [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
    ],
    ["小松", "", []],
    ["小松", "大松", []],
  ])("findMatches(%j, %j) → %j", (text, query, expected) => {
    expect(findMatches(text, query)).toEqual(expected);
  });
});

describe("flashAnchor", () => {
  it("flashes every piece of a split span and reports a missing anchor", () => {
    const el = highlight(SENTENCE, [span(0, 10, "a", "a-1"), span(6, 19, "b", "b-1")]);
    document.body.replaceChildren(el);
    expect(flashAnchor(document, "b-1")).toBe(true);
    expect(Array.from(el.querySelectorAll('[data-key="b-1"]')).every((p) => p.classList.contains("hl-flash"))).toBe(true);
    expect(flashAnchor(document, "f-missing")).toBe(false);
  });
});
