import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ZIP_LIMITS } from "../../data/read/lexicon.ts";
import { notOfficeZip, unzipEntries } from "../../data/read/zip.ts";

/** An OLE2 compound file header followed by a directory entry name, as Word writes .doc and encrypted files. */
function ole(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  return Uint8Array.from([...header, ...Buffer.from(streamName, "utf16le"), ...new Array(64).fill(0)]);
}

describe("notOfficeZip", () => {
  it.each([
    ["a legacy .doc renamed .docx", ole("WordDocument"), /legacy Word \.doc file/],
    ["a password-protected .docx", ole("EncryptedPackage"), /password-protected/],
    ["a PDF renamed .docx", new TextEncoder().encode("%PDF-1.4\n"), /not a zip archive \(first bytes 25504446\)/],
  ])("names %s", (_what, bytes, message) => {
    expect(notOfficeZip(bytes, "Word .docx")).toMatch(message);
  });

  it("accepts a zip archive", () => {
    expect(notOfficeZip(zipSync({ a: new Uint8Array(1) }), "Word .docx")).toBeNull();
  });
});

describe("unzipEntries", () => {
  it("unpacks only the entries asked for", () => {
    const zip = zipSync({ "word/document.xml": new TextEncoder().encode("<w/>"), "word/media/image1.png": new Uint8Array(10) });
    const r = unzipEntries(zip, ["word/document.xml"]);
    expect(r.ok && Object.keys(r.files)).toEqual(["word/document.xml"]);
  });

  it("refuses a zip bomb by its declared size without unpacking it", () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(ZIP_LIMITS.entry + 1) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1_000_000);
    const r = unzipEntries(bomb, ["word/document.xml"]);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/^word\/document\.xml unpacks to 67108865 bytes from \d+ .*\(zip bomb\?\)$/);
  });

  it("never grows past the declared size when a header lies about it", () => {
    const real = 8 * 1024 * 1024;
    const zip = zipSync({ "word/document.xml": new Uint8Array(real) }, { level: 1 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Declared uncompressed size: local header (offset 22) and central directory entry (offset 24).
    view.setUint32(22, 1000, true);
    const central = zip.length - 22 - 46 - "word/document.xml".length;
    view.setUint32(central + 24, 1000, true);
    const r = unzipEntries(zip, ["word/document.xml"]);
    if (r.ok) expect(r.files["word/document.xml"]!.length).toBeLessThanOrEqual(1000);
    else expect(r.message).toMatch(/damaged/);
  });

  it("names a truncated archive as damaged", () => {
    const zip = zipSync({ "word/document.xml": new TextEncoder().encode("<w:document/>".repeat(100)) });
    const r = unzipEntries(zip.subarray(0, zip.length - 30), ["word/document.xml"]);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/^damaged or truncated zip archive/);
  });
});
