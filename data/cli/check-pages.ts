// npm run lint (second half): type-checks and lints the JavaScript inside every page.
// Exit 0 when clean, 1 with one line per problem (file:line source message).
import { resolve } from "node:path";
import { checkPages } from "../site/checkPages.ts";

const root = resolve(import.meta.dirname, "..", "..");
const problems = checkPages(root);
for (const p of problems) console.error(`${p.file}:${p.line} ${p.source} ${p.message}`);
console.error(problems.length === 0 ? "check-pages: every page's code passes tsc and biome" : `check-pages: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
