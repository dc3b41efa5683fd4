// A presentation as an editable PowerPoint file (pptxgenjs, in the browser):
// one slide per section, its heading, its figures as text with a link to the
// sentence they came from, its tables as PowerPoint tables, its charts as
// images, the source line at the bottom and the speaker notes as notes.
import { svgToPng } from "./chartExport.js";

const FONT = "Microsoft YaHei";
const WIDTH = 13.33; // LAYOUT_WIDE, inches
const MARGIN = 0.5;
/** Rows of a table put on a slide (the rest is in the Excel download). */
export const TABLE_ROWS = 12;

/** What one slide of the deck says, read from the page. */
export interface SlideContent {
  heading: string;
  /** Paragraphs and list items; `href` links the figure to its sentence; `quote` is the sentence. */
  items: { text: string; href?: string | null; quote?: string | null }[];
  tables: string[][][];
  charts: SVGSVGElement[];
  source: string | null;
  notes: string | null;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Reads one slide's content from its elements (a heading, paragraphs, lists, tables, charts, notes). */
export function slideContent(group: readonly Element[]): SlideContent {
  const all = (selector: string) => group.flatMap((el) => (el.matches(selector) ? [el] : Array.from(el.querySelectorAll(selector))));
  const heading = text(all("h1, h2")[0]);
  const items: SlideContent["items"] = [];
  for (const el of all("p:not(.source-note), li")) {
    if (el.closest("details.notes, table, .export-bar, .briefing-controls") || items.some((i) => i.text === text(el))) continue;
    if ((el.matches("li") && el.querySelector("li")) || (el.matches("p") && el.closest("li"))) continue;
    const quote = el.querySelector("blockquote");
    const link = el.querySelector<HTMLAnchorElement>("a[href]");
    const own = quote ? text(el).replace(text(quote), "").trim() : text(el);
    if (!own) continue;
    items.push({
      text: own,
      href: link ? new URL(link.getAttribute("href") ?? "", location.href).href : null,
      quote: quote ? text(quote) : null,
    });
  }
  const tables = all("table").map((t) =>
    Array.from(t.querySelectorAll("tr"))
      .slice(0, TABLE_ROWS + 1)
      .map((tr) => Array.from(tr.querySelectorAll("th, td"), (c) => text(c))),
  );
  return {
    heading,
    items,
    tables,
    charts: all("svg.chart:not(.chart-empty)") as SVGSVGElement[],
    source: all(".source-note").map(text).filter(Boolean).join(" ") || null,
    notes:
      all("details.notes")
        .map((d) => text(d).replace(/^讲稿\s*/, ""))
        .join("\n") || null,
  };
}

async function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The deck as a .pptx Blob. */
export async function toPptx(slides: readonly SlideContent[], title: string): Promise<Blob> {
  const { default: PptxGenJS } = await import("npm:pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = title;
  for (const content of slides) {
    const slide = pptx.addSlide();
    slide.addText(content.heading || title, { x: MARGIN, y: 0.3, w: WIDTH - 2 * MARGIN, h: 0.8, fontFace: FONT, fontSize: 28, bold: true });
    const chart = content.charts[0];
    const textWidth = chart ? 6.2 : WIDTH - 2 * MARGIN;
    let y = 1.2;
    if (content.items.length) {
      const runs = content.items.flatMap((item) => [
        {
          text: item.text,
          options: {
            bullet: true,
            breakLine: true,
            fontSize: 16,
            hyperlink: item.href ? { url: item.href, tooltip: "打开原文" } : undefined,
          },
        },
        ...(item.quote
          ? [{ text: `“${item.quote}”`, options: { breakLine: true, fontSize: 11, italic: true, color: "666666", indentLevel: 1 } }]
          : []),
      ]);
      const h = content.tables.length ? 2.4 : 5.2;
      slide.addText(runs, { x: MARGIN, y, w: textWidth, h, fontFace: FONT, valign: "top", fit: "shrink" });
      y += h + 0.1;
    }
    for (const table of content.tables.slice(0, 1)) {
      const rows = table.map((row, i) => row.map((cell) => ({ text: cell, options: { bold: i === 0, fontSize: 11, fontFace: FONT } })));
      slide.addTable(rows, {
        x: MARGIN,
        y,
        w: textWidth,
        fontSize: 11,
        border: { type: "solid", pt: 0.5, color: "BBBBBB" },
        autoPage: false,
      });
    }
    if (chart) {
      const png = await dataUrl(await svgToPng(chart, 2));
      const { width, height } = chart.getBoundingClientRect();
      const w = WIDTH - MARGIN - 6.2 - MARGIN - 0.2;
      const h = Math.min(5.2, (w * (height || 400)) / (width || 640));
      slide.addImage({ data: png, x: 6.2 + MARGIN + 0.2, y: 1.2, w, h });
    }
    if (content.source)
      slide.addText(content.source, { x: MARGIN, y: 6.8, w: WIDTH - 2 * MARGIN, h: 0.5, fontFace: FONT, fontSize: 10, color: "666666" });
    if (content.notes) slide.addNotes(content.notes);
  }
  return (await pptx.write({ outputType: "blob" })) as Blob;
}
