// Greedy interval packing: marks that would overlap on the same line go to the
// next row down. Deterministic (input order breaks ties), so the timeline looks
// the same on every load.

/** A horizontal extent in pixels. */
export interface Extent {
  x0: number;
  x1: number;
}

/** Row index for each extent (first row where it fits with `gap` px to spare), in input order. */
export function packRows(extents: readonly Extent[], gap = 2): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].x0 - extents[b].x0 || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length);
  for (const i of order) {
    const { x0, x1 } = extents[i];
    if (!(x1 >= x0)) throw new TypeError(`packRows: extent ${i} has x1 < x0 (${x0}, ${x1})`);
    let row = rowEnds.findIndex((end) => end + gap <= x0);
    if (row < 0) row = rowEnds.push(x1) - 1;
    else rowEnds[row] = x1;
    rows[i] = row;
  }
  return rows;
}
