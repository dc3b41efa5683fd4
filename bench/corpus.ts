// Deterministic synthetic corpus: seed sentences recombined and rewritten, at a multiple of the seeds' size.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPORTERS } from "./lexicon.ts";
import { hash32, mulberry32, pick } from "./prng.ts";
import { rewrite, rewriteContext } from "./rewrite.ts";
import type { CorpusOptions, GeneratedFile, SeedModel, WrittenCorpus } from "./types.ts";

/** Files per subdirectory, so no directory gets huge at 1000×. */
const FILES_PER_DIR = 500;

/** Generates report number `index`; depends only on the model, the seed and the index. */
export function generateDocument(model: SeedModel, seed: number, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new TypeError(`generateDocument: index must be a non-negative integer, got ${index}`);
  const random = mulberry32(hash32(`${seed}:${index}`));
  const context = rewriteContext(random);
  const template = pick(random, model.templates);
  const blocks: string[] = [];
  for (const line of template) {
    if (line.kind === "line") {
      // Bylines get another reporter, so that names vary too.
      const text = /^(本报|■本报)?(通讯员|记者)/.test(line.text) ? line.text.replace(/[一-龥]{2,3}$/u, pick(random, REPORTERS)) : line.text;
      blocks.push(rewrite(context, text));
      continue;
    }
    const sentences: string[] = [];
    for (let i = 0; i < line.sentences; i++) sentences.push(rewrite(context, pick(random, model.sentences)));
    blocks.push(sentences.join(""));
  }
  return `${blocks.join("\n\n")}\n`;
}

/** Name of report `index` inside the corpus directory. */
export function fileName(index: number): string {
  const dir = String(Math.floor(index / FILES_PER_DIR)).padStart(3, "0");
  return `${dir}/r${String(index).padStart(6, "0")}.txt`;
}

/**
 * Yields reports until their UTF-8 size reaches `scale` × the seeds' size. Report
 * i is the same at every scale, so a smaller corpus is a prefix of a larger one.
 */
export function* generateCorpus(model: SeedModel, options: CorpusOptions): Generator<GeneratedFile> {
  const { seed, scale } = options;
  if (!Number.isInteger(seed)) throw new TypeError(`generateCorpus: seed must be an integer, got ${seed}`);
  if (!(scale > 0)) throw new TypeError(`generateCorpus: scale must be positive, got ${scale}`);
  const target = model.bytes * scale;
  let bytes = 0;
  for (let index = 0; bytes < target; index++) {
    const text = generateDocument(model, seed, index);
    bytes += Buffer.byteLength(text, "utf8");
    yield { name: fileName(index), text };
  }
}

/** Writes a corpus into `dir` (a new temp directory when omitted). */
export async function writeCorpus(model: SeedModel, options: CorpusOptions, dir?: string): Promise<WrittenCorpus> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), `wb-bench-corpus-${options.scale}x-`)));
  let files = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const file of generateCorpus(model, options)) {
    const path = join(root, file.name);
    const parent = dirname(path);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(path, file.text);
    files++;
    bytes += Buffer.byteLength(file.text, "utf8");
  }
  return { dir: root, scale: options.scale, files, bytes };
}
