import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Document id: the first 16 hex characters of the SHA-256 of the raw file bytes. */
export function docId(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new TypeError(`docId: expected a hex SHA-256, got ${JSON.stringify(sha256)}`);
  return sha256.slice(0, 16);
}

/** Sentence id: `<doc_id>-s<index>`, the index zero-padded to 4 digits. */
export function sentenceId(doc: string, index: number): string {
  return `${doc}-s${String(index).padStart(4, "0")}`;
}

/**
 * Ids `<prefix><start>` for spans in order; a second span at the same start gets
 * `<prefix><start>-<end>` so ids stay unique and still depend only on position. Spans
 * that may share one position (one event per milestone of a clause) carry a `tag`
 * that tells them apart: `<prefix><start>-<end>-<tag>`.
 */
export function spanIds(prefix: string, spans: readonly { start: number; end: number; tag?: string }[]): string[] {
  const seen = new Set<string>();
  return spans.map(({ start, end, tag }) => {
    let id = `${prefix}${start}`;
    if (seen.has(id)) id = `${prefix}${start}-${end}`;
    if (seen.has(id) && tag !== undefined) id = `${prefix}${start}-${end}-${tag}`;
    if (seen.has(id)) throw new Error(`spanIds: two spans [${start}, ${end}) with prefix ${prefix}`);
    seen.add(id);
    return id;
  });
}
