import type { SentenceSpan } from "../types.ts";
import { findActions } from "./action.ts";
import { findDates } from "./dates/find.ts";
import { CONTINUED_MILESTONE, LEAD_CEREMONY, MILESTONES, NOT_A_PLACE, PARALLEL_CEREMONY, TIME_OF_DAY } from "./lexicon.ts";
import type { ActionMatch, DateMatch } from "./types.ts";

const COARSE = new Set(["year", "quarter", "half", "month"]);
const GAP = new RegExp(`^(?:${TIME_OF_DAY.join("|")})?[，,、\\s]*$`);

/**
 * Drops an anchor that only modifies the noun after it when it follows a day whose clause is empty
 * ("5月18日，2023年二季度湖北省重大项目集中开工活动举行": the happening is on 5月18日, 二季度 names the batch).
 * Only a coarser period (year, quarter, half, month) not followed by a comma is dropped.
 */
export function dropModifierAnchors<T extends { date: DateMatch; from: number }>(said: string, anchors: T[]): T[] {
  return anchors.filter((a, k) => {
    const prev = anchors[k - 1];
    if (prev?.date.parts.kind !== "day" || !COARSE.has(a.date.parts.kind)) return true;
    if (/^[，,]/.test(said.slice(a.date.end))) return true;
    return !GAP.test(said.slice(prev.date.end, a.from));
  });
}

/** What follows a date on a line of its own: nothing but a time of day. */
const TIME_ONLY = new RegExp(`^\\s*(?:${TIME_OF_DAY.join("|")})?\\s*$`);

/** A clause that only names a place ("5月27日，洛阳。"): at most eight characters, no digit, no date. */
const PLACE_ONLY = /^[，,\s]*[\p{Script=Han}·]{2,8}[。．.]?$/u;

/**
 * The next sentence of the paragraph when a dated sentence only names a place and the happening is told
 * right after it ("5月27日，洛阳。总投资278亿元的…乙烯项目建设现场，…启动项目开工。"), with its actions;
 * null when the clause says more than a place, the next sentence is in another paragraph or has a date of its own.
 */
export function placeLead(
  text: string,
  view: string,
  clause: string,
  next: SentenceSpan | undefined,
  hereEnd: number,
  further: readonly SentenceSpan[] = [],
): { sentence: SentenceSpan; actions: ActionMatch[] } | null {
  if (!next) return null;
  // A line that is only a date (a chronicle's or a live page's "3月1日上午") dates the happening on the next line, whose
  // batch year (2021年春季…) is no date of its own.
  const dateLine = TIME_ONLY.test(clause) && /^\s*\n\s*$/.test(text.slice(hereEnd, next.start));
  if (!dateLine && (!PLACE_ONLY.test(clause) || NOT_A_PLACE.test(clause) || text.slice(hereEnd, next.start).includes("\n"))) return null;
  if (dateLine) {
    // One sentence laid out over short lines (5月20日上午 / …一期项目 / 集中开工仪式 / 在…中心 / …现场举行): the lines are read
    // together, up to the first one ending in a full stop or holding the ceremony.
    const lines = brokenLines(text, next, further);
    if (lines.length > 1) {
      const last = lines[lines.length - 1]!;
      const said = view.slice(next.start, last.end);
      if (!LEAD_CEREMONY.test(said) || findDates(said).some((d) => !COARSE.has(d.parts.kind))) return null;
      const actions = findActions(said);
      return actions.length > 0 ? { sentence: last, actions } : null;
    }
  }
  const said = view.slice(next.start, next.end);
  const ownDates = findDates(said).filter((d) => !(dateLine && COARSE.has(d.parts.kind)));
  if (!LEAD_CEREMONY.test(said) || ownDates.length > 0) return null;
  const actions = findActions(said);
  return actions.length > 0 ? { sentence: next, actions } : null;
}

/** The most short lines one broken sentence is laid out over, and the longest such line. */
const BROKEN_LINES = 6;
const SHORT_LINE = 24;

/**
 * `next` and the lines after it that carry on one sentence laid out line by line: each short, on a line of its own, without
 * a full stop; the run ends at the first line that ends the sentence (a full stop, or a line holding an action and a
 * ceremony word). Just `next` when it is no such line.
 */
function brokenLines(text: string, next: SentenceSpan, further: readonly SentenceSpan[]): SentenceSpan[] {
  const run = [next];
  for (let i = 0; i < further.length && run.length < BROKEN_LINES; i++) {
    const here = run[run.length - 1]!;
    const said = text.slice(here.start, here.end);
    if (said.length > SHORT_LINE || /[。！？；]$/.test(said) || (LEAD_CEREMONY.test(said) && findActions(said).length > 0)) break;
    const s = further[i]!;
    if (!/^\s*\n\s*$/.test(text.slice(here.end, s.start))) break;
    run.push(s);
  }
  return run;
}

/**
 * Milestones a continuation sentence reports as done at a meeting's event ("3月14日上午，…推介会在北京举行。
 * 此次推介会上，我市有两个…项目正式签约。" → the 会议 and a 签约 that day). Planned ones (将于…开工) and
 * clauses about later (投产后) are not.
 */
export function continuedMilestones(view: string, more: readonly SentenceSpan[]): ActionMatch[] {
  const out: ActionMatch[] = [];
  for (const s of more) {
    const said = view.slice(s.start, s.end);
    if (!CONTINUED_MILESTONE.test(said)) continue;
    for (const a of findActions(said)) if (!out.some((x) => x.action === a.action)) out.push(a);
  }
  return out;
}

/**
 * The ceremonies of other places a clause lists after its first (…启动仪式、松原市…开工活动…开工仪式举行): where each starts in
 * the clause and its milestones. Empty when the clause lists none.
 */
export function parallelCeremonies(clause: string): Array<{ offset: number; actions: ActionMatch[] }> {
  const starts = [...clause.matchAll(PARALLEL_CEREMONY)].map((m) => m.index + m[0].length);
  return starts.flatMap((offset, i) => {
    const actions = findActions(clause.slice(offset, starts[i + 1] ?? clause.length)).filter((a) => MILESTONES.has(a.action));
    return actions.length > 0 ? [{ offset, actions }] : [];
  });
}
