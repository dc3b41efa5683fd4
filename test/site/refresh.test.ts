// Framework re-runs a loader only when the loader file changes; data/site/freshness.ts
// makes seeds/ and data/ changes count too. This drives a real `preview` and a real
// `build` in a scratch copy of the project and checks the tables follow seeds/.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
const SEED = "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位。";

function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "refresh-"));
  for (const f of ["observablehq.config.ts", "package.json", "data"]) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  cpSync(join(ROOT, "src", "data"), join(dir, "src", "data"), { recursive: true });
  cpSync(join(ROOT, "src", "style.css"), join(dir, "src", "style.css"));
  cpSync(join(ROOT, "src", "styles"), join(dir, "src", "styles"), { recursive: true });
  cpSync(join(ROOT, "src", "components"), join(dir, "src", "components"), { recursive: true });
  cpSync(join(ROOT, "src", "contract"), join(dir, "src", "contract"), { recursive: true });
  cpSync(join(ROOT, "src", "queries"), join(dir, "src", "queries"), { recursive: true });
  writeFileSync(join(dir, "src", "index.md"), '# t\n\n```js\nFileAttachment("data/corpus/documents.parquet").parquet()\n```\n');
  cpSync(join(ROOT, "seeds", readdirSync(join(ROOT, "seeds")).sort()[0]), join(dir, "seeds", "a.txt"));
  return dir;
}

async function countDocuments(parquet: Uint8Array): Promise<number> {
  const file = join(mkdtempSync(join(tmpdir(), "docs-")), "documents.parquet");
  writeFileSync(file, parquet);
  const connection = await (await DuckDBInstance.create()).connect();
  const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${file}'`);
  return reader.getRowObjects()[0].n as number;
}

const env = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", WORKBENCH_OUTPUT: "" };
const tsx = join(ROOT, "node_modules", ".bin", "tsx");
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("data loader freshness", () => {
  it("npm run build re-runs the corpus loader after a report is added or removed", () => {
    const dir = scratchProject();
    dirs.push(dir);
    const build = () => {
      execFileSync(tsx, ["data/cli/framework.ts", "build"], {
        cwd: dir,
        env: { ...env, WORKBENCH_OUTPUT: join(dir, "dist") },
        stdio: "pipe",
      });
      const files = readdirSync(join(dir, "dist", "_file", "data", "corpus"));
      const name = files.find((f) => f.startsWith("documents."));
      if (!name) throw new Error(`build wrote no documents.parquet: ${files.join(", ")}`);
      return join(dir, "dist", "_file", "data", "corpus", name);
    };
    const read = async (path: string) => countDocuments(new Uint8Array(readFileSync(path)));
    return (async () => {
      expect(await read(build())).toBe(1);
      writeFileSync(join(dir, "seeds", "b.txt"), `新增报告\n\n${SEED}\n`);
      expect(await read(build())).toBe(2);
      unlinkSync(join(dir, "seeds", "b.txt"));
      expect(await read(build())).toBe(1);
    })();
  }, 240_000);

  it("npm run dev serves refreshed tables after a report is added, without a restart", async () => {
    const dir = scratchProject();
    dirs.push(dir);
    const port = 30000 + Math.floor(Math.random() * 20000);
    const child = spawn(tsx, ["data/cli/framework.ts", "preview", "--host", "127.0.0.1", "--port", String(port), "--no-open"], {
      cwd: dir,
      env,
      stdio: "pipe",
    });
    children.push(child);
    const url = `http://127.0.0.1:${port}/_file/data/corpus/documents.parquet`;
    const fetchCount = async (): Promise<number> => {
      for (let i = 0; i < 120; i++) {
        const res = await fetch(url).catch(() => null);
        if (res?.ok) return countDocuments(new Uint8Array(await res.arrayBuffer()));
        await new Promise((ok) => setTimeout(ok, 500));
      }
      throw new Error(`preview never served ${url}`);
    };
    expect(await fetchCount()).toBe(1);
    writeFileSync(join(dir, "seeds", "b.txt"), `新增报告\n\n${SEED}\n`);
    let count = 1;
    for (let i = 0; i < 40 && count === 1; i++) {
      await new Promise((ok) => setTimeout(ok, 500));
      count = await fetchCount();
    }
    expect(count).toBe(2);
  }, 240_000);
});
