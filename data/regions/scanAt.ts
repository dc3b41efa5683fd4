// One region scan per document, shared by the document's region (data/meta/region.ts), the regions of
// its figures (rows.ts) and its place entities (entities/rules/region.ts): each of them scanned the
// whole text again, sentence by sentence.

import { foldTraditional } from "../read/traditional.ts";
import { NOT_PLACES } from "./lexicon.ts";
import { type RegionIndex, regionIndex } from "./model.ts";
import { type RegionMention, scanMasked } from "./scan.ts";

interface DocumentScan {
  doc: string;
  index: RegionIndex;
  /** The document with traditional characters folded, before and after NOT_PLACES words are blanked (maskPlaces). */
  folded: string;
  masked: string;
  mentions: RegionMention[];
  /** Start of each step that read more than one unit, ascending, and the furthest end read by it or any before it. */
  readStarts: Int32Array;
  readReach: Int32Array;
  /** Spans asked for before (start × (length + 1) + end) and the masked slice when it is not the document's. */
  spans: Map<number, string | null>;
}

/** The last document scanned: a worker processes one document at a time, and each caller walks it in turn. */
let last: DocumentScan | null = null;

function documentScan(doc: string, index: RegionIndex): DocumentScan {
  if (last !== null && last.doc === doc && last.index === index) return last;
  const folded = foldTraditional(doc);
  const masked = blankNotPlaces(folded);
  const reads: number[] = [];
  const mentions = scanMasked(masked, index, reads);
  const readStarts = new Int32Array(reads.length / 2);
  const readReach = new Int32Array(reads.length / 2);
  let reach = 0;
  for (let k = 0; k < readStarts.length; k++) {
    readStarts[k] = reads[2 * k]!;
    reach = Math.max(reach, reads[2 * k + 1]!);
    readReach[k] = reach;
  }
  last = { doc, index, folded, masked, mentions, readStarts, readReach, spans: new Map() };
  return last;
}

/** maskPlaces after the fold: NOT_PLACES words blanked, same length. */
function blankNotPlaces(folded: string): string {
  return folded.replace(NOT_PLACES, (m) => "\u3000".repeat(m.length));
}

/** Whether a step of the document's scan starts before `at` and reads past it. */
function cut(scan: DocumentScan, at: number): boolean {
  const starts = scan.readStarts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && scan.readReach[lo - 1]! > at;
}

/**
 * Exactly `scanRegions(doc.slice(start, end))`, read off one scan of the whole document when no step of
 * that scan straddles the slice's ends and the slice masks the same way (else the slice is scanned alone).
 */
export function scanRegionsAt(doc: string, start: number, end: number, index: RegionIndex = regionIndex()): RegionMention[] {
  if (!(start >= 0 && start <= end && end <= doc.length))
    throw new RangeError(`scanRegionsAt: [${start}, ${end}) is outside a text of ${doc.length} units`);
  const scan = documentScan(doc, index);
  // The fold maps unit for unit, so the slice folds to the folded document's slice. Whether the slice masks as the
  // document does is settled once per span: figures, entities and the report's region ask for the same sentences.
  const key = start * (doc.length + 1) + end;
  let own = scan.spans.get(key);
  if (own === undefined) {
    const masked = blankNotPlaces(scan.folded.slice(start, end));
    own = cut(scan, start) || cut(scan, end) || !scan.masked.startsWith(masked, start) ? masked : null;
    scan.spans.set(key, own);
  }
  if (own !== null) return scanMasked(own, index, null);
  const all = scan.mentions;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: RegionMention[] = [];
  for (let k = lo; k < all.length && all[k]!.end <= end; k++) {
    const m = all[k]!;
    // Fresh objects: callers may sort a mention's candidates.
    out.push({ start: m.start - start, end: m.end - start, text: m.text, candidates: m.candidates.slice(), weak: m.weak, bare: m.bare });
  }
  return out;
}
