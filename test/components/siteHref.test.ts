import { describe, expect, it } from "vitest";
import { siteHref, siteRoot } from "../../src/components/siteHref.ts";

describe("siteHref", () => {
  it.each([
    ["http://127.0.0.1:3000/_import/components/siteHref.1a2b3c4d.js", "/reports/abc#f-1", "/reports/abc#f-1"],
    ["http://intranet/share/workbench/_import/components/siteHref.1a2b3c4d.js", "/reports/abc#f-1", "/share/workbench/reports/abc#f-1"],
    ["http://127.0.0.1:3000/_import/components/siteHref.ts?sha=1", "/entities/e-1", "/entities/e-1"],
    ["http://127.0.0.1:3000/_import/components/siteHref.1a2b3c4d.js", "/", "/"],
  ])("siteHref from %s: %s → %s", (moduleUrl, path, expected) => {
    expect(siteHref(path, moduleUrl)).toBe(expected);
  });

  it("siteRoot falls back to the origin root for an unexpected module URL", () => {
    expect(siteRoot("http://h/x.js").href).toBe("http://h/");
  });

  it("siteHref rejects a relative path with a TypeError", () => {
    expect(() => siteHref("reports/x")).toThrow(TypeError);
  });
});
