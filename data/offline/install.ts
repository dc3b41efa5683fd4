// Replaces globalThis.fetch in the Framework process: npm CDN and registry
// requests are answered from node_modules; any other remote request fails
// loudly, so a build can never silently depend on the network.
import { resolve } from "node:path";
import { createOfflineNpm } from "./handler.ts";

/** Installs the offline fetch handler for `nodeModules` (default: ./node_modules). */
export function installOfflineFetch(nodeModules = resolve("node_modules")): void {
  const handle = createOfflineNpm(nodeModules);
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const answer = await handle(url);
    if (answer) return answer;
    const { hostname, protocol } = new URL(url);
    if (protocol === "file:" || hostname === "127.0.0.1" || hostname === "localhost") return realFetch(input, init);
    throw new Error(`offline build: refusing request to ${url} (only node_modules may be used)`);
  };
}
