/** One cell of a text table: its text and UTF-16 span in the document. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** One line of the document with its start offset. */
export interface Line {
  text: string;
  start: number;
}

/** The document's lines with their offsets. */
export function documentLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const GAP = /\t|[ \u3000]{2,}/g;

/** The cells of a fixed-width row: text between tabs or runs of two or more spaces, trimmed. */
export function splitCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = line.text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t !== "") cells.push({ text: t, start: line.start + a + lead, end: line.start + a + lead + t.length });
  };
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line.text); m !== null; m = GAP.exec(line.text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.text.length);
  return cells;
}
