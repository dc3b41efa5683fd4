// The document's one region scan, cut to a slice, must equal scanning the slice alone: on whole public
// reports (bench/holdout/regions, see its SOURCES.md; the seeds), cut at sentence ends and at every
// place inside and around the names, where the shared scan has to fall back.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../bench/prng.ts";
import { scanRegions } from "../../data/regions/scan.ts";
import { scanRegionsAt } from "../../data/regions/scanAt.ts";

const root = join(import.meta.dirname, "../..");
const files = [
  ...["h01-guangdong-2024.txt", "h14-dali-2025-report-trad.txt", "h06-hanbin-2025-report.txt"].map((f) => join("bench/holdout/regions", f)),
  ...readdirSync(join(root, "seeds")).map((f) => join("seeds", f)),
];

describe("scanRegionsAt", () => {
  it.each(files)("equals scanRegions of the slice: %s", (file) => {
    const doc = readFileSync(join(root, file), "utf8");
    const cuts: Array<[number, number]> = [];
    // Sentence by sentence, as the ingest cuts.
    let from = 0;
    for (let i = 0; i < doc.length; i++) {
      if ("。！？\n".includes(doc[i]!)) {
        cuts.push([from, i + 1]);
        from = i + 1;
      }
    }
    // Cuts just inside, at and just outside every place the whole text names.
    for (const m of scanRegions(doc).slice(0, 300)) {
      for (const d of [-2, -1, 0, 1, 2]) {
        const s = Math.max(0, m.start + d);
        cuts.push([s, Math.min(doc.length, s + 40)], [Math.max(0, m.end + d - 40), Math.min(doc.length, Math.max(0, m.end + d))]);
      }
    }
    const random = mulberry32(7);
    for (let k = 0; k < 300; k++) {
      const s = Math.floor(random() * doc.length);
      cuts.push([s, Math.min(doc.length, s + 1 + Math.floor(random() * 200))]);
    }
    for (const [s, e] of cuts) expect(scanRegionsAt(doc, s, e), `[${s}, ${e})`).toEqual(scanRegions(doc.slice(s, e)));
  });

  it("rejects a slice outside the text", () => {
    expect(() => scanRegionsAt("济宁市", 2, 5)).toThrow(RangeError);
  });
});
