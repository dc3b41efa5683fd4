import { toMatchView } from "../normalize/index.ts";
import type { DocContext, EventDraft, ResolvedMention } from "../types.ts";
import { actionWithHeading, findActions } from "./action.ts";
import { findAmountCny, findProjectCount } from "./amount.ts";
import { isEventAnchor, postposedStart, preposedStart } from "./anchor.ts";
import { continuedMilestones, dropModifierAnchors, parallelCeremonies, placeLead } from "./clause.ts";
import { EVENT_REFINERS } from "./config.ts";
import { attendedCeremony, continuation } from "./continuation.ts";
import { batchYear, lookBackYear } from "./dates/batchYear.ts";
import { countedBack } from "./dates/countedBack.ts";
import { type Dateline, datelineOf, isRelative, placeByDateline, shiftDay } from "./dates/dateline.ts";
import { type MonthContext, monthOf, withParagraphMonth } from "./dates/dayOnly.ts";
import { findDates } from "./dates/find.ts";
import { normalizeDate } from "./dates/normalize.ts";
import { type ReportYear, reportYearOf } from "./dates/reportYear.ts";
import { sumsByAction, withFollowingAmounts } from "./followUp.ts";
import { EARLIER_AFTER, EARLIER_BEFORE, PARALLEL_MARK, TALLY_AFTER, THAT_DAY, YEAR_OFFSET } from "./lexicon.ts";
import { eventSentences } from "./sentences.ts";
import type { ActionMatch, DateMatch, EventClause, NormalizedDate } from "./types.ts";

/** Distinct entity ids of the mentions inside [start, end); `sorted` is ordered by start (binary search keeps long reports linear). */
function entitiesWithin(sorted: readonly ResolvedMention[], start: number, end: number): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const ids = new Set<string>();
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) ids.add(sorted[i]!.entity_id);
  return [...ids];
}

/**
 * Dated happenings: a date opening a clause, followed by an action (签约, 开工, 会议 …) in the
 * clause that runs to the next such date or the sentence end. Sentences starting with 此次/本次/当天
 * extend the event's text and supply its amount and project count. A day without a month
 * ("6日上午") still makes an event, with a null date and a basis saying why. A clause that only
 * says a ceremony was held takes its section heading's action. EVENT_REFINERS run last.
 */
export function findEvents(doc: DocContext, mentions: ResolvedMention[]): EventDraft[] {
  if (!doc || typeof doc.text !== "string" || !Array.isArray(doc.sentences) || !Array.isArray(mentions)) {
    throw new TypeError("findEvents(doc, mentions) expects a DocContext and an array of mentions");
  }
  return finishEvents(doc, findEventClauses(doc), mentions);
}

/**
 * The text-only half of `findEvents`: every event without its entities, before the refiners.
 * It needs no resolved mentions, so it can run per document (in a worker) before the corpus is linked.
 */
