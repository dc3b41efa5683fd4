import type { FactDraft, FactRow } from "../types.ts";
import { type DocumentDating, documentDating } from "./document.ts";
import { type DatingContext, periodSpan, resolveRefTime } from "./refYear.ts";
import { INDICATOR_BY_ID } from "./registry.ts";
import { multiYearBlocks, oneYearRuns, type Section, sectionAt, targetListOpenings, topSections } from "./sections.ts";

/** A draft with its reference time resolved. */
export type ResolvedDraft = FactDraft & Pick<FactRow, "ref_year" | "ref_period" | "ref_basis">;

/** What one document tells every figure in it: its kind and years, its sections and target lists. */
export interface DocumentScope {
  dating: DocumentDating;
  context: DatingContext;
  sections: Section[];
  lists: ReturnType<typeof targetListOpenings>;
  /** Paragraph runs about a five-year period (work reports only). */
  blocks: ReturnType<typeof multiYearBlocks>;
  /** Paragraph runs about one year (刚刚过去的2025年…), which a five-year part may hold (work reports only). */
  years: ReturnType<typeof oneYearRuns>;
}

/** Words before a figure in a plan section that make it a past result (已完成, 截至…, 去年…). */
const PAST_IN_PLAN = /已|截至|截止|去年|上年/;
/**
 * Words before an amount that say it is a level reached (达到, 增至, 从…提高到, 突破): in a five-year look-back it is the
 * last year's. Without them the amount of an indicator summed over years may be the period's total.
 */
const REACHED = /达|增至|增加到|提高到|提升[到至]|升至|跃升|攀升|扩大[到至]|突破|超过|超|逾|迈上|跨上|站上|稳定在|稳居|保持在/;

/** Breaks that end the words naming a figure. */
const CLAUSE = /[，,；;。：:]/;
const CLAUSE_MARKS = new Set([...CLAUSE.source.slice(1, -1)].map((c) => c.charCodeAt(0)));
/** CLAUSE for one UTF-16 unit, without making a one-character string per unit. */
const isClauseMark = (unit: number) => CLAUSE_MARKS.has(unit);

/** Reads a document once for the per-figure resolution. */
export function documentScope(text: string, title: string, year: number | null): DocumentScope {
  const dating = documentDating(text, title);
  return {
    dating,
    context: { kind: dating.kind, report_year: dating.report_year, data_year: dating.data_year, year },
    sections: dating.kind === "work_report" ? topSections(text, dating.report_year) : [],
    lists: targetListOpenings(text),
    blocks: dating.kind === "work_report" ? multiYearBlocks(text) : [],
    years: dating.kind === "work_report" ? oneYearRuns(text) : [],
  };
}

/**
 * For each index of `sentence`, where its clause starts (just after the last break before it). Built
 * once per sentence: walking back from every figure was quadratic in a long unpunctuated line.
 */
function clauseStarts(sentence: string): Int32Array {
  const starts = new Int32Array(sentence.length + 1);
  for (let i = 1; i <= sentence.length; i++) starts[i] = isClauseMark(sentence.charCodeAt(i - 1)) ? i : starts[i - 1]!;
  return starts;
}

/**
 * Target or result by where the figure stands, then its reference time. A year written in its
 * period decides first in a work report (a year before the report's is a result); a figure after
 * the opening of a target list (主要预期目标是：) is a target; in a work report a plan section's
 * figures are targets unless marked as past (已, 截至, 去年) and a review section's are results.
 * Elsewhere the sentence's own cue decides (extractFacts). A late cue never reaches back: a
 * target list only covers what follows its opening words. The drafts are resolved in place and
 * returned: pass fresh drafts (extractFacts makes them) that nothing else holds.
 */
