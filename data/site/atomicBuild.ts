// `npm run build` builds into a temporary folder beside the output and replaces the output only
// when the build succeeded. Issue 17: killing a build at 30 s left dist/ with 128 of 322 files
// (every entity page gone) until a full rebuild.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { replaceFolder } from "../ingest/swap.ts";

/**
 * Runs `command` (argv) with WORKBENCH_OUTPUT set to a fresh temporary folder beside `output`, and
 * swaps that folder in for `output` when the command exits 0. Any other end (failure, signal, this
 * process killed) leaves `output` as it was; the next build removes the leftovers. Resolves with the
 * command's exit code. The config must send the build to WORKBENCH_OUTPUT (observablehq.config.ts does);
 * when a config ignores it, the build lands in place, unprotected, and is left there. `finish` runs on
 * the built folder before the swap (a failure there fails the build: exit 1, `output` unchanged).
 */
export async function buildInto(
  output: string,
  command: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  finish?: (built: string) => Promise<void>,
): Promise<number> {
  if (command.length === 0) throw new TypeError("buildInto: command must not be empty");
  let code = 0;
  try {
    await replaceFolder(output, "all", async (staging) => {
      code = await new Promise<number>((ok, fail) => {
        const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env: { ...env, WORKBENCH_OUTPUT: staging } });
        const forward = (signal: NodeJS.Signals) => child.kill(signal);
        process.on("SIGINT", forward).on("SIGTERM", forward);
        child.on("error", fail);
        child.on("exit", (status, signal) => {
          process.off("SIGINT", forward).off("SIGTERM", forward);
          ok(status ?? (signal ? 128 : 1));
        });
      });
      if (code !== 0) throw new BuildFailed(code);
      // A config that ignores WORKBENCH_OUTPUT built in place: there is nothing to swap in.
      if (readdirSync(staging).length === 0) throw new BuiltInPlace();
      try {
        await finish?.(staging);
      } catch (error) {
        console.error(`build: ${(error as Error).message}`);
        code = 1;
        throw new BuildFailed(code);
      }
    });
  } catch (error) {
    if (!(error instanceof BuildFailed || error instanceof BuiltInPlace)) throw error;
  }
  return code;
}

class BuiltInPlace extends Error {}

class BuildFailed extends Error {
  constructor(readonly code: number) {
    super(`build exited with code ${code}`);
  }
}
