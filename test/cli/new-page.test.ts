import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageNameProblem, renderTemplate } from "../../data/templates/render.ts";

function newPage(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "data/cli/new-page.ts", ...args, "--root", root], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run new-page", () => {
  it("new-page <name> writes src/<name>.md from the exploration template, wired to the database", () => {
    const root = mkdtempSync(join(tmpdir(), "new-page-"));
    const r = newPage(root, "investment-2024", "--title", "投资分析");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/wrote .*investment-2024\.md \(exploration template\)/);
    const page = readFileSync(join(root, "src", "investment-2024.md"), "utf8");
    expect(page).toMatch(/^---\ntitle: 投资分析\n---/);
    expect(page).toContain('import {sql} from "./components/db.js";');
    expect(page).toMatch(/```sql id=amounts\n/);
    expect(page).toContain("barChart(");
    expect(page).toContain("Inputs.table(rows");
    expect(page).not.toContain("{{");
    // Links go through the site's helpers, so the page works under a deployment sub-folder too.
    expect(page).toContain("href: factHref(f)");
    expect(page).not.toMatch(/href: `\//);
  });

  it("new-page --template briefing writes a presentation with briefing: true and present()", () => {
    const root = mkdtempSync(join(tmpdir(), "new-page-"));
    expect(newPage(root, "zones/gaoxin-2024", "--template", "briefing").status).toBe(0);
    const page = readFileSync(join(root, "src", "zones", "gaoxin-2024.md"), "utf8");
    expect(page).toContain("briefing: true");
    // One folder down, components are one level up.
    expect(page).toContain('import {present} from "../components/briefing.js";');
    expect(page).toContain('<details class="notes">');
  });

  it("new-page refuses to overwrite an existing page (exit 1) and leaves it unchanged", () => {
    const root = mkdtempSync(join(tmpdir(), "new-page-"));
    expect(newPage(root, "mine").status).toBe(0);
    writeFileSync(join(root, "src", "mine.md"), "# 我的修改\n");
    const r = newPage(root, "mine", "--template", "briefing");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mine\.md already exists; not overwriting/);
    expect(readFileSync(join(root, "src", "mine.md"), "utf8")).toBe("# 我的修改\n");
  });

  it.each([
    [[], /a page name is required/],
    [["a", "b"], /exactly one page name/],
    [["My Page"], /not a page name/],
    [["../escape"], /not a page name/],
    [["page.md"], /without "\.md"/],
    [["index"], /reserved/],
    [["ok", "--template", "slides"], /unknown template "slides"/],
    [["ok", "--colour", "red"], /Unknown option/],
  ])("new-page %j is a usage error (exit 2)", (args, message) => {
    const root = mkdtempSync(join(tmpdir(), "new-page-"));
    const r = newPage(root, ...(args as string[]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("usage: npm run new-page");
  });
});

describe("pageNameProblem / renderTemplate", () => {
  it("pageNameProblem accepts lower-case hyphenated names in folders", () => {
    expect(pageNameProblem("zones/gaoxin-2024")).toBeNull();
    expect(pageNameProblem("Zones")).toMatch(/not a page name/);
  });

  it("renderTemplate keeps a title to one plain line", () => {
    expect(renderTemplate("exploration", "x", '标题"\n<script>')).toMatch(/^---\ntitle: 标题 script\n/);
  });

  it("renderTemplate throws TypeError for an unknown template or a bad name", () => {
    expect(() => renderTemplate("slides" as never, "x", "t")).toThrow(TypeError);
    expect(() => renderTemplate("exploration", "../x", "t")).toThrow(TypeError);
  });
});
