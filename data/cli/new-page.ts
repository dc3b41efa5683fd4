// npm run new-page -- <name> [--template exploration|briefing] [--title 标题] [--root <project dir>]
// Writes src/<name>.md from a template, wired to the shared database.
// Exit 0: written; 1: the page already exists (never overwritten); 2: usage error.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { pageNameProblem, renderTemplate, TEMPLATES, type TemplateName } from "../templates/render.ts";

const USAGE = `usage: npm run new-page -- <name> [--template ${TEMPLATES.join("|")}] [--title <title>]

Writes src/<name>.md: a page with one query, one chart and one table over the
report tables (exploration, the default), or a presentation (briefing).`;

function usageError(message: string): never {
  process.stderr.write(`new-page: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: {
      template: { type: "string", short: "t", default: "exploration" },
      title: { type: "string" },
      root: { type: "string", default: process.cwd() },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (parsed.positionals.length !== 1) usageError(parsed.positionals.length === 0 ? "a page name is required" : "give exactly one page name");
const name = String(parsed.positionals[0]);
const template = String(parsed.values.template) as TemplateName;
if (!TEMPLATES.includes(template)) usageError(`unknown template "${template}" (choose ${TEMPLATES.join(" or ")})`);
const problem = pageNameProblem(name);
if (problem) usageError(problem);

const root = String(parsed.values.root);
const file = join(root, "src", `${name}.md`);
const shown = relative(process.cwd(), file) || file;
if (existsSync(file)) {
  process.stderr.write(`new-page: ${shown} already exists; not overwriting it. Choose another name or delete the file first.\n`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderTemplate(template, name, typeof parsed.values.title === "string" ? parsed.values.title : name), { flag: "wx" });
process.stdout.write(
  `wrote ${shown} (${template} template)\n` +
    `  preview: npm run dev, then open http://127.0.0.1:3000/${name}\n` +
    "  to list it in the sidebar, add it to `pages` in observablehq.config.ts\n",
);
