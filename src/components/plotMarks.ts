// Glue between Observable Plot and the site's charts: the class names and data
// attributes that pages, tests and exports select marks by, click selection,
// and the <svg> every chart returns (role, aria-label, the page's text colour).
import * as Plot from "npm:@observablehq/plot";

type Attributes = Record<string, string | number | boolean | null | undefined>;

/** What `tagged` writes on every element a mark draws. */
export interface TagOptions<T> {
  /** Data attributes (and a `class` suffix) of the element drawn for `datum`; null/undefined are left out. */
  attrs?: (datum: T) => Attributes;
  /** Called with the clicked element's datum; the elements get a pointer cursor. */
  onClick?: (datum: T) => void;
}

// Plot binds each element it draws to the index of its datum (d3's __data__; a
// line's path to the indexes of its series), so one pass after Plot's own render
// maps elements back to rows. <title> and <tspan> children inherit the binding.
function datumIndex(el: Element): number | undefined {
  if (el.tagName === "title" || el.tagName === "tspan") return undefined;
  const bound = (el as Element & { __data__?: unknown }).__data__;
  const i = Array.isArray(bound) ? bound[0] : bound;
  return typeof i === "number" ? i : undefined;
}

/** A mark's `render` option giving each drawn element `className`, `attrs(datum)` and a click handler. */
export function tagged<T>(data: readonly T[], className: string, { attrs, onClick }: TagOptions<T> = {}): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    for (const el of g?.querySelectorAll("*") ?? []) {
      const i = datumIndex(el);
      if (i === undefined) continue;
      const d = data[i];
      el.classList.add(...className.split(" "));
      for (const [name, value] of Object.entries(attrs?.(d) ?? {})) {
        if (value == null || value === false) continue;
        if (name === "class") el.classList.add(String(value));
        else el.setAttribute(name, String(value));
      }
      if (onClick) {
        (el as SVGElement).style.cursor = "pointer";
        el.addEventListener("click", () => onClick(d));
      }
    }
    return g;
  };
}

/** Draws `options` with Plot and returns its <svg> with the site's chart classes and an aria-label. */
export function plotChart(options: Plot.PlotOptions, className: string, ariaLabel: string): SVGSVGElement {
  // Without a title, caption or legend Plot returns the <svg> itself.
  const svg = Plot.plot({ style: { background: "transparent" }, ...options, ariaLabel });
  if (!(svg instanceof SVGSVGElement)) throw new TypeError("plotChart: options must not ask for a figure (title, caption or legend)");
  // The site's classes first: export file names take the first class after "chart" (bar-chart, not plot-d6a7b5).
  svg.setAttribute("class", `chart ${className} ${svg.getAttribute("class") ?? ""}`.trim());
  svg.setAttribute("role", "img");
  svg.setAttribute("font-size", "12");
  return svg;
}
