// Serves the built site: npm run serve [-- --port 3000] [dist]
// Without --port it takes 3000 or, when that is taken, the next free port up to 3019;
// with --port it uses exactly that port or says that it is taken (exit 1).
import { parseArgs } from "node:util";
import { serveStatic } from "../site/server.ts";

const USAGE = "usage: npm run serve -- [--port <1-65535>] [folder, default dist]";

const parse = () => parseArgs({ options: { port: { type: "string" } }, allowPositionals: true });
let parsed: ReturnType<typeof parse>;
try {
  parsed = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const root = positionals[0] ?? "dist";
const explicit = values.port !== undefined;
const first = explicit ? Number(values.port) : 3000;
if (!Number.isInteger(first) || first < 1 || first > 65535) {
  console.error(`--port must be a whole number from 1 to 65535, got ${JSON.stringify(values.port)}\n${USAGE}`);
  process.exit(2);
}

const last = explicit ? first : first + 19;
for (let port = first; port <= last; port++) {
  try {
    const { url } = await serveStatic(root, port);
    if (port !== first) console.error(`port ${first} is in use: using ${port} instead`);
    console.log(`serving ${root} at ${url}/ (Ctrl+C to stop)`);
    break;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof TypeError) {
      console.error((error as Error).message);
      process.exit(1);
    }
    if (code !== "EADDRINUSE" && code !== "EACCES") throw error;
    if (port === last) {
      console.error(
        explicit
          ? `port ${port} is ${code === "EACCES" ? "not allowed" : "already in use"} on 127.0.0.1: choose another one with --port <n>`
          : `ports ${first}–${last} are all in use on 127.0.0.1: choose a free one with --port <n>`,
      );
      process.exit(1);
    }
  }
}
