import type { DocContext } from "../types.ts";

/**
 * Longest stretch (UTF-16 units) the extractors see at once. Report sentences are far shorter
 * (the seeds' longest is 275); a longer "sentence" is a table dump, a list without full stops or
 * a file without punctuation, and the extractors look back over the clause or sentence for each
 * number: bounded pieces keep every document linear in its length (issue 17: a 640K-character
 * line without punctuation took 74 s, 5 MB did not finish in 10 minutes).
 */
export const CHUNK_CAP = 1000;

// Where a long sentence is cut, best first: after a clause break, after any punctuation or space,
// else anywhere that does not split a number.
const NUMBER = /[0-9０-９.．,，零〇一二两三四五六七八九十百千万亿]/;
const insideNumber = (text: string, i: number) =>
  NUMBER.test(text[i]!) && NUMBER.test(text[i + 1] ?? "") && /[0-9０-９]/.test(text[i - 1] ?? "");
const BREAKS: ((text: string, i: number) => boolean)[] = [
  (text, i) => /[，,；;、：:）)]/.test(text[i]!) && !insideNumber(text, i),
  (text, i) => /[\p{P}\s]/u.test(text[i]!) && !insideNumber(text, i),
  (text, i) => !(NUMBER.test(text[i]!) && NUMBER.test(text[i + 1] ?? "")),
];

/**
 * Pieces [start, end) of a sentence of `length` code units, each at most `cap` long: cut after
 * the last clause break in the second half of the window, else the last punctuation, else the last
 * place outside a number, else at the window's end (never inside a surrogate pair). One piece when the sentence fits.
 */
export function chunkSpans(text: string, cap = CHUNK_CAP): { start: number; end: number }[] {
  if (!Number.isInteger(cap) || cap < 2) throw new TypeError(`chunkSpans: cap must be an integer ≥ 2, got ${cap}`);
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > cap) {
    let end = start + cap;
    cut: for (const breaksAfter of BREAKS) {
      for (let i = end - 1; i >= start + cap / 2; i--) {
        if (breaksAfter(text, i)) {
          end = i + 1;
          break cut;
        }
      }
    }
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * The document's sentences with every sentence longer than `cap` replaced by its pieces (same
 * sentence_id, offsets into the same text), for extractors that work sentence by sentence.
 */
export function chunkedSentences(context: DocContext, cap = CHUNK_CAP): DocContext["sentences"] {
  if (context.sentences.every((s) => s.text.length <= cap)) return context.sentences;
  return context.sentences.flatMap((s) =>
    s.text.length <= cap
      ? [s]
      : chunkSpans(s.text, cap).map((c) => ({ ...s, start: s.start + c.start, end: s.start + c.end, text: s.text.slice(c.start, c.end) })),
  );
}
