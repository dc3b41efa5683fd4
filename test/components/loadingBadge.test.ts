// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { BADGE_DELAY, badgeText, watchLoading } from "../../src/components/loadingBadge.ts";

afterEach(() => vi.useRealTimers());

describe("loading badge", () => {
  it("badgeText says how many places are loading and for how long", () => {
    expect(badgeText(2, 1530)).toBe("正在加载数据…（2 处内容，1.5 秒）");
  });

  it("appears after the delay while a cell is loading and goes away when it is done", () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main id="observablehq-main"><div class="observablehq observablehq--loading"></div></main>';
    const stop = watchLoading();
    expect(document.querySelector(".loading-badge")).toBeNull();
    vi.advanceTimersByTime(BADGE_DELAY + 400);
    expect(document.querySelector(".loading-badge")?.textContent).toMatch(/^正在加载数据…（1 处内容/);
    document.querySelector(".observablehq--loading")?.classList.remove("observablehq--loading");
    vi.advanceTimersByTime(400);
    expect(document.querySelector(".loading-badge")).toBeNull();
    stop();
  });
});
