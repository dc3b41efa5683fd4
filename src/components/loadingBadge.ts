// A visible loading state: while any of the page's cells is still waiting
// (DuckDB-WASM starting, the database file downloading, a query running) for
// more than a moment, a small badge says so with the seconds elapsed, instead
// of a blank page.

/** Milliseconds a page may wait before the badge appears. */
export const BADGE_DELAY = 400;

/** Text of the badge after `ms` of waiting on `pending` cells. */
export function badgeText(pending: number, ms: number): string {
  return `正在加载数据…（${pending} 处内容，${(ms / 1000).toFixed(1)} 秒）`;
}

/** Shows the badge while `main` has cells in Framework's loading state; returns a function that stops watching. */
export function watchLoading(main = document.getElementById("observablehq-main")): () => void {
  if (!main) return () => {};
  const badge = document.createElement("div");
  badge.className = "loading-badge no-print";
  badge.setAttribute("role", "status");
  badge.setAttribute("aria-live", "polite");
  const started = performance.now();
  let since: number | null = null;
  const tick = () => {
    const pending = main.querySelectorAll(".observablehq--loading").length;
    const now = performance.now();
    if (pending === 0) {
      since = null;
      badge.remove();
      return;
    }
    since ??= now;
    if (now - since < BADGE_DELAY) return;
    badge.textContent = badgeText(pending, now - Math.min(since, started));
    if (!badge.isConnected) document.body.append(badge);
  };
  const timer = setInterval(tick, 200);
  tick();
  return () => {
    clearInterval(timer);
    badge.remove();
  };
}
