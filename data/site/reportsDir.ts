// The folder of reports the site is built from: seeds/ unless WORKBENCH_REPORTS names another
// (relative to the project root), so the same pages can be built and tested on any corpus.

/** Reports folder of the site, relative to the project root. */
export const REPORTS_DIR = process.env.WORKBENCH_REPORTS || "seeds";

/** How pages name the corpus: the reports folder's own name with a slash (seeds/, 2025工作报告/). */
export function corpusName(dir: string = REPORTS_DIR): string {
  const name =
    dir
      .replace(/[\\/]+$/, "")
      .split(/[\\/]/)
      .pop() || dir;
  return `${name}/`;
}
