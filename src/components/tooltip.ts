// Tooltips drawn inside the chart's own SVG (like Plot's tip mark), so a chart
// stays one self-contained element. Every line is set with textContent: report
// text is never parsed as markup. Each mark also gets a <title> for screen
// readers, keyboard users and print.
import * as d3 from "npm:d3";

/** Pixel size of the tooltip text. */
const FONT_SIZE = 12;
const LINE_HEIGHT = 16;
const PADDING = 6;
/** Longest line shown, in characters (report sentences can be long). */
const MAX_CHARS = 40;

/** Rough rendered width of a line: CJK characters are square, the rest about half as wide. */
export function textWidth(line: string, fontSize = FONT_SIZE): number {
  let width = 0;
  for (const char of line) width += char.charCodeAt(0) > 0x2e7f ? fontSize : fontSize * 0.6;
  return width;
}

/** Splits long lines at MAX_CHARS characters so the box stays readable. */
export function wrapLines(lines: readonly string[], maxChars = MAX_CHARS): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const chars = Array.from(line);
    if (chars.length === 0) continue;
    for (let i = 0; i < chars.length; i += maxChars) out.push(chars.slice(i, i + maxChars).join(""));
  }
  return out;
}

/** Pointer position in the svg's viewBox units (the svg may be scaled by CSS, e.g. in print). */
function localPoint(event: PointerEvent, svg: SVGSVGElement, width: number, height: number): [number, number] {
  const rect = svg.getBoundingClientRect();
  const sx = rect.width > 0 ? width / rect.width : 1;
  const sy = rect.height > 0 ? height / rect.height : 1;
  return [(event.clientX - rect.left) * sx, (event.clientY - rect.top) * sy];
}

/**
 * Adds a tooltip to `marks` (a d3 selection of elements inside `svg`): a <title>
 * on each mark, and a box that follows the pointer with `lines(datum)`.
 */
export function addTooltip<D>(
  svg: SVGSVGElement,
  marks: d3.Selection<d3.BaseType, D, d3.BaseType, unknown>,
  lines: (datum: D) => string[],
): void {
  if (!(svg instanceof SVGSVGElement)) throw new TypeError("addTooltip: svg must be an <svg> element");
  marks.append("title").text((d) => lines(d).join("\n"));
  const tip = d3
    .select(svg)
    .selectAll<SVGGElement, null>("g.chart-tip")
    .data([null])
    .join("g")
    .attr("class", "chart-tip")
    .attr("display", "none");
  tip.selectAll("rect").data([null]).join("rect").attr("rx", 3);
  const text = tip.selectAll("text").data([null]).join("text").attr("font-size", FONT_SIZE);
  const viewBox = svg.viewBox?.baseVal;
  const width = viewBox && viewBox.width > 0 ? viewBox.width : Number(svg.getAttribute("width")) || 640;
  const height = viewBox && viewBox.height > 0 ? viewBox.height : Number(svg.getAttribute("height")) || 400;

  marks
    .on("pointerenter.tip pointermove.tip", (event: PointerEvent, d) => {
      const shown = wrapLines(lines(d));
      if (shown.length === 0) return;
      const [px, py] = localPoint(event, svg, width, height);
      const boxWidth = Math.max(...shown.map((l) => textWidth(l))) + 2 * PADDING;
      const boxHeight = shown.length * LINE_HEIGHT + 2 * PADDING;
      // Keep the box inside the chart: flip left or up near the edges.
      const x = px + 12 + boxWidth > width ? Math.max(0, px - 12 - boxWidth) : px + 12;
      const y = py + 12 + boxHeight > height ? Math.max(0, py - 12 - boxHeight) : py + 12;
      tip.attr("display", null).attr("transform", `translate(${x},${y})`).raise();
      tip.select("rect").attr("width", boxWidth).attr("height", boxHeight);
      text
        .selectAll("tspan")
        .data(shown)
        .join("tspan")
        .attr("x", PADDING)
        .attr("y", (_, i) => PADDING + (i + 1) * LINE_HEIGHT - 4)
        .text((l) => l);
    })
    .on("pointerleave.tip", () => tip.attr("display", "none"));
}
