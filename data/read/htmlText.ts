// DOM → lines: block elements become lines, inline elements never split words.

/** The DOM node shape used here (linkedom's nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Elements whose content is never report text. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "NAV",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "FORM",
]);

/** Elements that start and end a line. */
const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "BLOCKQUOTE",
  "PRE",
  "UL",
  "OL",
  "LI",
  "DL",
  "DT",
  "DD",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "CAPTION",
  "FIGURE",
  "FIGCAPTION",
  "HR",
  "ADDRESS",
  "CENTER",
  "BODY",
  "HTML",
  "DETAILS",
  "SUMMARY",
]);

/** Collects lines from a DOM subtree; table cells are separated by tabs. */
export function domLines(root: DomNode): string[] {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    // A line break in the source (hard-wrapped Markdown, formatted HTML) joins Chinese without a space, as the
    // .txt path glues broken lines: only between two Latin letters does it stay a space.
    const t = line
      .replace(/(?<=([A-Za-z])?)[ \r\f]*\n[ \n\r\f]*(?=([A-Za-z])?)/g, (_ws, a, b) => (a && b ? " " : ""))
      .replace(/[ \t\n\r\f]+/g, (ws) => (ws.includes("\t") ? "\t" : " "))
      .trim();
    if (t !== "") lines.push(t);
    line = "";
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || node.getAttribute?.("hidden") != null || node.getAttribute?.("aria-hidden") === "true") return;
    if (name === "BR") {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === "TD" || name === "TH") line += "\t";
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (name === "TD" || name === "TH") line += "\t";
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}
