// Slides fit the screen and the printed page: a slide taller than the room it
// has is zoomed out (CSS zoom, so links and charts keep working), never cut off.

/** Zoom (≤ 1) that makes content of `height` px fit in `room` px; 1 when it already fits. */
export function fitZoom(height: number, room: number, minimum = 0.35): number {
  if (!(height > 0) || !(room > 0)) return 1;
  return Math.max(minimum, Math.min(1, room / height));
}

/** Height of a group of sibling elements on screen (top of the first to bottom of the last). */
export function groupHeight(elements: readonly Element[]): number {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const el of elements) {
    const box = el.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue;
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  }
  return bottom > top ? bottom - top : 0;
}

/** Zooms `elements` so that together they fit `room` px; returns the zoom applied. */
export function fitGroup(elements: readonly Element[], room: number): number {
  for (const el of elements) (el as HTMLElement).style.removeProperty("zoom");
  const zoom = fitZoom(groupHeight(elements), room);
  if (zoom < 1) for (const el of elements) (el as HTMLElement).style.zoom = String(zoom);
  return zoom;
}

/**
 * Room for one slide on a printed page, in CSS px of the screen layout: an A4
 * page prints ≈ 1046 px tall at ≈ 718 px wide; the text reflows narrower when
 * printed, so a slide is given less than a full page.
 */
export const PRINT_PAGE_HEIGHT = 820;

/**
 * Before printing, zooms every slide so it fits one page (the stylesheet starts
 * each slide on a new page); after printing, restores the screen zoom.
 */
export function fitSlidesForPrint(groups: () => readonly Element[][], restore: () => void): () => void {
  const before = () => {
    document.body.classList.add("briefing-measuring");
    for (const group of groups()) fitGroup(group, PRINT_PAGE_HEIGHT);
    document.body.classList.remove("briefing-measuring");
  };
  const after = () => {
    for (const group of groups()) for (const el of group) (el as HTMLElement).style.removeProperty("zoom");
    restore();
  };
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
  };
}
