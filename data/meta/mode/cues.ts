/** Every match of `patterns` in `text`, in text order (then pattern order). */
export function findCues(text: string, patterns: readonly RegExp[]): { index: number; text: string }[] {
  const out: { index: number; text: string; order: number }[] = [];
  patterns.forEach((pattern, order) => {
    for (const m of text.matchAll(new RegExp(pattern.source, "g"))) out.push({ index: m.index, text: m[0], order });
  });
  return out.sort((a, b) => a.index - b.index || a.order - b.order).map(({ index, text }) => ({ index, text }));
}
