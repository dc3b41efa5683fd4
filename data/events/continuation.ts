import type { DocContext, SentenceSpan } from "../types.ts";
import { findDates } from "./dates/find.ts";
import { ATTENDANCE, ATTENDED_CEREMONY, CONTINUATION_AT, CONTINUATION_STARTS } from "./lexicon.ts";

/**
 * Following sentences that continue an event ("此次签约的13个项目…"), until one does not. A sentence naming who attended
 * (区领导…参加揭牌仪式) is read through when a sentence set at the ceremony follows it (揭牌仪式中，…5个项目开工).
 */
export function continuation(sentences: SentenceSpan[], index: number, view: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let pending: SentenceSpan[] = [];
  for (let i = index + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const said = view.slice(s.start, s.end);
    const at = CONTINUATION_AT.test(said);
    if ((pending.length === 0 && CONTINUATION_STARTS.some((w) => said.startsWith(w))) || at) {
      out.push(...pending, s);
      pending = [];
    } else if (ATTENDANCE.test(said) && findDates(said).length === 0 && pending.length === 0) pending.push(s);
    else break;
  }
  return out;
}

/**
 * The sentence after `index`, in the same paragraph and without a date of its own, when it tells of a
 * milestone ceremony attended or held (桂林市代表团参加开幕式并参加招商引资项目签约仪式…): it happened on the
 * dated sentence's day. Null otherwise.
 */
export function attendedCeremony(doc: DocContext, index: number, view: string): { sentence: SentenceSpan; ceremony: string } | null {
  const here = doc.sentences[index]!;
  const next = doc.sentences[index + 1];
  if (!next || doc.text.slice(here.end, next.start).includes("\n")) return null;
  const said = view.slice(next.start, next.end);
  const m = ATTENDED_CEREMONY.exec(said);
  return m && findDates(said).length === 0 ? { sentence: next, ceremony: m[0] } : null;
}
