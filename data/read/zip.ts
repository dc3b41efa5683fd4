import { unzipSync } from "fflate";
import { ZIP_LIMITS } from "./lexicon.ts";

/** OLE2 compound file signature: legacy .doc files and password-protected Office files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Contains `name` as UTF-16LE, as the directory of an OLE2 file stores stream names. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Why bytes named .docx are not an Office Open XML zip, or null when they start like one. */
export function notOfficeZip(bytes: Uint8Array, kind: string): string | null {
  if (startsWith(bytes, OLE)) {
    if (hasUtf16Name(bytes, "EncryptedPackage")) return `password-protected ${kind} file (encrypted): remove the password and save again`;
    return `this is a legacy Word .doc file, not ${kind}: open it in Word or WPS and save it as .docx`;
  }
  if (!startsWith(bytes, ZIP))
    return `not a ${kind} file: it is not a zip archive (first bytes ${Buffer.from(bytes.subarray(0, 4)).toString("hex")})`;
  return null;
}

/**
 * Unzips the named entries only, refusing entries whose sizes exceed ZIP_LIMITS
 * (a zip bomb must not exhaust memory). fflate inflates into a buffer of the
 * declared size, so an entry that lies about its size is cut there, never grown.
 */
export function unzipEntries(
  bytes: Uint8Array,
  names: readonly string[],
): { ok: true; files: Record<string, Uint8Array> } | { ok: false; message: string } {
  const wanted = new Set(names);
  let refused: string | null = null;
  let total = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted.has(f.name) || refused) return false;
        total += f.originalSize;
        if (f.originalSize > ZIP_LIMITS.entry || f.size > ZIP_LIMITS.compressed || total > ZIP_LIMITS.total) {
          refused = `${f.name} unpacks to ${f.originalSize} bytes from ${f.size} (limits: ${ZIP_LIMITS.entry} per entry, ${ZIP_LIMITS.compressed} compressed): refusing to unpack (zip bomb?)`;
          return false;
        }
        return true;
      },
    });
    if (refused) return { ok: false, message: refused };
    return { ok: true, files };
  } catch (err) {
    return { ok: false, message: `damaged or truncated zip archive (${err instanceof Error ? err.message : String(err)})` };
  }
}
