// Every chart and every table on every page can be taken away as a file:
// charts as SVG and PNG, tables as Excel (.xlsx, all rows) with a 来源 column;
// tables over 100 rows get a pager. Loaded on
// every page by the config's `head`; it watches the page, because charts and
// tables are drawn (and redrawn on resize) after the page loads.
import { chartFileName, svgString, svgToPng } from "./chartExport.js";
import { downloadButton } from "./download.js";
import { pageTable } from "./tablePager.js";
import { tableFromElement, toXlsx } from "./xlsx.js";

const BAR_CLASS = "export-bar";
const DONE = "exportReady";

function bar(...children: Node[]): HTMLElement {
  const div = document.createElement("div");
  div.className = `${BAR_CLASS} no-print`;
  div.append(...children);
  return div;
}

/** Download buttons under a chart. */
function chartBar(svg: SVGSVGElement): HTMLElement {
  return bar(
    document.createTextNode("下载图表："),
    downloadButton("SVG", chartFileName(svg, "svg"), "image/svg+xml", () => svgString(svg)),
    downloadButton("PNG", chartFileName(svg, "png"), "image/png", () => svgToPng(svg)),
  );
}

/** The source note that belongs to a table: the next .source-note after it in its block, if any. */
function noteFor(table: Element): string | null {
  let el: Element | null = table;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) {
    let next = el.nextElementSibling;
    while (next && !next.matches(".source-note") && !next.querySelector("table, svg")) next = next.nextElementSibling;
    if (next?.matches(".source-note")) return next.textContent?.trim() ?? null;
  }
  return null;
}

/** An Excel button under a table. */
function tableBar(table: HTMLTableElement): HTMLElement {
  const title = document.title.split("|")[0].trim() || "数据";
  const name = `${location.pathname.split("/").filter(Boolean).join("-") || "index"}-table.xlsx`;
  return bar(
    downloadButton("Excel", name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () =>
      toXlsx(tableFromElement(table, title, noteFor(table))),
    ),
  );
}

/** Adds the download bars to charts and tables below `root` that have none yet. */
export function addExportBars(root: ParentNode): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>("svg.chart:not(.chart-empty)")) {
    if (svg.dataset[DONE]) continue;
    svg.dataset[DONE] = "1";
    svg.after(chartBar(svg));
  }
  for (const table of root.querySelectorAll<HTMLTableElement>("table")) {
    if (table.closest(".nb-notebook, form") || !table.querySelector("tbody tr")) continue;
    pageTable(table);
    if (table.dataset[DONE]) continue;
    table.dataset[DONE] = "1";
    (table.nextElementSibling?.classList.contains("table-pager") ? table.nextElementSibling : table).after(tableBar(table));
  }
}

/** Watches the page's main element and keeps adding bars as content appears. */
export function watchExports(main = document.getElementById("observablehq-main")): MutationObserver | null {
  if (!main) return null;
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      addExportBars(main);
    });
  });
  observer.observe(main, { childList: true, subtree: true });
  addExportBars(main);
  return observer;
}
