// Type-checks and lints the JavaScript of every page (see pageCode.ts) with the
// project's own TypeScript and Biome settings, reporting problems at page lines.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { extractPageCode, type PageCode } from "./pageCode.ts";
import { PAGE_GLOBALS } from "./pageGlobals.ts";

/** One problem in a page: file relative to the project, 1-based line, and message. */
export interface PageProblem {
  file: string;
  line: number;
  source: "tsc" | "biome";
  message: string;
}

/** Every page (`.md`) under `src/`, sorted, skipping Framework's cache. */
export function listPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) out.push(path);
    }
  };
  walk(join(root, "src"));
  return out.sort();
}

// Diagnostics that are about the page idiom rather than mistakes: Framework runs cells
// in dependency order, and implicit `any` is how page code reads query rows.
const IGNORED = new Set([
  7016, // no declaration file for a module
  80001, // "file is a CommonJS module"
]);

function typeCheck(root: string, pages: Map<string, PageCode>): PageProblem[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("checkPages: cannot read tsconfig.json");
  const options: ts.CompilerOptions = {
    ...config.options,
    allowJs: true,
    checkJs: true,
    noImplicitAny: false,
    strictNullChecks: false,
    noUnusedLocals: false,
    noEmit: true,
  };
  const globals = resolve(root, "src", "__page_globals.d.ts");
  const virtual = new Map<string, string>([[globals, PAGE_GLOBALS]]);
  for (const [page, code] of pages) virtual.set(`${page}.js`, code.code);
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => virtual.has(resolve(f)) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(resolve(f)) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) => {
    const text = virtual.get(resolve(f));
    return text === undefined ? getSourceFile.call(host, f, lang, ...rest) : ts.createSourceFile(f, text, lang, true);
  };
  const roots = [globals, resolve(root, "src", "components", "framework.d.ts"), ...[...pages.keys()].map((p) => `${p}.js`)];
  const program = ts.createProgram(roots, options, host);
  const problems: PageProblem[] = [];
  for (const [page, code] of pages) {
    const file = program.getSourceFile(`${page}.js`);
    if (!file) continue;
    for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
      if (IGNORED.has(d.code) || d.start === undefined) continue;
      const { line } = file.getLineAndCharacterOfPosition(d.start);
      problems.push({
        file: relative(root, page),
        line: code.lines[line] ?? 0,
        source: "tsc",
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
      });
    }
  }
  return problems;
}

// Rules that do not fit cell code: a cell's top-level declarations are read by other cells.
const LINT_OFF = { correctness: { noUnusedVariables: "off", noUnusedImports: "off" }, style: { useConst: "off" } };

function lint(root: string, pages: Map<string, PageCode>): PageProblem[] {
  const dir = mkdtempSync(join(tmpdir(), "pages-lint-"));
  try {
    const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
    delete config.$schema;
    config.vcs = { enabled: false };
    config.files = { includes: ["**"] };
    config.formatter = { enabled: false };
    config.assist = { enabled: false };
    config.linter.rules = { ...config.linter.rules, ...LINT_OFF };
    writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
    const names = new Map<string, string>();
    for (const [page, code] of pages) {
      const name = `${relative(root, page)}.js`;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), code.code);
      names.set(name, page);
    }
    let out: string;
    try {
      out = execFileSync(join(root, "node_modules", ".bin", "biome"), ["lint", "--reporter=json", "--max-diagnostics=none", "."], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (err) {
      // Biome exits 1 when it found errors; its report is still on stdout.
      out = (err as { stdout?: string }).stdout ?? "";
      if (!out) throw err;
    }
    const report = JSON.parse(out) as {
      diagnostics: Array<{ severity: string; message: string; category: string; location: { path: string; start?: { line: number } } }>;
    };
    return report.diagnostics
      .filter((d) => d.severity === "error" || d.severity === "warning")
      .map((d) => {
        const page = names.get(d.location.path.replace(/^\.\//, ""))!;
        const line = d.location.start ? (pages.get(page)!.lines[d.location.start.line - 1] ?? 0) : 0;
        return { file: relative(root, page), line, source: "biome" as const, message: `${d.category}: ${d.message}` };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Type-checks and lints every page's code; returns the problems, sorted by file and line. */
export function checkPages(root: string, pages: readonly string[] = listPages(root)): PageProblem[] {
  const code = new Map(pages.map((p) => [resolve(p), extractPageCode(readFileSync(p, "utf8"))]));
  return [...typeCheck(root, code), ...lint(root, code)].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
