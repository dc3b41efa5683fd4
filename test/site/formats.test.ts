import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestSeeds } from "../../data/site/corpus.ts";
import { fingerprintInputs } from "../../data/site/freshness.ts";
import { FORMATS_DIR } from "../read/helpers/fixtures.ts";

describe("the site's seeds/ and the report formats", () => {
  it("a Word, PDF or web page dropped into seeds/ changes the loaders' fingerprint and is ingested like a .txt", async () => {
    const root = mkdtempSync(join(tmpdir(), "site-formats-"));
    mkdirSync(join(root, "seeds"));
    copyFileSync(join(FORMATS_DIR, "daqing-rural-2014.html"), join(root, "seeds", "a.html"));
    const before = fingerprintInputs(root, ["seeds"]);
    for (const f of ["daqing-rural-2014.pdf", "daqing-h1-2017.docx", "daqing-opening.md"])
      copyFileSync(join(FORMATS_DIR, f), join(root, "seeds", f));
    expect(fingerprintInputs(root, ["seeds"])).not.toBe(before);
    const result = await ingestSeeds(join(root, "seeds"));
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => d.format).sort()).toEqual(["docx", "html", "md", "pdf"]);
  });
});
