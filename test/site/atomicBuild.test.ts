// Issue 17: killing `npm run build` at 30 s left dist/ with 128 of 322 files until a full rebuild.
// The real build takes minutes, so a small script stands in for Framework here: it writes the
// output file by file into WORKBENCH_OUTPUT, as Framework does.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInto } from "../../data/site/atomicBuild.ts";

const BUILD_TS = join(import.meta.dirname, "..", "..", "data", "site", "atomicBuild.ts");
/** A stand-in build: writes `count` pages into WORKBENCH_OUTPUT, `delay` ms apart, then exits with `code`. */
const fakeBuild = (count: number, delay: number, code: number) => [
  process.execPath,
  "-e",
  `const fs = require("node:fs"); let i = 0;
   const t = setInterval(() => { fs.writeFileSync(process.env.WORKBENCH_OUTPUT + "/page" + i + ".html", "new " + i);
     if (++i === ${count}) { clearInterval(t); process.exit(${code}); } }, ${delay});`,
];

function previousSite(): { parent: string; dist: string } {
  const parent = mkdtempSync(join(tmpdir(), "atomic-build-"));
  const dist = join(parent, "dist");
  mkdirSync(dist);
  for (let i = 0; i < 5; i++) writeFileSync(join(dist, `page${i}.html`), `old ${i}`);
  return { parent, dist };
}
const contents = (dir: string) => readdirSync(dir).map((f) => `${f}:${readFileSync(join(dir, f), "utf8")}`);

describe("buildInto", () => {
  it("replaces the output with the new build when it succeeds", async () => {
    const { parent, dist } = previousSite();
    expect(await buildInto(dist, fakeBuild(3, 1, 0))).toBe(0);
    expect(contents(dist).sort()).toEqual(["page0.html:new 0", "page1.html:new 1", "page2.html:new 2"]);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("runs `finish` on the built folder before the swap; a failing finish leaves the previous output", async () => {
    const { dist } = previousSite();
    const finish = async (built: string) => writeFileSync(join(built, "page0.html.gz"), "packed");
    expect(await buildInto(dist, fakeBuild(1, 1, 0), process.env, finish)).toBe(0);
    expect(contents(dist).sort()).toEqual(["page0.html.gz:packed", "page0.html:new 0"]);
    const before = contents(dist);
    const broken = async () => {
      throw new Error("no DuckDB platform manifest");
    };
    expect(await buildInto(dist, fakeBuild(1, 1, 0), process.env, broken)).toBe(1);
    expect(contents(dist)).toEqual(before);
  });

  it("a failed build leaves the previous output whole and no temporary folder", async () => {
    const { parent, dist } = previousSite();
    const before = contents(dist);
    expect(await buildInto(dist, fakeBuild(2, 1, 3))).toBe(3);
    expect(contents(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("a build whose config ignores WORKBENCH_OUTPUT writes in place and is left there", async () => {
    const { parent, dist } = previousSite();
    const inPlace = [process.execPath, "-e", `require("node:fs").writeFileSync(${JSON.stringify(join(dist, "page0.html"))}, "in place")`];
    expect(await buildInto(dist, inPlace)).toBe(0);
    expect(readFileSync(join(dist, "page0.html"), "utf8")).toBe("in place");
    expect(readdirSync(dist)).toHaveLength(5);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("a build killed mid-way leaves the previous output whole; the next build removes its leftovers", async () => {
    const { parent, dist } = previousSite();
    const before = contents(dist);
    const script = `import { buildInto } from ${JSON.stringify(BUILD_TS)}; await buildInto(${JSON.stringify(dist)}, ${JSON.stringify(fakeBuild(50, 20, 0))});`;
    const wrapper = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { detached: true, stdio: "ignore" });
    const staging = join(parent, `.dist.tmp-${wrapper.pid}`);
    await new Promise<void>((ok) => {
      const poll = setInterval(() => {
        if (existsSync(staging) && readdirSync(staging).length >= 3) {
          clearInterval(poll);
          process.kill(-wrapper.pid!, "SIGKILL"); // the wrapper and its build, like a closed terminal
          ok();
        }
      }, 5);
    });
    await new Promise((ok) => wrapper.on("exit", ok));
    expect(contents(dist)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual([`.dist.tmp-${wrapper.pid}`, "dist"]);
    expect(await buildInto(dist, fakeBuild(1, 1, 0))).toBe(0);
    expect(readdirSync(parent)).toEqual(["dist"]);
    expect(contents(dist)).toEqual(["page0.html:new 0"]);
  }, 30_000);
});
