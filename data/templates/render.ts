// Page templates for `npm run new-page`: name rules and placeholder filling.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Templates a new page can start from. */
export const TEMPLATES = ["exploration", "briefing"] as const;

/** Name of a template. */
export type TemplateName = (typeof TEMPLATES)[number];

// Lower-case words with hyphens, optionally in folders: "investment-2024", "zones/gaoxin".
const PAGE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
// Names Framework or the site already use for something else.
const RESERVED = new Set([
  "index",
  "404",
  "components",
  "data",
  "styles",
  "reports",
  "entities",
  "_file",
  "_import",
  "_observablehq",
  "_npm",
]);

/** Why a page name cannot be used, or null when it is fine. */
export function pageNameProblem(name: string): string | null {
  if (typeof name !== "string" || name === "") return "page name is empty";
  if (name.endsWith(".md")) return `give the name without ".md" (e.g. ${name.slice(0, -3)})`;
  if (!PAGE_NAME.test(name))
    return `"${name}" is not a page name: use lower-case letters, digits and hyphens, optionally in folders (e.g. investment-2024, zones/gaoxin)`;
  const first = name.split("/")[0];
  if (RESERVED.has(first) || RESERVED.has(name)) return `"${name}" is reserved by the site`;
  return null;
}

/** The template's text with {{title}} and {{root}} (relative path from the page to src/) filled in. */
export function renderTemplate(template: TemplateName, name: string, title: string): string {
  if (!TEMPLATES.includes(template)) throw new TypeError(`renderTemplate: unknown template ${String(template)}`);
  const problem = pageNameProblem(name);
  if (problem) throw new TypeError(`renderTemplate: ${problem}`);
  const depth = name.split("/").length - 1;
  const root = depth === 0 ? "./" : "../".repeat(depth);
  const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), `${template}.md`), "utf8");
  // Titles go into YAML front matter and HTML: keep them to one plain line.
  const safeTitle =
    title
      .replace(/[\r\n]+/g, " ")
      .replace(/["\\<>{}]/g, "")
      .trim() || name;
  return text.replaceAll("{{title}}", safeTitle).replaceAll("{{root}}", root);
}
