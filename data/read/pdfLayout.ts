// Text items of PDF pages → lines in reading order, without running headers, footers and page numbers.

/** The parts of a pdf.js text item used here. */
export interface PdfItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

/** One page's text items and its height. */
export interface PdfPage {
  items: PdfItem[];
  height: number;
}

/** A line of a page with its baseline height above the page bottom. */
interface PageLine {
  text: string;
  y: number;
}

/** Share of the page height at the top and bottom where headers, footers and page numbers are printed. */
const MARGIN = 0.1;

/** A page number as printed: 3, - 3 -, 第3页, 3/12, 第 3 页 共 12 页, iii. */
const PAGE_NUMBER = /^[-—–－·\s]*(?:第\s*)?(?:\d{1,4}|[ivxlc]{1,6})\s*页?\s*(?:(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–－·\s]*$/i;

/** Groups a page's items into lines: a new line at an end-of-line mark or when the baseline moves by half a line. */
export function pageLines(page: PdfPage): PageLine[] {
  const lines: PageLine[] = [];
  let current: (PageLine & { h: number }) | null = null;
  for (const item of page.items) {
    const y = item.transform[5] ?? 0;
    const h = item.height || Math.abs(item.transform[3] ?? 0) || 1;
    if (current && Math.abs(y - current.y) > Math.max(h, current.h) * 0.5) {
      lines.push(current);
      current = null;
    }
    if (item.str !== "") {
      current ??= { text: "", y, h };
      current.text += item.str;
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.map(({ text, y }) => ({ text: text.trim(), y })).filter((l) => l.text !== "");
}

/** The shape of a margin line across pages: digits stand for any number (第3页, 2024年 …). */
function shape(text: string): string {
  return text.replace(/\s+/g, "").replace(/\d+/g, "#");
}

/**
 * Lines of every page with their page number (1-based); lines in the top or bottom
 * margin are dropped when they are page numbers or repeat on several pages.
 */
export function layoutPages(pages: readonly PdfPage[]): { text: string; page: number }[] {
  const byPage = pages.map((p) => ({ lines: pageLines(p), height: p.height }));
  const inMargin = (y: number, height: number) => y < height * MARGIN || y > height * (1 - MARGIN);
  const seen = new Map<string, number>();
  for (const { lines, height } of byPage) {
    const shapes = new Set(lines.filter((l) => inMargin(l.y, height)).map((l) => shape(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeats = (text: string) => pages.length >= 2 && (seen.get(shape(text)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.4));
  const out: { text: string; page: number }[] = [];
  byPage.forEach(({ lines, height }, i) => {
    for (const l of lines) {
      if (inMargin(l.y, height) && (PAGE_NUMBER.test(l.text) || repeats(l.text))) continue;
      out.push({ text: l.text, page: i + 1 });
    }
  });
  return out;
}
