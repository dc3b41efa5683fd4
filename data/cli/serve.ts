// Serves the built site: npm run serve [-- --port 3000]
import { parseArgs } from "node:util";
import { serveStatic } from "../site/server.ts";

const { values, positionals } = parseArgs({ options: { port: { type: "string", default: "3000" } }, allowPositionals: true });
const root = positionals[0] ?? "dist";
const { url } = await serveStatic(root, Number(values.port));
console.log(`serving ${root} at ${url}/ (Ctrl+C to stop)`);