export function findEventClauses(given: DocContext): EventClause[] {
  if (!given || typeof given.text !== "string" || !Array.isArray(given.sentences)) {
    throw new TypeError("findEventClauses(doc) expects a DocContext");
  }
  const doc = { ...given, sentences: eventSentences(given.text, given.sentences) };
  const clauses: EventClause[] = [];
  let month: MonthContext | null = null;
  let dateline: Dateline | null | undefined;
  let previousEnd = 0;
  // The date of the last event found, for 同日; of the last dated clause, for 当天 when no event came before.
  let previous: NormalizedDate | null = null;
  let lastDated: NormalizedDate | null = null;
  // Sentences that continue an event (当天，150个项目集中开工): their 当天 makes no event of its own.
  const continuing = new Set<number>();
  // The report's year, for dates written without one, when its words are strong enough (computed at the first such date).
  let reportYear: ReportYear | undefined;
  const reportYearNow = () => {
    reportYear ??= reportYearOf(doc);
    return reportYear.year;
  };
  // The month of every full day told so far, by its day number (3月8日 → 8: 3月).
  const dayMonths = new Map<number, MonthContext>();
  const seen = (d: DateMatch) => {
    const m = monthOf(d);
    if (m && d.parts.kind === "day" && !dayMonths.has(d.parts.day)) dayMonths.set(d.parts.day, m);
    return m;
  };
  const view = doc.view ?? toMatchView(doc.text);
  for (const [index, sentence] of doc.sentences.entries()) {
    // A day-only date takes the latest month written before it in the same paragraph.
    if (doc.text.slice(previousEnd, sentence.start).includes("\n")) month = null;
    previousEnd = sentence.end;
    // Words are matched in the view (traditional folded: 簽約開工 is 签约开工); the event keeps the report's words.
    const said = view.slice(sentence.start, sentence.end);
    const dates = findDates(said);
    // Each anchor with where its clause starts: at the date, or before it for a date written after its subject.
    const anchors: Array<{ date: (typeof dates)[number]; from: number }> = [];
    for (const d of dates) {
      if (isEventAnchor(said, d)) anchors.push({ date: d, from: d.start });
      else {
        const after = anchors.length > 0 ? anchors[anchors.length - 1]!.date.end : 0;
        const before = preposedStart(said, d, after);
        const from = before >= 0 ? before : postposedStart(said, d, after);
        if (from >= 0) anchors.push({ date: d, from });
      }
    }
    let next = 0;
    const kept = dropModifierAnchors(said, anchors).filter(
      (a) => !(continuing.has(sentence.start) && THAT_DAY.some((w) => a.date.text.startsWith(w))),
    );
    for (const [k, { date: anchor, from }] of kept.entries()) {
      for (; next < dates.length && dates[next]!.start < anchor.start; next++) month = seen(dates[next]!) ?? month;
      // A day-only date opening a later paragraph (8日，…) that repeats the day of a full date told before (3月8日，…) is that day.
      const own = withParagraphMonth(anchor, month);
      const { date, monthText } =
        own.monthText === null && anchor.parts.kind === "dayOnly" && dayMonths.has(anchor.parts.day)
          ? withParagraphMonth(anchor, dayMonths.get(anchor.parts.day)!)
          : own;
      const clauseEnd = kept[k + 1]?.from ?? said.length;
      const last = k === kept.length - 1;
      // A postposed date's subject (…集中开工动员大会2月16日在南昌举行) holds the action too.
      const clause =
        from < date.start ? `${said.slice(from, date.start)}${said.slice(date.end, clauseEnd)}` : said.slice(date.end, clauseEnd);
      // A date with only a place (5月27日，洛阳。) dates the happening told in the next sentence.
      const lead = last
        ? placeLead(doc.text, view, clause, doc.sentences[index + 1], sentence.end, doc.sentences.slice(index + 2, index + 7))
        : null;
      // An action between 继 and 后 is an earlier happening (这是继…集中开工后), unless 继 brought this very date (在继3月上旬…签约…后).
      const byJi = from < date.start && said.slice(from, date.start).endsWith("继");
      const found = lead ? lead.actions : findActions(clause).filter((a) => byJi || !earlier(clause, a));
      // Dated only by a period, an action naming counted projects is a tally (一季度竣工项目4个), not a happening.
      const coarse = anchor.parts.kind !== "day" && anchor.parts.kind !== "dayOnly" && anchor.parts.kind !== "relative";
      const actions = coarse && !lead ? found.filter((a) => !TALLY_AFTER.test(clause.slice(a.index + a.text.length))) : found;
      // The clause's date resolved: the batch its clause names, the dateline, 昨日/今天, 同日/当天, else the report's year.
      const resolve = (): NormalizedDate => {
        const normalized = normalizeDate(date, needsYear(date) ? reportYearNow() : null);
        if (monthText !== null) {
          normalized.date_basis = "month_from_paragraph";
          normalized.date_evidence = `${monthText}……${normalized.date_evidence}`;
        }
        // A day or month without its year takes the year of the batch its clause names (…举行2024年一季度…开工仪式)
        // before the report's year; a dateline that writes its year still decides below.
        const parts = date.parts;
        const batch = (parts.kind === "day" || parts.kind === "month") && parts.year === null;
        // A date on a line of its own (10月23日上午 / 2017年…重点项目集中开工开业…) names its batch in the lines it leads.
        const leadWords = lead ? view.slice(doc.sentences[index + 1]!.start, lead.sentence.end) : "";
        // A date written after its subject (「2016年粤澳合作联席会议」于6月21日…举行) takes the year its subject names.
        const subject = from < date.start ? said.slice(from, date.start) : "";
        const named = batch
          ? (batchYear(said.slice(date.end, clauseEnd), parts.month) ??
            batchYear(leadWords, parts.month) ??
            batchYear(subject, parts.month) ??
            // A meeting early in a year reviewing the last (1月30日，…召开2023年工作总结暨2024年工作部署大会) is in the next.
            lookBackYear(said.slice(date.end, clauseEnd), parts.month))
          : null;
        if (named && (parts.kind === "day" || parts.kind === "month")) {
          Object.assign(normalized, normalizeDate({ ...date, parts: { ...parts, year: named.year } }, null), {
            date_basis: monthText === null ? "year_from_sentence" : "month_from_paragraph",
            date_evidence: `${monthText === null ? "" : `${monthText}……`}${date.text}……${named.text}`,
          });
        }
        // A date without its year (or a day without its month) is placed by the report's dateline or 发布时间 line
        // when that writes its year: before the report year, which an incidental year in the body can set.
        if (!isRelative(date) && (date.parts.kind === "day" || date.parts.kind === "month" || date.parts.kind === "dayOnly")) {
          const parts = date.parts;
          if (parts.kind === "dayOnly" || parts.year === null) {
            if (dateline === undefined) dateline = datelineOf({ ...doc, year: reportYearNow() });
            const placed = dateline
              ? placeByDateline(
                  parts.kind === "dayOnly"
                    ? { month: null, day: parts.day }
                    : { month: parts.month, day: parts.kind === "day" ? parts.day : null },
                  dateline,
                )
              : null;
            if (placed !== null && dateline) {
              const before = normalized.date;
              normalized.date = parts.kind === "month" ? `${placed.slice(0, 8)}01` : placed;
              // The end of a span (3月19日至20日) moves to the year its start was placed in.
              if (normalized.end_date && before)
                normalized.end_date = shiftYears(normalized.end_date, yearOf(normalized.date) - yearOf(before));
              normalized.precision = parts.kind === "month" ? "month" : "day";
              if (monthText === null) normalized.date_basis = parts.kind === "dayOnly" ? "month_from_dateline" : "year_from_dateline";
              normalized.date_evidence = `${dateline.text}……${normalized.date_evidence}`;
            }
          }
        }
        // 去年12月20日 / 前年5月: the year counted back from a dateline or publication line that writes its year, else unknown.
        const prefix = said.slice(Math.max(0, date.start - 2), date.start);
        if ((YEAR_OFFSET[prefix] ?? 0) !== 0 && (parts.kind === "day" || parts.kind === "month") && parts.year === null) {
          if (dateline === undefined) dateline = datelineOf({ ...doc, year: reportYearNow() });
          Object.assign(normalized, countedBack(date, prefix, dateline));
        }
        if (isRelative(date)) {
          if (dateline === undefined) dateline = datelineOf({ ...doc, year: reportYearNow() });
          if (dateline) {
            normalized.date = shiftDay(dateline.date, date.parts.offset);
            normalized.date_basis = "relative_to_dateline";
            normalized.date_evidence = `${dateline.text}……${date.text}`;
          }
        }
        // 同日 takes the date of the event told just before, with its basis (当天 also a dated clause's without an event);
        // nothing before it, it stays unknown.
        const sameAs = previous ?? (THAT_DAY.some((w) => date.text.startsWith(w)) ? lastDated : null);
        if (date.parts.kind === "same" && sameAs !== null) {
          Object.assign(normalized, sameAs, { date_evidence: `${sameAs.date_evidence}……${date.text}` });
        }
        // A date left without its year because the report's is too weak says why.
        if (normalized.date_basis === "year_unknown" && needsYear(date) && reportYearNow() === null && reportYear?.weak) {
          normalized.date_evidence = `${normalized.date_evidence}（${reportYear.weak}）`;
        }
        return normalized;
      };
      // A dated clause without an action still dates a later 当天 (25日，…拉开建设序幕。当天，…签约和开竣工活动).
      if (actions.length === 0) {
        const resolved = resolve();
        if (resolved.precision === "day" && resolved.date !== null) lastDated = resolved;
        continue;
      }
      let more = lead ? [lead.sentence] : last ? continuation(doc.sentences, index, view) : [];
      // A milestone done at the meeting a continuation tells of (此次推介会上，…项目正式签约) is that day's too.
      for (const extra of lead ? [] : continuedMilestones(view, more)) {
        if (!actions.some((x) => x.action === extra.action)) actions.push(extra);
      }
      // The next sentence of the paragraph telling of a ceremony attended that day (参加…签约仪式) adds its milestone.
      // (Also when it is the first of the continuation: 桂林市代表团参加开幕式并参加…签约仪式… / 当天，…签约的16个项目中…)
      const attended = last && !lead ? attendedCeremony(doc, index, view) : null;
      if (attended) {
        for (const extra of findActions(attended.ceremony)) if (!actions.some((x) => x.action === extra.action)) actions.push(extra);
        if (more.length === 0) more = [attended.sentence];
      }
      for (const s of more) continuing.add(s.start);
      const start = sentence.start + from;
      const end = more.length > 0 ? more[more.length - 1]!.end : sentence.start + clauseEnd;
      const text = doc.text.slice(start, end);
      const normalized = resolve();
      previous = { ...normalized };
      if (normalized.precision === "day" && normalized.date !== null) lastDated = previous;
      // A continuation that breaks its sums down by action (此次活动共有开工项目5个，总投资…，竣工项目4个，总投资…) gives each its own.
      const sums = sumsByAction(
        view.slice(start, end),
        actions.map((x) => x.action),
      );
      for (const [a, found] of actions.entries()) {
        const action = a === 0 ? actionWithHeading(found, sentence.section === null ? null : toMatchView(sentence.section)) : found;
        const { amount, count } = sums.get(found.action)!;
        clauses.push({
          event_id: a === 0 ? `${doc.doc_id}-ev${start}` : `${doc.doc_id}-ev${start}-${a}`,
          doc_id: doc.doc_id,
          sentence_id: sentence.sentence_id,
          ...normalized,
          action: action.action,
          text,
          start,
          end,
          amount_cny: amount,
          project_count: count,
        });
      }
      // Another place's ceremony listed in the clause (…仪式、松原市…开工仪式) is that day's happening too.
      for (const part of from === date.start && !lead ? parallelCeremonies(clause) : []) {
        const at = sentence.start + date.end + part.offset;
        const own = { ...normalized, date_evidence: `${normalized.date_evidence}${PARALLEL_MARK}` };
        for (const [a, found] of part.actions.entries()) {
          const words = { start: at, end, text: doc.text.slice(at, end) };
          clauses.push({
            event_id: `${doc.doc_id}-ev${at}${a === 0 ? "" : `-${a}`}`,
            doc_id: doc.doc_id,
            sentence_id: sentence.sentence_id,
            ...own,
            action: found.action,
            ...words,
            amount_cny: findAmountCny(view.slice(at, end)),
            project_count: findProjectCount(view.slice(at, end)),
          });
        }
      }
    }
    for (; next < dates.length; next++) month = seen(dates[next]!) ?? month;
  }
  return withFollowingAmounts(doc.text, view, doc.sentences, clauses);
}

