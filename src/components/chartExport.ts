// Charts as files: a standalone SVG (colours, fonts and Chinese text inlined,
// so it opens the same in a browser, Illustrator or PowerPoint) and a PNG
// rasterized from it by the browser at twice the size. Nothing leaves the page.

const SVG_NS = "http://www.w3.org/2000/svg";
/** Font stack written into exported charts (the page's CJK stack). */
export const EXPORT_FONT = '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif';

// Presentation properties copied from the page's computed style, so the file
// does not depend on the site's stylesheet or CSS variables.
const PROPERTIES = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "fill-opacity",
  "opacity",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
];

/** Standalone SVG text of a chart on the page (interactive parts such as tooltips left out). */
export function svgString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll("*")];
  const target = [clone, ...clone.querySelectorAll("*")];
  const view = svg.ownerDocument.defaultView;
  for (const [i, el] of source.entries()) {
    const style = view?.getComputedStyle(el);
    const out = target[i] as SVGElement;
    if (!style || !out) continue;
    for (const p of PROPERTIES) {
      const value = style.getPropertyValue(p);
      if (value && !value.includes("var(")) out.setAttribute(p, value);
    }
    // Tooltips: the D3 charts' box and Plot's tip mark.
    if (out.getAttribute("class")?.includes("chart-tip") || out.getAttribute("aria-label") === "tip") out.remove();
  }
  const { width, height } = size(svg);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("font-family", EXPORT_FONT);
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const color = view?.getComputedStyle(svg).color;
  if (color) clone.setAttribute("color", color);
  // A white background, so the chart reads the same pasted on any slide.
  const background = svg.ownerDocument.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#fff");
  clone.insertBefore(background, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Pixel size of a chart: its width/height attributes, else its box on screen. */
export function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || Math.round(box.width) || 640;
  const height = Number(svg.getAttribute("height")) || Math.round(box.height) || 400;
  return { width, height };
}

/** PNG of a chart at `scale` times its size, rasterized by the browser from the standalone SVG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = size(svg);
  const url = URL.createObjectURL(new Blob([svgString(svg)], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("图表无法转换为图片"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("浏览器不支持画布（canvas）");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG 编码失败"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name for a chart: its aria-label or class, and the page. */
export function chartFileName(svg: SVGSVGElement, ext: "svg" | "png"): string {
  const kind = (svg.getAttribute("class") ?? "chart").split(/\s+/).find((c) => c !== "chart") ?? "chart";
  const page = location.pathname.split("/").filter(Boolean).join("-") || "index";
  return `${page}-${kind}.${ext}`;
}
