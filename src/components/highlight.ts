// Report text with highlighted spans, built from DOM text nodes only (report
// text is never parsed as HTML). Spans may overlap: a span that crosses the end
// of an enclosing one is split into pieces, and every piece carries the span's
// key so a deep link can flash all of them.

/** A span to highlight; `start`/`end` are Unicode code points into the text, end exclusive. */
export interface HighlightSpan {
  start: number;
  end: number;
  /** CSS classes of the span's elements, e.g. "hl hl-fact hl-amount". */
  className: string;
  /** Anchor id of the span's first piece (e.g. "f-<fact_id>"), if it can be linked to. */
  id?: string;
  /** Tooltip text (shown as the title attribute). */
  title?: string;
  /** Nesting order when two spans cover the same range: lower is outer. Default 0. */
  layer?: number;
}

/** Options of `highlight`. */
export interface HighlightOptions {
  /** Tag of the container element; default "div". */
  tag?: string;
  /** Class of the container element. */
  className?: string;
}

const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** UTF-16 index of every code-point offset 0..n (n = number of code points). */
function codeUnitIndex(text: string): number[] {
  const index = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    index.push(unit);
  }
  return index;
}

/** Renders `text` with `spans` highlighted (nested, split where they cross); invalid spans are skipped and counted in `data-skipped`. */
export function highlight(text: string, spans: readonly HighlightSpan[], options: HighlightOptions = {}): HTMLElement {
  if (typeof text !== "string") throw new TypeError(`highlight: text must be a string, got ${typeof text}`);
  const container = document.createElement(options.tag ?? "div");
  if (options.className) container.className = options.className;
  const units = codeUnitIndex(text);
  const length = units.length - 1;
  const valid = spans.filter((s) => isOffset(s.start) && isOffset(s.end) && s.start < s.end && s.end <= length);
  if (valid.length < spans.length) container.dataset.skipped = String(spans.length - valid.length);
  // One total order: earlier start, then longer, then lower layer is outer.
  const order = valid
    .map((span, i) => ({ span, i }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || (a.span.layer ?? 0) - (b.span.layer ?? 0) || a.i - b.i);
  const rank = new Map(order.map(({ span }, r) => [span, r]));
  const sorted = order.map(({ span }) => span);
  const boundaries = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const stack: { span: HighlightSpan; el: HTMLElement }[] = [];
  const opened = new Set<HighlightSpan>();
  for (let b = 0; b + 1 < boundaries.length; b++) {
    const [from, to] = [boundaries[b], boundaries[b + 1]];
    const covering = sorted.filter((s) => s.start <= from && s.end >= to);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep].span === covering[keep]) keep++;
    stack.length = keep;
    for (const span of covering.slice(keep)) {
      const el = document.createElement("span");
      el.className = span.className;
      el.dataset.key = span.id ?? `span-${rank.get(span)}`;
      if (span.title) el.title = span.title;
      if (opened.has(span)) el.classList.add("hl-cont");
      else if (span.id) el.id = span.id;
      opened.add(span);
      (stack.at(-1)?.el ?? container).append(el);
      stack.push({ span, el });
    }
    (stack.at(-1)?.el ?? container).append(document.createTextNode(text.slice(units[from], units[to])));
  }
  return container;
}

/** Code-point spans of every occurrence of `query` in `text`, case-insensitive for letters with case; [] for an empty query. */
export function findMatches(text: string, query: string): { start: number; end: number }[] {
  const hay = Array.from(text, (c) => c.toLowerCase());
  const needle = Array.from(query.trim(), (c) => c.toLowerCase());
  const out: { start: number; end: number }[] = [];
  if (needle.length === 0) return out;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let j = 0;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) {
      out.push({ start: i, end: i + needle.length });
      i += needle.length - 1;
    }
  }
  return out;
}

/** Scrolls the span with anchor `id` into view and flashes all its pieces; false when there is no such span. */
export function flashAnchor(root: ParentNode, id: string, durationMs = 2400): boolean {
  const first = root.querySelector(`[id="${CSS.escape(id)}"]`);
  if (!(first instanceof HTMLElement)) return false;
  const key = first.dataset.key;
  const pieces = key ? Array.from(root.querySelectorAll<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)) : [first];
  first.scrollIntoView({ block: "center" });
  for (const el of pieces) {
    el.classList.remove("hl-flash");
    // Restart the animation when the same link is followed twice.
    void el.offsetWidth;
    el.classList.add("hl-flash");
  }
  setTimeout(() => {
    for (const el of pieces) el.classList.remove("hl-flash");
  }, durationMs);
  return true;
}
