// KPI cards: a big number with a label and an optional note or link.

/** One KPI card's content. */
export interface Kpi {
  label: string;
  /** Formatted value, e.g. "43.31亿元" or "5". */
  value: string;
  /** Small text under the value. */
  note?: string;
  /** Where the value comes from (e.g. a reader link); makes the value a link. */
  href?: string;
  /** Tooltip. */
  title?: string;
}

/** One card (Framework's `.card` style), built from text nodes. */
export function kpiCard({ label, value, note, href, title }: Kpi): HTMLElement {
  const card = document.createElement("div");
  card.className = "card kpi";
  const h = document.createElement("h2");
  h.textContent = label;
  const big = document.createElement(href ? "a" : "span");
  big.className = "big kpi-value";
  big.textContent = value;
  if (href) (big as HTMLAnchorElement).href = href;
  if (title) big.title = title;
  card.append(h, big);
  if (note) {
    const small = document.createElement("div");
    small.className = "kpi-note muted";
    small.textContent = note;
    card.append(small);
  }
  return card;
}

/** A responsive grid of cards. */
export function kpiGrid(items: readonly Kpi[]): HTMLElement {
  const grid = document.createElement("div");
  grid.className = `grid grid-cols-${Math.min(4, Math.max(1, items.length))} kpi-grid`;
  grid.append(...items.map(kpiCard));
  return grid;
}
