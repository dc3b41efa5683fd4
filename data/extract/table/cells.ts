import { CELL_NUMBER as CELL_NUMBER_TOKEN } from "./lexicon.ts";

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
/** A row copied from a web table with its cells joined by |: two or more bars. */
const PIPE_ROW = /\|[^|]*\|/;

/**
 * The cells of a row copied with | between its cells (地区生产总值 | 90.39 | 9.8 |): text between bars, trimmed. An
 * empty cell inside the row is kept (its column stays in place); empty cells before the first and after the last
 * filled one are the row's frame, dropped.
 */
function splitPipeCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (;;) {
    const bar = line.text.indexOf("|", from);
    const end = bar < 0 ? line.text.length : bar;
    const raw = line.text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    cells.push({ text: t, start: line.start + from + lead, end: line.start + from + lead + t.length });
    if (bar < 0) break;
    from = bar + 1;
  }
  const first = cells.findIndex((c) => c.text !== "");
  if (first < 0) return [];
  let last = cells.length - 1;
  while (cells[last]!.text === "") last--;
  return cells.slice(first, last + 1);
}

/** The cells of a fixed-width row: text between tabs or runs of two or more spaces (or between bars), trimmed. */
export function splitCells(line: Line): Cell[] {
  if (PIPE_ROW.test(line.text)) return splitPipeCells(line);
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

/** Sentence punctuation: a line holding it is prose, never a table header. */
const PROSE = /[。，,；;：:！？]/;
const TOKEN = /\S+/g;

/** A header row split at every run of spaces, for copies that collapsed the padding; [] for a prose line. */
export function splitLooseHeader(line: Line): Cell[] {
  if (line.text.length > 80 || PROSE.test(line.text)) return [];
  const cells: Cell[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line.text); m !== null; m = TOKEN.exec(line.text)) {
    cells.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
  return cells;
}

/**
 * A row of a collapsed table: a label (which may hold spaces) followed by exactly `width - 1`
 * numbers, each number a cell; null when the line does not end in that many numbers.
 */
export function splitLooseRow(line: Line, width: number): Cell[] | null {
  const tokens = splitLooseHeader(line);
  if (width < 2 || tokens.length < width) return null;
  const numbers = tokens.slice(tokens.length - (width - 1));
  const labelEnd = tokens[tokens.length - width]!;
  if (!numbers.every((c) => CELL_NUMBER_TOKEN.test(c.text)) || CELL_NUMBER_TOKEN.test(tokens[0]!.text)) return null;
  const label: Cell = {
    text: line.text.slice(tokens[0]!.start - line.start, labelEnd.end - line.start),
    start: tokens[0]!.start,
    end: labelEnd.end,
  };
  return [label, ...numbers];
}

const ONE_HAN = /^\p{Script=Han}$/u;

/**
 * A header whose words are letter-spaced (品  名, 数  量, as bulletins pad them) split into one cell per character:
 * each run of two or more one-character cells joined back into one word.
 */
export function joinSpacedWords(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; ) {
    let j = i;
    while (j < cells.length && ONE_HAN.test(cells[j]!.text)) j++;
    if (j - i >= 2) {
      const run = cells.slice(i, j);
      out.push({ text: run.map((c) => c.text).join(""), start: run[0]!.start, end: run[run.length - 1]!.end });
      i = j;
    } else {
      out.push(cells[i]!);
      i++;
    }
  }
  return out;
}
