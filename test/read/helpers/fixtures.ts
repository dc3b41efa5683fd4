// The real reports of test/fixtures/formats (sources in test/fixtures/README.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReadResult, Source } from "../../../data/read/index.ts";

/** Directory of the format fixtures. */
export const FORMATS_DIR = join(import.meta.dirname, "..", "..", "fixtures", "formats");

/** Bytes of a format fixture. */
export function formatBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FORMATS_DIR, name)));
}

/** The source of a successful read; fails the test with the reason otherwise. */
export function expectSource(r: ReadResult | null): Source {
  if (!r) throw new Error("expected a read result, got null (a PDF read synchronously)");
  if (!r.ok) throw new Error(`expected the file to be read, got ${r.stage}: ${r.message}`);
  return r.source;
}

/** The raw text of a source without line breaks, for looking for phrases across lines. */
export function flat(source: Source): string {
  return source.raw.replace(/\n/g, "");
}

/** Plain text of an article's HTML the simplest way (one paragraph per </p>, tags dropped): the ".txt of the same report". */
export function naiveText(html: string): string {
  return html
    .replace(/<\/p>|<br\s*\/?>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
