import type { SentenceSpan } from "../types.ts";

/** A dot written between two Han characters inside a name (宜秀.白泽湖产业升级示范园, 文昌航天.现代城): no full stop. */
const NAME_DOT = /[\p{Script=Han}][.．]$/u;
const HAN_START = /^\p{Script=Han}/u;

/**
 * The sentences as events read them: a sentence the splitter ended at a dot inside a name (…举行宜秀. | 白泽湖…揭牌仪式。)
 * is read together with the sentence that runs on from it without a space, so the name and the action after it stay in the
 * clause of the date before it. The joined sentence keeps the first one's id and section.
 */
export function eventSentences(text: string, sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last.end === s.start && NAME_DOT.test(last.text) && HAN_START.test(s.text)) {
      out[out.length - 1] = { ...last, end: s.end, text: text.slice(last.start, s.end) };
    } else out.push(s);
  }
  return out;
}
