// Presentation mode: one `##` section per screen in large type, arrow-key and
// click navigation, a progress bar, speaker notes (<details class="notes">)
// hidden on screen. Any page enters it with ?present (present.js), a page with
// `briefing: true` in its front matter starts in it, and `present()` enters it
// from code. The slide number lives in the URL (?present=3) and survives reload.

import { slideContent, toPptx } from "./briefingPptx.js";
import { saveBlob } from "./download.js";
import { fitGroup, fitSlidesForPrint } from "./slideFit.js";

/** Classes and attributes the stylesheet (styles/notebook.css) keys on. */
export const PRESENTING_CLASS = "briefing-presenting";
export const BRIEFING_PAGE_CLASS = "briefing-page";
const SLIDE_ATTR = "data-slide";
const SLIDE_START_CLASS = "briefing-slide-start";

/** A running presentation. */
export interface Presenter {
  /** Current slide, 0-based. */
  readonly index: number;
  readonly count: number;
  go(index: number): void;
  next(): void;
  previous(): void;
  /** Leaves presentation mode (the page reads normally again). */
  exit(): void;
}

/** Options of `present`. */
export interface PresentOptions {
  /** Slide to open, 0-based (default: ?present=N from the URL, else 0). */
  start?: number;
  /** Element whose children are the slides (default: Framework's #observablehq-main). */
  root?: HTMLElement;
}

