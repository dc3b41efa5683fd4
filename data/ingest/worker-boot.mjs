// Worker bootstrap: registers tsx's ESM hooks inside the worker thread, then loads
// the TypeScript worker. (`execArgv: ["--import", "tsx"]` does not reach a
// worker's module loader on Node 20, so worker.ts would not load.)
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