/** The corpus half of `findEvents`: each clause gets the resolved entities mentioned inside it, then EVENT_REFINERS run. */
export function finishEvents(doc: DocContext, clauses: readonly EventClause[], mentions: readonly ResolvedMention[]): EventDraft[] {
  if (!doc || !Array.isArray(clauses) || !Array.isArray(mentions)) {
    throw new TypeError("finishEvents(doc, clauses, mentions) expects a DocContext and arrays of clauses and mentions");
  }
  const own = mentions.filter((m) => m.doc_id === doc.doc_id).sort((a, b) => a.start - b.start);
  const events: EventDraft[] = clauses.map((c) => ({ ...c, entity_ids: entitiesWithin(own, c.start, c.end).sort(), duplicate_of: null }));
  return EVENT_REFINERS.reduce((list, { refine }) => refine(doc, list), events);
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Whether a date takes its year from outside its own words (the report's). */
function needsYear(date: { parts: { kind: string; year?: number | null } }): boolean {
  return "year" in date.parts && date.parts.year === null;
}

/** `iso` moved by `years` (a span's end following its start into the year the dateline gives). */
function shiftYears(iso: string, years: number): string {
  return years === 0 ? iso : `${String(yearOf(iso) + years).padStart(4, "0")}${iso.slice(4)}`;
}

/** Whether the action stands between 继 and 后 in its clause: what came before the clause's happening. */
function earlier(clause: string, a: ActionMatch): boolean {
  return EARLIER_BEFORE.test(clause.slice(0, a.index)) && EARLIER_AFTER.test(clause.slice(a.index + a.text.length));
}
