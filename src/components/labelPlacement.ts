// Greedy label placement: labels are taken in priority order and one that would
// overlap a label already placed is left out (its node keeps a tooltip), so
// narrow charts show fewer labels instead of a pile of overlapping text.

/** A label candidate: its anchor box in chart coordinates. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Approximate rendered width of `text` at `fontSize` px: CJK and full-width characters 1 em, others 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\uFFEF]/u.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Ids of the labels to draw: candidates in the order given, skipping any that overlap one kept before (with `gap` px margin). */
export function placeLabels(candidates: readonly LabelBox[], gap = 2): Set<string> {
  const kept: LabelBox[] = [];
  for (const c of candidates) {
    const clash = kept.some(
      (k) => c.x < k.x + k.width + gap && k.x < c.x + c.width + gap && c.y < k.y + k.height + gap && k.y < c.y + c.height + gap,
    );
    if (!clash) kept.push(c);
  }
  return new Set(kept.map((k) => k.id));
}