export function resolveDrafts(scope: DocumentScope, sentence: { start: number; text: string }, drafts: FactDraft[]): ResolvedDraft[] {
  let section = sectionAt(scope.sections, sentence.start);
  // 刚刚过去的2025年… inside “十四五”时期工作回顾: that paragraph run is about its one year.
  const run = section?.multiYear ? scope.years.find((r) => r.start <= sentence.start && sentence.start < r.end) : undefined;
  const report0 = scope.dating.report_year;
  if (section && run) section = { ...section, multiYear: false, year: run.year ?? (report0 === null ? null : report0 - 1) };
  const report = scope.dating.kind === "work_report" ? scope.dating.report_year : null;
  let starts: Int32Array | null = null;
  // The leftmost past marker of the sentence is the one a figure's words before it hold, if any (the
  // markers share no prefix, so a marker cut by the figure leaves none before it): one scan per sentence.
  const pastInSentence = drafts.length > 0 && section?.mode === "plan" ? PAST_IN_PLAN.exec(sentence.text) : null;
  return drafts.map((d) => {
    const at = sentence.start + d.start;
    const list = scope.lists.find((l) => l.start <= at && at < l.end && l.opensAt <= at) ?? null;
    const explicit = d.period ? /((?:19|20)\d{2})年/.exec(d.period) : null;
    let is_target = d.is_target;
    let target_basis = d.target_basis;
    // A part of the report's own year (2025年一季度) is a result unless its own words plan it: a report or a progress
    // report written within the year states it as done.
    const partOfReportYear = explicit !== null && Number(explicit[1]) === report && periodSpan(d.period) !== "year";
    if (report !== null && explicit && !partOfReportYear) {
      is_target = Number(explicit[1]) >= report;
      target_basis = `period ${d.period} vs report year ${report}`;
    } else if (partOfReportYear) {
      target_basis = `period ${d.period}, part of the report's year: ${target_basis ?? "its own words"}`;
    } else if (list) {
      is_target = true;
      target_basis = `target list: ${list.cue}`;
    } else if (report !== null && section?.mode === "plan") {
      const past = pastInSentence && pastInSentence.index + pastInSentence[0].length <= d.start ? pastInSentence : null;
      is_target = past === null;
      target_basis = past ? `past marker ${past[0]} in plan section: ${section.heading}` : `plan section: ${section.heading}`;
    } else if (scope.dating.kind === "work_report" && section?.mode !== "plan" && target_basis === "cue: 预计") {
      // A work report is given early in the year: 预计 outside its plan estimates last year's result
      // (2019年，全区预计实现地区生产总值369亿元; 一年来…预计实现地区生产总值1100亿元).
      is_target = false;
      target_basis = "预计 in a work report outside its plan: an estimated result";
    } else if (section?.mode === "review") {
      // Sections are read only in work reports; a review is results even when the report's year is
      // unknown (预计实现地区生产总值391亿元 under 20XX年工作回顾: an estimate of the year's result).
      is_target = false;
      target_basis = `review section: ${section.heading}`;
    }
    const isLevel = d.kind === "amount" || d.kind === "measure";
    starts ??= clauseStarts(sentence.text);
    const clause = sentence.text.slice(starts[d.start]!, d.start);
    let ref = resolveRefTime(d.period, clause, is_target, section, list !== null, scope.context, isLevel);
    // A count or change in a five-year look-back adds up or averages the years; a level is the last year's,
    // unless it is of an indicator reports sum over the years and no word says it was reached (实现进出口总额1.4万亿元).
    const block = explicit ? undefined : scope.blocks.find((b) => b.start <= at && at < b.end);
    if (block && !isLevel) ref = { ref_year: null, ref_period: null, ref_basis: `five-year paragraphs: ${block.cue}` };
    else if (
      ref.ref_year !== null &&
      isLevel &&
      (block || section?.multiYear) &&
      d.indicator !== null &&
      INDICATOR_BY_ID.get(d.indicator)?.summedOverYears &&
      !REACHED.test(clause)
    )
      ref = {
        ref_year: null,
        ref_period: null,
        ref_basis: `five-year look-back (${block?.cue ?? section!.heading}): no word of a level reached (达到, 增至), may be the period's total`,
      };
    // One clone and stores (same keys, same order as { ...d, is_target, target_basis, ...ref }): the
    // two-spread literal took a slow generic path per figure.
    // In place (same keys, same order as a copy { ...d, is_target, target_basis, ...ref }): cloning
    // every figure cost more than the rest of this resolution.
    const out = d as ResolvedDraft;
    out.is_target = is_target;
    out.target_basis = target_basis;
    out.ref_year = ref.ref_year;
    out.ref_period = ref.ref_period;
    out.ref_basis = ref.ref_basis;
    return out;
  });
}