/** Groups an element's children into slides: what precedes the first h2, then one slide per h2. Empty groups are dropped. */
export function slideGroups(root: Element): Element[][] {
  const groups: Element[][] = [[]];
  for (const child of Array.from(root.children)) {
    if (child.tagName === "H2" && groups[groups.length - 1].length > 0) groups.push([]);
    groups[groups.length - 1].push(child);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * The element whose children are split into slides: `root` itself when it has
 * h2 children, else the element holding the first ## heading (pages wrap their content
 * in a <div class="page-…">), else `root`.
 */
export function slideContainer(root: Element): Element {
  if (Array.from(root.children).some((c) => c.tagName === "H2")) return root;
  // Markdown headings have ids; an h2 drawn inside a chart card is not a section.
  return root.querySelector("h2[id]")?.parentElement ?? root;
}

/** Reads ?present=N (1-based in the URL) as a 0-based slide, or null when the page is not asked to present. */
export function slideFromSearch(search: string): number | null {
  const params = new URLSearchParams(search);
  if (!params.has("present")) return null;
  const n = Number(params.get("present"));
  return Number.isInteger(n) && n >= 1 ? n - 1 : 0;
}

/** The search string with ?present=N set (n 0-based) or removed (n null), other parameters kept. */
export function searchWithSlide(search: string, n: number | null): string {
  const params = new URLSearchParams(search);
  if (n == null) params.delete("present");
  else params.set("present", String(n + 1));
  const text = params.toString();
  return text ? `?${text}` : "";
}

let active: Presenter | null = null;

/** Enters presentation mode (idempotent: a second call returns the running presenter). */
export function present(options: PresentOptions = {}): Presenter {
  if (active) return active;
  const root = options.root ?? document.getElementById("observablehq-main");
  if (!root) throw new TypeError("present: no #observablehq-main on this page; pass options.root");
  const body = document.body;
  let container = slideContainer(root);
  let groups: Element[][] = [];
  let index = options.start ?? slideFromSearch(location.search) ?? 0;
  // The slide asked for (?present=N) is kept until the user moves: the page's
  // sections may not all be rendered yet when presenting starts.
  let wanted: number | null = index;
  let shown = -1;

  const label = document.createElement("span");
  label.className = "briefing-count";
  const bar = document.createElement("span");
  bar.className = "briefing-bar";
  const button = (text: string, title: string, onclick: () => void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.title = title;
    b.setAttribute("aria-label", title);
    b.addEventListener("click", (event) => {
      event.stopPropagation();
      onclick();
    });
    return b;
  };
  const controls = document.createElement("nav");
  controls.className = "briefing-controls";
  controls.setAttribute("aria-label", "演示控制");
  const track = document.createElement("span");
  track.className = "briefing-track";
  track.append(bar);

  const assign = () => {
    container = slideContainer(root);
    groups = slideGroups(container);
    for (const [i, group] of groups.entries())
      for (const [j, el] of group.entries()) {
        el.setAttribute(SLIDE_ATTR, String(i));
        el.classList.toggle(SLIDE_START_CLASS, j === 0);
      }
    if (wanted != null) index = wanted;
  };
  // The current slide zoomed out until it fits above the controls.
  const fitSlide = () => {
    const group = groups[index];
    if (!group) return;
    const style = getComputedStyle(document.getElementById("observablehq-center") ?? root);
    const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom) || 0;
    fitGroup(group, window.innerHeight - padding);
  };
  let fitTimer: ReturnType<typeof setTimeout> | undefined;
  const fitSoon = () => {
    clearTimeout(fitTimer);
    fitTimer = setTimeout(fitSlide, 150);
  };
  const show = () => {
    index = Math.max(0, Math.min(index, groups.length - 1));
    for (const [i, group] of groups.entries()) for (const el of group) el.classList.toggle("briefing-current", i === index);
    label.textContent = `${index + 1} / ${groups.length}`;
    bar.style.width = `${((index + 1) / Math.max(1, groups.length)) * 100}%`;
    controls.setAttribute("aria-valuenow", String(index + 1));
    history.replaceState(history.state, "", `${location.pathname}${searchWithSlide(location.search, index)}${location.hash}`);
    if (shown !== index) window.scrollTo(0, 0);
    shown = index;
    fitSlide();
    fitSoon(); // again once charts drawn for the new width have settled
  };

  const onKey = (event: KeyboardEvent) => {
    const target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys: Record<string, () => void> = {
      ArrowRight: presenter.next,
      ArrowDown: presenter.next,
      PageDown: presenter.next,
      " ": presenter.next,
      ArrowLeft: presenter.previous,
      ArrowUp: presenter.previous,
      PageUp: presenter.previous,
      Backspace: presenter.previous,
      Home: () => presenter.go(0),
      End: () => presenter.go(groups.length - 1),
      Escape: presenter.exit,
      n: () => body.classList.toggle("briefing-show-notes"),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    // Links, controls, notes and charts keep their own clicks.
    if (target instanceof Element && target.closest("a, button, input, select, textarea, summary, details, label, svg, .briefing-controls"))
      return;
    if (event.clientX < window.innerWidth / 3) presenter.previous();
    else presenter.next();
  };
  const observer = new MutationObserver(() => {
    assign();
    show();
  });
  // Charts and tables render after the headings: refit the current slide when its content changes size.
  const sizes = new ResizeObserver(fitSoon);
  const stopPrintFit = fitSlidesForPrint(() => groups, fitSlide);

  const presenter: Presenter = {
    get index() {
      return index;
    },
    get count() {
      return groups.length;
    },
    go(i: number) {
      wanted = null;
      index = i;
      show();
    },
    next() {
      if (index < groups.length - 1) presenter.go(index + 1);
    },
    previous() {
      if (index > 0) presenter.go(index - 1);
    },
    exit() {
      observer.disconnect();
      sizes.disconnect();
      stopPrintFit();
      window.removeEventListener("resize", fitSoon);
      for (const group of groups) for (const el of group) (el as HTMLElement).style.removeProperty("zoom");
      document.removeEventListener("keydown", onKey);
      root.removeEventListener("click", onClick);
      controls.remove();
      body.classList.remove(PRESENTING_CLASS, "briefing-show-notes");
      for (const el of root.querySelectorAll(`[${SLIDE_ATTR}]`)) el.classList.remove("briefing-current");
      history.replaceState(history.state, "", `${location.pathname}${searchWithSlide(location.search, null)}${location.hash}`);
      active = null;
      body.append(startButton());
    },
  };

  const exportPptx = async () => {
    const title = document.title.split("|")[0].trim();
    try {
      const blob = await toPptx(groups.map(slideContent), title);
      saveBlob(blob, `${title || "briefing"}.pptx`, "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    } catch (error) {
      label.textContent = `PPTX 导出失败：${error instanceof Error ? error.message : String(error)}`;
      console.warn(error);
    }
  };

  controls.append(
    button("‹", "上一页（←）", presenter.previous),
    label,
    track,
    button("›", "下一页（→）", presenter.next),
    button("讲稿", "显示/隐藏讲稿（N）", () => body.classList.toggle("briefing-show-notes")),
    button("PPTX", "下载为可编辑的 PowerPoint（.pptx）", () => void exportPptx()),
    button("退出", "退出演示（Esc）", presenter.exit),
  );
  document.querySelector(".briefing-start")?.remove();
  body.classList.add(PRESENTING_CLASS, BRIEFING_PAGE_CLASS);
  body.append(controls);
  assign();
  show();
  observer.observe(root, { childList: true });
  if (container !== root) observer.observe(container, { childList: true });
  for (const el of root.querySelectorAll(".observablehq--block")) sizes.observe(el);
  window.addEventListener("resize", fitSoon);
  document.addEventListener("keydown", onKey);
  root.addEventListener("click", onClick);
  active = presenter;
  return presenter;
}

/** A button that (re-)enters presentation mode. */
function startButton(): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "briefing-start";
  b.textContent = "▶ 演示";
  b.title = "按章节逐页演示（也可在地址后加 ?present）";
  b.addEventListener("click", () => {
    b.remove();
    present({ start: 0 });
  });
  return b;
}

/** Enters presentation mode when the URL has ?present or the page is a briefing (meta name="workbench-briefing" or `briefing`), else does nothing. */
export function autoPresent(options: { briefing?: boolean } = {}): Presenter | null {
  const briefing = options.briefing ?? document.querySelector('meta[name="workbench-briefing"]') !== null;
  if (briefing) document.body.classList.add(BRIEFING_PAGE_CLASS);
  if (slideFromSearch(location.search) !== null || briefing) return present();
  return null;
}
