import { describe, expect, it } from "vitest";
import { localizeHtml, SIDEBAR_TOGGLE_TITLE } from "../../data/site/localize.ts";

// The head of a page as Framework 1.13.4 writes it.
const PAGE = `<!DOCTYPE html>
<html>
<head><title>指标 | 报告工作台</title></head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
</body>
</html>`;

describe("localizeHtml", () => {
  it("sets lang=zh-CN and a Chinese sidebar toggle title, and is idempotent", () => {
    const once = localizeHtml(PAGE);
    expect(once).toContain('<html lang="zh-CN">');
    expect(once).toContain(`title="${SIDEBAR_TOGGLE_TITLE}" aria-label="${SIDEBAR_TOGGLE_TITLE}">`);
    expect(once).not.toContain("Toggle sidebar");
    expect(localizeHtml(once)).toBe(once);
  });

  it("keeps a lang the page already has", () => {
    expect(localizeHtml('<html lang="en"><body></body></html>')).toBe('<html lang="en"><body></body></html>');
  });
});
