// Builds the site once (offline, as a user would) and serves dist/ on 127.0.0.1
// for every browser test. Set SKIP_BUILD=1 to reuse an existing dist/, and
// WORKBENCH_OUTPUT=<dir> to build into another folder.
import { execFileSync } from "node:child_process";
import type { Server } from "node:http";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../data/site/server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: Server | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.SKIP_BUILD) {
    execFileSync("npm", ["run", "build"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
    });
  }
  const served = await serveStatic(process.env.WORKBENCH_OUTPUT ?? "dist");
  server = served.server;
  project.provide("baseUrl", served.url);
  return async () => {
    await new Promise<void>((ok) => server?.close(() => ok()));
  };
}
