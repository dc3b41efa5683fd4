// Where a work report reviews last year and where it plans this one: its numbered top-level
// headings (一、2025年工作回顾 / 三、2026年重点工作) and the lists its targets are given in
// (主要预期目标是：…).

/** A top-level heading: 一、… up to 十、…, short and without a full stop. */
const NUMBERED_HEADING = /^[一二三四五六七八九十]{1,3}、[^。]{1,40}$/;
/** An unnumbered part heading (“十四五”时期发展成就和2025年工作回顾): short, no punctuation, a part's words. */
const UNNUMBERED_HEADING = /^(?=[^。，,；;：:！!？?（(]{4,40}$).*(?:回顾|工作安排|重点工作|目标任务|主要目标|发展成就|工作总结)/;
const isTopHeading = (line: string) => NUMBERED_HEADING.test(line) || UNNUMBERED_HEADING.test(line);
/** Words of a review heading. */
const REVIEW_WORDS = /回顾|总结|成就|成绩|主要工作|取得|成效|进展/;
/** Words of a plan heading. */
const PLAN_WORDS = /安排|重点工作|主要工作任务|重点任务|目标任务|主要任务|主要目标|总体要求|预期目标|今年|部署/;
/** A five-year plan period named without a year (“十四五”时期): its figures span several years. */
const PLAN_PERIOD = /十[一二三四五六]五/;
/** Words that open a list of targets: 主要预期目标是：, 目标为, 预期目标： . */
export const TARGET_LIST = /(?:预期目标|主要目标|发展目标|目标任务|目标)(?:是|为)[：:]?|(?:预期目标|主要目标)[：:]/g;
/** A heading line that is only the name of the target list (主要预期目标), continued on the next line by 是：… */
const TARGET_LIST_HEADING = /(?:主要)?预期目标$/;
/** TARGET_LIST without the g flag (no lastIndex to carry between lines), made once instead of once per line. */
const TARGET_LIST_AT = new RegExp(TARGET_LIST.source);

/** One top-level section of a report; `start`/`end` are UTF-16 indices. */
export interface Section {
  start: number;
  end: number;
  heading: string;
  /** review: its figures are results of the year before; plan: targets of the report's year; null: not told. */
  mode: "review" | "plan" | null;
  /** The one year its heading names, or null. */
  year: number | null;
  /** Whether the heading names a five-year period and no single year. */
  multiYear: boolean;
}

/** Mode of a heading: a review word and no plan word (or 回顾 outright) → review; a plan word and no review word → plan. */
export function headingMode(heading: string): Section["mode"] {
  if (heading.includes("回顾")) return "review";
  const review = REVIEW_WORDS.test(heading);
  const plan = PLAN_WORDS.test(heading);
  if (review && !plan) return "review";
  if (plan && !review) return "plan";
  return null;
}

/**
 * The top-level sections of a text, in order; text before the first heading is in none. A heading
 * naming only the report's year plans it (三、2026年主要工作), only the year before reviews it.
 */
export function topSections(text: string, reportYear: number | null = null): Section[] {
  const sections: Section[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const heading = line.trim();
    if (isTopHeading(heading)) {
      const last = sections[sections.length - 1];
      if (last) last.end = at;
      const years = [...heading.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
      let mode = headingMode(heading);
      if (years.length === 1 && reportYear !== null && !heading.includes("回顾")) {
        if (years[0] === reportYear) mode = "plan";
        else if (years[0] === reportYear - 1) mode = "review";
      }
      // A report plans to its end: an undecided part after a plan part (四、加强政府自身建设) is plan too.
      if (mode === null && sections[sections.length - 1]?.mode === "plan") mode = "plan";
      sections.push({
        start: at,
        end: text.length,
        heading,
        mode,
        year: years.length === 1 ? years[0]! : null,
        multiYear: years.length === 0 && PLAN_PERIOD.test(heading),
      });
    }
    at += line.length + 1;
  }
  return sections;
}

/** The section containing UTF-16 index `index`, or null. */
export function sectionAt(sections: readonly Section[], index: number): Section | null {
  for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.start <= index) return index < sections[i]!.end ? sections[i]! : null;
  return null;
}

/** A line that is an item of a list: a bullet first (●经济增长6%左右), or a figure in it (城镇调查失业率5.5%左右). */
const LIST_ITEM = /^\s*[●•◆◇▪▫○◎★☆·]|\d\s*(?:%|万|亿)/;

/**
 * Where target lists open: for each paragraph (line) with one, the UTF-16 index just after its
 * opening words; the lines after a 主要预期目标 heading line open at their start, the first one and
 * then each item line that follows (bullets, or lines with a figure: a summary's list of targets).
 */
export function targetListOpenings(text: string): { start: number; end: number; opensAt: number; cue: string }[] {
  const out: { start: number; end: number; opensAt: number; cue: string }[] = [];
  let at = 0;
  let previous = "";
  let heading: string | null = null;
  for (const line of text.split("\n")) {
    const m = TARGET_LIST_AT.exec(line);
    const words = line.trim() !== "";
    if (m) {
      out.push({ start: at, end: at + line.length, opensAt: at + m.index + m[0].length, cue: m[0] });
      heading = null;
    } else if (words && TARGET_LIST_HEADING.test(previous.trim())) {
      heading = previous.trim();
      out.push({ start: at, end: at + line.length, opensAt: at, cue: heading });
    } else if (words && heading !== null && LIST_ITEM.test(line)) out.push({ start: at, end: at + line.length, opensAt: at, cue: heading });
    else if (words) heading = null;
    // Paragraphs are separated by blank lines in the normalized text: remember the last one with words.
    if (words) previous = line;
    at += line.length + 1;
  }
  return out;
}

/** Opening words of a paragraph that looks back over five years (过去的五年极不寻常, ——这五年，…, 五年来, “十四五”时期). */
const FIVE_YEAR_OPENING = /^.{0,6}(?:过去的?五年|这五年|五年来|“?十[一二三四五六]五”?(?:时期|期间|以来))/;
/** Opening words that return to one year (刚刚过去的2025年, 2025年是, 一年来, 过去一年). */
const ONE_YEAR_OPENING = /^.{0,6}(?:刚刚过去的|过去的?一年|一年来|(?:19|20)\d{2}年(?:是|，|,|在|我们))/;

/**
 * Runs of paragraphs about a five-year period: from a paragraph opening with 过去的五年 / 五年来 /
 * “十四五”时期 to one returning to a single year (刚刚过去的2025年) or the next top heading. Their
 * counts and changes add up or average over the years.
 */
export function multiYearBlocks(text: string): { start: number; end: number; cue: string }[] {
  const out: { start: number; end: number; cue: string }[] = [];
  let open: { start: number; cue: string } | null = null;
  let at = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const five = FIVE_YEAR_OPENING.exec(trimmed);
    // A heading, a return to one year, or this year's targets end the look-back.
    if (open && (isTopHeading(trimmed) || ONE_YEAR_OPENING.test(trimmed) || /^今年/.test(trimmed) || TARGET_LIST_AT.test(trimmed))) {
      out.push({ start: open.start, end: at, cue: open.cue });
      open = null;
    }
    if (!open && five && !isTopHeading(trimmed)) open = { start: at, cue: five[0] };
    at += line.length + 1;
  }
  if (open) out.push({ start: open.start, end: text.length, cue: open.cue });
  return out;
}

/**
 * Runs of paragraphs about the last single year inside a part that looks back over five years
 * (“十四五”时期工作回顾 … 刚刚过去的2025年，…): from a paragraph opening with 刚刚过去的2025年 /
 * 过去一年 / 2025年是 to the next heading or five-year opening. `year` is the year it names, or null
 * for 过去一年 (the year before the report).
 */
export function oneYearRuns(text: string): { start: number; end: number; year: number | null }[] {
  const out: { start: number; end: number; year: number | null }[] = [];
  let open: { start: number; year: number | null } | null = null;
  let at = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (open && (isTopHeading(trimmed) || FIVE_YEAR_OPENING.test(trimmed))) {
      out.push({ start: open.start, end: at, year: open.year });
      open = null;
    }
    if (!open && ONE_YEAR_OPENING.test(trimmed) && !isTopHeading(trimmed)) {
      const named = /^.{0,8}?((?:19|20)\d{2})年/.exec(trimmed);
      open = { start: at, year: named ? Number(named[1]) : null };
    }
    at += line.length + 1;
  }
  if (open) out.push({ start: open.start, end: text.length, year: open.year });
  return out;
}
